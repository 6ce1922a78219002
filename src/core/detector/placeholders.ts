import {
  AWS_EXAMPLE_KEY_ID,
  AWS_EXAMPLE_SECRET,
  DEMO_COMPANY_LABELS,
  DEMO_TENANT_PEOPLE,
  FICTIONAL_RANGES,
  FRENCH_FICTION_BLOCKS,
  FIXTURE_WORDS,
  NANP_FICTIONAL,
  PLACEHOLDER_LABELS,
  PLACEHOLDER_DOMAIN_WORDS,
  PLACEHOLDER_LOCAL_PARTS,
  RESERVED_SLDS,
  RESERVED_TLDS,
  TEST_CODE_MARKERS,
  TEST_LOCAL_WORDS,
} from './data/placeholders.js';
import { alternation, wordAlternation } from './data/struct-cues.js';
import { PERSONAL_TITLES } from './data/personal-titles.js';
import { execAfter, firstFrom, type Hit } from './hit.js';
import { matchesAll, matchesAt } from './keywords.js';
import { type GateStarts, POST_FILTER_WORDS, startsOf } from './word-gate.js';
import { hashOfCodes, latinRuns } from './word-index.js';
import { isAcronymLocal, isRoleMailbox, localKind, localNamesPerson } from './org-contacts.js';
import { isNhs, isNhsTestNumber } from './national-ids.js';
import { isFictionalAddress } from './fictional-addresses.js';
import { ownFiction, requestedStoryFrom } from './person-context.js';
import { sceneStart } from './screenplay.js';
import { placeholderValue } from './secret-values.js';

const LETTER = /^\p{L}$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** True when `marker` stands in `text` not glued to a word before it ("it('" but not "submit('"). */
function hasMarker(text: string, marker: string): boolean {
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (markerAt(text, marker, at)) return true;
  }
  return false;
}
/** True when `marker` stands at `at` not glued to a word before it. */
const markerAt = (text: string, marker: string, at: number): boolean =>
  text.startsWith(marker, at) && (at === 0 || !WORD_CHAR.test(text.charAt(at - 1)) || !WORD_CHAR.test(marker.charAt(0)));

/*
 * Speed: the fixture words and the placeholder people are two big case-insensitive alternations, and TEST_CODE_MARKERS
 * a score of `indexOf` searches; run over the whole text they cost ~190 us on 8 KB of chat. They are looked for at the
 * Latin words of the text instead (word-index.ts's runs, made once per text by the name scans):
 * - the alternations through a WordGate (word-gate.ts): the patterns, sticky, at the words that can begin them;
 * - each marker at the words equal (lower-cased) to the first letter run of it that is followed by a non-letter in the
 *   marker ("expect" of "expect(", "assert" of "\nassert "): such a run of a marker that stands in the text is a whole
 *   Latin run of the text (no letter before or after it), so a hash look-up rules out the other words; a marker whose
 *   letters end it ("@Test": "@Testing" holds it) is searched with `indexOf` as before.
 * The `reference` arguments run the plain searches, for the tests.
 */
const FIXTURE_SOURCE = alternation(FIXTURE_WORDS);
const FIXTURE_REFERENCE = new RegExp(`(?:${FIXTURE_SOURCE})(?![\\p{L}])`, 'giu');
const FIXTURE_STICKY = new RegExp(`(?<![\\p{L}])(?:${FIXTURE_SOURCE})(?![\\p{L}])`, 'iuy');
// The placeholder people of PLACEHOLDER_LOCAL_PARTS written as names ("Max Mustermann", "Fulano de Tal", "John Doe"):
// in a test fixture they mark their record as one, like a placeholder address.
const PLACEHOLDER_NAME_SOURCE = PLACEHOLDER_LOCAL_PARTS.filter((w) => w.includes(' '))
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
const PLACEHOLDER_NAME = new RegExp(`(?<![\\p{L}])(?:${PLACEHOLDER_NAME_SOURCE})(?![\\p{L}])`, 'giu');
const PLACEHOLDER_NAME_STICKY = new RegExp(PLACEHOLDER_NAME.source, 'iuy');
// Their bits in the post-filters' word gate: where a fixture word, a placeholder person's name can start.
const FIXTURE_BIT = POST_FILTER_WORDS.add(FIXTURE_SOURCE);
const PLACEHOLDER_NAME_BIT = POST_FILTER_WORDS.add(PLACEHOLDER_NAME_SOURCE);

interface MarkerAnchor {
  marker: string;
  /** Where the anchor run starts in the marker. */
  offset: number;
}
/** Markers by the low 16 bits of their anchor run's hash. */
const MARKER_ANCHORS = new Map<number, MarkerAnchor[]>();
const MARKER_BITS = new Uint8Array(8192);
/** Markers that end in letters: searched whole. */
const OPEN_MARKERS: string[] = [];
for (const marker of TEST_CODE_MARKERS) {
  const run = /[A-Za-z]+/.exec(marker);
  if (run === null || run.index + run[0].length === marker.length) {
    OPEN_MARKERS.push(marker);
    continue;
  }
  const h = hashOfCodes(run[0].toLowerCase()) & 0xffff;
  MARKER_BITS[h >> 3] = (MARKER_BITS[h >> 3] ?? 0) | (1 << (h & 7));
  MARKER_ANCHORS.set(h, [...(MARKER_ANCHORS.get(h) ?? []), { marker, offset: run.index }]);
}

/** True when the text holds a test-code marker (TEST_CODE_MARKERS) not glued to a word before it. */
export function hasTestMarker(text: string, reference = false): boolean {
  if (reference) return TEST_CODE_MARKERS.some((m) => hasMarker(text, m));
  if (OPEN_MARKERS.some((m) => hasMarker(text, m))) return true;
  const { count, start, lowerHash } = latinRuns(text);
  for (let k = 0; k < count; k++) {
    const h = (lowerHash[k] ?? 0) & 0xffff;
    if (((MARKER_BITS[h >> 3] ?? 0) & (1 << (h & 7))) === 0) continue;
    for (const a of MARKER_ANCHORS.get(h) ?? []) {
      const at = (start[k] ?? 0) - a.offset;
      if (at >= 0 && markerAt(text, a.marker, at)) return true;
    }
  }
  return false;
}

/** The words of the text that can begin a fixture word or a placeholder name (and the other lists'); null: search the whole text. */
const fixtureStarts = (text: string): GateStarts | null => POST_FILTER_WORDS.starts(text);

/** True when the text holds a fixture word (FIXTURE_WORDS) with no letter before or after it. */
export function hasFixtureWord(text: string, reference = false, starts: GateStarts | null = reference ? null : fixtureStarts(text)): boolean {
  if (starts === null) {
    FIXTURE_REFERENCE.lastIndex = 0;
    return execAfter(FIXTURE_REFERENCE, text, LETTER) !== null;
  }
  for (let i = 0; i < starts.at.length; i++) {
    if (((starts.masks[i] ?? 0) & FIXTURE_BIT) === 0) continue;
    FIXTURE_STICKY.lastIndex = starts.at[i] ?? 0;
    if (FIXTURE_STICKY.test(text)) return true;
  }
  return false;
}

/** The placeholder people's names in the text, as PLACEHOLDER_NAME's global scan finds them. */
export function placeholderNames(text: string, reference = false, starts: GateStarts | null = reference ? null : fixtureStarts(text)): RegExpExecArray[] {
  if (starts === null) return matchesAll(text, PLACEHOLDER_NAME);
  return matchesAt(text, PLACEHOLDER_NAME_STICKY, startsOf(starts, PLACEHOLDER_NAME_BIT));
}

/** A test fixture or API documentation: a fixture word or a test-code marker (`reference`: by the plain searches). */
export function isFixtureText(text: string, reference = false, starts: GateStarts | null = reference ? null : fixtureStarts(text)): boolean {
  return hasFixtureWord(text, reference, starts) || hasTestMarker(text, reference);
}
// How far a fixture record reaches around its placeholder value (an object literal, a CSV row, a factory call).
const RECORD = 300;

/** True for the AWS documentation's example credentials (data/placeholders.ts). */
export function isAwsExampleKey(value: string): boolean {
  return AWS_EXAMPLE_KEY_ID.test(value) || AWS_EXAMPLE_SECRET.test(value);
}

// An AWS key finding that ends in the documentation's EXAMPLE / EXAMPLEKEY tail, whatever its length.
const AWS_DOC_TAIL = /EXAMPLE(?:KEY)?$/;

/** An AWS documentation key: an AWS key finding with the EXAMPLE tail, or a secret that is one of the guides' keys. */
function isAwsDocKey(h: Hit, value: string): boolean {
  if ((h.entity === 'AWS_ACCESS_KEY' || h.entity === 'AWS_SECRET_KEY') && AWS_DOC_TAIL.test(value)) return true;
  return (h.entity.startsWith('AWS_') || h.rule.startsWith('secret.config')) && isAwsExampleKey(value);
}

// A documented key whose random part is written as one character repeated ("sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
// "sk_test_XXXXXXXXXXXXXXXXXXXXXX", "pk_live_********"): the vendor's or the writer's placeholder, no key at all.
const MASKED_TAIL = /[_-](?:x{8,}|X{8,}|\*{8,}|\.{8,}|0{16,})$/;
/** True for a key finding whose part after its last '_' or '-' is a filler run (MASKED_TAIL). */
const isMaskedKey = (value: string): boolean => MASKED_TAIL.test(value.trimEnd().replace(/["'`;,]+$/, ''));

// A vendor's prefix and then only words and numbers joined by '-' or '_' ("xoxb-your-token-here", "sk_live_your_key"):
// a generated key's random part is one long run of letters and digits mixed, never such words.
const WORDED_KEY = /^[A-Za-z]{2,8}(?:[-_](?:[A-Za-z]+|\d+)){2,}$/;
/**
 * True for a key finding that is a template's name behind the vendor's prefix: from one of its joints on, the words
 * of a placeholder (secret-values.ts placeholderValue: "your-token-here", "your_key", "example-token-123").
 */
function isTemplateKey(h: Hit, value: string): boolean {
  if (h.entity === 'PASSWORD' || !WORDED_KEY.test(value)) return false;
  // A few joints in a short value (WORDED_KEY): bounded.
  for (let j = 0; j < value.length; j++) {
    const c = value.charCodeAt(j);
    if ((c === 45 || c === 95) && placeholderValue(value.slice(j + 1))) return true;
  }
  return false;
}

/** The labels of an e-mail address's domain, lower case, without a trailing dot. */
function domainLabels(email: string): string[] {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase().replace(/\.+$/, '').split('.');
}

/** RFC 2606 / RFC 6761: the domain cannot receive mail for anyone. */
export function isReservedDomain(email: string): boolean {
  return reservedLabels(domainLabels(email));
}
function reservedLabels(labels: readonly string[]): boolean {
  const n = labels.length;
  return RESERVED_TLDS.has(labels[n - 1] ?? '') || (n >= 2 && RESERVED_SLDS.has(`${labels[n - 2]}.${labels[n - 1]}`));
}

const PLACEHOLDER_LOCAL = new Set(PLACEHOLDER_LOCAL_PARTS);

/** The local part as words without digits: "jane.doe42" -> "jane doe". */
function localWords(email: string): string {
  const at = email.lastIndexOf('@');
  return email
    .slice(0, Math.max(0, at))
    .toLowerCase()
    .split(/[._+-]+/)
    .map((w) => w.replace(/\d+/g, ''))
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * A placeholder address: on a placeholder domain (reserved, or "example" in one of six languages: "ejemplo.com",
 * "esempio.it"), with a placeholder person, test words or a role as its local part ("jane.doe@example.com",
 * "fulano@example.es", "prueba@ejemplo.com", "utente.prova@esempio.it", "werken@bedrijf.example"), or with no letters
 * at all (a queue id); or a placeholder or test local part on a "some domain" name (PLACEHOLDER_DOMAIN_WORDS:
 * "test@test.com", "user@domain.com"). A real-looking local part on such a domain ("anna@example.de") is still
 * reported: tests and users write them for real people too.
 */
export function placeholderAddress(email: string): boolean {
  // Speed: the domain first (its answer is kept); the local part's words are made only when it can decide.
  if (!isPlaceholderDomain(email)) {
    if (!PLACEHOLDER_DOMAIN_WORDS.has(registrableLabel(email))) return false;
    const words = localWords(email);
    return words !== '' && placeholderLocal(words);
  }
  const words = localWords(email);
  return words === '' || isRoleMailbox(email) || placeholderLocal(words);
}
/** The local part's words (localWords) are a placeholder person, test words or a role. */
const placeholderLocal = (words: string): boolean =>
  PLACEHOLDER_LOCAL.has(words) || PLACEHOLDER_LOCAL.has(words.replace(/ /g, '')) || words.split(' ').every((w) => TEST_LOCAL_WORDS.has(w));

/** The label before the top-level domain ("test" of "a@mail.test.com", "azienda" of "x@azienda.it"). */
function registrableLabel(email: string): string {
  // Speed: found by the dots from the end, as domainLabels(email).at(-2) (trailing dots left out), with no array made.
  const from = email.lastIndexOf('@') + 1;
  let e = email.length;
  while (e > from && email.charCodeAt(e - 1) === 46) e--;
  const last = email.lastIndexOf('.', e - 1);
  if (last < from) return '';
  const prev = last === 0 ? -1 : email.lastIndexOf('.', last - 1);
  return email.slice(prev < from ? from : prev + 1, last).toLowerCase();
}

/** A reserved domain, or one with "example" in some language as a label ("beispiel.de", "x.esempio-shop.it"). */
export function isPlaceholderDomain(email: string): boolean {
  const known = PLACEHOLDER_DOMAIN_SEEN.get(email);
  if (known !== undefined) return known;
  const labels = domainLabels(email);
  const answer = reservedLabels(labels) || labels.some((l) => PLACEHOLDER_LABELS.has(l) || PLACEHOLDER_LABELS.has(l.split('-')[0] ?? '')) || demoLabels(labels);
  // Speed: the same addresses are asked about by the hits and by the search for '@' in the text, and again by the next
  // texts of a conversation: the answers (of the string alone) are kept, a bounded number.
  if (PLACEHOLDER_DOMAIN_SEEN.size >= SEEN_MAX) PLACEHOLDER_DOMAIN_SEEN.clear();
  PLACEHOLDER_DOMAIN_SEEN.set(email, answer);
  return answer;
}
// A mailbox written with a mask where its letters or digits would be: a run of five X, or of five zeros maybe closed by an
// X, ending the local part or one of its words ("toic8xxxxx@istruzione.it", "ce.0000000X@ac-exemple.fr"): a school or an
// office's address pattern shown as a form, no one's mailbox. Runs of four stay ("alexxxx" is a name spelled long).
const MASKED_LOCAL = /(?:[xX]{5,}|0{5,}[xX]?)(?=$|[._+-])/;
/** Whether `email`'s local part is written masked (see MASKED_LOCAL). */
export const isMaskedMailbox = (email: string): boolean => MASKED_LOCAL.test(email.slice(0, email.lastIndexOf('@')));

// The tenant label of a Microsoft 365 demo tenant under onmicrosoft.com: the Graph Explorer sample tenant "M365x214355".
const DEMO_TENANT = /^m365x\d+$/;
/** A demo domain: a Microsoft fictitious company's (DEMO_COMPANY_LABELS), or a demo tenant under onmicrosoft.com. */
function demoLabels(labels: readonly string[]): boolean {
  const n = labels.length;
  if (n >= 3 && labels[n - 2] === 'onmicrosoft' && labels[n - 1] === 'com') {
    const tenant = labels[n - 3] ?? '';
    return DEMO_COMPANY_LABELS.has(tenant) || DEMO_TENANT.test(tenant);
  }
  return n >= 2 && DEMO_COMPANY_LABELS.has(labels[n - 2] ?? '');
}

// The demo tenants' sample users' mailboxes: given name and surname initial ("adelev"), given name, "adele.vance", "adelevance".
const DEMO_MAILBOXES = new Set(
  DEMO_TENANT_PEOPLE.flatMap((p) => {
    const [given = '', surname = ''] = p.split(' ');
    return [`${given}${surname.charAt(0)}`, given, `${given}.${surname}`, `${given}${surname}`];
  }),
);
/** A demo tenant's sample user: one of DEMO_MAILBOXES on a demo domain ("AdeleV@contoso.onmicrosoft.com"). */
const demoTenantUser = (email: string): boolean =>
  DEMO_MAILBOXES.has(email.slice(0, email.lastIndexOf('@')).toLowerCase()) && demoLabels(domainLabels(email));

const SEEN_MAX = 4096;
const PLACEHOLDER_DOMAIN_SEEN = new Map<string, boolean>();

/**
 * A made-up organisation's mailbox: the example label has the organisation's name in front of it ("vpmedical.example.com",
 * under the reserved example.com; "sp-medical.example.de", "nancy.exemple.fr"), so the writer invented the
 * organisation's domain, and the local part is a desk's: a desk or dictionary word (localKind), or an acronym
 * (isAcronymLocal: "fsn@" for field safety notices, "fsca@"). A local part that may be a person's stays a finding
 * ("j.meier@klinik.example.de", "jsmith@", "jo@", "aritz.etxeberria@"): writers put a real colleague's name on an
 * invented domain.
 */
function madeUpOrgMailbox(email: string): boolean {
  const labels = domainLabels(email);
  const example = labels.findIndex((l) => PLACEHOLDER_LABELS.has(l) || PLACEHOLDER_LABELS.has(l.split('-')[0] ?? ''));
  if (example < 1) return false;
  const local = email.slice(0, email.lastIndexOf('@'));
  if (localNamesPerson(local)) return false;
  if (isAcronymLocal(local)) return true;
  const kind = localKind(local);
  return kind === 'desk' || kind === 'word';
}

// A local part that could be a person's: initials or a first name ("jo", "anna"), "first.last", "m_rossi", "jdoe1".
// One long word with no separator ("stationsgebied", "planningpolicy", "alertmanager") is a project or system mailbox.
const ONE_LONG_WORD = /^[a-z]{9,}$/i;

/** A fictional-range phone number (data/placeholders.ts), from the digits of a phone hit. */
export function isFictionalPhone(raw: string): boolean {
  // "+44 (0)20 7946 0000": the bracketed trunk zero is not dialled from abroad.
  let d = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
  const international = /^\s*(?:\+|00)/.test(raw);
  if (international) d = d.replace(/^00/, '');
  if (NANP_FICTIONAL.test(international ? d : d.replace(/^1(?=\d{10}$)/, ''))) return true;
  if (international) {
    if (d.startsWith('44') || d.startsWith('33')) d = d.slice(2);
    else return false;
  } else if (d.startsWith('0')) d = d.slice(1);
  else return false;
  if (d.length === 9 && FRENCH_FICTION_BLOCKS.has(d.slice(0, 5)) && (international || FRENCH_WRITING.test(raw.trim()))) return true;
  return FICTIONAL_RANGES.some(([lo, hi]) => d.length === lo.length && d >= lo && d <= hi);
}
// A French number as France writes it: 0X XX XX XX XX (one separator kind), or ten digits together.
const FRENCH_WRITING = /^0[1-9](?:([ .-])\d\d(?:\1\d\d){3}|\d{8})$/;

// The dates fixtures fill a birth-date field with: the first of January of some year ("1990-01-01", "01.01.1980") and
// the Unix epoch. Only a literal in a test fixture: real people are born on 1 January too.
const PLACEHOLDER_DATE = /^(?:\d{4}-01-01|0?1([./-])0?1\1\d{4})$/;

// A value written as a literal of code or data: in quotes, or right after a key's ':' or '='.
const LITERAL_BEFORE = /(?:["'`<]|[:=]\s{0,3}["'`]?)$/;
// A field of a record: right after a CSV separator ("John Doe,1980-01-01,john.doe@example.com"), a list's comma and space
// ("Test values: alice@example.com, bob.smith+tag@example.co.uk") or its label word ("correo fulano@ejemplo.com").
const FIELD_BEFORE = /(?:[,;\t] ?|(?<![\p{L}])(?:e-?mail|mail|correo|courriel|posta|adres|e-mailadres)\s{1,3})$/iu;
const literalAt = (text: string, at: number): boolean =>
  LITERAL_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || FIELD_BEFORE.test(text.slice(Math.max(0, at - 14), at));
const isLiteral = (text: string, h: Hit): boolean => literalAt(text, h.start);

// [A-Za-z0-9] and the other characters of a local part (._%+-) or a domain (.-), by char code.
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const isLocal = (c: number): boolean => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;
/** The e-mail-shaped run around the '@' at `at` (64 characters each way at most), or undefined. */
function emailAround(text: string, at: number): { start: number; end: number } | undefined {
  let s = at;
  while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
  let e = at + 1;
  while (e < text.length && e - at < 64 && isDomain(text.charCodeAt(e))) e++;
  while (e > at + 1 && text.charCodeAt(e - 1) === 46) e--;
  return s < at && text.slice(at + 1, e).includes('.') ? { start: s, end: e } : undefined;
}

/** The stretch of text a fixture record around [s, e) can cover: RECORD characters each way, not past a blank line. */
function recordAround(text: string, s: number, e: number): [number, number] {
  const lo = Math.max(0, s - RECORD);
  const hi = Math.min(text.length, e + RECORD);
  // Searched inside the window only, so a text with no blank line is not read end to end once per anchor.
  const before = text.slice(lo, s).lastIndexOf('\n\n');
  const after = text.slice(e, hi).indexOf('\n\n');
  return [before === -1 ? lo : lo + before, after === -1 ? hi : e + after];
}

/** "jane@example.com" names "Jane Doe"; "jean.dupont@..." names "Jean Dupont": the record's person is the placeholder's. */
function namedByLocal(local: string, name: string): boolean {
  const parts = local.toLowerCase().split(/[._-]+/).filter((p) => p.length >= 2);
  const words = name.toLowerCase().split(/\s+/);
  return parts.length > 0 && parts.every((p) => words.includes(p)) && words.some((w) => parts.includes(w));
}

// The placeholder people's two-word names (PLACEHOLDER_LOCAL_PARTS), lower case, one space.
const PLACEHOLDER_PEOPLE = new Set(PLACEHOLDER_LOCAL_PARTS.filter((w) => /^\p{L}+ \p{L}+(?: \p{L}+)?$/u.test(w)));
// Speed: their first words. A hit is lower-cased and compared whole only when its first word (up to whitespace) is one.
const PLACEHOLDER_FIRST = new Set([...PLACEHOLDER_PEOPLE].map((w) => w.slice(0, w.indexOf(' '))));
const SPACE = /\s/;
/** Whether text[start, end)'s first word, lower-cased, opens a placeholder person's name. */
function placeholderFirst(text: string, start: number, end: number): boolean {
  let e = start;
  for (; e < end; e++) {
    const c = text.charCodeAt(e);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text.charAt(e)))) break;
  }
  return PLACEHOLDER_FIRST.has(text.slice(start, e).toLowerCase());
}
// A word that says the person next is made up, a test account, or the example of a template, guide or form, in the six
// languages, earlier in the same sentence ("the sample cheque is made out to John Doe", "l'exemple de chèque est au nom
// de Jean Dupont", "die Briefvorlage beginnt mit Max Mustermann"); German and Dutch compounds by their head or tail
// ("Musterscheck", "Briefvorlage", "modelformulier"; "Testpatienten", "testpersoon", "testklant": a test record's noun
// run into "test"), and the verb of testing ("Pour tester le formulaire : Jean Dupont",
// "zum Testen", "para probar", "om te testen", "per testare"). "For example" and its kin introduce a real case, not a
// made-up one.
const FICTITIOUS_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?<!(?:for|par|por|zum|ad|per) )(?:fictitious|fictional|fake|dummy|test|sample|example|illustrative|template|placeholder|specimen|fiktive?[nrs]?|beispiel|muster|vorlage|platzhalter|fictif|fictive|exemple|modèle|gabarit|spécimen|ficticio|ficticia|de prueba|de ejemplo|ejemplo|de muestra|plantilla|modelo|fictieve?|voorbeeld|sjabloon|fittizi[oa]|di prova|di esempio|d'esempio|esempio|modello|fac-simile|facsimile)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:testing|tester|testen|probar|testare)(?![\\p{L}])` +
    // Made up by the writer ("a made-up customer, Jan Jansen", "een verzonnen klant", "un cliente inventado", "un client
    // inventé", "ein erfundener Kunde", "un cliente inventato").
    `|(?<![\\p{L}])(?:made-up|made up|invented|imaginary|erfunden(?:e[nrs]?)?|ausgedacht(?:e[nrs]?)?|inventée?s?|imaginaire|inventad[oa]s?|imaginari[oa]s?|verzonnen|denkbeeldige?|inventat[oa]|immaginari[oa])(?![\\p{L}])` +
    // The writer's own tests ("In onze tests gebruiken we Jan Jansen", "Pour mes tests d'import, je mets Jean Dupont"):
    // a possessive before them, so a person's medical tests ("the tests of Mario Rossi") are not read so.
    `|(?<![\\p{L}])(?:our|my|mes|nos|mis|nuestros|nuestras|onze|mijn|unseren|meinen|unsere|meine|miei|nostri)\\s+tests?(?![\\p{L}])` +
    `|(?<![\\p{L}])test(?:pati|pazi|paci|pers|kund|klant|client|user|gebruik|nutzer|utent|usuari|account|kont|fäll|fall|dat|geg)\\p{L}*` +
    // Up to the name, no sentence end: a dot only inside a token ("v2.1") or after a title or abbreviation of one to three
    // letters ("modèle : 'M. Jean Dupont", "modello: 'Gentile sig. Mario Rossi", "plantilla: 'D. Fulano de Tal").
    `|(?<![\\p{L}])(?:muster|beispiel|voorbeeld|model)\\p{L}{3,}|\\p{L}{2,}(?<!bij)(?:vorlage|beispiel|sjabloon|voorbeeld))(?:[^.!?\\n]|(?<=(?<![\\p{L}])\\p{L}{1,3})\\.(?=\\s))*$`,
  'iu',
);

// The same frame after the person and its values, in the same sentence: what the record is for ("Jean Dupont, 1 rue de
// la Paix, 75002 Paris, c'est ok pour les tests ?", "Max Mustermann, Musterstraße 1, für die Demo", "John Doe, 123 Main St
// for testing"). A purpose preposition, an article or none, then a test, demo or staging word, or the test data the
// record goes into; a dot inside an e-mail or a domain does not end the sentence.
const FICTITIOUS_AFTER = new RegExp(
  `^(?:[^.!?\\n]|\\.(?=\\S)){0,200}?(?<![\\p{L}])(?:for|pour|para|per|voor|für|zum|zur|als|come|como|comme)\\s+(?:(?:the|a|our|les|la|le|l['’]|nos|las|los|el|nuestras|nuestros|i|il|gli|lo|le|nostri|de|het|den|die|das|unsere|unser|een|un|une|una|ein|eine)\\s*)?` +
    `(?:tests?|testing|testen|demo|démo|démonstration|demonstration|prueba|pruebas|prova|prove|staging|sandbox|recette|qa|unit tests?|dummy)(?![\\p{L}])` +
    // Or the test data it goes into ("dans nos jeux de test", "in our test data", "in unsere Testdaten", "en nuestros
    // datos de prueba", "in onze testdata", "nei nostri dati di test").
    `|^(?:[^.!?\\n]|\\.(?=\\S)){0,200}?(?<![\\p{L}])(?:in|into|to|dans|en|im|in die|nei|negli|nelle|tra)\\s+(?:(?:our|the|my|nos|mes|les|le|nuestros|nuestras|mis|los|las|unsere|unseren|meine|die|den|onze|mijn|de|i|gli|nostri|nostre|miei)\\s+)?` +
    `(?:test ?data(?:sets?)?|test fixtures|fixtures|seed data|testdaten(?:satz)?|jeux? de (?:tests?|données)|données de test|datos de prueba|juegos? de (?:pruebas?|datos)|testdata(?:set)?|testset|dati di (?:test|prova))(?![\\p{L}])` +
    // Or the sentence calls it, or a value given with it, an example or made up ("'Jean Dupont, 1 rue de la Paix, 75002
    // Paris' et l'IBAN d'exemple ...", "Ist 'Erika Mustermann, ...' die übliche Musterperson?"). Not "test", "sample"
    // or "model" here: a real person's record is followed by the test they took, the sample taken, the car model.
    `|^(?:[^.!?\\n]|\\.(?=\\S)){0,160}?(?:(?<![\\p{L}])(?<!(?:for|par|por|zum|ad|per) )(?:fictitious|fictional|fake|dummy|example|illustrative|template|placeholder|specimen|fiktive?[nrs]?|beispiel|vorlage|platzhalter|fictif|fictive|exemple|d['’]exemple|spécimen|ficticio|ficticia|de ejemplo|ejemplo|plantilla|fictieve?|voorbeeld|sjabloon|fittizi[oa]|di esempio|d['’]esempio|esempio|fac-simile|facsimile)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:muster(?!ung)|beispiel|voorbeeld)\\p{L}{3,})`,
  'iu',
);
/** Whether the sentence after `at` says what its record is for: tests, a demo, staging (FICTITIOUS_AFTER). */
const fictitiousAfter = (text: string, at: number): boolean => FICTITIOUS_AFTER.test(text.slice(at, at + 240));

/**
 * A placeholder person ("Mario Rossi", "Max Mustermann", "Jan Modaal") named as a made-up or test user ("con l'utente
 * fittizio Mario Rossi", "a dummy customer John Doe"), or anywhere in a test fixture, is nobody: the PERSON hit goes.
 * Asked per PERSON hit (a set look-up of its text), so a text without one of these names costs nothing more.
 */
function dropPlaceholderPeople(text: string, hits: Hit[]): void {
  let kept = 0;
  let demo: boolean | undefined;
  for (const h of hits) {
    if (h.entity === 'PERSON' && h.end - h.start <= 24 && !SPACE_IN.test(text.slice(h.start, h.end))) {
      // One word that is itself a test word ("cognome='Prova'", "Name: Test"): the value says it is test data.
      if (TEST_LOCAL_WORDS.has(text.slice(h.start, h.end).toLowerCase())) continue;
      // One word right before a template's variable ("Gentile {{ utente.cognome }}", "Dear {first_name}", "Cher(e) ${nom}"):
      // the salutation or label of a template whose name is filled in later, not a name.
      if (TEMPLATE_VARIABLE_AFTER.test(text.slice(h.end, h.end + 8))) continue;
    }
    if (h.entity === 'PERSON') {
      // A demo tenant's sample user ("Adele Vance", "Megan Bowen") in a text about a demo tenant or company.
      if (h.end - h.start <= 40 && DEMO_PEOPLE.has(text.slice(h.start, h.end).toLowerCase().replace(/\s+/g, ' ')) && (demo ??= DEMO_TEXT.test(text))) continue;
      const start = afterTitle(text, afterTestMark(text, h.start, h.end), h.end);
      if (placeholderFirst(text, start, h.end) && PLACEHOLDER_PEOPLE.has(text.slice(start, h.end).toLowerCase().replace(/\s+/g, ' '))) {
        if (FICTITIOUS_BEFORE.test(text.slice(Math.max(0, h.start - 96), h.start)) || fictitiousAfter(text, h.end) || isFixtureText(text)) continue;
      }
    }
    hits[kept++] = h;
  }
  hits.length = kept;
}

const SPACE_IN = /\s/;
// A template engine's variable right after a word, on its line: "{{ x }}" (Jinja, Handlebars, Liquid), "{x}" (Python,
// ICU), "${x}", "%x%", "<<x>>" (not the "<<" filler of a passport's machine-readable zone), after an optional gender
// ending in brackets ("Cher(e)", "Estimado/a").
const TEMPLATE_VARIABLE_AFTER = /^(?:\([\p{Ll}]{1,2}\)|\/[\p{Ll}]{1,2})?[ \t]*(?:\{\{|\{%|\$\{|<<[A-Za-z_][\w.]{0,30}>>|\{[A-Za-z_][\w.]{0,30}\}|%[A-Za-z_]\w{0,30}%)/u;
const DEMO_PEOPLE = new Set(DEMO_TENANT_PEOPLE);
// A Microsoft fictitious company's name as a word ("contoso dev tenant", "Fabrikam") or a demo tenant's label: the text
// is about a demo tenant, and the sample users named in it are its made-up people.
const DEMO_TEXT = new RegExp(`(?<![\\p{L}])(?:${[...DEMO_COMPANY_LABELS].join('|')}|m365x\\d+)(?![\\p{L}])`, 'iu');

// A test word in capitals and a space at the start of a name: the mark test systems put before a test patient's name
// ("TEST Jean Dupont", "PRUEBA Fulano de Tal"). A word of TEST_LOCAL_WORDS, written in capitals.
const TEST_MARK = /^(\p{Lu}{2,12})\s+/u;
/** Where the name of the PERSON hit at [start, end) begins once a leading TEST_MARK is set aside (start when none). */
// A title before the name inside the hit ("M. Jean Dupont", "sig. Mario Rossi", "de heer Jan Jansen"): the person is the
// name after it.
// A salutation may come first ("Estimado D. Fulano de Tal", "Gentile sig. Mario Rossi"). The titles are
// data/personal-titles.ts's and, here only, the English ones and the one-letter "M." and "D." (names.ts reads those as
// cues of their own), "heer" after Dutch "de" and the dotted "sig.ra".
const TITLE_MARK = new RegExp(
  `^(?:(?:dear|estimad[oa]|gentile|geachte|cher|chère|sehr geehrte[rn]?|liebe[r]?)\\s+)?(?:(?:${wordAlternation([...Object.values(PERSONAL_TITLES).flat(), 'm', 'mr', 'mrs', 'ms', 'mx', 'dr', 'd', 'heer', 'de heer', 'sig.ra'])})\\.?\\s+)?`,
  'i',
);
function afterTitle(text: string, start: number, end: number): number {
  const m = TITLE_MARK.exec(text.slice(start, Math.min(end, start + 28)));
  return m === null ? start : start + m[0].length;
}

function afterTestMark(text: string, start: number, end: number): number {
  const m = TEST_MARK.exec(text.slice(start, Math.min(end, start + 16)));
  return m !== null && TEST_LOCAL_WORDS.has((m[1] ?? '').toLowerCase()) ? start + m[0].length : start;
}

// The values a documented example person is given next to the name: a birth date, an address, and the record number
// a hospital or lab system files the test patient under ("patient fictif : 'TEST Jean Dupont', né le 01/01/1900, IPP ...").
const EXAMPLE_PERSON_DATA = new Set(['DATE_OF_BIRTH', 'STREET_ADDRESS', 'ZIP_CODE', 'LOCATION', 'MEDICAL_RECORD_NUMBER']);
// How far back from such a value its person's name may start, on the same line.
const EXAMPLE_PERSON_REACH = 120;
// Two or three capitalised words: a candidate name, tried against PLACEHOLDER_PEOPLE. An apostrophe or hyphen only
// inside a word ("O'Neill", not the closing quote of "'TEST, Max Mustermann'"), and a surname particle between
// words ("Fulano de Tal").
const NAME_WORD = "\\p{Lu}(?:\\p{L}|['’-](?=\\p{L}))*";
const CAPITALISED_NAME = new RegExp(
  `(?<![\\p{L}])${NAME_WORD}(?:\\s+(?:(?:de|del|di|da|du|van|von|der|den|le|la|ten|ter)\\s+)?${NAME_WORD}){1,2}(?![\\p{L}])`,
  'gu',
);
// A new sentence between the name and the value: a full stop, then a capital ("Max Mustermann. Anna Berger, born ...").
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
// The last words of PLACEHOLDER_PEOPLE after whitespace, any case, with no right bound (a window may end inside a word).
const PLACEHOLDER_SURNAME = new RegExp(
  `\\s(?:${[...new Set([...PLACEHOLDER_PEOPLE].map((w) => w.slice(w.lastIndexOf(' ') + 1)))].sort((a, b) => b.length - a.length).join('|')})`,
  'iu',
);

// A test patient's name as hospital and lab systems write it: TEST in capitals with the XX or ZZ prefix that sorts test
// records apart ("XXTESTPATIENT-ALPHA", the NHS Spine test patients' convention; "ZZTEST"), or run into a patient or
// user word ("TESTPATIENT", "TESTPAZIENTE"). Capitals only: "the test patient" or a "TEST" environment is no name.
const TEST_NAME = /(?<![\p{L}\d])(?:(?:XX|ZZ+)TEST\p{Lu}*|TEST(?:PATIENT|PATIENTIN|PACIENTE|PAZIENTE|PATIËNT|PERSON|USER))(?:-[\p{Lu}\d]+)?(?![\p{L}\d])/gu;

/**
 * Whether the hit is a birth date, address or record number given to a documented example person ("Beispiel: Max
 * Mustermann, geb. 01.01.1970", "Template: Jane Doe, born 1 January 1970, 1 Main Street") or to a test patient
 * named as test systems name one (TEST_NAME: "dummy patient: XXTESTPATIENT-ALPHA, DOB 01/01/1900") inside an example
 * frame (FICTITIOUS_BEFORE before the name, as for the name itself), with no other person and no new sentence between.
 * A real person's data in a template ("Template filled for Anna Berger, born ...") has no placeholder name and stays.
 */
function isExamplePersonValue(text: string, h: Hit, hits: readonly Hit[]): boolean {
  const lo = Math.max(0, h.start - EXAMPLE_PERSON_REACH, text.lastIndexOf('\n', h.start - 1) + 1);
  const window = text.slice(lo, h.start);
  let nameStart = -1;
  let nameEnd = -1;
  // Speed: "TEST" in the window before the test-name search (case-sensitive, as TEST_NAME is).
  if (window.includes('TEST')) {
    for (const m of window.matchAll(TEST_NAME)) {
      nameStart = lo + m.index;
      nameEnd = nameStart + m[0].length;
    }
  }
  // Speed: the name ends in a placeholder surname after whitespace, inside the window.
  if (nameStart === -1 && !PLACEHOLDER_SURNAME.test(window)) return false;
  for (const m of window.matchAll(CAPITALISED_NAME)) {
    const words = m[0].toLowerCase().split(/\s+/);
    // The name may be the last two of three capitalised words ("Beispiel Max Mustermann").
    const whole = PLACEHOLDER_PEOPLE.has(words.join(' '));
    if (!whole && !PLACEHOLDER_PEOPLE.has(words.slice(1).join(' '))) continue;
    nameStart = lo + m.index + (whole ? 0 : m[0].search(/\s\S/) + 1);
    nameEnd = lo + m.index + m[0].length;
  }
  if (nameStart === -1) return false;
  if (SENTENCE_BREAK.test(text.slice(nameEnd, h.start))) return false;
  if (hits.some((o) => o.entity === 'PERSON' && o.start >= nameEnd && o.end <= h.start)) return false;
  return FICTITIOUS_BEFORE.test(text.slice(Math.max(0, nameStart - 96), nameStart)) || fictitiousAfter(text, h.end);
}

// An NHS number in the NHS test range (national-ids.ts isNhsTestNumber) is example data of a test patient's record too,
// and so is the same number read as a phone (its check digit says it is the NHS number).
function examplePersonData(text: string, h: Hit): boolean {
  if (EXAMPLE_PERSON_DATA.has(h.entity)) return true;
  if ((h.entity !== 'UK_NHS_NUMBER' && h.entity !== 'PHONE_NUMBER') || h.end - h.start > 16) return false;
  const d = text.slice(h.start, h.end).replace(/\D/g, '');
  return isNhsTestNumber(d) && isNhs(d);
}

/** Drops, in place, the birth dates, addresses and record numbers of documented example people in an example frame (isExamplePersonValue). */
function dropExamplePersonValues(text: string, hits: Hit[]): void {
  if (!hits.some((h) => examplePersonData(text, h))) return;
  const drop = hits.filter((h) => examplePersonData(text, h) && isExamplePersonValue(text, h, hits));
  if (drop.length === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.includes(h)) hits[kept++] = h;
  hits.length = kept;
}

/** An address in a requested story's plot, after its "write a story about" (person-context.ts requestedStoryFrom). */
function inRequestedStory(text: string, h: Hit, hits: readonly Hit[]): boolean {
  const from = requestedStoryFrom(text, hits);
  return from !== -1 && h.start >= from;
}

/** A screenplay's prop: a phone or address said in a scene, after the script's first scene heading (screenplay.ts). */
function inScene(text: string, h: Hit): boolean {
  const scene = sceneStart(text);
  return scene !== -1 && h.start >= scene;
}

/**
 * Values that are nobody's, removed in place:
 * - a famous fictional character's address ("221B Baker Street", "742 Evergreen Terrace"), and a phone or address said
 *   in a screenplay's scene;
 * - the AWS documentation's example keys (documentation-values.ts drops the other documented example credentials);
 * - an e-mail address on a placeholder domain when the mailbox is not a person's, or when it is a literal (quoted, or a
 *   key's value) in a test fixture;
 * - in a test fixture (FIXTURE_WORDS, TEST_CODE_MARKERS), every other value of a record that holds a placeholder anchor
 *   (an address on a placeholder domain, or a phone in a fictional range, written as a literal or a field; a placeholder
 *   person's name): its phone, card, IBAN, date of birth and ids are fixture values too, and so is the person the
 *   placeholder address is named after ("name: 'Jane Doe', email: 'jane@example.com'");
 * - a 1 January date of birth written as a literal in a test fixture ("dob: '1990-01-01'"), anchor or not.
 * Reserved second-level domains stay findings in ordinary text ("Patient email jo@example.com"; a reserved TLD such as
 * .example is dropped: no mailbox can exist there): writers use them for real-looking
 * records, and a fictional-range phone alone is kept for the same reason.
 */
export function dropPlaceholderValues(text: string, hits: Hit[]): void {
  dropPlaceholderPeople(text, hits);
  dropExamplePersonValues(text, hits);
  // With only names left, a placeholder address an earlier filter dropped may still name one of them ("2;Mengano Pérez;
  // mengano@example.com" in a fixture): only a text without an '@' is done.
  if (!hits.some((h) => h.entity !== 'PERSON') && (hits.length === 0 || !text.includes('@'))) return;
  let fixture: boolean | undefined;
  let starts: GateStarts | null | undefined;
  const keywordStarts = (): GateStarts | null => (starts === undefined ? (starts = fixtureStarts(text)) : starts);
  const isFixture = (): boolean => (fixture ??= isFixtureText(text, false, keywordStarts()));
  const drop = new Set<Hit>();
  const anchors: { start: number; end: number; entity: string }[] = [];
  for (const h of hits) {
    const value = text.slice(h.start, h.end);
    if (h.dataClass === 'secret') {
      if (isAwsDocKey(h, value) || isMaskedKey(value) || isTemplateKey(h, value)) drop.add(h);
    } else if (h.entity === 'STREET_ADDRESS' && (isFictionalAddress(text, h) || ownFiction(text) || inRequestedStory(text, h, hits))) {
      drop.add(h);
    } else if ((h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER') && inScene(text, h)) {
      drop.add(h);
    } else if (h.entity === 'EMAIL_ADDRESS' && isMaskedMailbox(value)) {
      drop.add(h);
    } else if (h.entity === 'EMAIL_ADDRESS' && isPlaceholderDomain(value)) {
      const local = value.slice(0, value.lastIndexOf('@'));
      const fixtureValue = isLiteral(text, h) && isFixture();
      // A reserved top-level domain (RFC 2606 / 6761: .example, .test, .invalid, .localhost) is never a mailbox.
      if (ONE_LONG_WORD.test(local) || fixtureValue || RESERVED_TLDS.has(domainLabels(value).at(-1) ?? '') || madeUpOrgMailbox(value) || demoTenantUser(value))
        drop.add(h);
      if (fixtureValue) anchors.push(h);
    } else if (h.entity === 'DATE_OF_BIRTH' && PLACEHOLDER_DATE.test(value) && isLiteral(text, h) && isFixture()) {
      drop.add(h);
    } else if (h.entity === 'PHONE_NUMBER' && isFictionalPhone(value) && isLiteral(text, h) && isFixture()) {
      drop.add(h);
      anchors.push(h);
    }
  }
  const anchorStarts = new Set(anchors.map((a) => a.start));
  // Placeholder addresses that an earlier filter already dropped (documentation-values.ts) still mark their record.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const email = emailAround(text, at);
    if (email === undefined || anchorStarts.has(email.start) || !isPlaceholderDomain(text.slice(email.start, email.end))) continue;
    if (literalAt(text, email.start) && isFixture()) anchors.push({ ...email, entity: 'EMAIL_ADDRESS' });
  }
  // A placeholder person's name in a fixture marks its record (a date of birth next to "Max Mustermann" in a test).
  if (hits.some((h) => h.entity !== 'PERSON' && h.dataClass !== 'secret')) {
    // The names first: a text without one is not asked whether it is a fixture.
    const names = placeholderNames(text, false, keywordStarts());
    if (names.length > 0 && isFixture()) for (const m of names) anchors.push({ start: m.index, end: m.index + m[0].length, entity: 'PERSON' });
  }
  if (anchors.length === 0 && drop.size === 0) return;
  // Hits by start, so each record window is read from its first hit on (windows are bounded: linear overall).
  const byStart = anchors.length === 0 ? [] : [...hits].sort((a, b) => a.start - b.start);
  for (const a of anchors) {
    const [lo, hi] = recordAround(text, a.start, a.end);
    const value = text.slice(a.start, a.end);
    const local = a.entity === 'EMAIL_ADDRESS' ? value.slice(0, value.lastIndexOf('@')) : '';
    for (let i = firstFrom(byStart, lo); i < byStart.length; i++) {
      const h = byStart[i];
      if (h === undefined || h.start >= hi) break;
      if (h.end > hi || h.dataClass === 'secret') continue;
      if (h.entity !== 'PERSON' || (local !== '' && namedByLocal(local, text.slice(h.start, h.end)))) drop.add(h);
    }
  }
  if (drop.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
