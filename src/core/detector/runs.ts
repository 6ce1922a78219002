/**
 * Maximal runs of ASCII digits and of ASCII letters-and-digits, found once per text and shared by the digit-anchored
 * scanners (numbers, phones, national identifiers, DEA/VIN, IPs...). Most of their patterns can only start at or just
 * before a digit run, so each tries its pattern (sticky) at those few places instead of at every position of the text.
 */

export interface Runs {
  /** Start and end (exclusive) of each run, ascending. */
  start: number[];
  end: number[];
}

// A global class search is the engine's fastest way to the next digit; the run's end is then read by char code.
const DIGIT = /[0-9]/g;
let digitText: string | undefined;
let digitResult: Runs = { start: [], end: [] };

/** Every maximal run of ASCII digits (the last text's runs are kept: several scanners ask in turn). Linear. */
export function digitRuns(text: string): Runs {
  if (text === digitText) return digitResult;
  const start: number[] = [];
  const end: number[] = [];
  const n = text.length;
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const s = DIGIT.lastIndex - 1;
    let e = s + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e++;
    start.push(s);
    end.push(e);
    DIGIT.lastIndex = e;
  }
  digitText = text;
  digitResult = { start, end };
  return digitResult;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Every maximal run of `min` or more ASCII letters and digits, ascending. A window test skips most characters: at a run
 * start i, the run is long enough exactly when i..i+min-1 are all letters or digits; reading that window from its end,
 * the first other character (at q) rules out every start in i..q, so the next candidate is q+1. Each character is read
 * at most twice: linear.
 */
export function alnumRuns(text: string, min: number): Runs {
  const start: number[] = [];
  const end: number[] = [];
  const n = text.length;
  let i = 0;
  while (i + min <= n) {
    let q = i + min - 1;
    while (q >= i && isAlnum(text.charCodeAt(q))) q--;
    if (q >= i) {
      i = q + 1;
      continue;
    }
    // i is a run start only when the character before is not a letter or digit (a skip can land inside a run only
    // right after a character outside it, so this holds; the test keeps the invariant explicit).
    let e = i + min;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    if (i === 0 || !isAlnum(text.charCodeAt(i - 1))) {
      start.push(i);
      end.push(e);
    }
    i = e + 1;
  }
  return { start, end };
}

/**
 * The maximal letter-and-digit runs that hold a digit, ascending and each once: each digit run widened over the
 * letters and digits around it. Linear: a run is walked once (digit runs inside it are skipped).
 */
export function alnumRunsWithDigits(text: string): Runs {
  const d = digitRuns(text);
  const start: number[] = [];
  const end: number[] = [];
  const n = text.length;
  let last = -1;
  for (let k = 0; k < d.start.length; k++) {
    const ds = d.start[k] ?? 0;
    if (ds < last) continue;
    let s = ds;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = d.end[k] ?? 0;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    start.push(s);
    end.push(e);
    last = e;
  }
  return { start, end };
}

/**
 * Start positions, ascending, for patterns that begin a fixed distance before a digit run: for each run whose length
 * passes `len`, the run's start minus each of `back` (ascending offsets, e.g. [3, 2] or [0]). Negative positions are
 * dropped. The result holds every place such a pattern can start; the caller's sticky pattern still decides.
 */
export function startsBeforeRuns(text: string, back: readonly number[], len: (n: number) => boolean): number[] {
  const runs = digitRuns(text);
  const out: number[] = [];
  let sorted = true;
  for (let i = 0; i < runs.start.length; i++) {
    const s = runs.start[i] ?? 0;
    if (!len((runs.end[i] ?? 0) - s)) continue;
    for (const b of back) {
      if (s - b < 0) continue;
      if (out.length > 0 && s - b < (out[out.length - 1] ?? 0)) sorted = false;
      out.push(s - b);
    }
  }
  return sorted ? out : out.sort((a, b) => a - b);
}
