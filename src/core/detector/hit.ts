import type { Finding } from './contract.js';

/** A raw match on the normalised text, before offsets are mapped back: a Finding in normalised coordinates. */
export type Hit = Finding;

export type Recognizer = (text: string, out: Hit[]) => void;

/** True when `re` (non-global) matches in the window around [start, end): the context-word test. */
export function near(text: string, start: number, end: number, re: RegExp, before = 48, after = 24): boolean {
  return re.test(text.slice(Math.max(0, start - before), Math.min(text.length, end + after)));
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
