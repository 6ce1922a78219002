import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { near, type Hit } from './hit.js';
import { cueAlternation } from './languages.js';
import { BARCODE_CONTEXT } from './numbers.js';
import { PHONE_FORMATS, type PhoneFormat } from './data/phone-formats.js';
import { isLetterUnit } from './name-chars.js';
import { digitRuns } from './runs.js';
import { codeAt } from './word-index.js';

// Cheap candidate shape first; libphonenumber only sees the few that carry a country prefix. A German area code may end
// in a slash (0171/1234567, 030/12345678).
const PHONE = /(?<![A-Za-z0-9_+.\-/])(?:\+[ ]?\d{1,3}[ .-]?|\b00\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?|0\d{2,4}\/[ ]?)?\d{1,12}(?:(?:[ .-]|[ ]?-[ ]?)\(?\d{1,8}\)?){0,6}(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?(?![A-Za-z0-9_]|-\d|\.\d|\/\d)/g;
const CONTEXT = new RegExp(`(?<![\\p{L}])(?:phone|tel|telephone|call(?:ed|ing)?|calls|mobile|cell|cellphone|fax|desk|office|reach|contact|dial|text me|sms|whatsapp|messages? to|answering|registered|landline|ph|mob|${cueAlternation('phone')})(?![\\p{L}])`, 'iu');
const NANP = /^(?:\+?1[ .-]?|001[ .-])?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?$/;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
// A date and the hour of a time stamp ("1012-04-01 00:00:00", "03.11.2026 14:05"): the candidate stops at the time's
// ':', so its last group is the hour; scorePhone checks that a ':' and minutes follow.
const DATE_HOUR = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})[ T]\d{1,2}$/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const EXTENSION = /[ ]?(?:x|ext\.?|#)[ ]?\d{1,6}$/;
const IPV4_LIKE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

const PHONE_STICKY = new RegExp(PHONE.source, 'y');

/**
 * Calls `visit` with PHONE's matches: sticky where one can start. A match starts with a digit that begins a digit run
 * (its lookbehind rules out a digit before), or with '+' or '(' right before one, or '+ ' two before.
 */
function eachPhoneMatch(text: string, visit: (m: RegExpExecArray) => void): void {
  const runs = digitRuns(text);
  let from = 0;
  let tried = -1;
  for (let i = 0; i < runs.count; i++) {
    const s = runs.start[i] ?? 0;
    if (s < from) continue;
    const c1 = codeAt(text, s - 1);
    const p = c1 === 43 || c1 === 40 ? s - 1 : c1 === 32 && text.charCodeAt(s - 2) === 43 ? s - 2 : s;
    // A run under seven digits with nothing before it and nothing after it that PHONE could continue with matches
    // (if at all) within itself: too short to be a phone, and the search would resume at or before the next candidate.
    // PHONE goes on past a group only to another digit within six characters (" - (1", " ext. 1"): a run with no
    // digit that close after it ends its match too.
    const e = runs.end[i] ?? 0;
    const nextDigit = i + 1 < runs.count ? (runs.start[i + 1] ?? 0) : Infinity;
    if (p === s && e - s < 7 && (!continues(codeAt(text, e)) || nextDigit - e > 6)) continue;
    // The candidate before the run, then the run's own start. At the run's start, PHONE's lookbehind is read here:
    // a try it rules out would find nothing (and move nothing on).
    for (let q = p; q <= s; q = q === s ? s + 1 : s) {
      if (q < from || q <= tried || (q === s && blocks(codeAt(text, s - 1)))) continue;
      tried = q;
      PHONE_STICKY.lastIndex = q;
      const m = PHONE_STICKY.exec(text);
      if (m === null) continue;
      from = q + m[0].length;
      visit(m);
    }
  }
}

// PHONE's lookbehind class [A-Za-z0-9_+.\-/] by char code (NaN, before the text, is none of them).
const blocks = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 43 || c === 46 || c === 45 || c === 47;

// What PHONE can take right after a group of digits: a separator, a bracket, an extension (x, ext, #), a German area code's slash.
const continues = (c: number): boolean => c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 35 || c === 120 || c === 101;

/** PHONE's matches of seven or more characters (the ones scored): from the digit runs, or (reference) a global scan. */
export function phoneMatches(text: string, reference = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (reference) {
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) if (m[0].length >= 7) found.push(m);
  } else eachPhoneMatch(text, (m) => m[0].length >= 7 && found.push(m));
  return found;
}

/** Phone numbers: international numbers validated by libphonenumber, NANP by shape, other shapes only with a context word. */
export function scanPhones(text: string, out: Hit[]): void {
  eachPhoneMatch(text, (m) => {
    const raw = m[0];
    if (raw.length < 7) return;
    const hit = scorePhone(text, m.index, raw, cachedParse);
    if (hit !== undefined) out.push(hit);
  });
}

/** The reference for scanPhones: PHONE's global scan, every international candidate parsed afresh. */
export function scanPhonesReference(text: string, out: Hit[]): void {
  for (const m of phoneMatches(text, true)) {
    const hit = scorePhone(text, m.index, m[0], parseInternational);
    if (hit !== undefined) out.push(hit);
  }
}

// libphonenumber's verdict on an international number: 2 valid, 1 possible, 0 neither.
type Verdict = 0 | 1 | 2;

function parseInternational(main: string): Verdict {
  const parsed = parsePhoneNumberFromString(main.startsWith('00') ? `+${main.slice(2)}` : main);
  return parsed?.isValid() === true ? 2 : parsed?.isPossible() === true ? 1 : 0;
}

// The same number recurs (signatures, threads, a prompt resent with its history) and parsing is the costliest step;
// the verdict depends on the string alone. Bounded: cleared when full, so memory stays flat and each call is O(1).
const VERDICTS = new Map<string, Verdict>();
function cachedParse(main: string): Verdict {
  let v = VERDICTS.get(main);
  if (v === undefined) {
    if (VERDICTS.size >= 4096) VERDICTS.clear();
    v = parseInternational(main);
    VERDICTS.set(main, v);
  }
  return v;
}

const phoneHit = (start: number, end: number, score: number, rule: string): Hit => ({ entity: 'PHONE_NUMBER', dataClass: 'pii', start, end, score, rule });

function scorePhone(text: string, start: number, whole: string, parse: (main: string) => Verdict): Hit | undefined {
  // "(Ana Ruiz, 347 555 0192)": a closing bracket with no opening one in the match closes the sentence's parenthesis.
  const raw = whole.endsWith(')') && !whole.includes('(') ? whole.slice(0, -1) : whole;
  const end = start + raw.length;
  // An extension holds an 'x' or '#': most numbers have neither and skip the replace.
  const main = raw.includes('x') || raw.includes('#') ? raw.replace(EXTENSION, '') : raw;
  let digits = 0;
  let groups = 1;
  for (let i = 0; i < main.length; i++) {
    const c = main.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (i > 0 && (main.charCodeAt(i - 1) >= 48 && main.charCodeAt(i - 1) <= 57)) groups++;
  }
  if (digits < 7 || digits > 15 || DATE_LIKE.test(main) || IPV4_LIKE.test(main)) return undefined;
  if (text.charCodeAt(end) === 58 && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(end + 2)) && DATE_HOUR.test(main)) return undefined;
  // A lone dot-separated pair is a decimal number, not a phone.
  if (main.includes('.') && groups < 3) return undefined;
  // A book's number: an ISBN-13 however hyphenated ("978-0-14-118535-0"), or any number right after the word ISBN.
  if ((digits === 13 && isIsbn13(main)) || ISBN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  // A trade item's barcode (GTIN-8/12/13/14, GS1 check digit) with a barcode word before it, in its line or its
  // table's header ("sku,ean,name" ... "00614141000036"): a product, not a phone.
  if (isBarcodeNumber(text, start, main, digits)) return undefined;
  const international = main.startsWith('+') || main.startsWith('00');
  if (international) {
    const verdict = parse(main);
    if (verdict === 2) return phoneHit(start, end, 0.95, 'phone.e164-valid');
    if (verdict === 1) return phoneHit(start, end, 0.8, 'phone.e164-possible');
  }
  if (NANP.test(raw)) return phoneHit(start, end, 0.8, 'phone.nanp-shape');
  // The context word only counts for grouped or long numbers: looked for only then.
  if (groups >= 2 || digits >= 8) {
    const ctx = CONTEXT.test(wholeWords(text, start - 40, end + 16));
    if (ctx && groups >= 2) return phoneHit(start, end, 0.75, 'phone.grouped-context');
    if (ctx && digits >= 8) return phoneHit(start, end, 0.6, 'phone.digits-context');
  }
  const national = nationalFormat(main);
  if (national !== undefined && !nextToCurrency(text, start, end) && !near(text, start, end, NOT_PHONE, 30, 0)) return phoneHit(start, end, 0.7, `phone.national-${national.country.toLowerCase()}-${national.kind}`);
  return phoneHit(start, end, 0.3, 'phone.shape-only');
}

/**
 * text[lo, hi) (clipped to the text) without the words its edges cut: a cut word's part would be a whole word to
 * CONTEXT's letter bounds ("Ph" of "doi 10.1103/PhysRevLett" after a page range read as the cue "ph").
 */
function wholeWords(text: string, lo: number, hi: number): string {
  let a = Math.max(0, lo);
  let b = Math.min(text.length, hi);
  if (a > 0) while (a < b && isLetterUnit(text.charCodeAt(a)) && isLetterUnit(text.charCodeAt(a - 1))) a++;
  while (b > a && isLetterUnit(text.charCodeAt(b - 1)) && isLetterUnit(text.charCodeAt(b))) b--;
  return text.slice(a, b);
}

// How far before a barcode its word may stand: a table's header a few rows up.
const BARCODE_REACH = 300;

function isBarcodeNumber(text: string, start: number, main: string, digits: number): boolean {
  if ((digits !== 8 && digits !== 12 && digits !== 13 && digits !== 14) || digits !== main.length || !isGs1(main)) return false;
  return BARCODE_CONTEXT.test(text.slice(Math.max(0, start - BARCODE_REACH), start));
}

/** The GS1 mod-10 check (weights 3, 1 from the digit before the check digit leftwards), on a string of digits. */
function isGs1(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (digits.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}

const ISBN_BEFORE = /isbn(?:[ -]?1[03])?[ ]?:?[ ]?$/i;

/** True for the 13 digits of an ISBN-13 (ISO 2108): the 978/979 book prefix and its mod-10 check (weights 1, 3). */
function isIsbn13(number: string): boolean {
  const d: number[] = [];
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c >= 48 && c <= 57) d.push(c - 48);
  }
  if (d.length !== 13 || d[0] !== 9 || d[1] !== 7 || (d[2] !== 8 && d[2] !== 9)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (d[i] ?? 0) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** The national format (exact prefix, length and grouping, `data/phone-formats.ts`) a number is written in. */
export function nationalFormat(number: string): PhoneFormat | undefined {
  const c = number.charCodeAt(0);
  // Every national format starts with 0 or (IT, ES) 3, 6, 7, 8, 9, or (NL) a bracketed prefix "(06)".
  if (c !== 48 && c !== 51 && (c < 54 || c > 57) && c !== 40) return undefined;
  return PHONE_FORMATS.find((f) => f.pattern.test(number));
}

// A number right after an order/invoice/ticket word is that document's number, not a phone.
const NOT_PHONE = /(?<![\p{L}])(?:orders?|invoices?|ref(?:erence)?|ticket|tracking|commande|facture|bestellung|rechnung|auftrag|pedido|factura|orden|expediente|bestelling|factuur|ordine|fattura|pratica|n[°º]|nr)\.?(?![\p{L}])/iu;

const CURRENCY_AFTER = /^[ ]?(?:€|\$|£|eur\b|euros?\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|eur|usd|gbp|chf)[ ]?$/i;

// "612 345 678 €" is an amount written with space-grouped thousands.
function nextToCurrency(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 9)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}
