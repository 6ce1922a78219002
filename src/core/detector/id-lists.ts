/**
 * Identifiers written as a list ('Steuer-IDs: 402…, 641…, 859…', 'BSN's (…) zijn geldig? 832…, 176…'): the cue names
 * the list once, before its first item, so each later item is as far from it as the list is long. An item carries the
 * cue of the list it stands in.
 */
import { isDigitCode } from './hit.js';
import { codeAt } from './word-index.js';

// A list is at most this many items long for the walk back to its first item (bounded work per candidate).
const MAX_ITEMS = 32;

const isSeparator = (c: number): boolean => c === 44 || c === 59 || c === 32 || c === 10 || c === 13 || c === 9 || c === 47;
const isJoiner = (c: number): boolean => c === 32 || c === 46 || c === 45;

/** The start of the digit item (digits joined by single spaces, dots or dashes) that ends at `end`, or -1. */
function itemStartBefore(text: string, end: number): { start: number; digits: number } {
  let i = end;
  let digits = 0;
  while (i > 0 && end - i < 24) {
    const c = codeAt(text, i - 1);
    if (isDigitCode(c)) {
      digits++;
      i--;
    } else if (isJoiner(c) && isDigitCode(codeAt(text, i - 2)) && digits > 0 && c !== 32) i--;
    else break;
  }
  return { start: i, digits };
}

/**
 * The start of the first item of the list of 9-11-digit items that the item at [start, end) belongs to, and whether
 * the list holds another item: items are separated by commas, semicolons, slashes, spaces or line breaks.
 */
export function listOf(text: string, start: number, end: number): { first: number; listed: boolean } {
  let first = start;
  let listed = false;
  for (let n = 0; n < MAX_ITEMS; n++) {
    let p = first;
    while (p > 0 && first - p < 8 && isSeparator(codeAt(text, p - 1))) p--;
    if (p === first || !isDigitCode(codeAt(text, p - 1))) break;
    const item = itemStartBefore(text, p);
    if (item.digits < 9 || item.digits > 11) break;
    const b = codeAt(text, item.start - 1);
    if (item.start > 0 && !isSeparator(b) && b !== 58 && b !== 40) break;
    first = item.start;
    listed = true;
  }
  if (!listed) {
    let q = end;
    while (q < text.length && q - end < 8 && isSeparator(codeAt(text, q))) q++;
    if (q > end) {
      let digits = 0;
      let r = q;
      while (r < text.length && r - q < 24 && (isDigitCode(codeAt(text, r)) || (isJoiner(codeAt(text, r)) && codeAt(text, r) !== 32 && isDigitCode(codeAt(text, r + 1))))) {
        if (isDigitCode(codeAt(text, r))) digits++;
        r++;
      }
      listed = digits >= 9 && digits <= 11 && !isDigitCode(codeAt(text, r));
    }
  }
  return { first, listed };
}
