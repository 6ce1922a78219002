/**
 * WordPress application passwords (WordPress 5.6+, "Application Passwords: Integration Guide"): 24 letters and digits
 * of both cases (wp_generate_password(24, false)), shown in six groups of four joined by single spaces
 * ("mK7M wZmN Fuj5 IKYF XUAv EZ8H"), and pasted so into Basic auth, `auth=(user, '...')` or `--user "bot:..."`.
 * No prefix and no name needed: six four-character groups that mix upper and lower case inside the groups are no
 * words; prose in capitals, in title case or in lower case never does that, nor the docs' "abcd EFGH 1234 ijkl MNOP
 * 6789" (each of its groups one case), nor the masks "XXXX XXXX ..." of a placeholder.
 *
 * Linear: one walk over the text's alphanumeric runs, each looked at once.
 */
import type { Hit } from './hit.js';
import { isAlnum } from './runs.js';

const GROUPS = 6;
const GROUP = 4;
// Of 24 random characters of the 62, a group holds a lower-case letter and an upper-case one past its first character
// about 70% of the time: two such groups of the six or more 99% of the time. Title case ("That Wine Cost ...") none.
const MIN_MIXED_GROUPS = 2;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** A character that may not touch the password: it would make a group part of a longer run. */
const joins = (c: number): boolean => isAlnum(c) || c === 95 || c === 45;

/** True when text[s, s + GROUP) holds a lower-case letter and an upper-case one past its first character ("qmJP", not "Wine"). */
function mixedGroup(text: string, s: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = s; i < s + GROUP; i++) {
    const c = text.charCodeAt(i);
    upper ||= i > s && isUpper(c);
    lower ||= isLower(c);
  }
  return upper && lower;
}

export function scanAppPasswords(text: string, out: Hit[]): void {
  const n = text.length;
  // The groups of four seen in a row so far, where the first began, and how many mix cases.
  let count = 0;
  let first = 0;
  let mixed = 0;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    const follows = count > 0 && s === first + count * (GROUP + 1) && text.charCodeAt(s - 1) === 32;
    if (i - s !== GROUP || (!follows && s > 0 && joins(text.charCodeAt(s - 1))) || (i < n && joins(text.charCodeAt(i)))) {
      count = 0;
      continue;
    }
    if (!follows) {
      count = 0;
      mixed = 0;
      first = s;
    }
    count++;
    if (mixedGroup(text, s)) mixed++;
    if (count === GROUPS) {
      if (mixed >= MIN_MIXED_GROUPS) out.push({ entity: 'PASSWORD', dataClass: 'secret', start: first, end: i, score: 0.9, rule: 'secret.wordpress-app-password' });
      count = 0;
    }
  }
}
