/**
 * One walk over a text's Latin letters, shared by the passes that read its words (kin-names.ts, person-context.ts).
 *
 * Speed: those passes each walked the whole text (one lower-cased and split it with a regex, one folded every
 * character itself). The walk here is made once per text and kept for the last text seen (a single-entry cache keyed
 * by the string), so each pass reads the runs instead of the characters; nothing in their interfaces changes.
 *
 * A run is a maximal run of the six languages' letters: ASCII letters and U+00C0..U+024F but × and ÷. For each run:
 * its start and end, a hash of its lower-cased text (each code unit's `toLowerCase`, which for these letters is one
 * code unit) and `fold`'s hash (ASCII and Latin-1 capitals to lower case, other letters as they are). Typed arrays are
 * reused between texts: a caller reads them before it asks for another text's runs.
 */

export interface LatinRuns {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Hash (h * 31 + code, 32-bit) of the run's lower-cased code units. */
  lowerHash: Int32Array;
  /** The same of `fold`'s codes (ASCII and Latin-1 capitals folded, U+0100..U+024F as they are). */
  foldHash: Int32Array;
  /**
   * A character on which "a Latin letter" and "a character whose lower case is a Latin letter" disagree (İ, the
   * Kelvin sign, ẞ, Ɓ...): where the text has one, a pass that lower-cases first reads its own words.
   */
  odd: boolean;
  /** A letter (\p{L}) that is no Latin letter (Greek, ª, the Kelvin sign...) or a surrogate: the runs are not all the text's letter runs. */
  otherLetters: boolean;
  /**
   * Per run (bits): 1 when it starts with a capital (\p{Lu}), 2 when it holds a character beyond ASCII, and what stands
   * before it: BREAK_BEFORE, NOTE_BEFORE, JOINED_BEFORE.
   */
  shape: Uint8Array;
}

// What stands before a run, read by the name scanner (name-chars.ts, names.ts) instead of walking back from each run.
// Blanks are spaces and tabs. The last character before the run that is no blank is a line break or a colon, or there
// is none (the run opens the text or a line, or follows a label's colon).
export const BREAK_BEFORE = 4;
/** The same, or a bullet (•), with at most three blanks between. */
export const NOTE_BEFORE = 8;
/** An apostrophe, ’ or a hyphen right before the run. */
export const JOINED_BEFORE = 16;

/** ASCII and Latin-1 capitals to lower case, other letters of U+00C0..U+024F as they are; -1 for any other character. */
export const fold = (c: number): number => {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? c | 32 : -1;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return c <= 0xde ? c + 32 : c;
  return -1;
};

/** True when the code unit `c` is a Latin letter once lower-cased (what `[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]` accepts). */
export const isLatinLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Per code unit: its lower case when that is one code unit (else itself), its fold (0 for no letter), and its class bits. */
const LOWER = new Uint16Array(65536);
const FOLD = new Uint16Array(65536);
const CLS = new Uint8Array(65536);
/** A Latin letter (`fold` >= 0). */
const LETTER = 1;
/** Odd (see LatinRuns): a lower case of several code units (İ: "i̇"), or one that is a Latin letter exactly when the character is not. */
const ODD_BIT = 2;
/** A letter whose lower case is not its fold (capitals of U+0100..U+024F). */
const DIFFERS = 4;
/** Beyond ASCII. */
const NON_ASCII = 8;
/** \p{Lu}. */
const UPPER = 16;
/** A letter (\p{L}) that is no Latin letter, or a surrogate (which may begin one). */
const OTHER_LETTER = 32;
const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
for (let c = 0; c < 65536; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
  const f = fold(c);
  FOLD[c] = f >= 0 ? f : 0;
  const odd = l.length !== 1 || f >= 0 !== isLatinLower(l.charCodeAt(0));
  const ch = String.fromCharCode(c);
  const other = (f < 0 && LETTER_RE.test(ch)) || (c >= 0xd800 && c <= 0xdfff);
  CLS[c] =
    (f >= 0 ? LETTER : 0) | (odd ? ODD_BIT : 0) | (f >= 0 && !odd && LOWER[c] !== f ? DIFFERS : 0) | (c >= 128 ? NON_ASCII : 0) |
    (UPPER_RE.test(ch) ? UPPER : 0) | (other ? OTHER_LETTER : 0);
}

/**
 * `text.charCodeAt(i)`, NaN outside the text as there, without the access out of bounds. Speed: V8 compiles a
 * charCodeAt call site that has once read past either end to a call of the generic builtin from then on, several times
 * slower for every character it reads after; a scan that may look one past a run's end reads through this instead.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : NaN);

/** The lower case of the code unit `c` when it is one code unit, else `c`. */
export const lowerCode = (c: number): number => LOWER[c] ?? c;

const RUNS: LatinRuns = {
  count: 0,
  start: new Int32Array(2048),
  end: new Int32Array(2048),
  lowerHash: new Int32Array(2048),
  foldHash: new Int32Array(2048),
  odd: false,
  otherLetters: false,
  shape: new Uint8Array(2048),
};
let lastText: string | undefined;

function grow(r: LatinRuns): void {
  for (const key of ['start', 'end', 'lowerHash', 'foldHash'] as const) {
    const grown = new Int32Array(r[key].length * 2);
    grown.set(r[key]);
    r[key] = grown;
  }
  const shape = new Uint8Array(r.shape.length * 2);
  shape.set(r.shape);
  r.shape = shape;
}

/** The Latin letter runs of `text` (the last text's, when it is the same string). Linear. */
export function latinRuns(text: string): LatinRuns {
  if (text === lastText) return RUNS;
  const r = RUNS;
  const n = text.length;
  let k = 0;
  let odd = false;
  let other = false;
  // Whether a run holds a capital of U+0100..U+024F, whose lower case differs from its fold: then its lower hash is its own.
  let differs = false;
  // The last character that is no blank (space or tab) before i (-1: none), and its code (a Latin letter's: 0).
  let q = -1;
  let qc = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ASCII by arithmetic (most characters), the rest by the class table.
    if (c < 128) {
      if (((c | 32) - 97) >>> 0 >= 26) {
        if (c !== 32 && c !== 9) {
          q = i;
          qc = c;
        }
        i++;
        continue;
      }
    } else {
      const cls = CLS[c] ?? 0;
      if ((cls & LETTER) === 0) {
        // Beyond ASCII and more than that: odd, or another alphabet's letter.
        if (cls > NON_ASCII) {
          if ((cls & ODD_BIT) !== 0) odd = true;
          if ((cls & OTHER_LETTER) !== 0) other = true;
        }
        q = i;
        qc = c;
        i++;
        continue;
      }
    }
    const s = i;
    let shape = (c < 128 ? c <= 90 : ((CLS[c] ?? 0) & UPPER) !== 0) ? 1 : 0;
    if (q < 0 || qc === 10 || qc === 58) shape |= BREAK_BEFORE;
    if (s - q <= 4 && (q < 0 || qc === 10 || qc === 58 || qc === 0x2022)) shape |= NOTE_BEFORE;
    if (q === s - 1 && (qc === 39 || qc === 45 || qc === 0x2019)) shape |= JOINED_BEFORE;
    let fh = 0;
    for (;;) {
      if (c < 128) fh = (Math.imul(fh, 31) + (c | 32)) | 0;
      else {
        const cls = CLS[c] ?? 0;
        fh = (Math.imul(fh, 31) + (FOLD[c] ?? 0)) | 0;
        shape |= 2;
        if ((cls & ODD_BIT) !== 0) odd = true;
        if ((cls & DIFFERS) !== 0) differs = true;
      }
      if (++i >= n) break;
      c = text.charCodeAt(i);
      // A character that ends the run is read again by the outer loop (its odd and other-letter marks).
      if (c < 128) {
        if (((c | 32) - 97) >>> 0 >= 26) break;
      } else if (((CLS[c] ?? 0) & LETTER) === 0) break;
    }
    q = i - 1;
    qc = 0;
    if (k === r.start.length) grow(r);
    r.start[k] = s;
    r.end[k] = i;
    r.foldHash[k] = fh;
    r.shape[k] = shape;
    if (differs) {
      let lh = 0;
      for (let j = s; j < i; j++) lh = (Math.imul(lh, 31) + (LOWER[text.charCodeAt(j)] ?? 0)) | 0;
      r.lowerHash[k] = lh;
      differs = false;
    } else r.lowerHash[k] = fh;
    k++;
  }
  r.count = k;
  r.odd = odd;
  r.otherLetters = other;
  lastText = text;
  return r;
}

/** The polynomial hash the runs carry, of a string's code units as given. */
export function hashOfCodes(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** A word with its code points in reverse order (for patterns run backwards: names.ts, public-addresses.ts). */
export const reverseWord = (w: string): string => Array.from(w).reverse().join('');

/** The window [lo, hi) of `text` with its code points in reverse order. */
export function reversedWindow(text: string, lo: number, hi: number): string {
  let s = '';
  for (let i = hi - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > lo) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) {
        s += text.slice(i - 1, i + 1);
        i--;
        continue;
      }
    }
    s += text.charAt(i);
  }
  return s;
}
