import type { Hit } from './hit.js';
import { institutionNamedFor } from './org-names.js';
import { isMobileRange, privateWordIn } from './public-addresses.js';
import { CALL_ME_WORDS, firstPersonPattern } from './data/first-person.js';
import { alternation } from './data/struct-cues.js';
import { CALL_YOU_ON, RECIPIENT_RECORDS, TEMPLATE_FIELDS } from './data/template-fields.js';

/*
 * A message template whose recipient fields are placeholders ("Hi {{ first_name }}, your appointment at ... is on
 * {{ date }}. Call 01234 567000 to change."): its phone is the sender's business line, the same for every recipient,
 * and the name its business is named for ("Praxis Dr. Kaya", "Studio Dr. Rossi") is the sender's too. A mobile in such a
 * template, a number after a second-person number cue ("your number 0161 ...") or a first-person one ("call me on"),
 * and any template with a person or a private word ("patient", "home") near the number keep the number: a recipient's
 * number filled into a template is theirs.
 */

// A placeholder: "{{ name }}", "{name}", "${name}", "%NAME%", "[[name]]", "<<name>>". Bounded lengths keep it linear.
// Or a recipient's field in square brackets, maybe after a word ("[Date]", "[Patient Name]", "[nome paziente]").
const PLACEHOLDER = new RegExp(
  `\\{\\{\\s{0,3}[\\p{L}_][\\p{L}\\p{N}_.]{0,40}\\s{0,3}\\}\\}|\\$?\\{[\\p{L}_][\\p{L}\\p{N}_.]{0,40}\\}|%[A-Za-z_]{1,40}%|\\[\\[[\\p{L}_ ]{1,40}\\]\\]|<<[\\p{L}_ ]{1,40}>>|\\[(?:\\p{L}{1,20}\\s)?(?:${alternation(TEMPLATE_FIELDS)})(?:\\s\\p{L}{1,20})?\\]`,
  'giu',
);
// How far before the number the template's placeholder may stand, in its paragraph.
const TEMPLATE_REACH = 240;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
// The recipient's own number: a second-person possessive and a number noun right before it ("your number", "Ihre
// Nummer", "votre numéro", "su número", "uw nummer", "il suo numero", "your mobile").
const YOUR_NUMBER =
  /(?<![\p{L}])(?:your|ihre[rmn]?|deine[rmn]?|votre|vos|ton|su|sus|tu|uw|je|il suo|la sua|il tuo|al suo|al tuo)\s+(?:\p{L}+\s+)?(?:number|phone|mobile|nummer|telefonnummer|handynummer|numéro|portable|número|móvil|movil|telefoonnummer|mobiel|numero|cellulare)\s*[:.]?\s*$/iu;
// A number the template says is stored in the recipient's record: a number noun, then a second-person possessive and a
// record noun, in the same sentence right before the number ("the callback number on your account is now 0161 ...",
// "die Rückrufnummer in Ihrem Kundenkonto: 030 ...", "il numero del tuo profilo è 02 ..."). "Fragen zu Ihrem Konto?
// Rufen Sie an: 030 ..." has no number noun before the record and stays the sender's line.
const NUMBER_NOUN = '(?:\\p{L}*(?:number|nummer|numéro|numero|número|phone|telefon|téléphone|teléfono|telefoon|telefono)\\p{L}*)';
const YOUR = '(?:your|ihre[mnrs]?|deine[mnrs]?|votre|vos|ton|ta|tes|su|sus|tu|tus|uw|je|jouw|(?:il|la|del|della|nel|nella|sul|sulla)\\s+(?:suo|sua|tuo|tua))';
const IN_YOUR_RECORD = new RegExp(
  `(?<![\\p{L}])${NUMBER_NOUN}[^.?!\\n]{0,40}?(?<![\\p{L}])${YOUR}\\s+(?:\\p{L}+\\s+)?(?:${alternation(RECIPIENT_RECORDS)})(?![\\p{L}])[^.?!\\n\\d]{0,30}$`,
  'iu',
);
// The sender calling the recipient on the number ("we will ring you back on 0113 ...": data/template-fields.ts CALL_YOU_ON).
const CALL_YOU = new RegExp(`(?<![\\p{L}])(?:${Object.values(CALL_YOU_ON).flat().join('|')})\\s*[:.]?\\s*$`, 'iu');
const CALL_ME = firstPersonPattern(CALL_ME_WORDS, '', '(?![\\p{L}\\p{N}])');
const PRIVATE_REACH = 60;

const LETTER = /\p{L}/u;
/** `at`, moved back to the start of the word it cuts (at most 20 letters): "your" cut to "our" would read as a private word. */
function wordStart(text: string, at: number): number {
  let p = at;
  while (p > 0 && at - p < 20 && LETTER.test(text.charAt(p - 1))) p--;
  return p;
}

/** Whether a placeholder stands in text[from, to). */
function placeholderIn(text: string, from: number, to: number): boolean {
  PLACEHOLDER.lastIndex = 0;
  const window = text.slice(from, to);
  return PLACEHOLDER.test(window);
}

/** Phones of a template's sender and the names its business is named for, removed in place (see above). */
export function dropTemplatePhones(text: string, hits: Hit[]): void {
  if (!text.includes('{') && !text.includes('%') && !text.includes('[') && !text.includes('<<')) return;
  const phones = hits.filter((h) => h.entity === 'PHONE_NUMBER' && h.score >= 0.5);
  if (phones.length === 0) return;
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5);
  const drop = new Set<Hit>();
  const stretches: [number, number][] = [];
  for (const h of phones) {
    const lo = Math.max(0, h.start - TEMPLATE_REACH);
    const before = text.slice(lo, h.start);
    const br = before.search(PARAGRAPH_BREAK);
    const from = br === -1 ? lo : lo + br + 1;
    if (!placeholderIn(text, from, h.start)) continue;
    const near = text.slice(Math.max(0, h.start - 40), h.start);
    if (isMobileRange(text.slice(h.start, h.end)) || YOUR_NUMBER.test(near) || CALL_ME.test(near)) continue;
    if (CALL_YOU.test(text.slice(Math.max(from, h.start - 80), h.start))) continue;
    if (IN_YOUR_RECORD.test(text.slice(Math.max(from, h.start - 120), h.start))) continue;
    if (privateWordIn(text, wordStart(text, Math.max(from, h.start - PRIVATE_REACH)), Math.min(text.length, h.end + PRIVATE_REACH))) continue;
    // A person in the template other than the one its business is named for: a filled-in recipient.
    const others = persons.filter((p) => p.start >= from && p.start < h.end + PRIVATE_REACH && !institutionNamedFor(text, p.start));
    if (others.length > 0) continue;
    drop.add(h);
    stretches.push([from, h.end]);
  }
  if (drop.size === 0) return;
  for (const p of persons) if (stretches.some(([s, e]) => p.start >= s && p.end <= e) && institutionNamedFor(text, p.start)) drop.add(p);
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
