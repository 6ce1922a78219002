/**
 * Character classes and word scans for the name scanner, by character codes instead of Unicode property regexes.
 *
 * Speed: the name scanner walks every capitalised word and every word that can begin a cue. Regexes with `\p{L}` and
 * a lookbehind cost a call and a match object per word; a loop over character codes with a table per BMP code unit
 * (filled lazily from the same `\p{...}` tests, so the classes are exactly the regexes') costs a few operations per
 * character. Code points beyond the BMP (surrogate pairs) are tested with the regexes themselves.
 */

import { codeAt, hashOfCodes, JOINED_BEFORE, latinRuns, NOTE_BEFORE } from './word-index.js';

const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const SPACE_RE = /^\s$/u;
const LOWER_RE = /^\p{Ll}$/u;

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const SPACE = 8;
const LOWER = 16;
/** Per BMP code unit: KNOWN once classified, then LETTER (\p{L}) and UPPER (\p{Lu}). Surrogates are never letters alone. */
const CLASS = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (SPACE_RE.test(ch) ? SPACE : 0) | (LOWER_RE.test(ch) ? LOWER : 0);
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

/** True when the one-code-unit string `c` is a lower-case letter (\p{Ll}), an apostrophe or ’: `/^[\p{Ll}'’]$/u` on it. */
export function isLowerOrApostropheCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || c === 39;
  if (c === 0x2019) return true;
  if (c !== c) return false;
  const k = CLASS[c] ?? 0;
  return ((k !== 0 ? k : classify(c)) & LOWER) !== 0;
}

/** True when the one-code-unit string of `c` is a letter: `/\p{L}/u` on it (a lone surrogate is none; NaN is none). */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c !== c) return false;
  const k = CLASS[c] ?? 0;
  return ((k !== 0 ? k : classify(c)) & LETTER) !== 0;
}

/** True when the code unit `c` is whitespace as `\s` matches it (every such character is in the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (c !== c) return false;
  const k = CLASS[c] ?? 0;
  return ((k !== 0 ? k : classify(c)) & SPACE) !== 0;
}

/**
 * Which of a family of cue patterns ending in `\s+$` the text before `hi` (from `lo`) can match, as a bit mask (-1: all):
 * skipping the whitespace before `hi` and up to `skip` whole tokens in `skippable` (surname particles), each
 * whitespace-delimited token (cut at `lo`) adds the bits in `ends` of its suffixes that stand at its start or after a
 * character that is no ASCII letter, with or without one final ',' or ':' (`ends`: the patterns' last words, lower
 * case). A token with a character beyond ASCII gives -1 (its case folding is left to the patterns). A superset test:
 * a pattern whose bit is clear cannot match.
 */
export function endsMask(text: string, lo: number, hi: number, table: EndsTable, skip: number): number {
  const { skippable } = table;
  let k = hi;
  let mask = 0;
  for (let step = 0; step <= skip; step++) {
    while (k > lo && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k <= lo) return mask;
    const e = k;
    let ascii = true;
    let letters = true;
    // The token's hash as `runHash` computes it from the front (each code times a power of 31, modulo 2^32).
    let h = 0;
    let pow = 1;
    for (let c = codeAt(text, k - 1); k > lo && !isSpaceCode(c); c = codeAt(text, k - 1)) {
      if (c >= 128) ascii = false;
      else if ((c | 32) >= 97 && (c | 32) <= 122) {
        h = (h + Math.imul(c | 32, pow)) | 0;
        pow = Math.imul(pow, 31);
      } else letters = false;
      k--;
    }
    if (!ascii) return -1;
    // Speed: a token of ASCII letters only (most are) has no suffix after a non-letter and no final ',' or ':': its
    // bits and whether it is skippable come from the one key in its hash slot, compared in place.
    // Most tokens' slot is empty, which the 2 KB bit table says without reading the 32 KB slot table.
    if (letters && ((table.used[(h & HASH_MASK) >> 3] ?? 0) & (1 << (h & 7))) === 0) return mask;
    const slot = letters ? (table.slots[h & HASH_MASK] ?? 0) : -1;
    if (slot === 0) return mask;
    if (slot > 0) {
      const key = table.keys[slot - 1] ?? '';
      let same = key.length === e - k;
      for (let j = 0; same && j < key.length; j++) if ((text.charCodeAt(k + j) | 32) !== key.charCodeAt(j)) same = false;
      if (!same) return mask;
      mask |= table.bits[slot - 1] ?? 0;
      if (table.skip[slot - 1] !== 1) return mask;
      continue;
    }
    // Speed: only suffixes as long as a key at most are looked up (a JSON token can be long), each from the text.
    mask |= suffixMask(text, k, e, table);
    const last = text.charCodeAt(e - 1);
    if (last === 44 || last === 58) mask |= suffixMask(text, k, e - 1, table);
    // A token with a character other than an ASCII letter is skippable only as long as such a key at most (0: none).
    if (e - k > (letters ? table.maxSkip : table.maxSkipOther) || !skippable.has(text.slice(k, e).toLowerCase())) return mask;
  }
  return mask;
}

/**
 * The bits in `ends` of the lower-cased ASCII token text[k, e) and of its suffixes that follow a character other than
 * an ASCII letter: `suffixBits` on the token, looking up only the suffixes no longer than the longest key (`maxEnd`).
 */
function suffixMask(text: string, k: number, e: number, table: EndsTable): number {
  const { ends, endKeys, endSlots } = table;
  let mask = e === k ? (ends.get('') ?? 0) : 0;
  // Each suffix's hash (hashOfCodes of its lower case) grown from the end, one code unit at a time: a suffix whose
  // slot holds no key is no key; one key is compared in place; a slot of several keys is looked up by its text.
  let h = 0;
  let pow = 1;
  for (let j = e - 1, lo = Math.max(k, e - table.maxEnd); j >= lo; j--) {
    const c = text.charCodeAt(j);
    h = (h + Math.imul(c >= 65 && c <= 90 ? c + 32 : c, pow)) | 0;
    pow = Math.imul(pow, 31);
    if (j > k) {
      const b = text.charCodeAt(j - 1) | 32;
      if (b >= 97 && b <= 122) continue;
    }
    if (((table.endUsed[(h & HASH_MASK) >> 3] ?? 0) & (1 << (h & 7))) === 0) continue;
    const slot = endSlots[h & HASH_MASK] ?? 0;
    if (slot === 0) continue;
    if (slot < 0) {
      mask |= ends.get(text.slice(j, e).toLowerCase()) ?? 0;
      continue;
    }
    const key = endKeys[slot - 1] ?? '';
    if (key.length !== e - j) continue;
    let same = true;
    for (let i = 0; same && i < key.length; i++) {
      const d = text.charCodeAt(j + i);
      same = (d >= 65 && d <= 90 ? d + 32 : d) === key.charCodeAt(i);
    }
    if (same) mask |= ends.get(key) ?? 0;
  }
  return mask;
}

/** The last words of a family of cue patterns (with their bits) and the tokens that may stand between them and the end. */
export interface EndsTable {
  ends: ReadonlyMap<string, number>;
  skippable: ReadonlySet<string>;
  /** The keys of ASCII letters only, of both, with their bits and (1) whether skippable, in hash slots as `runKeys`'. */
  keys: readonly string[];
  bits: Int32Array;
  skip: Uint8Array;
  slots: Int16Array;
  /** One bit per slot of `slots`: set when the slot is not 0. */
  used: Uint8Array;
  /** The keys of `ends` of ASCII characters (the only ones an ASCII token can end in), by hashOfCodes slot as `slots`. */
  endKeys: readonly string[];
  endSlots: Int16Array;
  /** One bit per slot of `endSlots`: set when the slot is not 0. */
  endUsed: Uint8Array;
  /** The longest key of `ends` and of `skippable`, in code units. */
  maxEnd: number;
  maxSkip: number;
  /** The longest key of `skippable` with a character other than an ASCII letter ("l'"), 0 when none. */
  maxSkipOther: number;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}

/** One bit per slot of a hash slot table: set when the slot is not 0 (a 2 KB table read first, instead of the 32 KB one). */
function usedBits(slots: Int16Array): Uint8Array {
  const used = new Uint8Array((HASH_MASK + 1) >> 3);
  slots.forEach((v, h) => {
    if (v !== 0) used[h >> 3] = (used[h >> 3] ?? 0) | (1 << (h & 7));
  });
  return used;
}

export function endsTable(ends: ReadonlyMap<string, number>, skippable: ReadonlySet<string>): EndsTable {
  const keys = [...new Set([...ends.keys(), ...skippable])].filter((w) => /^[a-z]+$/.test(w));
  // Keys with a capital would never equal a lower-cased suffix: left out like those beyond ASCII.
  const endKeys = [...ends.keys()].filter((w) => w !== '' && isAscii(w) && w === w.toLowerCase());
  const endSlots = new Int16Array(HASH_MASK + 1);
  endKeys.forEach((key, k) => {
    const h = hashOfCodes(key) & HASH_MASK;
    endSlots[h] = endSlots[h] === 0 ? k + 1 : -1;
  });
  const slots = new Int16Array(HASH_MASK + 1);
  keys.forEach((key, k) => {
    const h = runHash(key) & HASH_MASK;
    slots[h] = slots[h] === 0 ? k + 1 : -1;
  });
  return {
    ends,
    skippable,
    keys,
    bits: Int32Array.from(keys, (w) => ends.get(w) ?? 0),
    skip: Uint8Array.from(keys, (w) => (skippable.has(w) ? 1 : 0)),
    slots,
    used: usedBits(slots),
    endKeys,
    endSlots,
    endUsed: usedBits(endSlots),
    maxEnd: Math.max(0, ...[...ends.keys()].map((w) => w.length)),
    maxSkip: Math.max(0, ...[...skippable].map((w) => w.length)),
    maxSkipOther: Math.max(0, ...[...skippable].filter((w) => !/^[a-z]+$/.test(w)).map((w) => w.length)),
  };
}

/** The bits in `ends` of `tok` and of its suffixes that follow a character other than an ASCII letter (the reference in tests). */
export function suffixBits(tok: string, ends: ReadonlyMap<string, number>): number {
  let mask = ends.get(tok) ?? 0;
  for (let j = 1; j < tok.length; j++) {
    const b = tok.charCodeAt(j - 1);
    if (!(b >= 97 && b <= 122)) mask |= ends.get(tok.slice(j)) ?? 0;
  }
  return mask;
}

/** True when `i` holds a letter (\p{L}). */
export const isLetterAt = (text: string, i: number): boolean => (classAt(text, i) & LETTER) !== 0;

/** True when the code point at `i` is a capital (\p{Lu}). */
export const isUpperAt = (text: string, i: number): boolean => (classAt(text, i) & UPPER) !== 0;

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
  /** Starts of the capitalised words, as the global scan of names.ts's CAP_WORD finds them. */
  cap: Int32Array;
  capCount: number;
  /**
   * Per capitalised word: the end of its Latin run (word-index.ts) and the run's fold hash, or -1 as the end when the
   * runs were not read (a text with other letters).
   */
  capEnd: Int32Array;
  capHash: Int32Array;
  /** Starts of the letter runs (maximal runs of \p{L} code points) whose lower-cased text is a key that `accept` keeps. */
  key: Int32Array;
  keyCount: number;
  /**
   * Starts of the runs that begin with a lower-case letter where a note's text begins: the text's start, or a line
   * break, a colon or a bullet and at most three spaces or tabs before (names.ts reads lower-case names there).
   */
  note: Int32Array;
  noteCount: number;
}

const RUNS: Runs = { cap: new Int32Array(1024), capCount: 0, capEnd: new Int32Array(1024), capHash: new Int32Array(1024), key: new Int32Array(256), keyCount: 0, note: new Int32Array(256), noteCount: 0 };

/** Whether the text's start, or a line break, a colon or a bullet, comes before `s` with at most three spaces or tabs between. */
function afterNoteBreak(text: string, s: number): boolean {
  let j = s - 1;
  while (j >= 0 && s - j <= 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const b = text.charCodeAt(j);
  return b === 10 || b === 58 || b === 0x2022;
}

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Whether the run at `s`, behind an apostrophe, ’ or hyphen, continues a word ("O'Brien", "l'Hôpital", "Abbott-Singh"):
 * a hyphen always; an apostrophe after a letter, hyphen or apostrophe. After a space or the text's start it opens a quotation ("'Tyler
 * Ashworth is...'"), and the capitalised word behind it starts a name as any other.
 */
function joinedWord(text: string, s: number): boolean {
  if (text.charCodeAt(s - 1) === 45) return true;
  const a = text.charCodeAt(s - 2);
  // Another apostrophe or a hyphen before it continues a word too ("Anna-'Marie" is one word to the scan).
  if (a === 39 || a === 45 || a === 0x2019) return true;
  // A letter beyond the BMP before the apostrophe is a surrogate pair, read whole.
  if (a >= 0xdc00 && a <= 0xdfff && s >= 3) return LETTER_RE.test(text.slice(s - 3, s - 1));
  return isLetterUnit(a);
}

/**
 * One pass over the letter runs of `text`: the capitalised words' starts and the starts of the runs in `keys`.
 * A capitalised word starts a run (no letter before it) with a capital, and no hyphen, nor an apostrophe after a letter, stands before it;
 * no capitalised word starts inside another one (inside, every run follows an apostrophe or a hyphen), so these are
 * the global scan's matches. An all-ASCII run is compared with the one key in its hash slot (see `runKeys`), no
 * string made; a run with letters beyond ASCII, or in a slot of several keys, is looked up by its lower-cased text.
 */
export function scanRuns(text: string, keys: RunKeys): Runs {
  const latin = latinRuns(text);
  // Only where every letter is a Latin letter are the Latin runs (word-index.ts) the text's letter runs.
  if (latin.otherLetters) return scanRunsReference(text, keys);
  const r = RUNS;
  const slots = keys.slots;
  let capCount = 0;
  let keyCount = 0;
  let noteCount = 0;
  for (let k = 0; k < latin.count; k++) {
    const s = latin.start[k] ?? 0;
    const e = latin.end[k] ?? 0;
    const shape = latin.shape[k] ?? 0;
    // What stands before the run comes with it (word-index.ts), read by the walk that found it.
    if ((shape & 1) !== 0) {
      if ((shape & JOINED_BEFORE) === 0 || !joinedWord(text, s)) {
        if (capCount === r.cap.length) {
          r.cap = grow(r.cap);
          r.capEnd = grow(r.capEnd);
          r.capHash = grow(r.capHash);
        }
        r.capEnd[capCount] = e;
        r.capHash[capCount] = latin.foldHash[k] ?? 0;
        r.cap[capCount++] = s;
      }
    } else if ((shape & NOTE_BEFORE) !== 0) {
      if (noteCount === r.note.length) r.note = grow(r.note);
      r.note[noteCount++] = s;
    }
    // An all-ASCII run's fold hash is the hash `runKeys` slots by; most runs' slot is empty, which the 2 KB bit table
    // says without reading the 32 KB slot table (a read at random per run that missed the cache after other scanners).
    let slot = -1;
    if ((shape & 2) === 0) {
      const h = (latin.foldHash[k] ?? 0) & HASH_MASK;
      if (((keys.used[h >> 3] ?? 0) & (1 << (h & 7))) === 0) continue;
      slot = slots[h] ?? 0;
    } else if (!latin.odd) {
      // Letters beyond ASCII: the run's lower-case hash is its lower-cased text's (no character lower-cases to two
      // code units), so a run whose hash is no key's is no key, with no string made.
      const h = (latin.lowerHash[k] ?? 0) & HASH_MASK;
      if (((keys.lowerUsed[h >> 3] ?? 0) & (1 << (h & 7))) === 0) continue;
    }
    const key = keyAt(text, s, e, slot, keys);
    if (key !== undefined && keys.accept(text, e, key)) {
      if (keyCount === r.key.length) r.key = grow(r.key);
      r.key[keyCount++] = s;
    }
  }
  r.capCount = capCount;
  r.keyCount = keyCount;
  r.noteCount = noteCount;
  return r;
}

/** The same by its own walk over the characters: the reference in tests, and the reading of texts with other letters. */
export function scanRunsReference(text: string, keys: RunKeys): Runs {
  const r = RUNS;
  const slots = keys.slots;
  let capCount = 0;
  let keyCount = 0;
  let noteCount = 0;
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
      if ((b !== 39 && b !== 45 && b !== 0x2019) || !joinedWord(text, s)) {
        if (capCount === r.cap.length) {
          r.cap = grow(r.cap);
          r.capEnd = grow(r.capEnd);
          r.capHash = grow(r.capHash);
        }
        r.capEnd[capCount] = -1;
        r.cap[capCount++] = s;
      }
    } else if (afterNoteBreak(text, s)) {
      if (noteCount === r.note.length) r.note = grow(r.note);
      r.note[noteCount++] = s;
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
    const slot = ascii ? (slots[h & HASH_MASK] ?? 0) : -1;
    if (slot === 0) continue;
    const k = keyAt(text, s, i, slot, keys);
    if (k !== undefined && keys.accept(text, i, k)) {
      if (keyCount === r.key.length) r.key = grow(r.key);
      r.key[keyCount++] = s;
    }
  }
  r.capCount = capCount;
  r.keyCount = keyCount;
  r.noteCount = noteCount;
  return r;
}

const HASH_MASK = 16383;

/** Letter-run keys for `scanRuns`. */
export interface RunKeys {
  /** Lower case. */
  keys: readonly string[];
  /** Each key's position in `keys`. */
  index: ReadonlyMap<string, number>;
  /** Per hash slot of an all-ASCII run: 0 no key, k + 1 the one key `keys[k]` there, -1 several (looked up by text). */
  slots: Int16Array;
  /** One bit per slot: set when the slot is not 0. */
  used: Uint8Array;
  /** One bit per `hashOfCodes(key) & HASH_MASK` of every key (beyond ASCII too). */
  lowerUsed: Uint8Array;
  /** Whether a run equal to `keys[k]` that ends at `end` counts. */
  accept: (text: string, end: number, k: number) => boolean;
}

/** The hash `scanRuns` computes for an all-ASCII run, from its lower-case text. */
function runHash(run: string): number {
  let h = 0;
  for (let i = 0; i < run.length; i++) h = (Math.imul(h, 31) + (run.charCodeAt(i) | 32)) | 0;
  return h;
}

export function runKeys(keys: readonly string[], accept: (text: string, end: number, k: number) => boolean): RunKeys {
  const slots = new Int16Array(HASH_MASK + 1);
  keys.forEach((key, k) => {
    // Only keys of ASCII letters can equal an all-ASCII run (whose letters are read with `| 32`).
    if (!/^[a-z]+$/.test(key)) return;
    const h = runHash(key) & HASH_MASK;
    slots[h] = slots[h] === 0 ? k + 1 : -1;
  });
  const used = usedBits(slots);
  const lowerUsed = new Uint8Array((HASH_MASK + 1) >> 3);
  for (const key of keys) {
    const h = hashOfCodes(key) & HASH_MASK;
    lowerUsed[h >> 3] = (lowerUsed[h >> 3] ?? 0) | (1 << (h & 7));
  }
  return { keys, index: new Map(keys.map((key, k) => [key, k])), slots, used, lowerUsed, accept };
}

/**
 * The key whose word is text[s, e), given the run's hash slot (> 0: the one ASCII key in that slot, compared in place
 * with ASCII lower-casing; < 0: a run with non-ASCII letters, looked up by its lower case).
 */
function keyAt(text: string, s: number, e: number, slot: number, keys: RunKeys): number | undefined {
  if (slot < 0) return keys.index.get(text.slice(s, e).toLowerCase());
  const key = keys.keys[slot - 1] ?? '';
  if (key.length !== e - s) return undefined;
  for (let j = 0; j < key.length; j++) if ((text.charCodeAt(s + j) | 32) !== key.charCodeAt(j)) return undefined;
  return slot - 1;
}
