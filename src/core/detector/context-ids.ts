import type { SensitiveClass } from './contract.js';
import { BIRTH_LABEL_LINKS, BIRTH_NOTE_LINKS } from './data/birth-words.js';
import { wordAlternation } from './data/struct-cues.js';
import { LEGAL_FORMS } from './data/company-cues.js';
import { escapeRegExp } from './evidence-text.js';
import { LICENCE_WORDS, SHAPED_LICENCE_WORDS } from './data/driving-licence-words.js';
import { METER_OWNER_WORDS, METER_WORDS, PERSON_DEVICE_WORDS, PRODUCT_WORDS } from './data/product-serial-words.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { execAfter, type Hit } from './hit.js';
import { scanKeyValuePairs } from './json-keys.js';
import { KeywordIndex, matchesAll } from './keywords.js';
import { isMaskedValue } from './masked-values.js';
import { digitRuns } from './runs.js';
import { cueAlternation, LANGUAGES } from './languages.js';
import { codeAt } from './word-index.js';

interface ContextRule {
  entity: string;
  dataClass: SensitiveClass;
  /** Context keyword; the identifier must follow it closely. */
  keyword: RegExp;
  /** The same keyword, sticky: tried only where KEYWORDS says it can start. */
  sticky: RegExp;
  /** The identifier, anchored (sticky) right after the keyword and its filler. */
  value: RegExp;
  minDigits: number;
  rule: string;
}

// Words that may sit between a keyword and its value: "MRN is #", "passport no.:", "account number ending in".
// Quotes too, so a JSON pair `"mrn": "48213377"` inside text reads like "MRN: 48213377".
// Case-insensitive: "Reisepass Nr.", "Passport No:", "MRN Is"; "n." is the Italian and Spanish abbreviation of numero ("passaporto n.").
const FILLER = /[\s:#.="'-]{0,8}(?:(?:is|the|was|ist|est|es|è|number|num|no|nr|nummer|numéro|numero|número|n°|nº|n\.º|id|ident|identifier|code|lautet|ending in|on file|on (?:the )?(?:account|record|file|system)|in (?:the )?(?:system|file|record)|#|n(?=\.))(?![\p{L}\d])[\s:#.="'-]{0,8}){0,3}/iuy;
const ID = /[A-Za-z0-9][A-Za-z0-9\-/]{3,24}(?![A-Za-z0-9])/y;
const DIGITS_ID = /\d[\d -]{4,22}\d(?![A-Za-z0-9])/y;
// Month names of every language, longest first so "juni" is not read as "jun" + "i".
const MONTHS = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.months))].sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(
  `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:of\\s+|de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?\\d{4})(?![\\p{L}\\d])`,
  'iuy',
);
// US ZIP and ZIP+4, and the 3-5 digit (optionally split) postcodes of other countries.
const ZIP = /\d{5}(?:-\d{4})?(?![A-Za-z0-9])|\d{3,5}(?:[ -]\d{2,4})?(?![A-Za-z0-9])/y;

// Keywords are bounded by non-letters on both sides; the left bound is checked by execAfter (see there).
const kw = (src: string): RegExp => new RegExp(`(?:${src})(?![\\p{L}\\d])`, 'giu');
const KW_BEFORE = /^[\p{L}\d]$/iu;
// Driving licence words of the other languages, longest first; the shaped ones are read only before a licence's shape.
const LICENCE_CUES = [...Object.values(LICENCE_WORDS).flat(), ...SHAPED_LICENCE_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

// The birth labels of the languages whose papers are most often pasted for a sworn translation or a credential
// evaluation (Arabic, Polish, Portuguese, Romanian, Turkish, Indonesian, Ukrainian, Russian): the date after them on a
// certificate or a diploma is its holder's date of birth, whatever the language of the request around it.
const FOREIGN_BIRTH = [
  'تاريخ الميلاد', 'المولودة في', 'المولود في', 'مواليد', 'data urodzenia', 'urodzony', 'urodzona', 'data de nascimento', 'nascido em',
  'nascida em', 'data nașterii', 'data nasterii', 'născut', 'născută', 'nascut', 'nascuta', 'doğum tarihi', 'dogum tarihi', 'tanggal lahir',
  'дата народження', 'дата рождения', 'народився', 'народилася', 'родился', 'родилась',
].join('|');

// German puts the nationality before "Pass" ("rumänischer Pass 271282125", "mit ukrainischem Pass FT739802"): "Pass" alone
// is also a mountain pass, a ski pass or a ticket, so only after a nationality adjective (or "ausländisch") in any ending
// ("Schweizer Pass" has none), and only a passport number's shape after it (valueAfter).
const NATIONALITIES_DE = [
  'deutsch', 'österreichisch', 'schweizerisch', 'schweizer', 'rumänisch', 'bulgarisch', 'polnisch', 'ukrainisch', 'russisch', 'belarussisch',
  'moldauisch', 'türkisch', 'serbisch', 'kroatisch', 'bosnisch', 'albanisch', 'kosovarisch', 'mazedonisch', 'montenegrinisch', 'griechisch',
  'italienisch', 'spanisch', 'portugiesisch', 'französisch', 'britisch', 'irisch', 'niederländisch', 'belgisch', 'litauisch', 'lettisch',
  'estnisch', 'tschechisch', 'slowakisch', 'ungarisch', 'slowenisch', 'georgisch', 'armenisch', 'aserbaidschanisch', 'kasachisch',
  'usbekisch', 'syrisch', 'irakisch', 'iranisch', 'afghanisch', 'pakistanisch', 'indisch', 'chinesisch', 'vietnamesisch', 'philippinisch',
  'indonesisch', 'nigerianisch', 'ghanaisch', 'marokkanisch', 'tunesisch', 'algerisch', 'ägyptisch', 'amerikanisch', 'kanadisch',
  'brasilianisch', 'mexikanisch', 'kolumbianisch', 'ausländisch',
];

const RULE_LIST: readonly Omit<ContextRule, 'sticky'>[] = [
  { entity: 'MEDICAL_RECORD_NUMBER', dataClass: 'phi', keyword: kw(`mrn|medical record(?: number| no)?|chart(?: number| no)?|patient(?: id| number| no)|hospital(?: number| no| id)|case(?: number| no)|${cueAlternation('record')}`), value: ID, minDigits: 3, rule: 'mrn.context' },
  { entity: 'HEALTH_PLAN_ID', dataClass: 'phi', keyword: kw('member(?: id| number| no)|subscriber(?: id| number)?|policy(?: number| no| id)?|health plan(?: id| number)?|insurance(?: id| number| no)|group(?: number| no)|medicaid(?: id| number)?|medicare(?: id| number)?|beneficiary(?: id| number)?|claim(?: number| no| id)?'), value: ID, minDigits: 4, rule: 'health-plan.context' },
  { entity: 'BANK_ACCOUNT', dataClass: 'financial', keyword: kw('account(?: number| no)?|acct|acc|a/c|bank account|checking|savings|iban|bban|sort code'), value: DIGITS_ID, minDigits: 6, rule: 'account.context' },
  { entity: 'DRIVER_LICENSE', dataClass: 'pii', keyword: kw(`driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e(?: number| no| id)?|dl|dln|permit(?: number| no)?|${LICENCE_CUES}`), value: ID, minDigits: 4, rule: 'driver-license.context' },
  // ICAO passport numbers may be mostly letters (Dutch and Belgian ones end in one digit): after the passport word, one digit is enough.
  // German "Pass" alone (also English "pass": a bus or gate pass) only before a number that opens like a passport's, one
  // or two letters then a digit ("Pass C4F7R92KJ", "Pass V2918374"): a pass's number is digits.
  { entity: 'PASSPORT', dataClass: 'pii', keyword: kw(`passport(?: number| no)?|${cueAlternation('passport')}|(?:${NATIONALITIES_DE.join('|')})(?:er|en|em|e)? pass|pass`), value: ID, minDigits: 1, rule: 'passport.context' },
  { entity: 'DEVICE_SERIAL', dataClass: 'pii', keyword: kw('serial(?: number| no)?|s/n|sn|device(?: id| serial)|udi|meid|imei|pacemaker|implant(?: id)?'), value: ID, minDigits: 3, rule: 'device-serial.context' },
  { entity: 'TAX_ID', dataClass: 'pii', keyword: kw('ein|employer identification(?: number)?|tax(?: id| number| identification number)|vat(?: number| no| id)?|national id|nino|national insurance(?: number)?'), value: ID, minDigits: 5, rule: 'tax-id.context' },
  // A VAT number under its name in each language ("USt-IdNr.", "TVA intracommunautaire", "NIF-IVA", "btw-nummer",
  // "partita IVA"); English "VAT" is the rule above. Reported only for a VAT-shaped value said to be a person's (see valueAfter).
  { entity: 'TAX_ID', dataClass: 'pii', keyword: kw('ust-?id(?:-?nr)?|ust\\.-?id(?:-?nr)?|ust-?idnr|umsatzsteuer-?(?:id|identifikationsnummer)(?:-?nr)?|tva(?: intra-?communautaire)?|(?:nif|cif)(?:-| )iva|iva|btw(?:-?(?:nummer|nr|id|identificatienummer))?|partita iva|p\\. ?iva'), value: ID, minDigits: 5, rule: 'vat.context' },
  { entity: 'DATE_OF_BIRTH', dataClass: 'pii', keyword: kw(`dob|d\\.o\\.b|date of birth|birth ?date|birthday|born(?: on| in)?|admitted(?: on)?|admission(?: date)?|discharged(?: on)?|discharge(?: date)?|date of death|died(?: on)?|deceased(?: on)?|date of service|dos|${cueAlternation('birth')}|${FOREIGN_BIRTH}`), value: DATE, minDigits: 2, rule: 'dob.context' },
  { entity: 'ZIP_CODE', dataClass: 'pii', keyword: kw('zip(?: ?code)?|postal code|postcode|zipcode'), value: ZIP, minDigits: 3, rule: 'zip.context' },
];
const RULES: readonly ContextRule[] = RULE_LIST.map((r) => ({ ...r, sticky: new RegExp(r.keyword.source, 'iuy') }));
// The keyword sources without their right bound: where each rule's keyword can start.
export const CONTEXT_KEYWORD_SOURCES = RULES.map((r) => r.keyword.source.slice(3, r.keyword.source.lastIndexOf(')(?!')));
// Read from the Latin runs word-index.ts makes once per text for the word-reading passes: no pass of its own.
export const CONTEXT_KEYWORDS = new KeywordIndex(CONTEXT_KEYWORD_SOURCES, KW_BEFORE, true);
export const KEYWORD_BEFORE = KW_BEFORE;

const US_STATE_ZIP = /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\s(\d{5}(?:-\d{4})?)(?![A-Za-z0-9])/g;
const AGE_OVER_89 = /\b(?:9\d|1[01]\d)(?:[- ](?:years?[- ]old|yrs?[- ]old|y\/o|yo)\b|\s?(?:y\/o|yo)\b)/gi;

const US_STATE_ZIP_STICKY = new RegExp(US_STATE_ZIP.source, 'y');
const AGE_OVER_89_STICKY = new RegExp(AGE_OVER_89.source, 'iy');

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * US_STATE_ZIP's matches: sticky three or four characters before a 5-digit run (the ZIP is one), or (reference) a
 * global scan. The pattern is tried only where the characters it needs are there: whitespace right before the run
 * (any non-ASCII character may be some), a capital where the state code starts (3 or 4 before the run), and for 4 a
 * comma between; anywhere else the sticky run would fail. Resumes past each match, as the global scan does.
 */
export function stateZipMatches(text: string, reference = false): RegExpExecArray[] {
  if (reference) return matchesAll(text, US_STATE_ZIP);
  const found: RegExpExecArray[] = [];
  const d = digitRuns(text);
  let from = 0;
  for (let k = 0; k < d.count; k++) {
    const s = d.start[k] ?? 0;
    if ((d.end[k] ?? 0) - s !== 5) continue;
    const w = codeAt(text, s - 1);
    if (!(w === 32 || (w >= 9 && w <= 13) || w >= 128)) continue;
    for (const back of [4, 3]) {
      const p = s - back;
      if (p < from || !isUpper(text.charCodeAt(p)) || (back === 4 && text.charCodeAt(p + 2) !== 44)) continue;
      US_STATE_ZIP_STICKY.lastIndex = p;
      const m = US_STATE_ZIP_STICKY.exec(text);
      if (m === null) continue;
      from = p + m[0].length;
      found.push(m);
    }
  }
  return found;
}

/**
 * AGE_OVER_89's matches: sticky at 2- and 3-digit runs (it starts with one, after a word boundary), or (reference) a
 * global scan. `9\d` needs a 2-digit run starting with 9 and `1[01]\d` a 3-digit one starting with 10 or 11 (the
 * digits cannot go on): the pattern is tried at those runs only.
 */
export function ageMatches(text: string, reference = false): RegExpExecArray[] {
  if (reference) return matchesAll(text, AGE_OVER_89);
  const found: RegExpExecArray[] = [];
  const d = digitRuns(text);
  for (let k = 0; k < d.count; k++) {
    const s = d.start[k] ?? 0;
    const len = (d.end[k] ?? 0) - s;
    const c = text.charCodeAt(s);
    if (!(len === 2 ? c === 57 : len === 3 && c === 49 && (text.charCodeAt(s + 1) === 48 || text.charCodeAt(s + 1) === 49))) continue;
    AGE_OVER_89_STICKY.lastIndex = s;
    const m = AGE_OVER_89_STICKY.exec(text);
    if (m !== null) found.push(m);
  }
  return found;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// A birthplace between a birth word and the date: "born in Leeds on", "né à Lyon le", "geboren in Kassel am", "nato a
// Roma il", "nacido en Bilbao el", "geboren te Utrecht op" (up to four capitalised words or particles, bounded).
const BIRTHPLACE = /\s+(?:(?:in|à|a|en|te|at)\s+)?\p{Lu}[\p{L}'’-]{0,30}(?:[ -](?:\p{Lu}[\p{L}'’-]{0,30}|de|di|del|sur|am|an|der|la|le|aan|den)){0,3},?\s+(?:on|le|am|op|il|el)\s+(?:the\s+)?/uy;

// A preposition between a birth label and its date: "date of birth as 17/03/1984", "date de naissance le 05/03/1990"
// or "au 29/08/2008", "fecha de nacimiento el", "data di nascita il", "Geburtsdatum am".
const BIRTH_PREPOSITION = /[ \t:]{0,3}(?:as|on|le|au|el|il|am|op)[ \t]+(?:the[ \t]+)?/iuy;
// German and Dutch put the date before the participle: "ist am 14.08.2007 geboren", "is op 28-03-2003 geboren". The
// date in digits right before "geboren", after "am" or "op" (bounded look-back).
// Also with the month's word: "ist am 3. Mai 2019 geboren", "is op 3 mei 2019 geboren".
const DATE_BEFORE_BORN = new RegExp(`(?<![\\p{L}])(?:am|op)[ \\t]+(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.?[ \\t]+(?:${MONTHS})\\.?[ \\t]+\\d{4})[ \\t]+$`, 'iu');
const DATE_BEFORE_REACH = 32;
// A date in digits given as the birth date, the label after it: "gave 09-04-1956 as date of birth", "nannte 31.12.1967 als
// Geburtsdatum", "a donné 07/08/1971 comme date de naissance", "dio 12/03/1980 como fecha de nacimiento", "ha indicato
// 12/03/1980 come data di nascita". A record's or a caller's statement; a life story writes the date in words.
const DATE_AS_LABEL = /(?<![\d./-])(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]+(?:as|als|comme|como|come)[ \t]+(?:(?:the|his|her|their|its|sein|seine|ihr|ihre|das|sa|son|leur|la|sua|su|zijn|haar|de|het|il suo|la sua|suo)[ \t]+)?$/iu;
const BIRTH_LABEL = /^(?:dob|d\.o\.b\.?|date of birth|birth ?date|geburtsdatum|date de naissance|date naissance|fecha de nacimiento|geboortedatum|data di nascita|data nascita)$/iu;
const DATE_AS_REACH = 40;
// After a birth-date label, before its date: whose date it is, where the record keeps it, or who gives it ("Fecha de
// nacimiento del solicitante: ", "Geboortedatum aanvrager: ", "Geburtsdatum im Profil ", "DOB. She says "): see
// data/birth-words.ts BIRTH_LABEL_LINKS. Bounded: one holder, one place or one speech phrase.
const linkWords = (pick: (l: (typeof BIRTH_LABEL_LINKS)['en']) => readonly string[]): string =>
  [...new Set(Object.values(BIRTH_LABEL_LINKS).flatMap(pick))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '[ \\t]+'))
    .join('|');
const BIRTH_LINK = new RegExp(
  `[ \\t]+(?:(?:${linkWords((l) => l.of)})[ \\t]*)?(?:${linkWords((l) => l.holders)})(?![\\p{L}])(?:[ \\t]+(?:${linkWords((l) => l.places)}))?[ \\t]*:?[ \\t]*|[ \\t]+(?:${linkWords((l) => l.places)})(?![\\p{L}])[ \\t]*:?[ \\t]*|[ \\t]*[.:]?[ \\t]+(?:${linkWords((l) => l.speech)})(?![\\p{L}])[ \\t]*:?[ \\t]*`,
  'iuy',
);
// What else stands between a birth-date label and its date in a short note: "a DOB of 19/09/1944", "la date de naissance
// pour l'instant : 14 février 1940", "la fecha de nacimiento, 9 de marzo de 1939" (data/birth-words.ts dateOf, sofar).
const noteLinkWords = (pick: (l: (typeof BIRTH_NOTE_LINKS)['en']) => readonly string[]): string => wordAlternation(Object.values(BIRTH_NOTE_LINKS).flatMap(pick));
const BIRTH_NOTE_LINK = new RegExp(
  `[ \\t]+(?:${noteLinkWords((l) => l.dateOf)})[ \\t]+|[ \\t]*,?[ \\t]+(?:${noteLinkWords((l) => l.sofar)})(?![\\p{L}])[ \\t]*[:,]?[ \\t]*|[ \\t]*,[ \\t]*`,
  'iuy',
);
// Sticky patterns of what stands between a birth word and its date, in the order they are tried: a birthplace, a
// preposition, and after a birth-date label its links.
const BIRTH_LINKS = [BIRTHPLACE, BIRTH_PREPOSITION];
const LABEL_BIRTH_LINKS = [...BIRTH_LINKS, BIRTH_LINK, BIRTH_NOTE_LINK];

// In Spanish, French and Italian the nationality follows the passport word: "pasaporte polaco", "passeport
// marocain", "passaporto rumeno", "pasaporte extranjero". The stems of common nationalities (and "foreign"), any ending.
const NATIONALITY = new RegExp(
  '\\s+(?:' +
    'pola|polon|polacc|alem|allem|tedes|franc|fran[çc]|ital|espa|spagn|portug|portogh|brit|ingl|angl|holand|neerland|olandes|belg|suiz|suiss|svizz|' +
    'austr|autrich|ruman|rumen|roum|ucran|ukrain|rus[oa]|russ[eoa]|chin[oa]|chinois|cinese|japon|giappon|marroq|maroc|marocc|argel|alg[ée]r|tunec|tunis|turc|turq|' +
    'americ|améric|estadounid|canad|mexic|colomb|venez|peruan|péruvien|argent|brasil|brésil|chilen|cuban|ecuator|indi[oa]|indien|indian|pakist|filipin|' +
    'nigeria|senegal|s[ée]n[ée]gal|griego|griega|grec|suec[oa]|su[ée]d|sved|norueg|norv|dan[eé]s|danois|danese|finland|finnois|irland|escoc|[ée]coss|scozz|chec|tch[èe]q|cec[oa]|' +
    'eslovac|slovac|hungar|hongr|ungher|b[uú]lgar|serb|croa|lituan|leton|letton|eston|ucrain|extranjer|[ée]trang|stranier|comunitari|communautaire' +
    ')\\p{L}{0,8}(?![\\p{L}\\d])',
  'iuy',
);

// Any other nationality adjective after the passport word, by its ending ("pasaporte vietnamita", "passeport ivoirien",
// "passaporto senegalese", "pasaporte iraquí", "Reisepass (syrisch)"): a lower-case word, bracketed or not. Words
// with these endings are rarely anything else there; the number after one must also have a passport's shape.
const NATIONALITY_BY_ENDING = new RegExp(
  '\\s+(?:\\(\\s?)?\\p{Ll}{2,14}(?:ita|itas|ano|ana|anos|anas|ani|ane|ese|esi|és|esa|ino|ina|eño|eña|í|ien|ienne|ain|aine|ais|aise|ois|oise|isch|ische|ischer|ischen)(?:\\s?\\))?(?![\\p{L}\\d])',
  'uy',
);
// A passport number (ICAO 9303: up to nine letters and digits), with a digit: what a nationality word may introduce.
const PASSPORT_SHAPE = /^(?=[A-Za-z]*\d)[A-Za-z0-9]{6,9}$/;
const PASS_ALONE_VALUE = /^[A-Z]{1,2}\d/;

// The number of a passport is often put in brackets after the word ("mein Reisepass (CH09206J2)", "my passport
// (123456789)", "mon passeport (18AB12345)"): an opening bracket after the word, and its closing one after the value.
const BRACKET_OPEN = /[ \t]{0,2}\([ \t]{0,2}/y;
const BRACKET_CLOSE = /^[ \t]{0,2}\)/;

// A value whose digits are all zeros (letters and separators aside).
const ZEROS = /^[^1-9]*0[^1-9]*$/;
// A line that opens with a field code before the keyword: digits and a separator only ("3000 ", "12: ", "0042) ").
const FIELD_CODE_BEFORE = /^[ \t]*\d{1,6}[ \t:.)-]+$/;

// A reference numbered within its year: an optional letter prefix, the year, a serial of 5+ digits.
const PRODUCT = new RegExp(`(?<![\\p{L}])(?:${PRODUCT_WORDS})(?![\\p{L}])`, 'iu');
const PERSON_DEVICE = new RegExp(`(?<![\\p{L}])(?:${PERSON_DEVICE_WORDS})(?![\\p{L}])`, 'iu');

/** Product words within 200 characters before the cue or 120 after the value, and no patient or implant word there. */
const METER = new RegExp(`(?<![\\p{L}])(?:${METER_WORDS})(?![\\p{L}])`, 'iu');
const METER_OWNER = new RegExp(`(?<![\\p{L}])(?:${METER_OWNER_WORDS})(?![\\p{L}])`, 'iu');
function isProductSerial(text: string, from: number, to: number): boolean {
  const w = text.slice(Math.max(0, from - 200), Math.min(text.length, to + 120));
  if (PERSON_DEVICE.test(w)) return false;
  // A utility meter's serial ('{"meter_serial":"E10BG..."}', "Zählernummer 1ESY..."), with no customer named in its record.
  return PRODUCT.test(w) || (METER.test(w) && !METER_OWNER.test(w));
}
// A UK sort code: three pairs of digits, hyphenated, spaced or run together.
const SORT_CODE = /^\d{2}([- ]?)\d{2}\1\d{2}$/;
const CAMEL_WORD = /[A-Z][a-z]{2,}/;
const YEAR_REFERENCE = /^(?:[A-Za-z]{1,5}-)?(?:19|20)\d{2}-\d{5,}$/;
// A school, fiscal or season year: a year and the next one ("2026/27", "2025-2026"), after "policy", "group"...
const YEAR_SPAN = /^((?:19|20)\d{2})[/-]((?:19|20)?\d{2})$/;
function isYearSpan(v: string): boolean {
  const m = YEAR_SPAN.exec(v);
  if (m === null) return false;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return m[2]?.length === 4 ? to === from + 1 : to === (from + 1) % 100;
}

/** The value after a keyword match ending at `kwEnd`, if it has enough digits. */
function valueAfter(text: string, r: ContextRule, kwStart: number, kwEnd: number, out: Hit[]): void {
  let bracketed = false;
  let afterNationality = false;
  if (r.entity === 'PASSPORT') {
    NATIONALITY.lastIndex = kwEnd;
    NATIONALITY_BY_ENDING.lastIndex = kwEnd;
    if (NATIONALITY.test(text)) {
      kwEnd = NATIONALITY.lastIndex;
      afterNationality = true;
    } else if (NATIONALITY_BY_ENDING.test(text)) {
      kwEnd = NATIONALITY_BY_ENDING.lastIndex;
      afterNationality = true;
    }
    BRACKET_OPEN.lastIndex = kwEnd;
    if (BRACKET_OPEN.test(text)) {
      kwEnd = BRACKET_OPEN.lastIndex;
      bracketed = true;
    }
  }
  if (r.entity === 'DATE_OF_BIRTH' && BIRTH_LABEL.test(text.slice(kwStart, kwEnd))) {
    const given = DATE_AS_LABEL.exec(text.slice(Math.max(0, kwStart - DATE_AS_REACH), kwStart));
    const date = given?.[1];
    if (given !== null && date !== undefined) {
      const dateStart = kwStart - given[0].length + given[0].indexOf(date);
      out.push({ entity: r.entity, dataClass: r.dataClass, start: dateStart, end: dateStart + date.length, score: 0.85, rule: r.rule });
    }
  }
  FILLER.lastIndex = kwEnd;
  FILLER.exec(text);
  r.value.lastIndex = FILLER.lastIndex === 0 ? kwEnd : FILLER.lastIndex;
  let start = r.value.lastIndex;
  let v = r.value.exec(text);
  if (v === null && r.entity === 'DATE_OF_BIRTH') {
    // The date after a birthplace or a preposition, and after a birth-date label after its links: each tried in turn.
    const links = BIRTH_LABEL.test(text.slice(kwStart, kwEnd)) ? LABEL_BIRTH_LINKS : BIRTH_LINKS;
    for (const link of links) {
      link.lastIndex = kwEnd;
      if (link.exec(text) === null) continue;
      r.value.lastIndex = start = link.lastIndex;
      v = r.value.exec(text);
      if (v !== null) break;
    }
  }
  if (v === null && r.entity === 'DATE_OF_BIRTH' && /^geboren$/i.test(text.slice(kwStart, kwEnd))) {
    const before = DATE_BEFORE_BORN.exec(text.slice(Math.max(0, kwStart - DATE_BEFORE_REACH), kwStart));
    const date = before?.[1];
    if (before === null || date === undefined) return;
    const dateStart = kwStart - before[0].length + before[0].indexOf(date);
    out.push({ entity: r.entity, dataClass: r.dataClass, start: dateStart, end: dateStart + date.length, score: 0.85, rule: r.rule });
    return;
  }
  if (r.entity === 'DRIVER_LICENSE' && v === null) licenceBefore(text, r, kwStart, kwEnd, out);
  if (r.entity === 'DRIVER_LICENSE') {
    const shaped = SHAPED_LICENCE_WORDS.get(text.slice(kwStart, kwEnd).toLowerCase());
    if (shaped !== undefined && (v === null || !shaped.test(v[0]))) return shapedLicencesAfter(text, r, kwEnd, shaped, out);
  }
  if (v === null || countDigits(v[0]) < r.minDigits) return;
  // A number of zeros only ("NHC-000000", "MRN 00000000") is a form's or schema's placeholder: no register issues it.
  if (ZEROS.test(v[0])) return;
  // A value that runs on into mask characters ("Fallnr. 4711****", "MRN 5521XXXX") is shown masked: what is left
  // identifies nobody (masked-values.ts).
  if (isMaskedValue(text.slice(start, start + v[0].length + 2))) return;
  // "Attendance policy 2026/27", "group 2025-2026": a year span names a school or fiscal year, no register's number.
  if (isYearSpan(v[0])) return;
  // A field list, each line a code and its label ("3000 Patientennummer\n3101 Name"): the number on the line after
  // the keyword is the next field's code, not the keyword's value.
  if (text.slice(kwEnd, start).includes('\n') && FIELD_CODE_BEFORE.test(text.slice(text.lastIndexOf('\n', kwStart - 1) + 1, kwStart))) return;
  // In brackets, only a whole passport number's shape: six to nine characters closed by the bracket ("(CH09206J2)"),
  // not a year or a word ("Reisepass (2019)").
  if (bracketed && !(v[0].length >= 6 && v[0].length <= 9 && BRACKET_CLOSE.test(text.slice(start + v[0].length, start + v[0].length + 3)))) return;
  // No passport number is split in three by hyphens or slashes (ICAO 9303: up to nine letters and digits): after a
  // document word, "HBR-Q3-0114" is an internal document's reference.
  if (r.entity === 'PASSPORT' && /[-/].*[-/]/.test(v[0])) return;
  // After a German nationality adjective ("rumänischer Pass"), only a passport number's shape: "der italienische Pass
  // 2757 m" is a mountain pass.
  if (r.entity === 'PASSPORT' && /\spass$/i.test(text.slice(kwStart, kwEnd)) && !PASSPORT_SHAPE.test(v[0])) return;
  // "Pass" alone (German for passport, English for a bus or gate pass): only a number that opens like a passport's, one
  // or two capitals then a digit ("Pass C4F7R92KJ", "Pass V2918374"); a pass's number is digits.
  if (r.entity === 'PASSPORT' && /^pass$/i.test(text.slice(kwStart, kwEnd)) && !(PASSPORT_SHAPE.test(v[0]) && PASS_ALONE_VALUE.test(v[0]))) return;
  // After a nationality, only a passport number's shape: "passaporto italiano 2026" names an edition or a year.
  if (afterNationality && !PASSPORT_SHAPE.test(v[0])) return;
  // A sort code alone ("sort code 20-00-00") names a bank's branch, not anyone's account: its account number is its own value.
  if (r.entity === 'BANK_ACCOUNT' && SORT_CODE.test(v[0]) && /^sort/i.test(text.slice(kwStart, kwEnd))) return;
  // A case, claim or ticket numbered within its year ("claim CLM-2026-448190", "siniestro SN-2026-774120", the "SN" read
  // as the serial-number word) is the insurer's or shop's file reference, no member id or device serial.
  if ((r.entity === 'HEALTH_PLAN_ID' || r.entity === 'DEVICE_SERIAL') && YEAR_REFERENCE.test(v[0])) return;
  // A capitalised word run into digits after "policy" ("security_policy = Basic256Sha256", "Aes256Sha256RsaPss", an
  // OPC UA security policy; "policy: Tls12Strict2024") names a setting: insurers print member and policy numbers in
  // capitals and digits ("W123456789", "QX55310982", "HH-77310294").
  if (r.entity === 'HEALTH_PLAN_ID' && CAMEL_WORD.test(v[0])) return;
  // A product's serial in stock, warranty or SKU work is no one's; a patient's or implanted device keeps it (bounded window).
  if (r.entity === 'DEVICE_SERIAL' && isProductSerial(text, kwStart, start + v[0].length)) return;
  // A VAT number after a company's legal form on the same line is the company's registration ("Kestrel GmbH, ..., VAT
  // DE123456789", "Acme Widgets Ltd, VAT GB123456789"), not a person's tax number.
  if (r.entity === 'TAX_ID' && isVatNumber(text, start, v[0]) && LEGAL_FORM_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return;
  // A bare cue that is an everyday word of another language ("vat" nl: "Vat NCT01035255 samen", "ein" de: "ein
  // ABC-12345") names a tax number only with its shape: a VAT number, or the EIN's nine digits.
  if (r.rule === 'tax-id.context' && !cueShaped(text.slice(kwStart, kwEnd).toLowerCase().replace(/[^\p{L}]+$/u, ''), text, start, v[0])) return;
  // Under its own-language name the number is reported only as a person's: VAT-shaped, and claimed in the first person
  // ("meine USt-IdNr. ist", "mon numéro de TVA", "la mia partita IVA") or right after a person's name ("Jonas Weber,
  // USt-IdNr."); a bare "IVA" or "btw" line is mostly a company's footer or a rate.
  if (r.rule === 'vat.context' && !(isVatNumber(text, start, v[0]) && isOwnVat(text, kwStart))) return;
  // "permis", "patente" alone name other permits and patents too: a licence only in the licence number's shape.
  const shape = r.entity === 'DRIVER_LICENSE' ? SHAPED_LICENCE_WORDS.get(text.slice(kwStart, kwEnd).toLowerCase()) : undefined;
  if (shape !== undefined && !shape.test(v[0])) return;
  out.push({ entity: r.entity, dataClass: r.dataClass, start, end: start + v[0].length, score: 0.85, rule: r.rule });
}

// A licence number asked about or given before its word, in the same sentence: "is SMITH711234JP9ZW the right layout for
// a UK licence number?", "Ist B072RRE2I55 ein plausibles Format für eine Führerscheinnummer?", "5102938476 als
// rijbewijsnummer": a format, validity or "as" word between (no digit, no sentence mark), the value with four digits or more.
const LICENCE_BEFORE_REACH = 80;
const VALUE_THEN_WORDS = /(?<![A-Za-z0-9])([A-Za-z0-9]{6,18})(?![A-Za-z0-9])([^.!?\n\d]{1,60})$/u;
const FORMAT_WORD = /(?<![\p{L}])(?:(?:format|formaat|formato|layout|valid|válid|geldig|gültig|gueltig|plausib|correct|korrekt|right|genuine|echt|juist|giust)\p{L}*|as|als|comme|como|come)(?![\p{L}])/iu;
// A software licence's key or server ("license key", "licence file") is no driving licence.
const SOFTWARE_AFTER = /^[\s-]{0,2}(?:key|keys|code|server|file|string|token)(?![\p{L}])/iu;
function licenceBefore(text: string, r: ContextRule, kwStart: number, kwEnd: number, out: Hit[]): void {
  const cue = text.slice(kwStart, kwStart + 12).toLowerCase();
  if (cue.startsWith('permit') || cue.startsWith('dl') || SOFTWARE_AFTER.test(text.slice(kwEnd, kwEnd + 12))) return;
  const m = VALUE_THEN_WORDS.exec(text.slice(Math.max(0, kwStart - LICENCE_BEFORE_REACH), kwStart));
  const value = m?.[1];
  if (m === null || value === undefined || countDigits(value) < r.minDigits || ZEROS.test(value) || !FORMAT_WORD.test(m[2] ?? '')) return;
  const shaped = SHAPED_LICENCE_WORDS.get(/^\p{L}+/u.exec(cue)?.[0] ?? '');
  if (shaped !== undefined && !shaped.test(value)) return;
  const start = kwStart - m[0].length;
  out.push({ entity: r.entity, dataClass: r.dataClass, start, end: start + value.length, score: 0.85, rule: r.rule });
}

// A licence's shape may follow a shaped licence word ("permis", "patenti") a little later, after its holder's name: "queste
// patenti va bene? Renato Guerra U1U54AY40P, Laura Sala U1SE6O6EFP". Tokens of capitals and digits in a bounded window.
const SHAPED_REACH = 120;
const CAPS_TOKEN = /(?<![A-Za-z0-9])[A-Z0-9]{9,12}(?![A-Za-z0-9])/g;
function shapedLicencesAfter(text: string, r: ContextRule, kwEnd: number, shaped: RegExp, out: Hit[]): void {
  const window = text.slice(kwEnd, kwEnd + SHAPED_REACH);
  for (const m of window.matchAll(CAPS_TOKEN)) {
    if (!shaped.test(m[0])) continue;
    out.push({ entity: r.entity, dataClass: r.dataClass, start: kwEnd + m.index, end: kwEnd + m.index + m[0].length, score: 0.85, rule: r.rule });
  }
}

const EIN_SHAPE = /^\d{2}-?\d{7}$/;
/** Whether the value after a bare "vat" or "ein" has that tax number's shape (other cues need none). */
function cueShaped(cue: string, text: string, start: number, value: string): boolean {
  if (cue === 'ein') return EIN_SHAPE.test(value);
  return cue !== 'vat' || !/[A-Za-z]/.test(value) || isVatNumber(text, start, value);
}

// A VAT number's shape, its spaces, dots and hyphens taken out: an EU one (country prefix, Council Directive 2006/112/EC
// art. 215), a UK one (GB and 9 or 12 digits, GBGD/GBHA and 3 for government departments and health authorities) or a
// Swiss UID (CHE and 9 digits, maybe MWST/TVA/IVA after it).
const VAT_SHAPE =
  /^(?:(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{8,12}|GB(?:[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3})|CHE[0-9]{9}(?:MWST|TVA|IVA)?)$/;
// A country prefix written apart right before the value ("VAT ES B-12345674").
const PREFIX_BEFORE = /(?<![A-Za-z])([A-Z]{2,3})\s?$/;

/** Whether the value at `start` is a VAT number (see VAT_SHAPE), with a country prefix right before it or not. */
function isVatNumber(text: string, start: number, value: string): boolean {
  const compact = value.replace(/[\s.-]/g, '');
  if (VAT_SHAPE.test(compact)) return true;
  const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1];
  return prefix !== undefined && VAT_SHAPE.test(prefix + compact);
}

// A first-person possessive or subject shortly before the VAT word, in the six languages: "my", "meine", "mon/ma",
// "mi", "mijn", "la mia/il mio" ("I am self-employed, my ..." / "ich bin ..., meine ..."). Not "our": "unsere USt-IdNr."
// is a business speaking.
const FIRST_PERSON_BEFORE = /(?<![\p{L}\d])(?:my|mine|mein(?:e[rn]?)?|ma|mon|mes|mi|mis|mijn|mia|mio)(?![\p{L}\d])[^\n.!?;]{0,40}$/iu;
// A person's name right before the VAT word: a listed first name, a capitalised surname, then a comma or colon.
// Surname particles may come between ("Pieter de Vries", "Anna von Berg", "Luca Di Stefano").
const NAME_BEFORE = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)\s+(?:(?:de|van|der|den|von|di|da|del|della|le|la|du|dos)\s+){0,2}\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?\s*[,:(–-]?\s*$/u;

/** Whether the VAT word at `kwStart` follows a first-person claim or a person's name (see FIRST_PERSON_BEFORE, NAME_BEFORE). */
function isOwnVat(text: string, kwStart: number): boolean {
  const before = text.slice(Math.max(0, kwStart - 60), kwStart);
  if (FIRST_PERSON_BEFORE.test(before)) return true;
  const first = NAME_BEFORE.exec(before)?.[1];
  return first !== undefined && LISTED_FIRST_NAMES.has(first.toLowerCase());
}

const escapeForm = (f: string): string => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A legal form closing a company name (data/company-cues.ts), with no line break between it and the VAT number.
const LEGAL_FORM_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...LEGAL_FORMS].sort((a, b) => b.length - a.length).map(escapeForm).join('|')})(?![\\p{L}\\p{N}])[^\\n]*$`,
  'u',
);

/** Identifiers whose shape is generic: reported only right after a context word. */
export function scanContextIds(text: string, out: Hit[]): void {
  const starts = CONTEXT_KEYWORDS.starts(text);
  if (starts === null) return scanContextIdsReference(text, out);
  // Each rule's keyword tried sticky at its candidate starts, non-overlapping per rule as its global scan would be;
  // hits are appended rule by rule, in the order the global scans produce them.
  for (let k = 0; k < RULES.length; k++) {
    const r = RULES[k] as ContextRule;
    const bit = 1 << k;
    let from = 0;
    for (let i = 0; i < starts.at.length; i++) {
      const p = starts.at[i] ?? 0;
      if (((starts.masks[i] ?? 0) & bit) === 0 || p < from) continue;
      r.sticky.lastIndex = p;
      const m = r.sticky.exec(text);
      if (m === null) continue;
      from = p + m[0].length;
      valueAfter(text, r, p, from, out);
    }
  }
  scanZipsAndAges(text, out);
}

/** The same scan with each keyword pattern run over the whole text: the slow path, and the reference in tests. */
export function scanContextIdsReference(text: string, out: Hit[]): void {
  for (const r of RULES) {
    r.keyword.lastIndex = 0;
    for (let m = execAfter(r.keyword, text, KW_BEFORE); m !== null; m = execAfter(r.keyword, text, KW_BEFORE)) valueAfter(text, r, m.index, m.index + m[0].length, out);
  }
  scanZipsAndAges(text, out);
}

function scanZipsAndAges(text: string, out: Hit[]): void {
  scanKeyValuePairs(text, out);
  for (const m of stateZipMatches(text)) {
    const zip = m[1] ?? '';
    const start = m.index + m[0].length - zip.length;
    out.push({ entity: 'ZIP_CODE', dataClass: 'pii', start, end: start + zip.length, score: 0.7, rule: 'zip.state-code' });
  }
  for (const m of ageMatches(text)) {
    out.push({ entity: 'AGE_OVER_89', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.7, rule: 'age.over-89' });
  }
}
