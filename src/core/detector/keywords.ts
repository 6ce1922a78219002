/**
 * Where a keyword alternation can start, found without running it over the whole text.
 *
 * A big `(?<![\p{L}\d])(?:word|word two|...)(?![\p{L}\d])` alternation with the `iu` flags is tried at every
 * position of the text and costs far more than the rest of a scan. Every match of such a pattern starts at a word
 * start (no letter before) whose letter run is the keyword's first letter run ("medical" for "medical record no",
 * "n" for "n°"). So one cheap pass finds those words: a case-insensitive, non-unicode prefilter of the first letter
 * runs (plus the character after a short run), then a Map from each word to the patterns it can begin. The caller
 * runs each original pattern sticky at those starts only: the same matches as the global scan, because every start
 * of a match is among the candidates (the prefilter is a superset) and the pattern itself still decides.
 *
 * The non-unicode prefilter and `toLowerCase` agree with the `iu` patterns' case folding for every character except
 * the few whose simple case folding crosses into another letter's class (long s, Kelvin, Angstrom, Ohm, capital
 * sharp s); a text holding one of them is scanned the slow way (`null`). Normalised text never holds the first four.
 */

import { codeAt, hashOfCodes, type LatinRuns, latinRuns } from './word-index.js';

/** A `\s+` in a pattern source; any whitespace in the text. */
const SPACE = '\u0001';

/**
 * Every string a keyword pattern source matches, for the subset of regex syntax keyword lists use: literals, escapes,
 * `\s+`, `(?:a|b)`, `[abc]` (no ranges) and `?` after a character, class or group. Anything else throws at load time.
 */
export function expand(source: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source.charAt(i) !== '|') return out;
      i++;
    }
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < source.length && source.charAt(i) !== '|' && source.charAt(i) !== ')') {
      let atom: string[];
      const c = source.charAt(i);
      if (c === '(') {
        if (!source.startsWith('(?:', i)) throw new Error(`keywords: unsupported group in ${source}`);
        i += 3;
        atom = alternation();
        if (source.charAt(i) !== ')') throw new Error(`keywords: unclosed group in ${source}`);
        i++;
      } else if (c === '[') {
        const close = source.indexOf(']', i);
        const body = source.slice(i + 1, close);
        if (close === -1 || body.includes('-') || body.includes('\\') || body.startsWith('^')) throw new Error(`keywords: unsupported class in ${source}`);
        atom = Array.from(body);
        i = close + 1;
      } else if (c === '\\') {
        const e = source.charAt(i + 1);
        if (e === 's' && source.charAt(i + 2) === '+') {
          atom = [SPACE];
          i += 3;
        } else if (/[.()/\\[\]?*+|{}^$-]/.test(e)) {
          atom = [e];
          i += 2;
        } else throw new Error(`keywords: unsupported escape \\${e} in ${source}`);
      } else if ('*+{}^$.'.includes(c)) {
        throw new Error(`keywords: unsupported ${c} in ${source}`);
      } else {
        const cp = source.codePointAt(i) ?? 0;
        atom = [String.fromCodePoint(cp)];
        i += cp > 0xffff ? 2 : 1;
      }
      if (source.charAt(i) === '?') {
        atom = [...atom, ''];
        i++;
      }
      const next: string[] = [];
      for (const a of acc) for (const b of atom) next.push(a + b);
      acc = next;
    }
    return acc;
  };
  const out = alternation();
  if (i !== source.length) throw new Error(`keywords: unexpected ${source.charAt(i)} in ${source}`);
  return out;
}

const LETTER = /^\p{L}$/u;

/** The lower-case first letter run of a keyword, and the character right after it ('' at the end). */
function firstRun(keyword: string): [string, string] {
  let k = 0;
  for (const ch of keyword) {
    if (!LETTER.test(ch)) break;
    k += ch.length;
  }
  return [keyword.slice(0, k).toLowerCase(), keyword.charAt(k)];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Characters whose simple case folding (the `iu` flags) differs from both toLowerCase and non-unicode `i` matching.
const FOLD_SPECIAL = /[\u017F\u212A\u212B\u2126\u1E9E]/;
const FOLD_SPECIAL_CHARS = ['\u017F', '\u212A', '\u212B', '\u2126', '\u1E9E'];
let foldText: string | undefined;
let foldResult = false;

/**
 * True when `text` holds one of those characters (the last text's answer is kept: several scanners ask in turn). One
 * native search per character instead of the class's scan: all lie beyond U+00FF, so in a text of Latin-1 only (most
 * prompts, stored one byte per character) each search answers at once.
 */
export function hasFoldSpecial(text: string): boolean {
  if (text !== foldText) {
    foldText = text;
    foldResult = FOLD_SPECIAL_CHARS.some((c) => text.includes(c));
  }
  return foldResult;
}

/** The same by the class: the reference in tests. */
export const hasFoldSpecialReference = (text: string): boolean => FOLD_SPECIAL.test(text);

export interface KeywordStarts {
  /** Word start positions (ascending) and, for each, a bit mask of the patterns whose keywords it can begin. */
  at: number[];
  masks: number[];
}

/** Candidate starts for a list of keyword pattern sources (bit i of a mask = sources[i]). */
export class KeywordIndex {
  private readonly masks = new Map<string, number>();
  /** Runs the prefilter accepts whatever follows them (3+ letters, or a whole keyword): the others need a next character. */
  private readonly bareRuns = new Set<string>();
  /** For each shorter run, the characters that may follow it in some keyword (SPACE: any whitespace). */
  private readonly nextChars = new Map<string, string>();
  /**
   * 1 at the low 16 bits of each bare run's hash (word-index.ts's hash of its code units), 2 at each shorter run's:
   * most words are ruled out by one look-up, and a short one ("a") by the character after it (nextAscii).
   */
  private readonly runHashes = new Uint8Array(65536);
  /** For each shorter run's hash (low 16 bits): 1 for each ASCII character that follows it in some keyword (whitespace for SPACE). */
  private readonly nextAscii = new Map<number, Uint8Array>();
  /** Whether every run starts with a Latin letter, so it starts a word-index run (see startsFromRuns). */
  private latinOnly = true;
  private readonly prefilter: RegExp | null;
  /** Why the fast path is off (a keyword this index cannot read); null when it is on. */
  readonly unusable: string | null;

  /** `sources`: the keyword alternations, as in their `iu` patterns. `before`: a code point no match may follow. */
  /** `before` on each ASCII character, looked up instead of run (the text around a keyword is mostly ASCII). */
  private readonly beforeAscii: Uint8Array;

  constructor(
    sources: readonly string[],
    private readonly before: RegExp,
    /** Read the word starts from word-index.ts's shared Latin runs instead of the prefilter (see startsFromRuns). */
    private readonly fromRuns = false,
  ) {
    this.beforeAscii = new Uint8Array(128);
    for (let c = 0; c < 128; c++) this.beforeAscii[c] = before.test(String.fromCharCode(c)) ? 1 : 0;
    let prefilter: RegExp | null = null;
    let unusable: string | null = null;
    try {
      prefilter = this.build(sources);
    } catch (e) {
      // A keyword list this index cannot read (new syntax in the data) leaves the slow path on, never a wrong answer.
      unusable = e instanceof Error ? e.message : String(e);
    }
    this.prefilter = prefilter;
    this.unusable = unusable;
  }

  private build(sources: readonly string[]): RegExp {
    const before = this.before;
    if (sources.length > 30) throw new Error('keywords: at most 30 patterns per index');
    const alts = new Set<string>();
    const bare = new Set<string>();
    sources.forEach((src, bit) => {
      for (const kw of expand(src)) {
        const [run, next] = firstRun(kw);
        if (run === '') throw new Error(`keywords: "${kw}" does not start with a letter`);
        this.masks.set(run, (this.masks.get(run) ?? 0) | (1 << bit));
        // A run that goes on past the Latin letters ("nº") is read through the \p{L} run (startsFromRuns): only its first letter must be Latin.
        if (!/^[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/.test(run)) this.latinOnly = false;
        // Short runs ("n" of "n°", "a" of "a/c") also need their next character, or they would match most words.
        const h = hashOfCodes(run) & 0xffff;
        if (run.length >= 3 || next === '') {
          bare.add(escapeRe(run));
          this.bareRuns.add(run);
          this.runHashes[h] = 1;
        } else {
          alts.add(escapeRe(run) + (next === SPACE ? '\\s' : escapeRe(next)));
          this.nextChars.set(run, (this.nextChars.get(run) ?? '') + next);
          this.runHashes[h] = (this.runHashes[h] ?? 0) | 2;
          const after = this.nextAscii.get(h) ?? new Uint8Array(128);
          this.nextAscii.set(h, after);
          if (next === SPACE) for (const c of [9, 10, 11, 12, 13, 32]) after[c] = 1;
          else if (next.charCodeAt(0) < 128) after[next.charCodeAt(0)] = 1;
        }
      }
    });
    // A word start is an ASCII word boundary unless the word follows '_' (or a digit) or starts with a
    // non-ASCII letter; the boundary lets the engine skip the inside of words quickly. A bare run must be the whole
    // word, so no ASCII letter may follow it.
    const group = (set: Set<string>, ascii: boolean): string =>
      [...set]
        .filter((a) => a.charCodeAt(0) < 128 === ascii)
        .sort((a, b) => b.length - a.length)
        .join('|');
    const either = (a: string, b: string): string => [a === '' ? '' : `(?:${a})(?![a-z])`, b].filter((x) => x !== '').join('|');
    const ascii = either(group(bare, true), group(alts, true));
    const other = either(group(bare, false), group(alts, false));
    // Where a digit may precede a keyword (`before` allows it), a digit is no ASCII word boundary either.
    const glue = before.test('5') ? '_' : '[_0-9]';
    return new RegExp([ascii === '' ? '' : `(?:\\b|${glue})(?:${ascii})`, other].filter((x) => x !== '').join('|'), 'gi');
  }

  /** The bit mask for one lower-case word (0 when it begins no keyword); for tests. */
  maskOf(word: string): number {
    return this.masks.get(word) ?? 0;
  }

  /**
   * Word starts in `text` that can begin a keyword, or null when `text` holds a character the fast path cannot fold
   * (the caller then runs its patterns globally). Linear: the prefilter resumes past each word it looked at, and
   * each word's letters are read once.
   */
  starts(text: string): KeywordStarts | null {
    const re = this.prefilter;
    if (re === null || hasFoldSpecial(text)) return null;
    // Keywords that start with a letter beyond the Latin range (context-ids' Cyrillic and Arabic birth-date cues) leave
    // the runs usable for a text with no such letter (startsFromRuns): most texts.
    if (this.fromRuns) {
      const fromRuns = this.startsFromRuns(text);
      if (fromRuns !== null) return fromRuns;
    }
    const at: number[] = [];
    const masks: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const c0 = text.charCodeAt(m.index);
      const p = c0 === 95 || (c0 >= 48 && c0 <= 57) ? m.index + 1 : m.index;
      // Inside a word (or a digit run): skip the rest of it, as execAfter does.
      const b = codeAt(text, p - 1);
      if (p > 0 && (b < 128 ? this.beforeAscii[b] === 1 : this.before.test(codePointBefore(text, p)))) {
        re.lastIndex = skipRun(text, p, this.before);
        continue;
      }
      const end = letterRunEnd(text, p);
      const mask = this.masks.get(text.slice(p, end).toLowerCase()) ?? 0;
      if (mask !== 0) {
        at.push(p);
        masks.push(mask);
      }
      re.lastIndex = end > p ? end : p + 1;
    }
    return { at, masks };
  }

  /** The text's Latin runs when startsFromRuns may read them (see there), else null. */
  private runsFor(text: string): LatinRuns | null {
    const runs = latinRuns(text);
    return runs.odd || (!this.latinOnly && runs.otherLetters) ? null : runs;
  }

  /** Whether starts(text) reads word-index.ts's runs rather than running the prefilter: for tests. */
  readsRuns(text: string): boolean {
    return this.prefilter !== null && this.fromRuns && !hasFoldSpecial(text) && this.runsFor(text) !== null;
  }

  /**
   * The same starts read from word-index.ts's Latin letter runs, made once per text and shared with the passes that
   * read words (kin-names, person-context): no pass of its own over the text. Null when the text holds a character
   * on which lower-casing and Latin letters disagree (`odd`), or, when some keyword starts with a letter beyond the
   * Latin range, a text with a letter beyond it (`otherLetters`): the prefilter decides there.
   *
   * Why these are the prefilter's starts or a superset of them (the sticky patterns decide, so a superset is safe as
   * long as every start passes the `before` test, as each one here does): every keyword's first run is Latin letters
   * (checked at build), or the text has no letter beyond the Latin range for any other keyword to begin with (Speed:
   * the Cyrillic and Arabic cues of context-ids.ts had turned this path off for every text), so a keyword can only
   * begin at the start of a Latin run; a Latin run is never preceded by an
   * ASCII letter (it would be part of it), which is what the prefilter's `\b` demands; its \p{L} run is the Latin run
   * unless a letter outside the Latin range follows it, and then the \p{L} run is read as starts() reads it; a short
   * run that is not a whole keyword is kept only before a character some keyword has after it, as in the prefilter.
   */
  private startsFromRuns(text: string): KeywordStarts | null {
    const runs = this.runsFor(text);
    if (runs === null) return null;
    const at: number[] = [];
    const masks: number[] = [];
    const n = text.length;
    const { start, end: ends, lowerHash, count } = runs;
    const hashes = this.runHashes;
    const nextAscii = this.nextAscii;
    const beforeAscii = this.beforeAscii;
    // With no letter outside the Latin runs, a character beyond ASCII after a run never carries its \p{L} run on: a run
    // whose hash is no keyword run's is then no start whatever follows it, ruled out before its next character is read.
    const latinOnlyText = !runs.otherLetters;
    for (let k = 0; k < count; k++) {
      if (latinOnlyText && hashes[(lowerHash[k] ?? 0) & 0xffff] === 0) continue;
      let end = ends[k] ?? 0;
      // Read in bounds only (-1 past the end, which like NaN is below 128 and follows no keyword run): an access past the
      // end leaves the loop on V8's slower out-of-bounds path for every character.
      const next = end < n ? text.charCodeAt(end) : -1;
      // Most words, before an ASCII character (or the end): a hash that is no keyword run's, or a short run's before a
      // character no keyword has after it.
      if (!(next >= 128)) {
        const low = (lowerHash[k] ?? 0) & 0xffff;
        const h = hashes[low] ?? 0;
        if ((h & 1) === 0 && ((h & 2) === 0 || next < 0 || nextAscii.get(low)?.[next] !== 1)) continue;
      }
      const p = start[k] ?? 0;
      if (p > 0) {
        const b = text.charCodeAt(p - 1);
        if (b < 128 ? beforeAscii[b] === 1 : this.before.test(codePointBefore(text, p))) continue;
      }
      // A letter outside the Latin range after the run: the word is the whole \p{L} run, read as starts() reads it.
      if (end < n && next >= 128) end = letterRunEnd(text, p);
      const word = text.slice(p, end).toLowerCase();
      const mask = this.masks.get(word) ?? 0;
      if (mask === 0) continue;
      if (!this.bareRuns.has(word) && !nextAllowed(this.nextChars.get(word) ?? '', codePointAt(text, end))) continue;
      at.push(p);
      masks.push(mask);
    }
    return { at, masks };
  }
}

/** Whether `c` (a character, SPACE for any whitespace) is among `chars`. */
function nextAllowed(chars: string, c: string): boolean {
  return c !== '' && (chars.includes(c) || (chars.includes(SPACE) && /^\s$/.test(c)));
}

/** End of the run of \p{L} code points starting at p. */
export function letterRunEnd(text: string, p: number): number {
  let k = p;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        k++;
        continue;
      }
      return k;
    }
    const ch = codePointAt(text, k);
    if (!LETTER.test(ch)) return k;
    k += ch.length;
  }
  return k;
}

function skipRun(text: string, p: number, cls: RegExp): number {
  let k = p;
  for (let c = codePointAt(text, k); c !== '' && cls.test(c); c = codePointAt(text, k)) k += c.length;
  return k > p ? k : p + 1;
}

export function codePointBefore(text: string, p: number): string {
  // Nothing before the text's start (charAt's answer there), read without the access out of bounds (word-index.ts's codeAt).
  if (p <= 0) return '';
  const lo = text.charCodeAt(p - 1);
  const hi = p >= 2 && lo >= 0xdc00 && lo <= 0xdfff ? text.charCodeAt(p - 2) : 0;
  return hi >= 0xd800 && hi <= 0xdbff ? text.slice(p - 2, p) : text.charAt(p - 1);
}

export function codePointAt(text: string, p: number): string {
  const hi = codeAt(text, p);
  const lo = hi >= 0xd800 && hi <= 0xdbff ? codeAt(text, p + 1) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff ? text.slice(p, p + 2) : text.charAt(p);
}

/**
 * Matches of the sticky `re` tried at the first `count` of `starts` (ascending; repeats allowed), each search resuming
 * where the last match ended, as a global scan does. Equal to the global scan of the same pattern whenever `starts`
 * holds every position where a match can start.
 */
export function matchesAt(text: string, re: RegExp, starts: ArrayLike<number>, count = starts.length): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  let last = -1;
  for (let i = 0; i < count; i++) {
    const p = starts[i] ?? 0;
    if (p < from || p === last) continue;
    last = p;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) continue;
    from = p + Math.max(1, m[0].length);
    found.push(m);
  }
  return found;
}

/** A global scan's matches, for slow paths and references. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

export function matchesAll(text: string, re: RegExp): RegExpExecArray[] {
  let g = GLOBAL.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.replace('y', '').replace('g', '') + 'g');
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    found.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return found;
}

/**
 * Every position where the global `prefilter` matches, the search resuming one past each hit so overlapping hits are
 * all found; `shift` moves a hit to where the real pattern would start (past a consumed '_'). Null when the text holds
 * a character whose case folding the non-unicode prefilter does not share with an `iu` pattern.
 */
export function prefilterHits(text: string, prefilter: RegExp, shift: (text: string, index: number) => number = (_t, i) => i): number[] | null {
  if (hasFoldSpecial(text)) return null;
  const at: number[] = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
    at.push(shift(text, m.index));
    prefilter.lastIndex = m.index + 1;
  }
  return at;
}

// Maximal runs of 9+ ASCII letters and digits: their starts follow a non-word character (\b) or an underscore.
const LONG_ALNUM = /(?:\b|_)[A-Za-z0-9]{9,}/g;
let runsText: string | undefined;
let runsResult: { start: number[]; end: number[] } = { start: [], end: [] };

/**
 * Every maximal run of 9 or more ASCII letters and digits, in order (one pass, shared by the DEA/VIN and codice fiscale
 * scans; the last text's runs are kept). Linear: each run is read once, and a shorter run fails within 9 characters.
 */
export function longAlnumRuns(text: string): { start: number[]; end: number[] } {
  if (text === runsText) return runsResult;
  const start: number[] = [];
  const end: number[] = [];
  LONG_ALNUM.lastIndex = 0;
  for (let m = LONG_ALNUM.exec(text); m !== null; m = LONG_ALNUM.exec(text)) {
    const s = text.charCodeAt(m.index) === 95 ? m.index + 1 : m.index;
    start.push(s);
    end.push(m.index + m[0].length);
  }
  runsText = text;
  runsResult = { start, end };
  return runsResult;
}
