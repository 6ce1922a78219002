import { alternation, LEDGER } from './data/struct-cues.js';
import type { Hit } from './hit.js';

const LEDGER_WORD = new RegExp(`(?<!\\p{L})(?:${alternation(LEDGER)})(?!\\p{L})`, 'giu');
// How far back the bookkeeping word may be: a pasted ledger has its header (or the request) above the rows.
const LEDGER_REACH = 2000;

/**
 * Ledger accounts: in a bookkeeping export (a LEDGER word within LEDGER_REACH before, data/struct-cues.ts) a
 * BANK_ACCOUNT hit of five digits or fewer is an account of a chart of accounts (SKR03 "4930"; the French PCG's six
 * digits stay), not a bank account: no bank numbers its customers' accounts with so few digits.
 */
export function dropLedgerAccounts(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'BANK_ACCOUNT' && digitCount(text, h.start, h.end) <= 5)) return;
  // Where the ledger words are, found once; each hit then looks for the last one before it.
  const at: number[] = [];
  LEDGER_WORD.lastIndex = 0;
  for (let m = LEDGER_WORD.exec(text); m !== null; m = LEDGER_WORD.exec(text)) at.push(m.index + m[0].length);
  if (at.length === 0) return;
  const ledgerBefore = (p: number): boolean => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] ?? 0) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && p - (at[lo - 1] ?? 0) <= LEDGER_REACH;
  };
  let kept = 0;
  for (const h of hits) {
    const drop = h.entity === 'BANK_ACCOUNT' && digitCount(text, h.start, h.end) <= 5 && ledgerBefore(h.start);
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}

function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
