import type { Finding } from './contract.js';

/** A raw match on the normalised text, before offsets are mapped back: a Finding in normalised coordinates. */
export type Hit = Finding;

export type Recognizer = (text: string, out: Hit[]) => void;

/** True when `re` (non-global) matches in the window around [start, end): the context-word test. */
export function near(text: string, start: number, end: number, re: RegExp, before = 48, after = 24): boolean {
  return re.test(text.slice(Math.max(0, start - before), Math.min(text.length, end + after)));
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `re.exec(text)` for a global `re` written without its leading `(?<!before)`: the same matches as the pattern with it,
 * faster, because a lookbehind at the start of a pattern is tried at every position and hides its first characters
 * from the engine's quick scan. `before` matches one whole code point (`/^[...]$/`, the lookbehind's class and flags).
 * A match preceded by such a character is dropped and the search resumes after the run of them that follows: every
 * position inside that run is preceded by one too, so the lookbehind would have failed there as well (and a long
 * token is not rescanned once per character).
 */
export function execAfter(re: RegExp, text: string, before: RegExp): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const p = m.index;
    if (p === 0 || !before.test(codePointBefore(text, p))) return m;
    let k = p;
    for (let c = codePointAt(text, k); c !== '' && before.test(c); c = codePointAt(text, k)) k += c.length;
    if (k >= text.length) {
      re.lastIndex = 0;
      return null;
    }
    re.lastIndex = k + (re.unicode ? codePointAt(text, k).length : 1);
  }
  return null;
}

function codePointBefore(text: string, p: number): string {
  const lo = text.charCodeAt(p - 1);
  const hi = p >= 2 && lo >= 0xdc00 && lo <= 0xdfff ? text.charCodeAt(p - 2) : 0;
  return hi >= 0xd800 && hi <= 0xdbff ? text.slice(p - 2, p) : text.charAt(p - 1);
}

function codePointAt(text: string, p: number): string {
  const hi = text.charCodeAt(p);
  const lo = hi >= 0xd800 && hi <= 0xdbff ? text.charCodeAt(p + 1) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff ? text.slice(p, p + 2) : text.charAt(p);
}

/** Index of the first hit in `sorted` (by start) whose start is >= `pos`. */
export function firstFrom(sorted: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
