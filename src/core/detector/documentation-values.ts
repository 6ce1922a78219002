import { CHECK_DIGIT_WORDS, WORKED_EXAMPLES } from './data/check-digit-words.js';
import {
  DOCUMENTATION_JWT_CLAIMS,
  DOCUMENTATION_SECRETS,
  PUBLIC_JWT_CLAIMS,
} from './data/documentation-secrets.js';
import { PLACEHOLDER_STREETS } from './data/specimens.js';
import { placeholderAddress } from './placeholders.js';
import { REGISTER_LABELS } from './data/struct-cues.js';
import { referenceColumn } from './reference-columns.js';
import type { Hit } from './hit.js';
import { referenceKeyBefore } from './json-keys.js';
import { notationExample } from './notation-examples.js';
import { isNhs, isNhsTestNumber } from './national-ids.js';
import { isSpaceCode } from './word-gate.js';

/*
 * Values that documentation, tests and logs print and that belong to no one:
 * - placeholder e-mail addresses on domains reserved for examples (RFC 2606: jane.doe@example.com, werken@bedrijf.example;
 *   placeholders.ts says which, and drops the AWS documentation keys) and message ids in mail headers and logs
 *   ("message-id=<20251201.4F2A@mx1>"), which have an e-mail's shape;
 * - a street address whose number runs on into a decimal ("via SAML 2.0", "via SCIM 2.0": a version, not a house);
 * - a placeholder address ("Musterstraße 1, 12345 Musterstadt", "Calle Falsa 123"), data/specimens.ts, and a postcode
 *   on the line of a placeholder street or town ("postcode:'1234 AB', plaats:'Voorbeeldstad'");
 * - digits right after a company or tax register label ("Company No. 08841236", "KvK 12345678") read as a phone;
 * - credentials that standards and vendor docs print as examples (data/documentation-secrets.ts): the RFC 7617 Basic
 *   credentials, Stripe's sample test key, the Azurite key, and any JWT whose claims are a documented example's (the
 *   jwt.io debugger's "John Doe" token, however it is signed), and a JWT public by design (a Supabase anon key);
 * - a number right after an example word in a text about check digits ("walk me through the mod 11 check with the
 *   sample 401 023 2137", "am Beispiel 86095742719"): the worked example of an algorithm (data/check-digit-words.ts);
 * - the value of a key naming an order, invoice, tracking, ticket or customer reference (json-keys.ts isReferenceKey);
 * - a phone number set against itself in another notation in a question about how to write numbers ("do we write 020
 *   7946 0000 or 020-7946-0000?", "030 12345678 oder 030/12345678 nach DIN 5008?"): notation-examples.ts.
 */

// A documented "<id>:<secret>" token (Telegram's "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11") is found by some
// scanners from its secret half only: that half is the same documented value.
const DOC_SECRETS = new Set(
  DOCUMENTATION_SECRETS.flatMap((s) => {
    const half = s.value.slice(s.value.indexOf(':') + 1);
    return s.value.includes(':') && half.length >= 20 ? [s.value, half] : [s.value];
  }),
);
const JWT_PAYLOAD = /^[A-Za-z0-9_-]{8,}\.([A-Za-z0-9_-]{8,})\./;

/** The claims of a JWT's payload, or undefined when `value` is none (or its payload is no JSON object). */
function jwtClaims(value: string): Record<string, unknown> | undefined {
  const payload = JWT_PAYLOAD.exec(value)?.[1];
  if (payload === undefined || payload.length > 4096) return undefined;
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** True for a credential printed in documentation: a listed example, or a JWT carrying an example's claims. */
export function documentationSecret(value: string): boolean {
  if (DOC_SECRETS.has(value)) return true;
  // An assignment's finding holds its name ("api_key = 'sk_test_...'"): the value is what follows the last separator.
  const cut = Math.max(value.lastIndexOf('='), value.lastIndexOf(' '), value.lastIndexOf("'"), value.lastIndexOf('"'));
  if (cut !== -1 && DOC_SECRETS.has(value.slice(cut + 1))) return true;
  if (!value.startsWith('eyJ')) return false;
  const claims = jwtClaims(value);
  // Or a JWT public by design (a Supabase anon key, NEXT_PUBLIC_SUPABASE_ANON_KEY): it is in every page the site serves.
  const has = (d: { claims: Readonly<Record<string, string | number>> }): boolean => Object.entries(d.claims).every(([k, v]) => claims?.[k] === v);
  return claims !== undefined && (DOCUMENTATION_JWT_CLAIMS.some(has) || PUBLIC_JWT_CLAIMS.some(has));
}

// A mail header or log field that holds a message id, right before the hit ("Message-ID: <", "message-id=<").
const MESSAGE_ID_BEFORE = /(?:message-id|in-reply-to|references|msgid|msg-id)\s*[:=]\s*<?$/i;
/** True when a message-id header or log field ends right before `at`. */
function messageId(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const lower = before.toLowerCase();
  return (lower.includes('id') || lower.includes('references')) && MESSAGE_ID_BEFORE.test(before);
}
const DECIMAL_AFTER = /^[.,]\d/;
const PLACEHOLDER = new RegExp(PLACEHOLDER_STREETS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
const SEPARATOR = new Set(' \t\n.:#°º-'.split(''));
const trimEnd = (s: string): string => {
  let e = s.length;
  while (e > 0 && SEPARATOR.has(s.charAt(e - 1))) e--;
  return s.slice(0, e);
};
const REGISTER = new Set(Object.values(REGISTER_LABELS).flatMap((l) => l.map((w) => trimEnd(w))));
const NUMBER_WORD = new Set(['no', 'nr', 'n', 'number', 'nummer', 'número', 'numero']);
const MAX_LABEL_WORDS = Math.max(...[...REGISTER].map((w) => w.split(' ').length));

/** True when one of `words` (in order) ends in a register label: its last 1..MAX_LABEL_WORDS words are one. */
function endsInLabel(words: readonly string[]): boolean {
  let key = '';
  for (let k = 1; k <= MAX_LABEL_WORDS && k <= words.length; k++) {
    key = k === 1 ? (words[words.length - 1] ?? '') : `${words[words.length - k] ?? ''} ${key}`;
    if (REGISTER.has(key)) return true;
  }
  return false;
}

// Speed: the last words of the labels. The window's last word must be one (or a number word) before it is split.
const LABEL_LAST = new Set([...REGISTER].map((w) => w.slice(w.lastIndexOf(' ') + 1)));

/** True when the text right before `at` is a register label, maybe with "No." after it ("Company No. ", "KvK-nummer: "). */
function registerBefore(text: string, at: number): boolean {
  const lo = Math.max(0, at - 48);
  // The window's last word first, read in the text (lower-casing changes no separator or whitespace): most phones have none of these before them.
  let e = at;
  while (e > lo && SEPARATOR.has(text.charAt(e - 1))) e--;
  let b = e;
  while (b > lo && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  const tail = text.slice(b, e).toLowerCase();
  if (!LABEL_LAST.has(tail) && !NUMBER_WORD.has(tail)) return false;
  const window = trimEnd(text.slice(lo, at).toLowerCase());
  const words = window.split(/\s+/);
  if (endsInLabel(words)) return true;
  const last = words[words.length - 1] ?? '';
  if (!NUMBER_WORD.has(last)) return false;
  const rest = words.slice(0, -1);
  rest[rest.length - 1] = trimEnd(rest[rest.length - 1] ?? '');
  return endsInLabel(rest);
}

// How far a placeholder street or town may sit from a postcode on its line.
const ZIP_REACH = 80;
/** text[from, to) clipped to the text and cut at line breaks around the middle. */
function sameLine(text: string, from: number, to: number): string {
  const s = text.slice(Math.max(0, from), Math.min(text.length, to));
  const mid = Math.min(from < 0 ? from + ZIP_REACH : ZIP_REACH, s.length);
  const a = s.lastIndexOf('\n', mid);
  const b = s.indexOf('\n', mid);
  return s.slice(a + 1, b === -1 ? s.length : b);
}

const CHECK_WORDS = Object.values(CHECK_DIGIT_WORDS);
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (ws: readonly string[]): string =>
  [...new Set(ws)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
// A documentation source named by its publisher, one word joined to the docs word ("BZSt-Doku", "HMRC-docs"): a
// linking word like the others.
const SOURCE_DOCS = `\\p{L}{2,12}-(?:${alternation(CHECK_WORDS.flatMap((l) => l.docs))})`;
// The example word, then linking words ("the sample number", "am Beispiel aus der BZSt-Doku", "un esempio con"), then the value.
const EXAMPLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(CHECK_WORDS.flatMap((l) => l.example))})(?:[\\s:'’-]+(?:${SOURCE_DOCS}|${alternation(CHECK_WORDS.flatMap((l) => l.between))}))*[\\s:'’(-]*$`,
  'u',
);
// After the value, in its sentence or the next: an example word, then a documentation source ("it's the one in the
// Wikipedia example", "c'est l'exemple de la doc", "es el valor de ejemplo de la documentación"). Bounded windows.
const EXAMPLE_WORD = `(?<!\\p{L})(?:sample|example|beispiel|exemple|ejemplo|voorbeeld|esempio)`;
const DOCS_WORD = `(?<!\\p{L})(?:${alternation(CHECK_WORDS.flatMap((l) => l.docs))})(?!\\p{L})`;
// Said of the value ("it's", "c'est", "es", "ist", "het is", "è"): "the docs example didn't help" is not.
const COPULA = `(?<!\\p{L})(?:is|it's|it’s|that's|that’s|c'est|c’est|est|es|ist|è)(?!\\p{L})[^\\n?!]{0,20}?`;
const DOCUMENTED_AFTER = new RegExp(`${COPULA}(?:${EXAMPLE_WORD}\\p{L}{0,6}[^\\n?!]{0,40}${DOCS_WORD}|${DOCS_WORD}[^\\n?!]{0,12}${EXAMPLE_WORD})`, 'iu');
const AFTER_REACH = 120;
const CHECK_TERM = new RegExp(alternation(CHECK_WORDS.flatMap((l) => l.check)), 'u');
// How far before a value its example word may stand, and how far a text about check digits is read.
const EXAMPLE_REACH = 48;
const CHECK_REACH = 2000;
/** Entities that are numbers a check-digit algorithm is shown on (not a card: a test card is a specimen's business). */
const workedValue = (h: Hit): boolean =>
  h.entity !== 'CREDIT_CARD' &&
  h.entity !== 'PERSON' &&
  h.entity !== 'EMAIL_ADDRESS' &&
  h.entity !== 'STREET_ADDRESS' &&
  h.entity !== 'IP_ADDRESS';

const digitsOf = (s: string): string => s.replace(/\D/g, '');
const WORKED = new Set(WORKED_EXAMPLES.map((w) => digitsOf(w.value)));

/** True when the hit is a published worked example, or an example word introduces it, in a text about check digits. */
function workedExample(text: string, h: Hit, checkText: () => boolean): boolean {
  if (!workedValue(h) || h.end - h.start > 40) return false;
  // Speed: the text's check-digit term first (asked once per text): most texts have none, and then no value is a worked example.
  if (!checkText()) return false;
  return (
    WORKED.has(digitsOf(text.slice(h.start, h.end))) ||
    EXAMPLE_BEFORE.test(text.slice(Math.max(0, h.start - EXAMPLE_REACH), h.start).toLowerCase()) ||
    DOCUMENTED_AFTER.test(text.slice(h.end, h.end + AFTER_REACH))
  );
}

// Words of test data, training material and documentation (CheckDigitWords.test), whole words or stems ("test*").
const TEST_WORDS = CHECK_WORDS.flatMap((l) => l.test);
const TEST_EXACT = new Set(TEST_WORDS.filter((w) => !w.endsWith('*')));
const TEST_STEMS = [...new Set(TEST_WORDS.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)))];
// How far before and after a test value its test word may stand.
const TEST_BEFORE = 160;
const TEST_AFTER = 120;
const LETTERS = /\p{L}+/gu;
/** True when a word of test data, training or documentation stands within the bounded window around text[start, end). */
function testWordNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - TEST_BEFORE), Math.min(text.length, end + TEST_AFTER)).toLowerCase();
  for (const m of window.matchAll(LETTERS)) {
    const w = m[0];
    if (TEST_EXACT.has(w) || TEST_STEMS.some((s) => w.startsWith(s))) return true;
  }
  return false;
}
// The first of January 1900 as forms write it (01/01/1900, 1900-01-01, 1.1.1900): the default and "unknown" birth date of
// record systems (the base date of SQL Server's datetime, Microsoft docs "datetime (Transact-SQL)": default value
// 1900-01-01) and the birth date test patients are given.
const PLACEHOLDER_BIRTH_DIGITS = new Set(['01011900', '19000101', '111900']);

/**
 * Whether the hit is a published test value with a word of test data, training or documentation near it (testWordNear):
 * a worked example of data/check-digit-words.ts ("our integration test uses NHS number 943 476 5919", "le NIR
 * d'exemple 1 85 05 78 006 084 91"), an NHS number of the NHS test range (national-ids.ts isNhsTestNumber: "fictional
 * patient, NHS No 999 999 9999") or the placeholder birth date 01/01/1900 ("Testpatienten mit Geburtsdatum 1900-01-01").
 * The same values in a note with no such word ("visit note: eileen fairbrother, nhs 943 476 5919") stay someone's.
 */
function testContextValue(text: string, h: Hit): 'worked' | boolean {
  if (!workedValue(h) || h.end - h.start > 40) return false;
  const d = digitsOf(text.slice(h.start, h.end));
  const kind = WORKED.has(d)
    ? 'worked'
    : (h.entity === 'UK_NHS_NUMBER' && d.length === 10 && isNhsTestNumber(d) && isNhs(d)) ||
        (h.entity === 'DATE_OF_BIRTH' && PLACEHOLDER_BIRTH_DIGITS.has(d));
  return kind !== false && testWordNear(text, h.start, h.end) ? kind : false;
}

/** Whether the hit is nobody's: 'worked' when it is a worked example (workedExample), true for the other reasons. */
function notPersonal(text: string, h: Hit, checkText: () => boolean): boolean | 'worked' {
  // Hits under the reporting threshold are left alone: they are dropped anyway.
  if (h.score < 0.5) return false;
  if (h.dataClass === 'secret') return documentationSecret(text.slice(h.start, h.end));
  if (workedExample(text, h, checkText)) return 'worked';
  const testValue = testContextValue(text, h);
  if (testValue !== false) return testValue;
  // {"bestellnr": "028-5590012"}, order_id=0612345678: the value of a key naming an order, invoice or ticket reference.
  // A check-digit-verified national id (score 1: "l'ordine: BNFSFN84B23B157V") is no order number whatever its label says.
  if (workedValue(h) && (h.entity === 'PHONE_NUMBER' || h.score < 0.95) && referenceKeyBefore(text, h.start))
    return true;
  // The same under a table's or an INSERT's reference column ("order_id" over a CSV export's rows): no phone.
  if (h.entity === 'PHONE_NUMBER' && referenceColumn(text, h.start, h.end)) return true;
  switch (h.entity) {
    case 'EMAIL_ADDRESS':
      return placeholderAddress(text.slice(h.start, h.end)) || messageId(text, h.start);
    case 'STREET_ADDRESS':
      return DECIMAL_AFTER.test(text.slice(h.end, h.end + 2)) || PLACEHOLDER.test(text.slice(h.start, h.end));
    case 'ZIP_CODE':
      // A postcode beside a placeholder street or town ("postcode:'1234 AB', plaats:'Voorbeeldstad'"): a form's example.
      return PLACEHOLDER.test(sameLine(text, h.start - ZIP_REACH, h.end + ZIP_REACH));
    case 'PHONE_NUMBER':
      return registerBefore(text, h.start) || notationExample(text, h);
    default:
      return false;
  }
}

/** Removes, in place, the hits on documentation domains and secrets, message ids, versions, placeholder streets, register numbers and notation examples. */
export function dropDocumentationValues(text: string, hits: Hit[]): void {
  let kept = 0;
  let check: boolean | undefined;
  const checkText = (): boolean => (check ??= CHECK_TERM.test(text.slice(0, CHECK_REACH).toLowerCase()));
  // The digits, less the check digit, of the worked examples dropped here.
  const worked: string[] = [];
  for (const h of hits) {
    const verdict = notPersonal(text, h, checkText);
    if (verdict === false) hits[kept++] = h;
    else if (verdict === 'worked') worked.push(digitsOf(text.slice(h.start, h.end)).slice(0, -1));
  }
  hits.length = kept;
  if (worked.length > 0) dropInvalidVariants(text, hits, worked);
}

/**
 * A validator's test prints the worked example next to itself with the check digit changed ("valid 943 476 5919,
 * invalid 943 476 5918"): in a text about check digits, a number that is a dropped worked example but for its last
 * digit is that example's invalid variant, no one's number (it may still read as a phone). Removed in place.
 */
function dropInvalidVariants(text: string, hits: Hit[], worked: readonly string[]): void {
  let kept = 0;
  for (const h of hits) {
    const d = workedValue(h) && h.end - h.start <= 40 ? digitsOf(text.slice(h.start, h.end)) : '';
    if (d.length < 8 || !worked.includes(d.slice(0, -1))) hits[kept++] = h;
  }
  hits.length = kept;
}
