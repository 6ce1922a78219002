import type { Hit } from './hit.js';

/**
 * Machine-readable zones of travel documents (ICAO Doc 9303): the passport's TD3 (two lines of 44) and the TD2
 * card/visa layout (two lines of 36). The second line carries the document number, nationality, birth date, sex and
 * expiry, each number with its 7-3-1 check digit, and a composite check over them all; a line is reported only when
 * the document-number, birth-date, expiry and composite checks all hold (a random 44-character line passes about one
 * time in ten thousand). The first line (document type, issuer, holder's name), when right above, is reported with it.
 */

// Second lines, by layout. Fields: number(9) check, nationality(3), birth(6) check, sex, expiry(6) check, optional, composite.
const TD3_LINE2 = /(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])/g;
const TD2_LINE2 = /(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{7}[0-9](?![A-Z0-9<])/g;
// First lines: document code (P, V, I, A, C and a second letter or '<'), issuing state, name with '<<' between parts.
const LINE1 = /[PVIAC][A-Z<][A-Z<]{3}[A-Z<]+$/;

/** ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0. */
export function mrzCheck(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * (weights[i % 3] ?? 0);
  }
  return sum % 10;
}

const checks = (field: string, digit: string): boolean => digit === String(mrzCheck(field));

/** True when a TD3 (44) or TD2 (36) second line's document-number, birth, expiry and composite checks hold. */
export function validMrzLine2(line: string): boolean {
  if (line.length !== 44 && line.length !== 36) return false;
  if (!checks(line.slice(0, 9), line.charAt(9)) || !checks(line.slice(13, 19), line.charAt(19)) || !checks(line.slice(21, 27), line.charAt(27))) return false;
  if (line.length === 44) {
    const personal = line.slice(28, 42);
    const pc = line.charAt(42);
    if (!(checks(personal, pc) || (pc === '<' && /^<*$/.test(personal)))) return false;
    return checks(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43), line.charAt(43));
  }
  return checks(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 35), line.charAt(35));
}

export function scanMrz(text: string, out: Hit[]): void {
  // Every MRZ has a filler run: the name separator of line 1, the padding of line 2.
  if (!text.includes('<<')) return;
  for (const re of [TD3_LINE2, TD2_LINE2]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!validMrzLine2(m[0])) continue;
      let start = m.index;
      // The first line, when it is the line right above and has the same length.
      const prevEnd = text.lastIndexOf('\n', m.index - 1);
      if (prevEnd > 0) {
        const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        const line1 = text.slice(prevStart, prevEnd).trim();
        if (line1.length === m[0].length && LINE1.test(line1)) start = prevStart + text.slice(prevStart, prevEnd).indexOf(line1);
      }
      out.push({ entity: 'PASSPORT', dataClass: 'pii', start, end: m.index + m[0].length, score: 0.95, rule: m[0].length === 44 ? 'passport.mrz-td3' : 'passport.mrz-td2' });
    }
  }
}

/*
 * The APIS travel-document line of an airline booking (the SSR DOCS element, IATA PADIS / AIRIMP):
 * `DOCS/P/GBR/594498732/GBR/21MAR79/F/14NOV31/OYELARAN/TEMITOPE` or `SSR DOCS BA HK1 P/GBR/.../SURNAME/GIVEN`: document
 * type, issuing state, document number, nationality, birth date, sex (an I for an infant), expiry, surname, given names.
 * Anchored on the literal "DOCS"; the fields are bounded by '/', so the pattern runs once per anchor in time linear in
 * its length. The number is a PASSPORT, the birth date a DATE_OF_BIRTH and the names a PERSON.
 */
const DOCS =
  /DOCS(?:\s+[A-Z0-9]{2}\s+HK\d\s+|\/|\s)\/?[PIAC]\/([A-Z]{3})\/([A-Z0-9]{5,15})\/[A-Z]{3}\/(\d{2}[A-Z]{3}\d{2})\/(?:MI|FI|[MFU])\/\d{2}[A-Z]{3}\d{2}\/([A-Z][A-Z' -]{0,38}[A-Z]\/[A-Z](?:[A-Z' -]{0,38}[A-Z])?)(?![A-Z])/y;

// The same element as a reservation system's entry takes it, its fields joined by '-' after the status
// (`SRDOCS LO HK1-P-POL-EM4718203-POL-17JUN88-M-12MAR31-KOWALCZYK-TOMASZ`): the surname holds no '-' there, the given
// names may.
const DOCS_ENTRY =
  /DOCS\s+[A-Z0-9]{2}\s+HK\d-[PIAC]-([A-Z]{3})-([A-Z0-9]{5,15})-[A-Z]{3}-(\d{2}[A-Z]{3}\d{2})-(?:MI|FI|[MFU])-\d{2}[A-Z]{3}\d{2}-([A-Z][A-Z' ]{0,38}[A-Z]-[A-Z](?:[A-Z' -]{0,38}[A-Z])?)(?![A-Z])/y;

export function scanApisDocs(text: string, out: Hit[]): void {
  scanTravelDocFields(text, out);
  for (let at = text.indexOf('DOCS'); at >= 0; at = text.indexOf('DOCS', at + 4)) {
    DOCS.lastIndex = at;
    let m = DOCS.exec(text);
    let sep = '/';
    if (m === null) {
      DOCS_ENTRY.lastIndex = at;
      m = DOCS_ENTRY.exec(text);
      sep = '-';
    }
    if (m === null) continue;
    const [all, , number = '', birth = '', names = ''] = m;
    const end = at + all.length;
    const numberAt = text.indexOf(`${sep}${number}${sep}`, at) + 1;
    const birthAt = text.indexOf(`${sep}${birth}${sep}`, numberAt + number.length) + 1;
    const namesAt = end - names.length;
    out.push({ entity: 'PASSPORT', dataClass: 'pii', start: numberAt, end: numberAt + number.length, score: 0.9, rule: 'passport.apis-docs' });
    out.push({ entity: 'DATE_OF_BIRTH', dataClass: 'pii', start: birthAt, end: birthAt + birth.length, score: 0.9, rule: 'dob.apis-docs' });
    out.push({ entity: 'PERSON', dataClass: 'pii', start: namesAt, end, score: 0.9, rule: 'person.apis-docs' });
  }
}

/*
 * A travel document's number as a field of a booking, check-in or border record pasted from a log or an export
 * (`passenger 'DOE, Jane' doc_no='553184927' nat='GBR'`, `"documentNumber": "X1234567"` next to a passenger): a
 * document-number key, then a 6-12 letter-and-digit value with a digit, where a travel word (passenger, MRZ,
 * nationality, flight, check-in, in the six languages) is within TRAVEL_REACH characters. A document number with no
 * travel word near is an invoice's or a contract's as often as a passport's, and is left alone.
 */
const DOC_FIELD = /(?<![A-Za-z0-9])(?:doc(?:ument)?|travel[_-]?doc(?:ument)?)[_-]?(?:no|nr|num|number|id)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?([A-Z0-9]{6,12})(?![A-Za-z0-9])/gi;
const TRAVEL = /(?<![\p{L}])(?:passengers?|pax|travell?ers?|mrz|apis|nationality|boarding|check-?in|flight|passagiers?|passag(?:er|ère)s?|pasajeros?|passeggeri|passeggero|reisender?|viajeros?|viaggiatori|viaggiatore|nationalité|nacionalidad|nazionalità|staatsangehörigkeit|nationaliteit|vuelo|volo|flug|vlucht|embarquement|embarque|imbarco|instappen)(?![\p{L}])/iu;
const TRAVEL_REACH = 200;

export function scanTravelDocFields(text: string, out: Hit[]): void {
  DOC_FIELD.lastIndex = 0;
  for (let m = DOC_FIELD.exec(text); m !== null; m = DOC_FIELD.exec(text)) {
    const value = m[1] ?? '';
    if (!/\d/.test(value)) continue;
    const end = m.index + m[0].length;
    if (!TRAVEL.test(text.slice(Math.max(0, m.index - TRAVEL_REACH), Math.min(text.length, end + TRAVEL_REACH)))) continue;
    out.push({ entity: 'PASSPORT', dataClass: 'pii', start: end - value.length, end, score: 0.8, rule: 'passport.travel-doc-field' });
  }
}
