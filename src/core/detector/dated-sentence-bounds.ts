import { SENTENCE_STOPS } from './sentence-bounds.js';

/*
 * The plain sentence reading of sentence-bounds.ts, except that a date's or an ordinal's dot after one or two digits
 * ends nothing: German and Dutch write "bis 20.12. krankgeschrieben" and "in der 20. Woche schwanger" inside one
 * sentence. health-subject-names.ts reads a name's health fact so. Linear in the reach, like the plain reading.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the '.' at `i` closes a number of one or two digits, or stands between digits ("20.12."). */
function numberDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || !isDigit(text.charCodeAt(i - 1))) return false;
  if (isDigit(text.charCodeAt(i + 1))) return true;
  let j = i - 1;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  return i - 1 - j <= 2;
}

const datedStop = (text: string, i: number): boolean => SENTENCE_STOPS.includes(text.charAt(i)) && !numberDot(text, i);

/** sentenceStartBefore, where a date's or an ordinal's dot ends nothing. */
export function datedSentenceStartBefore(text: string, at: number, reach = Infinity): number {
  const hi = Math.min(at, text.length);
  const lo = Math.max(0, at - reach);
  for (let i = hi - 1; i >= lo; i--) if (datedStop(text, i)) return i + 1;
  return lo;
}

/** sentenceEndAfter, where a date's or an ordinal's dot ends nothing. */
export function datedSentenceEndAfter(text: string, at: number, reach = Infinity): number {
  const hi = Math.min(text.length, at + reach);
  for (let i = Math.max(0, at); i < hi; i++) if (datedStop(text, i)) return i;
  return hi;
}
