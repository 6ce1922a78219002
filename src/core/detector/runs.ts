/**
 * Maximal runs of ASCII digits and of ASCII letters-and-digits, found once per text and shared by the digit-anchored
 * scanners (numbers, phones, national identifiers, DEA/VIN, IPs...). Most of their patterns can only start at or just
 * before a digit run, so each tries its pattern (sticky) at those few places instead of at every position of the text.
 * Nothing here builds a list per candidate: on digit-dense input (tens of thousands of runs per chunk) growing JS arrays
 * costs more than the scans themselves, so the runs live in reused typed arrays and matches go to a visitor.
 */

export interface DigitRuns {
  /** Start and end (exclusive) of runs 0..count-1, ascending. Shared and overwritten by the next text's call. */
  start: Int32Array;
  end: Int32Array;
  count: number;
}

// A global search for a whole run is the engine's fastest way to the next one (one call per run); its start is then
// read back by char code (runs are short).
const DIGITS = /[0-9]+/g;
const RUNS: DigitRuns = { start: new Int32Array(256), end: new Int32Array(256), count: 0 };
let digitText: string | undefined;

/**
 * Every maximal run of ASCII digits. The last text's runs are kept (several scanners ask in turn), in buffers reused
 * from text to text: read them before asking about another text. Linear.
 */
export function digitRuns(text: string): DigitRuns {
  if (text === digitText) return RUNS;
  let k = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.test(text)) {
    const e = DIGITS.lastIndex;
    let s = e - 1;
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
    if (k === RUNS.start.length) {
      const start = new Int32Array(k * 2);
      const end = new Int32Array(k * 2);
      start.set(RUNS.start);
      end.set(RUNS.end);
      RUNS.start = start;
      RUNS.end = end;
    }
    RUNS.start[k] = s;
    RUNS.end[k] = e;
    k++;
  }
  RUNS.count = k;
  digitText = text;
  return RUNS;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Every maximal run of `min` or more ASCII letters and digits, as [start, end) pairs, ascending. A window test skips
 * most characters: at a run start i, the run is long enough exactly when i..i+min-1 are all letters or digits; reading
 * that window from its end, the first other character (at q) rules out every start in i..q, so the next candidate is
 * q+1. Each character is read at most twice: linear. (Such runs are at most one per min+1 characters.)
 */
export function alnumRuns(text: string, min: number): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i + min <= n) {
    let q = i + min - 1;
    while (q >= i && isAlnum(text.charCodeAt(q))) q--;
    if (q >= i) {
      i = q + 1;
      continue;
    }
    // i follows a character outside the run (or is 0): every skip above and below lands right after one.
    let e = i + min;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    out.push(i, e);
    i = e + 1;
  }
  return out;
}

// The base64 alphabet with its URL-safe '-' and '_': [A-Za-z0-9+/_-].
const B64 = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9+/_-]/.test(String.fromCharCode(c)) ? 1 : 0));
const isB64 = (c: number): boolean => c < 128 && B64[c] === 1;
let b64Text: string | undefined;
let b64Runs: number[] = [];

/**
 * Every maximal run of 16 or more base64-alphabet characters, as [start, end) pairs, ascending (the last text's are
 * kept). decode.ts starts its base64 tokens there, and every run of 16 letters and digits lies in one, so the codice
 * fiscale's 16-character runs are read inside these few runs instead of by a pass of their own. The window test of
 * alnumRuns: linear.
 */
export function base64Runs(text: string): readonly number[] {
  if (text === b64Text) return b64Runs;
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i + 16 <= n) {
    let q = i + 15;
    while (q >= i && isB64(text.charCodeAt(q))) q--;
    if (q >= i) {
      i = q + 1;
      continue;
    }
    let e = i + 16;
    while (e < n && isB64(text.charCodeAt(e))) e++;
    out.push(i, e);
    i = e + 1;
  }
  b64Text = text;
  b64Runs = out;
  return out;
}

/** The maximal runs of exactly `len` (16 or more) letters and digits, as their starts: read inside base64Runs' runs. */
export function alnumRunsOfLength(text: string, len: number): number[] {
  const out: number[] = [];
  const runs = base64Runs(text);
  for (let r = 0; r < runs.length; r += 2) {
    const e = runs[r + 1] ?? 0;
    let i = runs[r] ?? 0;
    while (i < e) {
      if (!isAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      while (i < e && isAlnum(text.charCodeAt(i))) i++;
      if (i - s === len) out.push(s);
    }
  }
  return out;
}

/**
 * Calls `visit(start, end)` for each maximal letter-and-digit run that holds a digit, ascending and once each: each
 * digit run widened over the letters and digits around it. Linear: a run is walked once (digit runs inside it are skipped).
 */
export function eachAlnumRunWithDigits(text: string, visit: (start: number, end: number) => void): void {
  const d = digitRuns(text);
  const n = text.length;
  let last = -1;
  for (let k = 0; k < d.count; k++) {
    const ds = d.start[k] ?? 0;
    if (ds < last) continue;
    let s = ds;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = d.end[k] ?? 0;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    last = e;
    visit(s, e);
  }
}

/**
 * The matches of the sticky `re` tried `back` characters before each digit run whose length is in [minLen, maxLen]
 * (`backs` descending, so the positions ascend), each search resuming where the last match ended as a global scan
 * does: the global scan's matches whenever every match of `re` starts at such a position.
 */
export function eachMatchBeforeRuns(text: string, re: RegExp, backs: readonly number[], minLen: number, maxLen: number, visit: (m: RegExpExecArray) => void): void {
  const d = digitRuns(text);
  let from = 0;
  let tried = -1;
  for (let k = 0; k < d.count; k++) {
    const s = d.start[k] ?? 0;
    const len = (d.end[k] ?? 0) - s;
    if (len < minLen || len > maxLen) continue;
    for (let bi = 0; bi < backs.length; bi++) {
      const p = s - (backs[bi] ?? 0);
      if (p < from || p <= tried) continue;
      tried = p;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null) continue;
      from = p + Math.max(1, m[0].length);
      visit(m);
    }
  }
}

/** eachMatchBeforeRuns' matches as a list (for tests and small uses). */
export function matchesBeforeRuns(text: string, re: RegExp, backs: readonly number[], minLen: number, maxLen: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  eachMatchBeforeRuns(text, re, backs, minLen, maxLen, (m) => found.push(m));
  return found;
}
