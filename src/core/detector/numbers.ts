import { allSameDigit, isAbaRouting, isCardNumber, isImei, isItin, isNpi, isSsn, luhn } from './checksums.js';
import { isDigitCode, near, type Hit } from './hit.js';

// Digit groups joined by at most one separator (any of space, dot, dash, slash, underscore), so spaced-out evasions still match.
const DIGIT_RUN = /(?<![A-Za-z0-9_])\d(?:(?:[ \t]?[-./\\_][ \t]?|[ \t]{1,2})?\d)*(?![A-Za-z0-9_])/g;

const CARD_CONTEXT = /\b(?:card|credit|debit|visa|master ?card|amex|american express|discover|jcb|diners|maestro|unionpay|cc|pan|cvv|payment)/i;
const SSN_CONTEXT = /\b(?:ssn|ssns|social security|social sec|ss#|itin|taxpayer|tin)\b/i;
const ABA_CONTEXT = /\b(?:routing|aba|rtn|transit|ach|wire)\b/i;
const NPI_CONTEXT = /\b(?:npi|national provider|provider (?:id|number|no))\b/i;
const IMEI_CONTEXT = /\b(?:imei|meid|handset|device id)\b/i;

interface Group {
  start: number;
  end: number;
  digits: string;
}

function groupsOf(text: string, start: number, end: number): Group[] {
  const groups: Group[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !isDigitCode(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && isDigitCode(text.charCodeAt(i))) i++;
    if (i > s) groups.push({ start: s, end: i, digits: text.slice(s, i) });
  }
  return groups;
}

// Card groupings people write: one block, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or one digit at a time (an evasion).
function cardGrouping(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  if (sizes.every((s) => s === 1)) return true;
  if (sizes.slice(0, -1).every((s) => s === 4) && (sizes.at(-1) ?? 0) <= 4) return true;
  const key = sizes.join('-');
  return key === '4-6-5' || key === '4-6-4' || key === '6-13';
}

function ssnGrouping(g: readonly Group[], text: string): boolean {
  if (g.length === 1) return false;
  if (g.length !== 3 || g[0]?.digits.length !== 3 || g[1]?.digits.length !== 2 || g[2]?.digits.length !== 4) return g.every((x) => x.digits.length === 1);
  // Same separator twice: 123-45-6789, 123 45 6789; mixed ones are dates or version strings.
  return text.slice(g[0].end, g[1].start).trim() === text.slice(g[1].end, g[2].start).trim();
}

const push = (out: Hit[], h: Hit): number => out.push(h);

/** Cards, SSN/ITIN, ABA routing, NPI, IMEI: every candidate confirmed by its checksum or format rule. */
export function scanNumbers(text: string, out: Hit[]): void {
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const runEnd = m.index + m[0].length;
    if (m[0].length < 9) continue;
    const groups = groupsOf(text, m.index, runEnd);
    let total = 0;
    for (const g of groups) total += g.digits.length;
    if (total < 9) continue;
    scanRun(text, groups, out);
  }
}

function scanRun(text: string, groups: Group[], out: Hit[]): void {
  let i = 0;
  while (i < groups.length) {
    const used = tryWindowsAt(text, groups, i, out);
    i += used > 0 ? used : 1;
  }
}

/** Tries the longest valid identifier starting at group i; returns how many groups it consumed. */
function tryWindowsAt(text: string, groups: Group[], i: number, out: Hit[]): number {
  let digits = '';
  const sizes: number[] = [];
  const windows: { n: number; digits: string }[] = [];
  for (let j = i; j < groups.length; j++) {
    const g = groups[j];
    if (g === undefined) break;
    digits += g.digits;
    sizes.push(g.digits.length);
    if (digits.length > 19) break;
    windows.push({ n: j - i + 1, digits });
  }
  for (let w = windows.length - 1; w >= 0; w--) {
    const win = windows[w];
    if (win === undefined) continue;
    const first = groups[i];
    const last = groups[i + win.n - 1];
    if (first === undefined || last === undefined) continue;
    const start = first.start;
    const end = last.end;
    const d = win.digits;
    const wsizes = sizes.slice(0, win.n);
    // A window inside a longer run of groups (a list of numbers) needs its context word.
    const inList = i > 0 || i + win.n < groups.length;
    const ctx = d.length >= 12 && near(text, start, end, CARD_CONTEXT);
    if (inList && !ctx && d.length >= 12 && wsizes.length > 1) continue;
    // With a card word nearby, any Luhn-valid 13-19 digit number counts (issuer tables lag new and private ranges).
    if (d.length >= 12 && cardGrouping(wsizes) && (isCardNumber(d) || (ctx && d.length >= 13 && luhn(d) && !allSameDigit(d)))) {
      if (d.length === 15 && !ctx && near(text, start, end, IMEI_CONTEXT)) {
        push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 1, rule: 'imei.luhn' });
      } else push(out, { entity: 'CREDIT_CARD', dataClass: 'pci', start, end, score: ctx || d.length >= 15 ? 1 : 0.9, rule: 'card.iin-luhn' });
      return win.n;
    }
    if (d.length === 15 && isImei(d) && (near(text, start, end, IMEI_CONTEXT) || wsizes.join('-') === '2-6-6-1')) {
      push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 0.95, rule: 'imei.luhn' });
      return win.n;
    }
    if (d.length === 10 && wsizes.length === 1 && isNpi(d) && near(text, start, end, NPI_CONTEXT)) {
      push(out, { entity: 'US_NPI', dataClass: 'phi', start, end, score: 1, rule: 'npi.luhn-80840' });
      return win.n;
    }
    if (d.length === 9) {
      const hit = nineDigits(text, groups.slice(i, i + win.n), { start, end, digits: d, inList });
      if (hit !== undefined) {
        push(out, hit);
        return win.n;
      }
    }
  }
  return 0;
}

function nineDigits(text: string, g: Group[], w: Group & { inList: boolean }): Hit | undefined {
  const shaped = ssnGrouping(g, text) && !w.inList;
  const { start, end, digits } = w;
  if (isItin(digits) && (shaped || near(text, start, end, SSN_CONTEXT))) {
    return { entity: 'US_ITIN', dataClass: 'pii', start, end, score: near(text, start, end, SSN_CONTEXT) ? 1 : 0.85, rule: 'itin.group-range' };
  }
  if (isSsn(digits)) {
    const ctx = near(text, start, end, SSN_CONTEXT);
    if (shaped || ctx) return { entity: 'US_SSN', dataClass: 'pii', start, end, score: ctx ? 1 : 0.85, rule: 'ssn.area-group-serial' };
  }
  if (g.length === 1 && isAbaRouting(digits) && near(text, start, end, ABA_CONTEXT)) {
    return { entity: 'ABA_ROUTING', dataClass: 'financial', start, end, score: 1, rule: 'aba.checksum' };
  }
  return undefined;
}
