/** JSON keys as context: `{"mrn": "48213377"}`, `{"geburtsdatum": "14.03.1961"}`, `{"codice_fiscale": ...}` in six languages. */
import type { SensitiveClass } from './contract.js';
import { livingBirthDate } from './birth-dates.js';
import { LEGAL_FORMS } from './data/company-cues.js';
import type { Hit } from './hit.js';
import { hasListedNameWord } from './listed-names.js';
import { isMaskedValue } from './masked-values.js';
import { holdsVenueNoun } from './org-names.js';
import { TEST_CARDS } from './numbers.js';
import { separators } from './separators.js';
import { hasPlaceholderStreet, isSpecimen } from './specimens.js';
import { codeAt } from './word-index.js';

export type ValueKind = 'id' | 'date' | 'name' | 'phone' | 'address' | 'card';

interface KeyRule {
  entity: string;
  dataClass: SensitiveClass;
  kind: ValueKind;
  /** Keys, compared lower-cased with everything but letters removed (`patient_id`, `patientId` -> `patientid`). */
  keys: string;
}

// Adding a language is adding words here. Keys are matched exactly after a common prefix (patient, customer...) is removed.
const RULES: readonly KeyRule[] = [
  { entity: 'NATIONAL_ID', dataClass: 'pii', kind: 'id', keys: 'ssn socialsecuritynumber socialsecurity sozialversicherungsnummer svnr svnummer rentenversicherungsnummer steuerid steueridentifikationsnummer steuernummer idnr nir numerosecu numerosecuritesociale securitesociale insee dni nie nif nss numeroseguridadsocial seguridadsocial bsn burgerservicenummer sofinummer codicefiscale cf nino nationalinsurancenumber nationalinsurance nhsnumber nhs nationalid personalid ausweisnummer personalausweisnummer idcard cni numeroidentite identitycard documentnumber documentoidentidad cartaidentita taxid tin itin' },
  { entity: 'MEDICAL_RECORD_NUMBER', dataClass: 'phi', kind: 'id', keys: 'mrn medicalrecordnumber medicalrecord recordnumber patientid patientnumber patientno fallnr fallnummer patientennummer krankenaktennummer ipp numerodossier dossiermedical nhc historiaclinica numerohistoria numerohistoriaclinica patientnummer patiëntnummer dossiernummer cartellaclinica numerocartella numeronosologico chartnumber' },
  { entity: 'HEALTH_PLAN_ID', dataClass: 'phi', kind: 'id', keys: 'memberid insuranceid insurancenumber policynumber versichertennummer krankenversicherungsnummer versicherungsnummer numeroassurance numeroafiliacion tarjetasanitaria zorgverzekeringsnummer verzekeringsnummer tesserasanitaria healthplanid subscriberid' },
  { entity: 'DATE_OF_BIRTH', dataClass: 'pii', kind: 'date', keys: 'dob dateofbirth birthdate birthday geburtsdatum gebdatum geboren geb gebdat gebam datenaissance datedenaissance naissance néle néele nele neele fechanacimiento fechadenacimiento fechanac fnac nacimiento geboortedatum geborendatum datanascita datadinascita datanasc nascita' },
  { entity: 'BANK_ACCOUNT', dataClass: 'financial', kind: 'id', keys: 'iban accountnumber bankaccount kontonummer konto bankverbindung rib numerocompte cuenta numerocuenta cuentabancaria rekeningnummer rekening contocorrente numeroconto conto' },
  { entity: 'PASSPORT', dataClass: 'pii', kind: 'id', keys: 'passport passportnumber passportno reisepass reisepassnummer passnummer passeport numeropasseport pasaporte numeropasaporte paspoort paspoortnummer passaporto numeropassaporto' },
  { entity: 'DRIVER_LICENSE', dataClass: 'pii', kind: 'id', keys: 'driverlicense driverslicense driverlicence drivinglicence fuehrerschein führerschein fuhrerschein permisdeconduire permis carnetdeconducir rijbewijs patente' },
  { entity: 'PHONE_NUMBER', dataClass: 'pii', kind: 'phone', keys: 'phone phonenumber telephone tel mobile mobilephone cell cellphone telefon telefonnummer handy handynummer mobilnummer telephone portable numerotelephone telefono movil numerotelefono celular telefoon telefoonnummer mobiel mobielnummer cellulare numeroditelefono fax' },
  { entity: 'STREET_ADDRESS', dataClass: 'pii', kind: 'address', keys: 'address streetaddress street addressline homeaddress adresse anschrift strasse straße wohnort direccion dirección domicilio calle adres straat woonadres indirizzo residenza rue' },
  { entity: 'PERSON', dataClass: 'pii', kind: 'name', keys: 'firstname lastname fullname surname givenname familyname middlename maidenname vorname nachname familienname prenom prénom nomdefamille nomcomplet nombre apellido apellidos nombrecompleto voornaam achternaam volledigenaam cognome nomecompleto' },
  { entity: 'CREDIT_CARD', dataClass: 'pci', kind: 'card', keys: 'card cardnumber creditcard creditcardnumber cc ccnumber pan kartennummer kreditkarte kreditkartennummer numerocarte cartebancaire numerotarjeta tarjeta kaartnummer creditcardnummer numerocarta cartadicredito' },
];

/** Keys whose value is health data: the request's identifiers become PHI. */
const HEALTH_KEYS = new Set(
  'diagnosis diagnoses diagnosiscode icd icdcode medication medications prescription allergies symptoms treatment labresult labresults diagnose diagnosen befund medikament medikation behandlung diagnostic traitement ordonnance pathologie diagnostico diagnóstico tratamiento medicacion enfermedad diagnosi terapia farmaco patologia behandeling medicatie aandoening'.split(' '),
);
// "patient_id" -> "id" would lose meaning, so only prefixes that never carry it are removed.
const PREFIXES = ['customer', 'client', 'user', 'employee', 'member', 'person', 'contact', 'billing', 'home', 'mobile', 'work', 'primary', 'holder', 'owner', 'kunde', 'kunden', 'mitarbeiter', 'cliente', 'klant'];
// A generic "name" key: only a value that reads as a person's name (two or more words) counts.
const GENERIC_NAME = new Set(['name', 'nom', 'naam', 'nome', 'patient', 'patientname', 'customername', 'clientname', 'employeename', 'holdername', 'cardholder', 'cardholdername', 'accountholder']);

// Of those, the ones that still name a person's field: one word is enough there (`"patient_name": "Ffion"`).
const PERSON_NAME_KEYS = new Set(['patientname', 'customername', 'clientname', 'employeename', 'holdername', 'cardholder', 'cardholdername', 'accountholder']);

// Not "e.K." (eingetragener Kaufmann): a sole trader trading under his own name is a person.
const FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS.filter((f) => f !== 'e.K.'));
/** Whether a name value ends in a company's legal form ("SAP SE", "Enel S.p.A.", "IBERDROLA, S.A."): a company, no person. */
export function isCompanyName(value: string): boolean {
  const t = value.trim();
  if (t.length > 120) return false;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return last !== t && FORMS.has(last);
}

const BY_KEY = new Map<string, KeyRule>();
for (const r of RULES) for (const k of r.keys.split(' ')) BY_KEY.set(k, r);

export const normKey = (key: string): string => key.toLowerCase().replace(/[^\p{L}]/gu, '');

/** The keys of one kind of value in the table above ('phone', 'address'), for other readers of JSON keys. */
export const keysOfKind = (kind: ValueKind): string[] => RULES.filter((r) => r.kind === kind).flatMap((r) => r.keys.split(' '));
const PLACEHOLDER = /^(?:string|null|none|n\/?a|unknown|redacted|x+|\*+|-+|\?+|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|0+)$/i;
const NAME_VALUE = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,4}$/u;

function digitCount(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function accepts(kind: ValueKind, v: string, generic: boolean): boolean {
  const t = v.trim();
  if (t.length < 2 || t.length > 120 || PLACEHOLDER.test(t)) return false;
  const digits = digitCount(t);
  switch (kind) {
    case 'id':
      return digits >= 4 || (digits >= 2 && /^[A-Za-z0-9 ./-]{5,34}$/.test(t));
    case 'date':
      return digits >= 4 && t.length <= 40;
    case 'phone':
      return digits >= 7 && digits <= 16;
    case 'card':
      return digits >= 12 && digits <= 19;
    case 'address':
      return digits >= 1 && /\p{L}{2}/u.test(t) && t.length >= 6;
    case 'name':
      return NAME_VALUE.test(t) && (!generic || t.includes(' '));
  }
}

export type KeyVerdict = { hit: Hit } | 'health' | undefined;

/** What a JSON key says about its string or number value: a finding spanning the value, health context, or nothing. */
export function judgeKey(key: string, value: string, inObject = false): KeyVerdict {
  if (key.length > 48) return undefined;
  let k = normKey(key);
  if (HEALTH_KEYS.has(k)) return value.trim() === '' ? undefined : 'health';
  const generic = GENERIC_NAME.has(k) && !PERSON_NAME_KEYS.has(k);
  let rule = BY_KEY.get(k);
  if (rule === undefined && !generic) {
    const p = PREFIXES.find((x) => k.startsWith(x) && k.length > x.length);
    if (p !== undefined) k = k.slice(p.length);
    rule = BY_KEY.get(k);
  }
  if (GENERIC_NAME.has(k)) rule = BY_KEY.get('fullname');
  // {"name": "SAP SE"} in a register lookup names the company.
  if (generic && isCompanyName(value)) return undefined;
  // In a JSON object a generic "name" key names stations, shops, lockers, foundations and products as often as people
  // ({"name": "Aral Kamen-Nord"}, {"nome": "Locker Milano Cadorna"}, {"naam": "Stichting Leger des Heils"}): its value
  // counts only with a listed given name or surname in it. A table's "Name" column (tabular-keys.ts) lists people.
  if (generic && inObject && !hasListedNameWord(value)) return undefined;
  // Nor with one, when a venue or organisation noun names the place it honours or stands in ({"name": "George Best
  // Belfast City Airport"}, {"nome": "Canile comunale Mario Rossi"}): a tool's airport, shelter or hospital record.
  if (generic && inObject && holdsVenueNoun(value)) return undefined;
  if (rule === undefined || !accepts(rule.kind, value, generic) || (rule.kind === 'date' && !livingBirthDate(value))) return undefined;
  // A masked value ("0171 ****396", "DE** **** **12 34") is what a tool shows instead of the value (masked-values.ts).
  if (isMaskedValue(value)) return undefined;
  // A published specimen ({"dni": "12345678Z"}, {"bsn": "111222333"}) is nobody's, under its key as in prose (specimens.ts).
  if (rule.kind === 'id' && value.length <= 40 && isSpecimen(value)) return undefined;
  // A payment provider's published test card ({"card": "4242 4242 4242 4242"}, {"tarjeta": "4548 8120 4940 0004"}) is
  // nobody's card under a card key as in prose (numbers.ts TEST_CARDS, data/specimens.ts): the key says card, the number says test.
  if (rule.kind === 'card' && (TEST_CARDS.has(value.replace(/\D/g, '')) || isSpecimen(value))) return undefined;
  // A form's placeholder street ({"strasse": "Musterstraße 1"}) is nobody's, under its key as in prose (data/specimens.ts).
  if (rule.kind === 'address' && hasPlaceholderStreet(value)) return undefined;
  return { hit: { entity: rule.entity, dataClass: rule.dataClass, start: 0, end: value.length, score: 0.8, rule: `json-key.${rule.kind}` } };
}

// `"prenom": "Ambroise"`, `'first_name': 'Ambroise'`, `{\"nombre\": \"Lucía\"}` (JSON inside a JSON string), `first_name=Ambroise`,
// `Vorname: Jürgen`: a key and its value written in text that is not parsed as JSON (JSON after prose, a Python dict,
// a query string, a form). Each pair is found from its ':' or '=' outwards (a pattern tried at every quote or letter
// costs a fifth of a whole scan on JSON-heavy prompts); key and value lengths are bounded, so the scan is linear.
const QUOTED_VALUE = /[ \t]{0,4}(\\?["'])([^"'\\\n\r]{1,120})\1/y;
const LABEL_VALUE = /[ \t]{0,4}(\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,3})(?=[ \t]*(?:[,;&\n\r]|$))/uy;
// Label keys that only ever hold a person's name (not "nombre"/"nom"/"name", which also name files and products).
const NAME_LABELS = new Set('firstname lastname surname givenname familyname maidenname vorname nachname familienname prenom prénom nomdefamille apellido apellidos primerapellido segundoapellido voornaam achternaam cognome'.split(' '));

const isKeyCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 45 || c === 32 || (c >= 192 && c !== 215 && c !== 247);

/**
 * Where the quoted key that ends right before `sepAt` (spaces allowed) opens: the key is text.slice(open + 1, KEY.end).
 * -1 when there is none; -2 (`fast` only) when there is a quote but no pair worth reading: no quoted value follows, or
 * the key's last letters end no known key. Either way no label ends there (a label is letters right before the
 * separator, never a quote), so the caller moves on. Plain character tests, no string built: this runs at every ':'
 * (hundreds in a JSON prompt), and the cheap tests come before the walk to the opening quote.
 */
function quotedKeyBefore(text: string, sepAt: number, fast: boolean): number {
  let j = sepAt - 1;
  while (j >= 0 && sepAt - j <= 5 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const q = codeAt(text, j);
  if (q !== 34 && q !== 39) return -1;
  const escaped = text.charCodeAt(j - 1) === 92;
  const keyEnd = escaped ? j - 1 : j;
  if (fast && (!quoteAhead(text, sepAt + 1) || !mayBeKnown(text, keyEnd))) return -2;
  let open = keyEnd - 1;
  while (open >= 0 && keyEnd - open <= 41 && isKeyCode(text.charCodeAt(open))) open--;
  if (text.charCodeAt(open) !== q || keyEnd - open - 1 < 2 || keyEnd - open - 1 > 40 || (escaped && text.charCodeAt(open - 1) !== 92)) return -1;
  KEY.end = keyEnd;
  return open;
}
const KEY = { end: 0 };

/** Whether QUOTED_VALUE can match at `at`: up to four spaces or tabs, then a quote, escaped or not. */
function quoteAhead(text: string, at: number): boolean {
  let i = at;
  while (i - at < 4 && (codeAt(text, i) === 32 || codeAt(text, i) === 9)) i++;
  let c = codeAt(text, i);
  if (c === 92) c = text.charCodeAt(i + 1);
  return c === 34 || c === 39;
}

// The last three letters of every key judgeableKey accepts (a rule's key, a person-name key, or a prefix and a rule's
// key), as a bit per lower-case ASCII triple. A quoted key whose letters end in another triple is not looked at
// further (JSON's "role", "content", "model"... are most keys in a prompt, and none ends like a known key).
const tailIndex = (a: number, b: number, c: number): number => ((a - 97) * 26 + (b - 97)) * 26 + (c - 97);
const TAILS = new Uint8Array(26 * 26 * 26);
for (const k of [...BY_KEY.keys(), ...PERSON_NAME_KEYS, ...PREFIXES.flatMap((p) => [...BY_KEY.keys()].map((x) => p + x))]) {
  const t = k.slice(-3);
  if (/^[a-z]{3}$/.test(t)) TAILS[tailIndex(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))] = 1;
}

/**
 * False only when the key ending at `to` cannot be judgeable: its last three letters (normKey's: lower-cased, `_`,
 * `-` and spaces dropped) are ASCII and no known key ends in them. Read backwards before the key's start is known, so
 * it gives up (true) at any character a key cannot hold, at a non-ASCII one, and after 41 characters: the key is
 * then checked in full.
 */
function mayBeKnown(text: string, to: number): boolean {
  let n = 0;
  let c1 = 0;
  let c2 = 0;
  for (let i = to - 1; i >= 0 && to - i <= 41; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    const l = c | 32;
    if (l < 97 || l > 122) {
      if (c === 95 || c === 45 || c === 32) continue;
      return true;
    }
    if (n === 0) c2 = l;
    else if (n === 1) c1 = l;
    else return TAILS[tailIndex(l, c1, c2)] === 1;
    n++;
  }
  return true;
}

/** The unquoted label (5-20 letters, `_` or `-`, then up to two spaces) right before `sepAt`, or undefined. */
function labelBefore(text: string, sepAt: number): string | undefined {
  let j = sepAt - 1;
  while (j >= 0 && sepAt - j <= 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const end = j + 1;
  while (j >= 0 && end - j <= 21 && isKeyCode(text.charCodeAt(j)) && text.charCodeAt(j) !== 32) j--;
  const len = end - j - 1;
  const before = codeAt(text, j);
  if (len < 5 || len > 20 || (before >= 48 && before <= 57) || (j >= 0 && isKeyCode(before) && before !== 32 && before !== 45)) return undefined;
  return text.slice(j + 1, end);
}

/** Whether judgeKey can say anything about this key (checked before the value is read). */
function knownKey(key: string): boolean {
  let known = KNOWN_CACHE.get(key);
  if (known === undefined) {
    if (KNOWN_CACHE.size >= 4096) KNOWN_CACHE.clear();
    known = judgeableKey(key);
    KNOWN_CACHE.set(key, known);
  }
  return known;
}
// Keys repeat ("role", "content", "text"...): their verdict is kept (a bounded memo, same answers).
const KNOWN_CACHE = new Map<string, boolean>();

function judgeableKey(key: string): boolean {
  const k = normKey(key);
  if (BY_KEY.has(k) || GENERIC_NAME.has(k)) return !GENERIC_NAME.has(k) || PERSON_NAME_KEYS.has(k);
  const p = PREFIXES.find((x) => k.startsWith(x) && k.length > x.length);
  return p !== undefined && BY_KEY.has(k.slice(p.length));
}

/**
 * Key-value pairs written in text: the value is reported when its key says what it is (not the generic "name" keys).
 * `fast` false (the reference in tests): every quoted key is looked up, without the tail filter.
 */
export function scanKeyValuePairs(text: string, out: Hit[], fast = true): void {
  // Every ':' and '=' in order (separators.ts: found once per text, shared with config-secrets and IPv6).
  for (const i of separators(text)) {
    const open = quotedKeyBefore(text, i, fast);
    if (open === -2) continue;
    if (open !== -1) {
      const quoted = text.slice(open + 1, KEY.end);
      if (!knownKey(quoted)) continue;
      QUOTED_VALUE.lastIndex = i + 1;
      const m = QUOTED_VALUE.exec(text);
      const value = m?.[2];
      if (m === null || value === undefined) continue;
      const v = judgeKey(quoted, value, true);
      if (v === undefined || v === 'health') continue;
      const start = i + 1 + m[0].length - (m[1] ?? '').length - value.length;
      out.push({ ...v.hit, start, end: start + value.length, rule: v.hit.rule.replace('json-key.', 'key-value.') });
      continue;
    }
    const label = labelBefore(text, i);
    if (label === undefined || !NAME_LABELS.has(label.length <= 20 && /^[a-z]+$/.test(label) ? label : normKey(label))) continue;
    LABEL_VALUE.lastIndex = i + 1;
    const m = LABEL_VALUE.exec(text);
    const value = m?.[1];
    if (m === null || value === undefined || judgeKey(label, value) === undefined) continue;
    const start = i + 1 + m[0].length - value.length;
    out.push({ entity: 'PERSON', dataClass: 'pii', start, end: start + value.length, score: 0.8, rule: 'key-value.name' });
  }
}

// Keys that name an order, invoice, shipment, ticket, booking or customer reference in six languages: their value is
// that document's number, whatever shape it has ({"bestellnr": "028-5590012"} is no Dutch landline). Compared after
// normKey, alone or with an affix ("order_id", "n_commande", "num_pedido", "Rechnungsnr", "numero_ordine").
const REFERENCE_BASES = new Set(
  'order orders bestell bestellung auftrag auftrags commande pedido orden bestel bestelling ordine invoice rechnung rechnungs facture factura factuur fattura tracking trackandtrace sendung sendungs suivi seguimiento envio envío zending spedizione tracciamento ticket vorgang vorgangs reference ref referenz référence referencia referentie riferimento booking buchung buchungs reservation réservation reserva reservering reserverings boeking prenotazione shipment parcel paket colis paquete pakket pacco lieferschein rma retoure'.split(
    ' ',
  ),
);
// Customer, client: a reference only with an affix ("customer_no", "Kundennummer"); alone the key may hold anything.
const REFERENCE_AFFIX_ONLY = new Set('customer client cliente klant kunden kunde'.split(' '));
const REFERENCE_AFFIXES = [
  'numero',
  'número',
  'nummer',
  'number',
  'num',
  'nr',
  'no',
  'n',
  'id',
  'ref',
  'code',
  'codice',
  'codigo',
  'código',
];

/** True when a key names an order/invoice/tracking/ticket/booking/customer reference (its value is that reference). */
export function isReferenceKey(key: string): boolean {
  if (key.length > 48) return false;
  const k = normKey(key);
  if (REFERENCE_BASES.has(k)) return true;
  for (const a of REFERENCE_AFFIXES) {
    if (k.length <= a.length) continue;
    const rest = k.endsWith(a) ? k.slice(0, -a.length) : k.startsWith(a) ? k.slice(a.length) : '';
    if (REFERENCE_BASES.has(rest) || REFERENCE_AFFIX_ONLY.has(rest)) return true;
  }
  return false;
}

/**
 * True when the value starting at `at` is written right after a key that names a reference: `"bestellnr": "`,
 * `order_id=`, `Rechnungsnr: `, `{\"ordine\": \"` (JSON inside a JSON string). Reads back at most ~60 characters.
 */
export function referenceKeyBefore(text: string, at: number): boolean {
  let j = at - 1;
  const lo = Math.max(0, at - 64);
  j = skipBack(text, j, lo, QUOTE_CODE, 2);
  j = skipBack(text, j, lo, BLANK_CODE, 4);
  const sep = codeAt(text, j);
  if (sep !== 58 && sep !== 61) return false;
  j--;
  j = skipBack(text, j, lo, BLANK_CODE, 4);
  j = skipBack(text, j, lo, QUOTE_CODE, 2);
  const end = j + 1;
  j = skipBack(text, j, lo, KEY_PART_CODE, 41);
  const key = text.slice(j + 1, end).trim();
  return key.length >= 3 && isReferenceKey(key);
}
// referenceKeyBefore's character kinds: module functions, not closures made per call (under tsx's keepNames each costs a
// property definition).
const QUOTE_CODE = (c: number): boolean => c === 34 || c === 39 || c === 92;
const BLANK_CODE = (c: number): boolean => c === 32 || c === 9;
const KEY_PART_CODE = (c: number): boolean => isKeyCode(c) || c === 46 || (c >= 48 && c <= 57);
/** From `j` back, past at most `max` characters that pass `test` (none before `lo`): the index before them. */
function skipBack(text: string, j: number, lo: number, test: (c: number) => boolean, max: number): number {
  for (let n = 0; j >= lo && n < max && test(text.charCodeAt(j)); n++) j--;
  return j;
}
