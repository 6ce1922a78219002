/** Spelled-out digits ("four one one one...", "fünf drei sechs", "cinq trois six") read as digits, with an offset map. */
import { EditBuilder } from './edits.js';
import { execAfter } from './hit.js';
import { codePointBefore, hasFoldSpecial, KeywordIndex } from './keywords.js';
import type { Normalized } from './normalize.js';
import { NON_ASCII_FIRST_SOURCE, REPEAT, SEPARATOR, VALUE, WORDS } from './digit-words.js';
import { wordHeads } from './word-heads.js';
import { isNonAsciiSpaceCode } from './separators.js';

// Left bound (not after a letter) checked by execAfter.
const WORD = new RegExp(`(?:${WORDS.join('|')})(?!\\p{L})`, 'giu');
const LETTER = /^\p{L}$/iu;
// What may sit between two digit words of one number: spaces, a comma, a dash, a dot.
export const GAP = /^[\s,.\-/]{1,4}$/;
// Fewer words than this are ordinary prose ("one or two"); identifiers have many more digits.
const MIN_RUN = 4;
// A digit word is a whole letter run (WORD's right bound), so the words whose letter run is a digit word are exactly
// WORD's matches: the keyword index finds them without running WORD over the text.
const STICKY = new RegExp(WORD.source, 'iuy');
export const DIGIT_WORD_INDEX = new KeywordIndex([WORD.source.slice(3, WORD.source.lastIndexOf(')(?!'))], LETTER);

type Span = { start: number; end: number };

/** WORD's matches, in order: from the keyword index, or by the global scan when the text needs it. */
export function digitWords(text: string): Span[] {
  const found: Span[] = [];
  const starts = DIGIT_WORD_INDEX.starts(text);
  if (starts === null) return digitWordsReference(text);
  for (const p of starts.at) {
    STICKY.lastIndex = p;
    const m = STICKY.exec(text);
    if (m !== null) found.push({ start: p, end: p + m[0].length });
  }
  return found;
}

/** WORD's matches by the global scan: the slow path, and the reference in tests. */
export function digitWordsReference(text: string): Span[] {
  const found: Span[] = [];
  WORD.lastIndex = 0;
  for (let m = execAfter(WORD, text, LETTER); m !== null; m = execAfter(WORD, text, LETTER)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

// The second to last words of a run follow a gap (never a letter, '_' or digit), so each starts at an ASCII word
// boundary unless it starts with a non-ASCII letter (één): a plain `\b` alternation finds them, far cheaper than the
// index's (it must also find words glued to '_' or a digit). Same end as WORD's match: every word is letters only.
const NON_ASCII_FIRST = new RegExp(NON_ASCII_FIRST_SOURCE, 'i');
// The first letters of those words in both cases: a text holding none of them has no match (two native searches
// instead of the pattern's scan, on most texts).
export const NON_ASCII_HEADS = [...new Set(WORDS.filter((w) => w.charCodeAt(0) >= 128).flatMap((w) => [w.charAt(0).toLowerCase(), w.charAt(0).toUpperCase()]))];
const hasNonAsciiFirst = (text: string): boolean => NON_ASCII_HEADS.some((c) => text.includes(c)) && NON_ASCII_FIRST.test(text);

/** A character of GAP's class `[\s,.\-/]`, by code (`\s` as JavaScript defines it). */
function isGapCode(c: number): boolean {
  if (c < 128) return c === 32 || c === 44 || c === 45 || c === 46 || c === 47 || (c >= 9 && c <= 13);
  return isNonAsciiSpaceCode(c);
}

/** GAP.test(text.slice(from, to)) without the slice: one to four gap characters. */
export function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) if (!isGapCode(text.charCodeAt(i))) return false;
  return true;
}

/** LETTER.test(codePointBefore(text, p)), an ASCII character read by its code (no string made for most words). */
function letterBefore(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  if (c < 128) return ((c | 32) - 97) >>> 0 < 26;
  return LETTER.test(codePointBefore(text, p));
}

/** The runs of MIN_RUN or more words in `words` (WORD's matches, in order) joined by gaps. */
function runsOf(text: string, words: readonly Span[]): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const w of words) {
    const prev = run.at(-1);
    if (prev !== undefined && !isGap(text, prev.end, w.start)) {
      if (run.length >= MIN_RUN) runs.push(run);
      run = [];
    }
    run.push(w);
  }
  if (run.length >= MIN_RUN) runs.push(run);
  return runs;
}

const GAP_CHAR = /^[\s,.\-/]$/;
// The most code points a digit word has: a longer letter run is none.
const MAX_WORD = Math.max(...WORDS.map((w) => Array.from(w).length));

/**
 * runsOf(digitWords(text)) from AFTER_GAP's matches alone, for a text with no fold-special character and no digit word
 * starting with a non-ASCII letter. Every WORD match there starts at an ASCII word boundary (so AFTER_GAP finds it,
 * with the same end: both take the longest word that ends the letter run) unless it follows a digit or '_'. Such a
 * glued word cannot follow a gap, so it can only head a run: it is looked for right before each chain's first word.
 * AFTER_GAP's matches after a letter that is not ASCII (é) are no WORD match and are dropped.
 */
function runsAfterGaps(text: string): Span[][] {
  // AFTER_GAP's matches, and whether MIN_RUN - 1 of them ever follow one another joined by gaps: a run's words after
  // its first are such a sequence, so most texts stop here.
  const { digitStarts: starts, digitEnds: ends } = wordHeads(text);
  let joined = 0;
  let mayHold = false;
  for (let i = 1; i < starts.length && !mayHold; i++) {
    if (isGap(text, ends[i - 1] ?? 0, starts[i] ?? 0)) {
      if (++joined >= MIN_RUN - 2) mayHold = true;
    } else joined = 0;
  }
  const runs: Span[][] = [];
  if (!mayHold) return runs;
  let run: Span[] = [];
  const close = (): void => {
    const head = run[0];
    if (head === undefined || run.length < MIN_RUN - 1) return;
    const glued = wordJoinedBefore(text, head.start);
    if (glued !== undefined) run.unshift(glued);
    if (run.length >= MIN_RUN) runs.push(run);
  };
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i] ?? 0;
    if (p > 0 && letterBefore(text, p)) continue;
    STICKY.lastIndex = p;
    const w = STICKY.exec(text);
    if (w === null) continue;
    const prev = run.at(-1);
    if (prev !== undefined && !isGap(text, prev.end, p)) {
      close();
      run = [];
    }
    run.push({ start: p, end: p + w[0].length });
  }
  close();
  return runs;
}

/** The WORD match that ends right before a gap (GAP) ending at `start`, if any. Reads at most 4 + MAX_WORD + 1 code points. */
function wordJoinedBefore(text: string, start: number): Span | undefined {
  let g = start;
  while (g > 0 && start - g <= 4 && GAP_CHAR.test(text.charAt(g - 1))) g--;
  if (g === start || start - g > 4) return undefined;
  let a = g;
  for (let n = 0; a > 0; n++) {
    const c = codePointBefore(text, a);
    if (!LETTER.test(c)) break;
    if (n === MAX_WORD) return undefined;
    a -= c.length;
  }
  if (a === g) return undefined;
  STICKY.lastIndex = a;
  const m = STICKY.exec(text);
  return m !== null && a + m[0].length === g ? { start: a, end: g } : undefined;
}

/**
 * The numbers in one run of words: split where a separator or repeat word stands where it cannot (first, last, next to
 * another separator, a repeat not before a digit word), each kept when it says MIN_RUN digits or more.
 */
function numbersIn(text: string, run: readonly Span[]): Span[][] {
  const out: Span[][] = [];
  let cur: Span[] = [];
  let digits = 0;
  const close = (): void => {
    // A number ends on a digit word.
    while (cur.length > 0 && !VALUE.has(wordAt(text, cur.at(-1)))) cur.pop();
    if (digits >= MIN_RUN) out.push(cur);
    cur = [];
    digits = 0;
  };
  run.forEach((w, i) => {
    const word = wordAt(text, w);
    const prev = cur.length > 0 ? wordAt(text, cur.at(-1)) : undefined;
    if (VALUE.has(word)) {
      cur.push(w);
      digits += prev !== undefined ? (REPEAT.get(prev) ?? 1) : 1;
      return;
    }
    const next = run[i + 1];
    const nextIsDigit = next !== undefined && VALUE.has(wordAt(text, next));
    if (SEPARATOR.has(word)) {
      // Between two digits (or a digit and a repeat) only.
      if (prev !== undefined && VALUE.has(prev) && next !== undefined && (nextIsDigit || REPEAT.has(wordAt(text, next)))) cur.push(w);
      else close();
      return;
    }
    // A repeat word: before a digit word only; it may start a number.
    if (!nextIsDigit) {
      close();
      return;
    }
    if (prev !== undefined && REPEAT.has(prev)) close();
    cur.push(w);
  });
  close();
  return out;
}

const wordAt = (text: string, w: Span | undefined): string => (w === undefined ? '' : text.slice(w.start, w.end).toLowerCase());

/** What the gap text[from, to) between two digit words becomes: '-', ' ' between groups, '' inside one. */
function groupGap(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) return '-';
    if (c === 44 || c === 46 || c === 47) out = ' ';
  }
  return out;
}

/**
 * `text` with runs of spelled digits replaced by digits (gaps by one space); null when there is no such run. `fast`
 * false: the runs from every digit word of the text (digitWords), the reference for tests.
 */
export function spellDigits(text: string, fast = true): Normalized | null {
  // A character whose case folding the non-unicode AFTER_GAP does not share, or a digit word starting with a
  // non-ASCII letter (één), sends the text to the full word list.
  const useGaps = fast && !hasFoldSpecial(text) && !hasNonAsciiFirst(text);
  const runs = useGaps ? runsAfterGaps(text) : runsOf(text, digitWords(text));
  if (runs.length === 0) return null;
  const b = new EditBuilder(text);
  let edited = false;
  for (const run of runs) {
    for (const r of numbersIn(text, run)) {
      edited = true;
      r.forEach((w, i) => {
        const prev = r[i - 1];
        const word = text.slice(w.start, w.end).toLowerCase();
        const before = prev === undefined ? '' : text.slice(prev.start, prev.end).toLowerCase();
        // Around a separator word, and after a repeat word, the gap is no gap.
        if (prev !== undefined) b.edit(prev.end, w.start, SEPARATOR.has(word) || SEPARATOR.has(before) || REPEAT.has(before) ? '' : groupGap(text, prev.end, w.start));
        const digit = VALUE.get(word);
        b.edit(w.start, w.end, digit !== undefined ? digit.repeat(REPEAT.get(before) ?? 1) : SEPARATOR.has(word) ? '-' : '');
      });
    }
  }
  if (!edited) return null;
  return b.finish();
}
