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
 * from the engine's quick scan. A match preceded by `before` (one code point, tested with the same flags) is skipped
 * and the search resumes one character later, exactly as the lookbehind would have made it.
 */
export function execAfter(re: RegExp, text: string, before: RegExp): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const p = m.index;
    if (p === 0) return m;
    const lo = text.charCodeAt(p - 1);
    const hi = p >= 2 && lo >= 0xdc00 && lo <= 0xdfff ? text.charCodeAt(p - 2) : 0;
    const prev = hi >= 0xd800 && hi <= 0xdbff ? text.slice(p - 2, p) : text.charAt(p - 1);
    if (!before.test(prev)) return m;
    re.lastIndex = p + 1;
  }
  return null;
}
