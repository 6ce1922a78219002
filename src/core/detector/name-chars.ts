/**
 * Character classes and word scans for the name scanner, by character codes instead of Unicode property regexes.
 *
 * Speed: the name scanner walks every capitalised word and every word that can begin a cue. Regexes with `\p{L}` and
 * a lookbehind cost a call and a match object per word; a loop over character codes with a table per BMP code unit
 * (filled lazily from the same `\p{...}` tests, so the classes are exactly the regexes') costs a few operations per
 * character. Code points beyond the BMP (surrogate pairs) are tested with the regexes themselves.
 */

const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
/** Per BMP code unit: KNOWN once classified, then LETTER (\p{L}) and UPPER (\p{Lu}). Surrogates are never letters alone. */
const CLASS = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0);
  CLASS[c] = k;
  return k;
}

/** The class bits of the code point starting at `i` (0 past the end); `cpLen` gives its length in code units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? (c <= 90 ? KNOWN | LETTER | UPPER : KNOWN | LETTER) : KNOWN;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      return KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0);
    }
  }
  if (c !== c) return 0;
  const k = CLASS[c] ?? 0;
  return k !== 0 ? k : classify(c);
}

/** Length in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
function cpLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The class bits of the code point ending right before `i` (0 at the start). */
function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return classAt(text, i - 2);
  }
  return classAt(text, i - 1);
}

/** True when `i` holds a letter (\p{L}). */
export const isLetterAt = (text: string, i: number): boolean => (classAt(text, i) & LETTER) !== 0;

/**
 * End of the word starting with the letter at `i`, as `[\p{L}](?:[\p{L}'’-]*[\p{L}])?\.?` matches it there: the run of
 * letters, apostrophes and hyphens, back to its last letter, then one dot if one follows.
 */
export function wordEnd(text: string, i: number): number {
  let j = i + cpLen(text, i);
  let lastLetter = j;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        j++;
        lastLetter = j;
      } else if (c === 39 || c === 45) j++;
      else break;
    } else if (c === 0x2019) j++;
    else if ((classAt(text, j) & LETTER) !== 0) {
      j += cpLen(text, j);
      lastLetter = j;
    } else break;
  }
  return lastLetter < n && text.charCodeAt(lastLetter) === 46 ? lastLetter + 1 : lastLetter;
}

/**
 * The next capitalised word at or after `from`, as the global scan of
 * `\p{Lu}(?<![\p{L}'’-]\p{Lu})(?:[\p{L}'’-]*[\p{L}])?\.?` finds it: its start, or -1 (its end is `wordEnd`).
 * A capital counts only when the code point before it is no letter, apostrophe or hyphen.
 */
export function nextCapStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    // No capital is below 'A', between 'Z' and U+00BF, or a low surrogate (the second half of a pair is skipped).
    if (c < 65 || (c > 90 && c < 0xc0) || (c >= 0xdc00 && c <= 0xdfff)) continue;
    if (c > 90 && (classAt(text, i) & UPPER) === 0) continue;
    const b = text.charCodeAt(i - 1);
    if (b < 128) {
      if (((b | 32) >= 97 && (b | 32) <= 122) || b === 39 || b === 45) continue;
    } else if (b === 0x2019 || (classBefore(text, i) & LETTER) !== 0) continue;
    return i;
  }
  return -1;
}

/** The next word at or after `from`, as the global scan of `[\p{L}](?:[\p{L}'’-]*[\p{L}])?\.?` finds it: its start, or -1. */
export function nextWordStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) return i;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if ((classAt(text, i) & LETTER) !== 0) return i;
  }
  return -1;
}

/**
 * Starts of the letter runs (maximal runs of \p{L} code points) of `text` whose lower-cased run is in `keys`, in order.
 * `maybe` is a cheap superset test on an all-ASCII run's hash (see `runHash`); runs with letters beyond ASCII are looked
 * up directly.
 */
export function letterRunStarts(text: string, keys: (run: string) => boolean, maybe: Uint8Array): number[] {
  const at: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let ascii: boolean;
    if (c < 128) {
      if (!((c | 32) >= 97 && (c | 32) <= 122)) {
        i++;
        continue;
      }
      ascii = true;
    } else {
      if ((classAt(text, i) & LETTER) === 0) {
        i += cpLen(text, i);
        continue;
      }
      ascii = false;
    }
    // A run starts here: the code point before was no letter (else this one would have been read with it).
    const s = i;
    let h = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!((d | 32) >= 97 && (d | 32) <= 122)) break;
        h = (Math.imul(h, 31) + (d | 32)) | 0;
        i++;
      } else {
        if ((classAt(text, i) & LETTER) === 0) break;
        ascii = false;
        i += cpLen(text, i);
      }
    }
    if (ascii ? maybe[h & HASH_MASK] === 1 && keys(text.slice(s, i).toLowerCase()) : keys(text.slice(s, i).toLowerCase())) at.push(s);
  }
  return at;
}

const HASH_MASK = 4095;

/** The table for `letterRunStarts`: 1 at the hash of each all-ASCII lower-case key. */
export function runHashTable(keys: Iterable<string>): Uint8Array {
  const t = new Uint8Array(HASH_MASK + 1);
  for (const k of keys) {
    let h = 0;
    let ascii = true;
    for (let i = 0; i < k.length; i++) {
      const d = k.charCodeAt(i);
      if (d >= 128) ascii = false;
      h = (Math.imul(h, 31) + (d | 32)) | 0;
    }
    if (ascii) t[h & HASH_MASK] = 1;
  }
  return t;
}
