/**
 * Where a keyword alternation of the post-filters can start, read from word-index.ts's Latin runs with one hash look-up
 * per word.
 *
 * keywords.ts's KeywordIndex does the same for the scans, and more (short runs need their next character, letters
 * beyond the Latin ranges): it reads each run's next character, which on 8 KB costs ~10 us a pass. The post-filters'
 * patterns are simpler: each is `(?<!...)(?:keyword|...)(?!...)` with the `iu` flags, where the lookbehind and the
 * lookahead both exclude every letter (\p{L}) and every keyword opens with Latin letters. A match then starts at a word
 * start (no letter before) and its keyword's first letter run is followed by a non-letter, in the keyword or, at its end,
 * by the lookahead: so the text's Latin run there is exactly that first run, lower-cased alike. The runs whose lower-case
 * hash is a first run's are every start where a match can begin (a superset: the caller runs the pattern sticky there).
 *
 * Lower-casing and the `iu` case folding agree on Latin letters except for a few characters (long s, Kelvin, Angstrom,
 * capital sharp s, İ): a text holding one is read the slow way (`starts` gives null). Normalised text never holds most
 * of them.
 */

import { expand, hasFoldSpecial } from './keywords.js';
import { hashOfCodes, isLatinLower, latinRuns } from './word-index.js';

const LETTER = /^\p{L}$/u;

/** Candidate starts, ascending, and for each a bit mask of the sources whose keywords it can begin. */
export interface GateStarts {
  at: number[];
  masks: number[];
  /** The index of each start's run in word-index.ts's runs. */
  runs: number[];
}

export class WordGate {
  /** Per low 16 bits of a first run's hash: the bit mask of the sources that have it. */
  private readonly table = new Uint8Array(65536);
  private sources = 0;
  private why: string | null = null;
  /** The last text's starts (sources are added when modules load, before any text is read). */
  private lastText: string | undefined;
  private lastStarts: GateStarts | null = null;

  /** `sources`: keyword alternations, as in their patterns (keywords.ts's `expand` syntax); bit i is sources[i]. */
  constructor(sources: readonly string[] = []) {
    for (const src of sources) this.add(src);
  }

  /** Why the gate is off (a keyword it cannot read); null when it is on. */
  get unusable(): string | null {
    return this.why;
  }

  /** Adds a source (at most 8 in all, with addWords') and returns its bit in the masks. */
  add(source: string): number {
    const bit = this.nextBit();
    try {
      for (const kw of expand(source)) {
        const run = firstRun(kw);
        if (run === '' || !latinOnly(run)) throw new Error(`word-gate: "${kw}" does not open with Latin letters`);
        const h = hashOfCodes(run) & 0xffff;
        this.table[h] = (this.table[h] ?? 0) | bit;
      }
    } catch (e) {
      // A keyword the gate cannot read leaves the slow path on, never a wrong answer.
      this.why = e instanceof Error ? e.message : String(e);
    }
    this.lastText = undefined;
    return bit;
  }

  /**
   * Adds a source when the gate can read every keyword of it, and returns its bit; otherwise 0, and the gate stays on
   * for its other sources (a caller with bit 0 always runs its pattern).
   */
  addIfReadable(source: string): number {
    try {
      for (const kw of expand(source)) {
        const run = firstRun(kw);
        if (run === '' || !latinOnly(run)) return 0;
      }
    } catch {
      return 0;
    }
    return this.add(source);
  }

  /**
   * Adds whole words (lower case) as a source and returns its bit: the runs whose lower-case hash has a word's low 16
   * bits (a superset of the runs that are one of the words: the caller compares them its own way).
   */
  addWords(words: Iterable<string>): number {
    const bit = this.nextBit();
    for (const w of words) {
      const h = hashOfCodes(w) & 0xffff;
      this.table[h] = (this.table[h] ?? 0) | bit;
    }
    this.lastText = undefined;
    return bit;
  }

  /** Whether the lower-case Latin letter run `run` may open a keyword of the source(s) in `bits` (its hash is a first run's). */
  mayOpen(run: string, bits: number): boolean {
    return ((this.table[hashOfCodes(run) & 0xffff] ?? 0) & bits) !== 0;
  }

  private nextBit(): number {
    if (this.sources >= 8) throw new Error('word-gate: at most 8 sources');
    return 1 << this.sources++;
  }

  /** Every word start of `text` that can begin a keyword, or null when the caller must search the whole text. The last text's are kept. */
  starts(text: string): GateStarts | null {
    if (text === this.lastText) return this.lastStarts;
    const found = this.read(text);
    this.lastText = text;
    this.lastStarts = found;
    return found;
  }

  private read(text: string): GateStarts | null {
    if (this.why !== null || hasFoldSpecial(text)) return null;
    const latin = latinRuns(text);
    if (latin.odd) return null;
    const { count, start, lowerHash } = latin;
    const table = this.table;
    const at: number[] = [];
    const masks: number[] = [];
    const runs: number[] = [];
    for (let k = 0; k < count; k++) {
      const m = table[(lowerHash[k] ?? 0) & 0xffff] ?? 0;
      if (m === 0) continue;
      at.push(start[k] ?? 0);
      masks.push(m);
      runs.push(k);
    }
    return { at, masks, runs };
  }
}

/**
 * One gate for the post-filters' keyword lists (placeholders, brands, org-contacts, person-context add theirs when they
 * load): one pass over a text's runs serves them all.
 */
export const POST_FILTER_WORDS = new WordGate();

/** True when every code unit of `run` is a lower-case Latin letter (word-index.ts's runs hold no other). */
function latinOnly(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (!isLatinLower(run.charCodeAt(i))) return false;
  return true;
}

/** The lower-case run of letters a keyword opens with. */
function firstRun(keyword: string): string {
  let k = 0;
  for (const ch of keyword) {
    if (!LETTER.test(ch)) break;
    k += ch.length;
  }
  return keyword.slice(0, k).toLowerCase();
}

/** The starts of `gate` whose mask has `bit`. */
export function startsOf(gate: GateStarts, bit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < gate.at.length; i++) if (((gate.masks[i] ?? 0) & bit) !== 0) out.push(gate.at[i] ?? 0);
  return out;
}

/**
 * The ASCII characters that can begin one of `words` in an `iu` pattern, as a table by char code (1: can). Each word's
 * first character is compared as the pattern compares it, so the long s and the Kelvin sign count for "s" and "k".
 * A character beyond ASCII is not in the table: callers let every such character through.
 */
export function firstChars(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(128);
  const firsts = new Set<string>();
  for (const w of words) {
    const cp = w.codePointAt(0);
    if (cp !== undefined) firsts.add(String.fromCodePoint(cp));
  }
  for (const f of firsts) {
    const re = new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}$`, 'iu');
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
}

/** True when the code unit `c` can begin a word of `table`'s (firstChars): a listed ASCII character, or any beyond ASCII. */
export const mayBegin = (table: Uint8Array, c: number): boolean => c >= 128 || table[c] === 1;

const SPACE = /\s/;
/** Whether the code unit `c` is whitespace (\s). */
export const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
/** `span.split(/\s+/)` without its empty pieces: ASCII whitespace by char code, the rest by the pattern. */
export function spanTokens(span: string): string[] {
  const tokens: string[] = [];
  let from = -1;
  for (let i = 0; i < span.length; i++) {
    if (isSpaceCode(span.charCodeAt(i))) {
      if (from >= 0) tokens.push(span.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) tokens.push(span.slice(from));
  return tokens;
}

/**
 * A second gate, for the cue lists the filters test in a short window next to each hit (an office before a name, a
 * tariff note beside a number, an institution's noun before a name): one pass over a text's runs serves them all.
 */
export const WINDOW_CUE_WORDS = new WordGate();

/**
 * The letters from `from` to the end of their word, lower case, when all are ASCII or Latin-1 letters (whose lower case
 * is the `iu` patterns' folding and word-index.ts's); null when the word holds any other character that may be a letter.
 */
function latinTail(text: string, from: number): string | null {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (((c | 32) - 97) >>> 0 >= 26) break;
    } else if (c < 0xc0 || c > 0xff || c === 0xd7 || c === 0xf7) return null;
  }
  return text.slice(from, k).toLowerCase();
}

/** A code unit that may be a letter (an ASCII letter or anything beyond ASCII); false outside the text. */
function mayBeLetter(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The index of the first of the ascending starts `at` at or after `from` (binary search; `at.length` when none). */
function firstAtOrAfter(at: readonly number[], from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a pattern of the gate's kind (`(?<!\p{L})(?:source)(?!\p{L})...`, flags iu) may match in the slice
 * text[from, to): false only when the gate has no start of source `bit` there. The gate reads the text's whole words,
 * while the slice ends its words at its edges: a window whose end falls inside a word is left to the pattern, and so is
 * one whose start does when that word's tail may open a keyword (`leftCut`: unless the pattern cannot open with a keyword
 * at the slice's first character).
 */
export function mayStartIn(gate: WordGate, text: string, bit: number, from: number, to: number, leftCut = true): boolean {
  if (bit === 0 || (mayBeLetter(text, to - 1) && mayBeLetter(text, to))) return true;
  // The slice opens inside a word: the pattern sees the word's tail as a word. Left to the pattern only when that tail
  // may open a keyword (a whole-window scan for most windows otherwise: a window's edge falls inside a word most of the time).
  if (leftCut && mayBeLetter(text, from - 1) && mayBeLetter(text, from)) {
    const tail = latinTail(text, from);
    if (tail === null || gate.mayOpen(tail, bit)) return true;
  }
  const starts = gate.starts(text);
  if (starts === null) return true;
  const { at, masks } = starts;
  for (let i = firstAtOrAfter(at, from); i < at.length && (at[i] ?? 0) < to; i++) if (((masks[i] ?? 0) & bit) !== 0) return true;
  return false;
}

/**
 * A global scan of a pattern of the gate's kind (`(?<!\p{L})(?:source)(?!\p{L})...`, flags giu) run only where it can
 * start: `next(text, from)` is the match `global` would find with lastIndex `from`, found by trying the sticky copy at
 * the gate's starts of `bit` from `from` on. Where the gate cannot read the text (or `bit` is 0: a source it could not
 * read), the global pattern itself searches. Speed: such a lookbehind-led alternation defeats the engine's quick skip
 * over the text, so a global scan tries it at every character (on 8 KB prompts the listing and branch heads alone
 * took a tenth of the detector's time).
 */
export class GatedScan {
  private readonly sticky: RegExp;

  constructor(
    private readonly gate: WordGate,
    private readonly bit: number,
    private readonly global: RegExp,
  ) {
    if (!global.global) throw new Error('GatedScan: the pattern must be global');
    this.sticky = new RegExp(global.source, global.flags.replace('g', '') + 'y');
  }

  next(text: string, from: number): RegExpExecArray | null {
    const starts = this.bit === 0 ? null : this.gate.starts(text);
    if (starts === null) {
      this.global.lastIndex = from;
      return this.global.exec(text);
    }
    const { at, masks } = starts;
    for (let i = firstAtOrAfter(at, from); i < at.length; i++) {
      if (((masks[i] ?? 0) & this.bit) === 0) continue;
      this.sticky.lastIndex = at[i] ?? 0;
      const m = this.sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}

/**
 * A read-back gate for a pattern that must end with one of a list's words (case-insensitive), then `\s+$` ('spaces'),
 * ' $' ('space') or '$' ('none'), each word standing after a character that is no letter (a lookbehind, whitespace or the
 * window's start). Before trying such a pattern at every start of its window, `mayEnd` reads the window's last token
 * back: false only when no word's last part (after its last space) ends the window so. Words written with a character
 * whose case folding is another's (long s, Kelvin sign) turn the gate off (always true); the text's long s is folded.
 */
export class LastWordGate {
  private readonly last: ReadonlySet<string>;
  private readonly lengths: readonly number[];
  private readonly on: boolean;
  constructor(
    words: Iterable<string>,
    private readonly trailing: 'spaces' | 'space' | 'none',
  ) {
    const all = [...words];
    this.on = all.every((w) => w === w.toLowerCase() && !/[\u017F\u212A\u212B]/.test(w));
    this.last = new Set(all.map((w) => w.slice(w.lastIndexOf(' ') + 1)));
    this.lengths = [...new Set([...this.last].map((w) => w.length))].sort((a, b) => a - b);
  }

  mayEnd(text: string, lo: number, at: number): boolean {
    if (!this.on) return true;
    let e = at;
    if (this.trailing === 'space') {
      if (text.charCodeAt(e - 1) !== 32 || e - 1 < lo) return false;
      e--;
    } else if (this.trailing === 'spaces') {
      while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e === at) return false;
    }
    for (const n of this.lengths) {
      const j = e - n;
      if (j < lo) break;
      // The word stands at the window's start or after a character that may be no letter (any beyond ASCII may not be).
      if (j > lo) {
        const b = text.charCodeAt(j - 1) | 32;
        if (b >= 97 && b <= 122) continue;
      }
      // Speed: the long s is folded only in a token that holds one (most hold none; the replace copies the string).
      const token = text.slice(j, e).toLowerCase();
      if (this.last.has(token.includes('\u017F') ? token.replace(/\u017F/g, 's') : token)) return true;
    }
    return false;
  }
}

/** Non-unicode `i` matching's canonical form of a code unit (its upper case when that is one unit and no ASCII for a wider one). */
function canonicalUnit(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  const k = u.length === 1 ? u.charCodeAt(0) : c;
  return c >= 128 && k < 128 ? c : k;
}
const CANONICAL = new Uint16Array(256);
for (let c = 0; c < 256; c++) CANONICAL[c] = canonicalUnit(c);
const canonical = (c: number): number => (c < 256 ? (CANONICAL[c] ?? c) : canonicalUnit(c));
const OPENS_LONGER = 1;
const IS_WORD = 2;

/**
 * A global scan of a case-insensitive pattern (flags `gi` or `giu`) whose every match opens with one of a few hundred
 * literal words at most, and may start anywhere, inside a word too (German and Dutch compounds: "Routerkennwort"):
 * `next(text, from)` is the match the global pattern finds with lastIndex `from`, found by trying its sticky copy only
 * where the text's code units there are, as the pattern compares them, an opening's first two and some opening's second
 * and third (or a two-character opening). A code unit whose upper case lies beyond Latin-1 (ÿ, µ, ’, the long s, other
 * alphabets) matches any there: the gate lets through every start the pattern can match at (a superset: the pattern
 * still decides), so the matches are the global scan's. Speed: such an alternation compiled after V8's regexp code limit
 * (docs/detector.md, stop 38) runs unoptimised, trying its words at every position: on 8 KB chat prompts the password
 * cues' scan alone cost more than the rest of their pass. An opening of one character, or with one of its first three
 * beyond Latin-1 (upper-cased), turns the gate off: the global pattern searches.
 */
export class PairScan {
  private readonly sticky: RegExp;
  /**
   * Per pair of canonical units (first << 8 | second), both within Latin-1: OPENS_LONGER when an opening of three or
   * more characters starts with it, IS_WORD when it is a whole opening.
   */
  private readonly opens: Uint8Array | undefined;
  /** Per pair of canonical units: 1 when it is some opening's second and third. */
  private readonly seconds = new Uint8Array(65536);
  /** In a `u` pattern a match starts at no surrogate (every opening starts in Latin-1). */
  private readonly unicode: boolean;
  /**
   * Per Latin-1 code unit: 1 when its canonical unit is within Latin-1 and opens no opening, so no match starts there
   * (speed: most of a text's characters are ruled out by this one small table before the pair table is read).
   */
  private readonly noOpening = new Uint8Array(256);

  constructor(
    /** What every match opens with, as the pattern writes it: its words, or an alternative's literal start. */
    openings: readonly string[],
    /** The pattern: flags `gi` or `giu`. */
    private readonly global: RegExp,
  ) {
    if (global.flags !== 'gi' && global.flags !== 'giu') throw new Error(`PairScan: flags must be gi or giu, not ${global.flags}`);
    this.unicode = global.unicode;
    this.sticky = new RegExp(global.source, global.flags.replace('g', 'y'));
    const opens = new Uint8Array(65536);
    for (const w of openings) {
      const [a, b, c] = [0, 1, 2].map((i) => (i < w.length ? canonical(w.charCodeAt(i)) : 0)) as [number, number, number];
      if (w.length < 2 || a > 255 || b > 255 || c > 255) {
        this.opens = undefined;
        return;
      }
      const k = (a << 8) | b;
      opens[k] = (opens[k] ?? 0) | (w.length === 2 ? IS_WORD : OPENS_LONGER);
      if (w.length > 2) this.seconds[(b << 8) | c] = 1;
    }
    this.opens = opens;
    const firsts = new Uint8Array(256);
    for (let k = 0; k < 65536; k++) if (opens[k] !== 0) firsts[k >> 8] = 1;
    for (let u = 0; u < 256; u++) {
      const a = canonical(u);
      this.noOpening[u] = a <= 255 && firsts[a] === 0 ? 1 : 0;
    }
  }

  next(text: string, from: number): RegExpExecArray | null {
    const opens = this.opens;
    if (opens === undefined) {
      this.global.lastIndex = from;
      return this.global.exec(text);
    }
    const n = text.length;
    const noOpening = this.noOpening;
    for (let p = from; p + 1 < n; p++) {
      const u = text.charCodeAt(p);
      if (u < 256 && noOpening[u] === 1) continue;
      const a = canonical(u);
      const b = canonical(text.charCodeAt(p + 1));
      if (a > 255 || b > 255) {
        if (this.unicode && a >= 0xd800 && a <= 0xdfff) continue;
      } else {
        const open = opens[(a << 8) | b] ?? 0;
        if (open === 0) continue;
        if ((open & IS_WORD) === 0) {
          const c = p + 2 < n ? canonical(text.charCodeAt(p + 2)) : -1;
          if (c === -1 || (c <= 255 && this.seconds[(b << 8) | c] === 0)) continue;
        }
      }
      this.sticky.lastIndex = p;
      const m = this.sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}
