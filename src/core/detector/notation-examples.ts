import { NOTATION_WORDS } from './data/notation-words.js';
import { wordAlternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';

/*
 * A phone number shown as one notation of itself in a question about how to write numbers: "do we write phone numbers
 * as 020 7946 0000 or 020-7946-0000?", "schreiben wir nach DIN 5008 030 12345678 oder 030/12345678?", "en typo, on
 * écrit 01 23 45 67 89 ou 01.23.45.67.89 ?". Two things together, so a person's own number in a message stays found:
 * - the same digits are written again right before or after it, in another notation, joined by an "or" word
 *   (data/notation-words.ts): a number set against itself is a format being compared, not a number being given;
 * - a writing, formatting or style-guide word stands before it (GUIDANCE_REACH characters), and the writer does not
 *   say the number is their own around it ("please write down my mobile: ... or ...").
 * "Call me on 0612345678 or 020 1234567" (two numbers) and "my number is 030 12345678" (one) stay phones.
 */

const words = (pick: (w: (typeof NOTATION_WORDS)['en']) => readonly string[]): string =>
  wordAlternation(Object.values(NOTATION_WORDS).flatMap(pick));

// A number as PHONE can write it: digits, spaces, dots, slashes, hyphens and brackets, a digit at each end.
const NUMBER = String.raw`[+(]?\d[\d ./()-]{3,22}\d`;
const OR = words((w) => w.alternative);
// Quotes and closing brackets around the two notations ("'020 7946 0000' or '020-7946-0000'").
const CLOSE = `[\\s'"’”»)]*`;
const OPEN = `[\\s'"‘“«(]+`;
const AGAIN_AFTER = new RegExp(`^${CLOSE}(?<![\\p{L}])(?:${OR})(?![\\p{L}])${OPEN}(${NUMBER})`, 'iu');
const AGAIN_BEFORE = new RegExp(`(?<![\\d+(])(${NUMBER})${CLOSE}(?<![\\p{L}])(?:${OR})(?![\\p{L}])${OPEN}$`, 'iu');
// How far the other notation may be read: an "or" word and a number of up to 24 characters, with quotes.
const AGAIN_REACH = 48;

const GUIDANCE = new RegExp(`(?<![\\p{L}])(?:${words((w) => w.guidance)})(?![\\p{L}])`, 'iu');
// How far before the number its writing or style word may stand: the question's opening.
const GUIDANCE_REACH = 160;
const OWN = new RegExp(`(?<![\\p{L}])(?:${words((w) => w.own)})(?![\\p{L}])`, 'iu');
// How far after the number the writer may still say it is theirs ("..., that's my mobile").
const OWN_AFTER = 80;

/** The digits of `s`, in order. */
function digitsOf(s: string): string {
  let d = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d += s.charAt(i);
  }
  return d;
}

/** True when the phone hit is written again, the same digits in another notation, next to it after an "or" word. */
function writtenTwice(text: string, h: Hit): boolean {
  const own = text.slice(h.start, h.end);
  const after = AGAIN_AFTER.exec(text.slice(h.end, h.end + AGAIN_REACH))?.[1];
  if (after !== undefined && after !== own && digitsOf(after) === digitsOf(own)) return true;
  const before = AGAIN_BEFORE.exec(text.slice(Math.max(0, h.start - AGAIN_REACH), h.start))?.[1];
  return before !== undefined && before !== own && digitsOf(before) === digitsOf(own);
}

/** True for a phone hit that is one of two notations of the same number compared in a question about how to write it. */
export function notationExample(text: string, h: Hit): boolean {
  if (h.entity !== 'PHONE_NUMBER' || h.end - h.start > 24) return false;
  // Speed: the other notation first (bounded windows around the hit); most phones are written once.
  if (!writtenTwice(text, h)) return false;
  const before = text.slice(Math.max(0, h.start - GUIDANCE_REACH), h.start);
  return GUIDANCE.test(before) && !OWN.test(before) && !OWN.test(text.slice(h.end, h.end + OWN_AFTER));
}
