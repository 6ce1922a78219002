import type { Hit } from './hit.js';
import { HEADS_ANYWHERE_SOURCE, HEADS_AT_WORD_SOURCE, RULES } from './secret-rules.js';
import { wordHeadsIfScanned } from './word-heads.js';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

// Each pattern, sticky, and its head, sticky; one case-insensitive pass over the text finds every place a head can start.
const STICKY = RULES.map((r) => ({ re: new RegExp(r.re.source, r.re.flags.replace('g', 'y')), head: new RegExp(r.head, r.re.flags.replace('g', 'y')) }));
const HEADS_AT_WORD = new RegExp(`\\b(?:${HEADS_AT_WORD_SOURCE})`, 'gi');
const HEADS_ANYWHERE = new RegExp(HEADS_ANYWHERE_SOURCE, 'gi');

/** Where `re` matches, ascending; the search resumes one past each so overlapping heads are all found. */
function hits(text: string, re: RegExp): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return at;
}

/** Where a head can start a match, ascending and each once (both searches merged). Linear in the text for these short heads. */
function headStarts(text: string): number[] {
  // The word-start heads come with spellDigits' scan of the same text when it ran (word-heads.ts).
  const a = wordHeadsIfScanned(text)?.secretHeads ?? hits(text, HEADS_AT_WORD);
  const b = hits(text, HEADS_ANYWHERE);
  if (b.length === 0) return a;
  const at: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    at.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return at;
}

/**
 * API keys, tokens, private key blocks and password assignments. Every match of a pattern starts with its head, so
 * each pattern is tried sticky where its head occurs: the same matches, in the same order, as a global scan of each.
 */
export function scanSecrets(text: string, out: Hit[]): void {
  const at = headStarts(text);
  if (at.length > 0) {
    RULES.forEach(({ entity, rule, score }, k) => {
      const { re, head } = STICKY[k] as { re: RegExp; head: RegExp };
      let from = 0;
      for (const p of at) {
        if (p < from) continue;
        head.lastIndex = p;
        if (!head.test(text)) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m === null) continue;
        from = p + m[0].length;
        out.push({ entity, dataClass: 'secret', start: p, end: from, score, rule });
      }
    });
  }
  scanPrivateKeys(text, out);
}

/** The reference: each pattern over the whole text. */
export function scanSecretsReference(text: string, out: Hit[]): void {
  for (const { entity, rule, re, score } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ entity, dataClass: 'secret', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
  scanPrivateKeys(text, out);
}

function scanPrivateKeys(text: string, out: Hit[]): void {
  if (!text.includes('PRIVATE KEY')) return;
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
    // The block runs to its END line; a truncated block still counts, up to 8 KB.
    const endMark = text.indexOf('PRIVATE KEY', m.index + m[0].length);
    const stop = endMark === -1 ? Math.min(text.length, m.index + 8192) : text.indexOf('-----', endMark) + 5;
    out.push({ entity: 'PRIVATE_KEY', dataClass: 'secret', start: m.index, end: Math.max(stop, m.index + m[0].length), score: 1, rule: 'secret.private-key-block' });
    BEGIN.lastIndex = Math.max(stop, m.index + m[0].length);
  }
}

/** The two head searches' sources (for tests: which heads may start inside a word). */
export const headSearchSources = (): [string, string] => [HEADS_AT_WORD.source, HEADS_ANYWHERE.source];
