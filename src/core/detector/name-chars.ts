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
const SPACE_RE = /^\s$/u;

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const SPACE = 8;
/** Per BMP code unit: KNOWN once classified, then LETTER (\p{L}) and UPPER (\p{Lu}). Surrogates are never letters alone. */
const CLASS = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
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

/** True when the code unit `c` is whitespace as `\s` matches it (every such character is in the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (c !== c) return false;
  const k = CLASS[c] ?? 0;
  return ((k !== 0 ? k : classify(c)) & SPACE) !== 0;
}

/**
 * Whether the text before `hi` (from `lo`) can end in one of `ends` as a cue pattern ending in `\s+$` needs it: skipping
 * the whitespace before `hi` and up to `skip` whole tokens in `skippable` (surname particles), a whitespace-delimited
 * token (cut at `lo`) one of whose suffixes, at its start or after a character that is no ASCII letter, and with or
 * without one final ',' or ':', is in `ends` (lower case). A token with a character beyond ASCII answers true (its case
 * folding is left to the pattern). A superset test: false means no such pattern can match.
 */
export function mayEndIn(text: string, lo: number, hi: number, ends: ReadonlySet<string>, skippable: ReadonlySet<string>, skip: number): boolean {
  let k = hi;
  for (let step = 0; step <= skip; step++) {
    while (k > lo && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k <= lo) return false;
    const e = k;
    let ascii = true;
    for (let c = text.charCodeAt(k - 1); k > lo && !isSpaceCode(c); c = text.charCodeAt(k - 1)) {
      if (c >= 128) ascii = false;
      k--;
    }
    if (!ascii) return true;
    const tok = text.slice(k, e).toLowerCase();
    if (suffixIn(tok, ends)) return true;
    const last = tok.charCodeAt(tok.length - 1);
    if ((last === 44 || last === 58) && suffixIn(tok.slice(0, -1), ends)) return true;
    if (!skippable.has(tok)) return false;
  }
  return false;
}

/** Whether `tok` or one of its suffixes that follows a character other than an ASCII letter is in `ends`. */
function suffixIn(tok: string, ends: ReadonlySet<string>): boolean {
  if (ends.has(tok)) return true;
  for (let j = 1; j < tok.length; j++) {
    const b = tok.charCodeAt(j - 1);
    if (!(b >= 97 && b <= 122) && ends.has(tok.slice(j))) return true;
  }
  return false;
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

/** Word starts found by `scanRuns` (valid until its next call: the arrays are reused). */
export interface Runs {
  /** Starts of the capitalised words, as the global scan of `\p{Lu}(?<![\p{L}'’-]\p{Lu})(?:[\p{L}'’-]*[\p{L}])?\.?` finds them. */
  cap: Int32Array;
  capCount: number;
  /** Starts of the letter runs (maximal runs of \p{L} code points) whose lower-cased text is a key. */
  key: Int32Array;
  keyCount: number;
}

const RUNS: Runs = { cap: new Int32Array(1024), capCount: 0, key: new Int32Array(256), keyCount: 0 };

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * One pass over the letter runs of `text`: the capitalised words' starts and the starts of the runs in `keys`.
 * A capitalised word starts a run (no letter before it) with a capital, and no apostrophe or hyphen stands before it;
 * no capitalised word starts inside another one (inside, every run follows an apostrophe or a hyphen), so these are
 * the global scan's matches. `maybe` is a cheap superset test on an all-ASCII run's hash (see `runHashTable`); runs
 * with letters beyond ASCII are looked up directly.
 */
export function scanRuns(text: string, keys: (run: string) => boolean, maybe: Uint8Array): Runs {
  const r = RUNS;
  let capCount = 0;
  let keyCount = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let ascii: boolean;
    let upper: boolean;
    if (c < 128) {
      if (!((c | 32) >= 97 && (c | 32) <= 122)) {
        i++;
        continue;
      }
      ascii = true;
      upper = c <= 90;
    } else {
      const k = classAt(text, i);
      if ((k & LETTER) === 0) {
        i += cpLen(text, i);
        continue;
      }
      ascii = false;
      upper = (k & UPPER) !== 0;
    }
    // A run starts here: the code point before was no letter (else this one would have been read with it).
    const s = i;
    if (upper) {
      const b = s > 0 ? text.charCodeAt(s - 1) : 0;
      if (b !== 39 && b !== 45 && b !== 0x2019) {
        if (capCount === r.cap.length) r.cap = grow(r.cap);
        r.cap[capCount++] = s;
      }
    }
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
    if (ascii ? maybe[h & HASH_MASK] === 1 && keys(text.slice(s, i).toLowerCase()) : keys(text.slice(s, i).toLowerCase())) {
      if (keyCount === r.key.length) r.key = grow(r.key);
      r.key[keyCount++] = s;
    }
  }
  r.capCount = capCount;
  r.keyCount = keyCount;
  return r;
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
