import type { Hit } from './hit.js';
import { alternatives, HEADS_ANYWHERE_SOURCE, HEADS_AT_WORD_SOURCE, RULES } from './secret-rules.js';
import { scanAppPasswords } from './app-passwords.js';
import { scanMailgunKeys } from './mailgun-keys.js';
import { scanNotifyKeys } from './notify-keys.js';
import { scanSuffixKeys } from './suffix-keys.js';
import { wordHeadsIfScanned } from './word-heads.js';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
// The start of a key's base64 body after its BEGIN line: past spaces and line breaks (also "\n" as a JSON string writes
// them) and a PEM block's RFC 1421 headers ("Proc-Type: 4,ENCRYPTED", "DEK-Info: ..."). A BEGIN line with no body after
// it (a regex's or a scanner's list of what to look for, a header quoted in prose) holds no key.
const KEY_BODY = /(?:\s|\\[nr])*(?:(?:Proc-Type|DEK-Info|Comment):[^\n]*\n(?:\s|\\[nr])*)*[A-Za-z0-9+/]{4}/y;

// Each pattern, sticky, and its head, sticky; one case-insensitive pass over the text finds every place a head can start.
const STICKY = RULES.map((r) => ({ re: new RegExp(r.re.source, r.re.flags.replace('g', 'y')), head: new RegExp(r.head, r.re.flags.replace('g', 'y')) }));
const HEADS_AT_WORD = new RegExp(`\\b(?:${HEADS_AT_WORD_SOURCE})`, 'gi');

/**
 * The characters (ASCII, folded with | 0x20) each head can start with, or null where that is not read off simply:
 * a position is tried only against the rules whose head can start with its character, not all hundred of them.
 */
function firstChars(head: string): Uint8Array | null {
  const table = new Uint8Array(128);
  for (const alt of alternatives(head)) {
    const c = alt.charAt(0);
    if (/^[A-Za-z0-9_]$/.test(c)) table[c.charCodeAt(0) | 0x20] = 1;
    else if (c === '[' && /^\[[A-Za-z0-9]+\]/.test(alt)) for (const x of alt.slice(1, alt.indexOf(']'))) table[x.charCodeAt(0) | 0x20] = 1;
    else return null;
  }
  return table;
}
const FIRST = RULES.map((r) => firstChars(r.head));
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
    const folded = at.map((p) => text.charCodeAt(p) | 0x20);
    RULES.forEach(({ entity, rule, score, check }, k) => {
      const { re, head } = STICKY[k] as { re: RegExp; head: RegExp };
      const first = FIRST[k];
      let from = 0;
      for (let i = 0; i < at.length; i++) {
        const p = at[i] as number;
        if (p < from || (first != null && first[folded[i] as number] !== 1)) continue;
        head.lastIndex = p;
        if (!head.test(text)) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m === null) continue;
        from = p + m[0].length;
        if (check === undefined || check(m[0])) out.push({ entity, dataClass: 'secret', start: p, end: from, score, rule });
      }
    });
  }
  scanShapedKeys(text, out);
}

/** The reference: each pattern over the whole text. */
export function scanSecretsReference(text: string, out: Hit[]): void {
  for (const { entity, rule, re, score, check } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (check === undefined || check(m[0])) out.push({ entity, dataClass: 'secret', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
  scanShapedKeys(text, out);
}

/** The scanners of keys no head pattern holds (a PEM block, a suffix, a layout of its own): run by both scans above. */
function scanShapedKeys(text: string, out: Hit[]): void {
  scanPrivateKeys(text, out);
  scanSuffixKeys(text, out);
  scanNotifyKeys(text, out);
  scanMailgunKeys(text, out);
  scanAppPasswords(text, out);
}

function scanPrivateKeys(text: string, out: Hit[]): void {
  if (!text.includes('PRIVATE KEY')) return;
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
    KEY_BODY.lastIndex = m.index + m[0].length;
    if (!KEY_BODY.test(text)) continue;
    // The block runs to its END line; a truncated block still counts, up to 8 KB.
    const endMark = text.indexOf('PRIVATE KEY', m.index + m[0].length);
    const stop = endMark === -1 ? Math.min(text.length, m.index + 8192) : text.indexOf('-----', endMark) + 5;
    out.push({ entity: 'PRIVATE_KEY', dataClass: 'secret', start: m.index, end: Math.max(stop, m.index + m[0].length), score: 1, rule: 'secret.private-key-block' });
    BEGIN.lastIndex = Math.max(stop, m.index + m[0].length);
  }
}

/** The two head searches' sources (for tests: which heads may start inside a word). */
export const headSearchSources = (): [string, string] => [HEADS_AT_WORD.source, HEADS_ANYWHERE.source];
