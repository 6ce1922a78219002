/**
 * The bounds of the sentence around a position: the plain reading, where a sentence ends at '.', '!', '?' or a line
 * break. One scan outward from the position, so linear in the reach; no regexp per position.
 *
 * A rule may pass its own stop test (datedStop: a date's dot ends nothing). Rules that need more keep their own: an end that must be followed by a space or skips abbreviations
 * (birth-subjects, address-evidence), or a clause that also ends at ';' and at a dot before a capital
 * (public-addresses). Their stop tests look at more than one character, which a stop set cannot say.
 */

/** The characters that end a sentence in the plain reading. */
export const SENTENCE_STOPS = '.!?\n';

/** Whether the character at `i` ends a sentence, in some reading. */
export type StopTest = (text: string, i: number) => boolean;
/** The plain reading's stop test. */
const plainStop: StopTest = (text, i) => SENTENCE_STOPS.includes(text.charAt(i));

/**
 * Where the sentence that holds `at` starts: just after the last stop character before `at`, looking back at most
 * `reach` characters; `at - reach` (or 0) when no stop is that close.
 */
export function sentenceStartBefore(text: string, at: number, reach = Infinity, isStop: StopTest = plainStop): number {
  const hi = Math.min(at, text.length);
  const lo = Math.max(0, at - reach);
  for (let i = hi - 1; i >= lo; i--) if (isStop(text, i)) return i + 1;
  return lo;
}

/**
 * Where the sentence that holds `at` ends: at the first stop character from `at` on (the stop itself excluded),
 * looking ahead at most `reach` characters; `at + reach` (or the text's end) when no stop is that close.
 */
export function sentenceEndAfter(text: string, at: number, reach = Infinity, isStop: StopTest = plainStop): number {
  const hi = Math.min(text.length, at + reach);
  for (let i = Math.max(0, at); i < hi; i++) if (isStop(text, i)) return i;
  return hi;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the '.' at `i` closes a number of one or two digits, or stands between digits ("20.12."). */
function numberDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || !isDigit(text.charCodeAt(i - 1))) return false;
  if (isDigit(text.charCodeAt(i + 1))) return true;
  let j = i - 1;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  return i - 1 - j <= 2;
}

/**
 * The dated reading: the plain one, except that a date's or an ordinal's dot after one or two digits ends nothing.
 * German and Dutch write "bis 20.12. krankgeschrieben" and "in der 20. Woche schwanger" inside one sentence;
 * health-subject-names.ts reads a name's health fact so.
 */
export const datedStop: StopTest = (text, i) => plainStop(text, i) && !numberDot(text, i);
