import { FIRST_PERSON_WORDS } from './data/first-person.js';
import { CALLER_WORDS, FICTION_NUMBER_WORDS, SECOND_PERSON_WORDS, TEMPLATE_TEXT_WORDS, VALIDATOR_TEST_WORDS } from './data/placeholders.js';
import { VALIDATION_WORDS } from './data/validation-words.js';
import { escapeRegExp } from './evidence-text.js';
import type { Hit } from './hit.js';
import { isFictionalPhone } from './placeholders.js';
import { isMobileRange, privateWordIn } from './public-addresses.js';

/*
 * Phone numbers that are nobody's, removed in place:
 * - Twilio's magic test numbers (+1 500-555-000x), whoever they stand next to;
 * - a placeholder typed as a run of digits: the digits count up or down to the end ("01234 567890", "0123 456789",
 *   "01 23 45 67 89", "06-12345678", "0987 654321") or end in eight of the same digit ("06 00 00 00 00"), in a text that
 *   says it is a template or an example (TEMPLATE_TEXT_WORDS): a CV template's or a form's filler. Writers also type such
 *   runs for real-looking numbers ("Praxis 030 12345678"): without the word they stay;
 * - a landline in a range reserved for drama and examples (data/placeholders.ts FICTIONAL_RANGES: Ofcom's "01632 960 000",
 *   "0113 496 0123", ARCEP's "01 99 00 12 34", NANP 555-01xx) standing for an organisation or a made-up example: no
 *   person named near it and no private, first- or second-person or caller's word ("home", "her", "my", "your", "call
 *   from") right before it. Writers also use these ranges as stand-ins for a real person's number: next to a person,
 *   after such a word, and in the mobile ranges (a mobile is a person's by nature) the number stays a finding;
 * - in a validator's test cases (a regex, a validation rule, unit tests: VALIDATOR_TEST_WORDS), a number whose digits end
 *   in a counting run of VALIDATOR_RUN ("Testfälle +49 30 123456 und 0171 1234567", "333 1234567 e +39 347 765 4321"),
 *   or any number in a drama range, mobiles included ("should accept 07700 900123"), that no person or private word
 *   claims: a developer types fillers to see the pattern pass, and a real customer's number pasted there keeps its
 *   finding unless it happens to end in such a run.
 */

// How far before and after the number a person's name keeps it, in its paragraph; how far back a private word does.
const PERSON_BEFORE = 160;
const PERSON_AFTER = 60;
const PRIVATE_BEFORE = 40;
// A run of counting digits this long is typed, not dialled: one in ten million numbers has one by chance.
const COUNT_RUN = 8;
// In a validator's test cases a shorter run at the end will do: one number in about fifty thousand ends so by chance.
const VALIDATOR_RUN = 6;
// There a first-person or private word claims the number only right before it ("meine Nummer 0171 ..."): the "our" of
// "Our SMS reminder tests use 07700 900123" owns the tests.
const VALIDATOR_PRIVATE_BEFORE = 16;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
const LETTER = /\p{L}/u;
const FIRST_PERSON = new RegExp(`(?<![\\p{L}])(?:${FIRST_PERSON_WORDS.join('|')})(?![\\p{L}])`, 'iu');
// A word that makes the text a template or an example (data/placeholders.ts TEMPLATE_TEXT_WORDS); not a part of a
// domain name ("harriet.quayle@example.org" is a mailbox, not a template).
const TEMPLATE_TEXT = new RegExp(`(?<![\\p{L}@.])(?:${Object.values(TEMPLATE_TEXT_WORDS).flat().join('|')})(?![\\p{L}]|\\.\\p{L})`, 'iu');
// A word that makes the numbers a validator's test cases (data/placeholders.ts VALIDATOR_TEST_WORDS, and the validation
// words, a '*' stem taking any word ending).
const VALIDATION = Object.values(VALIDATION_WORDS)
  .flat()
  .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)));
const VALIDATOR_TEXT = new RegExp(`(?<![\\p{L}@.])(?:${[...Object.values(VALIDATOR_TEST_WORDS).flat(), ...VALIDATION].join('|')})(?![\\p{L}])`, 'iu');
// Words that say the text's numbers exist for no one (data/placeholders.ts FICTION_NUMBER_WORDS).
const FICTION_TEXT = new RegExp(`(?<![\\p{L}])(?:${Object.values(FICTION_NUMBER_WORDS).flat().join('|')})(?![\\p{L}])`, 'iu');
// The reader's own number ("saved in your profile is now ...", "we will ring you back on ..."), and a caller's ("inbound
// call from ...", "Anruf von ...", "appel de ..."): someone's, whatever its range.
const SOMEONES = new RegExp(
  `(?<![\\p{L}])(?:${[...SECOND_PERSON_WORDS, ...CALLER_WORDS].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Whether the number's digits count up or down to its end (9 then 0 counts on), at least COUNT_RUN of them and all but
 * the first two (a trunk 0 and a prefix digit, or a country code): "06 12345678", "01 23 45 67 89"; or end in eight
 * alike. "07912 345678" only has a run inside: a real-looking number.
 */
export function isTypedPlaceholderPhone(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  const run = endRun(d);
  return (run >= COUNT_RUN && run >= d.length - 2) || (d.length >= 8 && /^(\d)\1{7}$/.test(d.slice(-8)));
}

/** How many digits at the end of `d` count up or down (9 then 0 counts on): 7 for "01711234567". */
function endRun(d: string): number {
  let up = 1;
  let down = 1;
  for (let i = 1; i < d.length; i++) {
    const step = (d.charCodeAt(i) - d.charCodeAt(i - 1) + 10) % 10;
    up = step === 1 ? up + 1 : 1;
    down = step === 9 ? down + 1 : 1;
  }
  return Math.max(up, down);
}

/** Whether a person hit or a private word near the fictional number `h` says it stands for someone's real number. */
function standsForSomeone(text: string, h: Hit, persons: readonly Hit[], privateBefore = PRIVATE_BEFORE): boolean {
  const lo = Math.max(0, h.start - PERSON_BEFORE);
  const before = text.slice(lo, h.start);
  // The last paragraph break before the number bounds the look back.
  let from = lo;
  for (let rest = before, at = rest.search(PARAGRAPH_BREAK); at !== -1; at = rest.search(PARAGRAPH_BREAK)) {
    from += at + 1;
    rest = rest.slice(at + 1);
  }
  const after = text.slice(h.end, h.end + PERSON_AFTER);
  const brk = after.search(PARAGRAPH_BREAK);
  const to = brk === -1 ? h.end + after.length : h.end + brk;
  if (persons.some((p) => p.end > from && p.start < to)) return true;
  let near = Math.max(from, h.start - privateBefore);
  // Not from inside a word: the tail of "vaste" is no "te".
  while (near < h.start && near > 0 && LETTER.test(text.charAt(near - 1)) && LETTER.test(text.charAt(near))) near++;
  const cue = text.slice(near, h.start);
  return privateWordIn(text, near, h.start) || FIRST_PERSON.test(cue) || SOMEONES.test(cue);
}

/** Whether a first-person or private word stands right before `h` ("meine Nummer", "my mobile"). */
function ownedRightBefore(text: string, h: Hit): boolean {
  let near = Math.max(0, h.start - VALIDATOR_PRIVATE_BEFORE);
  while (near < h.start && near > 0 && LETTER.test(text.charAt(near - 1)) && LETTER.test(text.charAt(near))) near++;
  return privateWordIn(text, near, h.start) || FIRST_PERSON.test(text.slice(near, h.start));
}

/** Typed placeholder numbers, and fictional-range landlines that stand for no one (see above), removed in place. */
// Twilio's magic test numbers, +1 500-555-0000 to -0009: its test credentials accept only these, each standing for one
// outcome (valid sender, invalid number, blocked...); no line is ever issued on them. Source: Twilio docs, "Test
// Credentials" (https://www.twilio.com/docs/iam/test-credentials), read 2026-12.
const TWILIO_MAGIC = /^1500555000\d$/;
/** Whether the number is one of Twilio's magic test numbers, in any layout: "+15005550006", "+1 (500) 555-0006". */
export function isTwilioMagicNumber(raw: string): boolean {
  return TWILIO_MAGIC.test(raw.replace(/\D/g, ''));
}

export function dropFictionalPhones(text: string, hits: Hit[]): void {
  const phones = hits.filter((h) => h.entity === 'PHONE_NUMBER');
  if (phones.length === 0) return;
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5);
  const drop = new Set<Hit>();
  let template: boolean | undefined;
  let validator: boolean | undefined;
  let fiction: boolean | undefined;
  for (const h of phones) {
    const raw = text.slice(h.start, h.end);
    if (isTwilioMagicNumber(raw)) drop.add(h);
    else if (isTypedPlaceholderPhone(raw) && (template ??= TEMPLATE_TEXT.test(text))) drop.add(h);
    else if (isFictionalPhone(raw) && !isMobileRange(raw) && !standsForSomeone(text, h, persons)) drop.add(h);
    // A number in a range kept for drama, mobiles included, in a text that says its numbers exist for no one ("a fake UK
    // mobile that will never be real ... 'Hi Alex, our driver will call you from 07700 900123'"): the writer's stand-in,
    // whoever the sample message addresses. Only a first-person or private word right before it claims it ("my number").
    else if (isFictionalPhone(raw) && (fiction ??= FICTION_TEXT.test(text)) && !ownedRightBefore(text, h)) drop.add(h);
    else if (
      (endRun(raw.replace(/\D/g, '')) >= VALIDATOR_RUN || isFictionalPhone(raw)) &&
      (validator ??= VALIDATOR_TEXT.test(text)) &&
      !standsForSomeone(text, h, persons, VALIDATOR_PRIVATE_BEFORE)
    )
      drop.add(h);
  }
  if (drop.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
