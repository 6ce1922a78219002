import type { Hit } from './hit.js';

/*
 * The text of a driving licence card of the EU model (Directive 2006/126/EC, Annex I), read by OCR or typed from it:
 * each field on its own line after its number ("1. PETROVIĆ", "2. MILENA", "3. 27.06.1992 BEOGRAD", "4a. 11.03.2019
 * 4b. 10.03.2034", "4c. Landratsamt Esslingen", "5. J398UM6E66E", "9. AM/B1/B"). The numbering is the card's, in every
 * member state's language: field 5 is the licence number, field 3 the holder's date and place of birth, fields 1 and 2
 * the surname and given names. All are reported when the card's fields 1, 2, 3 (with a date), 4a or 4b and 5 are there,
 * in that order, each at the start of its line; a numbered list of something else does not hold "4a."/"4b." between 3
 * and 5, nor a date in 3.
 *
 * Linear: one pass over the lines, each tested by an anchored pattern without nested quantifiers; only a text with a
 * line starting "4a." or "4b." is read.
 */

const FIELD = /^[ \t]*(1|2|3|4a|4b|4c|5|9)\.[ \t]+(\S[^\n]{0,80}?)[ \t]*$/;
const DATE = /^(\d{2}[./-]\d{2}[./-]\d{4})(?![\d])/;
const NUMBER = /^[A-Z0-9][A-Z0-9 ]{4,18}[A-Z0-9]$/;
const NAME = /^[\p{Lu}][\p{L}'’ -]{0,60}$/u;
const HINT = /(?:^|\n)[ \t]*4[ab]\.[ \t]/;

interface Field {
  start: number;
  end: number;
  value: string;
}

/** The fields of an EU-model driving licence's text (see above). */
export function scanLicenceFields(text: string, out: Hit[]): void {
  if (!HINT.test(text)) return;
  const fields = new Map<string, Field>();
  for (let at = 0; at <= text.length; ) {
    let e = text.indexOf('\n', at);
    if (e === -1) e = text.length;
    const m = FIELD.exec(text.slice(at, e));
    if (m !== null) {
      const key = m[1] ?? '';
      const value = m[2] ?? '';
      const start = at + m[0].lastIndexOf(value);
      // Fields 4a and 4b often share a line ("4a. 11.03.2019 4b. 10.03.2034"): the line counts for both.
      if (!fields.has(key)) fields.set(key, { start, end: start + value.length, value });
      if (key === '4a' && /[ \t]4b\.[ \t]/.test(value)) fields.set('4b', { start, end: start + value.length, value });
    }
    at = e + 1;
  }
  const [surname, given, birth, number] = [fields.get('1'), fields.get('2'), fields.get('3'), fields.get('5')];
  const issue = fields.get('4a') ?? fields.get('4b');
  if (surname === undefined || given === undefined || birth === undefined || number === undefined || issue === undefined) return;
  if (!(surname.start < given.start && given.start < birth.start && birth.start < issue.start && issue.start < number.start)) return;
  const date = DATE.exec(birth.value);
  if (date === null || !NUMBER.test(number.value) || !/\d/.test(number.value) || !NAME.test(surname.value) || !NAME.test(given.value)) return;
  out.push({ entity: 'PERSON', dataClass: 'pii', start: surname.start, end: surname.end, score: 0.85, rule: 'person.licence-fields' });
  out.push({ entity: 'PERSON', dataClass: 'pii', start: given.start, end: given.end, score: 0.85, rule: 'person.licence-fields' });
  out.push({ entity: 'DATE_OF_BIRTH', dataClass: 'pii', start: birth.start, end: birth.start + (date[1]?.length ?? 0), score: 0.85, rule: 'dob.licence-fields' });
  out.push({ entity: 'DRIVER_LICENSE', dataClass: 'pii', start: number.start, end: number.end, score: 0.85, rule: 'driver-license.licence-fields' });
}
