/**
 * The bounds of the sentence around a position: the plain reading, where a sentence ends at '.', '!', '?' or a line
 * break. One scan outward from the position, so linear in the reach; no regexp per position.
 *
 * Rules that need another reading keep their own: an end that must be followed by a space or skips abbreviations
 * (birth-subjects, address-evidence), or a clause that also ends at ';' and at a dot before a capital
 * (public-addresses). Their stop tests look at more than one character, which a stop set cannot say.
 */

/** The characters that end a sentence in the plain reading. */
export const SENTENCE_STOPS = '.!?\n';

/**
 * Where the sentence that holds `at` starts: just after the last stop character before `at`, looking back at most
 * `reach` characters; `at - reach` (or 0) when no stop is that close.
 */
export function sentenceStartBefore(text: string, at: number, reach = Infinity): number {
  const hi = Math.min(at, text.length);
  const lo = Math.max(0, at - reach);
  for (let i = hi - 1; i >= lo; i--) if (SENTENCE_STOPS.includes(text.charAt(i))) return i + 1;
  return lo;
}

/**
 * Where the sentence that holds `at` ends: at the first stop character from `at` on (the stop itself excluded),
 * looking ahead at most `reach` characters; `at + reach` (or the text's end) when no stop is that close.
 */
export function sentenceEndAfter(text: string, at: number, reach = Infinity): number {
  const hi = Math.min(text.length, at + reach);
  for (let i = Math.max(0, at); i < hi; i++) if (SENTENCE_STOPS.includes(text.charAt(i))) return i;
  return hi;
}
