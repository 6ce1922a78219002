/**
 * Organisation records in JSON: supplier master data, a company's register extract, a store or branch returned by a
 * tool ({"legal_name": ..., "vat_number": ..., "registered_office": ..., "switchboard": ...}, {"firma": ..., "hrb":
 * ..., "sitz": ..., "zentrale": ...}, {"store": ..., "phone": ...}). The object is the organisation, so its address,
 * phone and mailbox keys hold the organisation's published contact points, not a person's. An object that also has a
 * person's name key (a contact person) is not read as one: its values may be that person's. An object with opening
 * hours ({"address": ..., "phone": ..., "opens": "09:00"}: a court, registry office or surgery a tool looked up) is a
 * place's record too: a home has no opening hours.
 */
import { OPENING_HOURS } from './data/org-words.js';
import { OPENING_HOURS_KEYS, ORG_CONTACT_KEYS, ORG_LIST_KEYS, ORG_RECORD_KEYS, PLACE_RECORD_KEYS, SERVICE_LINE_KEYS, SPONSOR_KEYS, VENUE_DESK_KEYS, VENUE_RECORD_KEYS } from './data/struct-cues.js';
import { namesFirm } from './firm-names.js';
import { isCompanyName, judgeKey, keysOfKind, normKey } from './json-keys.js';
import { landlineShaped } from './address-evidence.js';
import { hasListedNameWord } from './listed-names.js';
import { isNameKey } from './placeholder-records.js';
import { domainName } from './org-domains.js';
import { isDeskWordMailbox, localKind } from './org-contacts.js';
import { isOrganisationName } from './org-names.js';

const all = (lists: Readonly<Record<string, readonly string[]>>): Set<string> => new Set(Object.values(lists).flat());

const RECORD = all(ORG_RECORD_KEYS);
const SERVICE_LINES = all(SERVICE_LINE_KEYS);
const SPONSORS = all(SPONSOR_KEYS);
const LISTS = all(ORG_LIST_KEYS);
const VENUES = all(VENUE_RECORD_KEYS);
const VENUE_DESKS = all(VENUE_DESK_KEYS);
const PLACES = new Set([...all(PLACE_RECORD_KEYS)].map(normKey));
// A phone number as a desk key's whole value ("0117 203 4040", "+49 341 1270-280"): an access or ticket key may also
// hold a note ("accessibilite": "rampe d'accès"), which says nothing of whose record it is.
const PHONE_VALUE = /^\+?[\d\s()./-]{6,24}$/;
const isPhoneValue = (v: unknown): boolean => typeof v === 'string' && PHONE_VALUE.test(v.trim()) && v.replace(/\D/g, '').length >= 6;
// A venue key's value that names the venue: a capitalised name, no digit before its first comma ("Bristol Beacon",
// "De Adelaarshorst, Vetkampstraat 43, ..."); "12 Elm Road" is someone's house.
const VENUE_NAME = /^\s*\p{Lu}[^\d,\n]{1,80}(?:,|$)/u;
const namesVenueValue = (v: unknown): boolean => typeof v === 'string' && v.length <= 200 && VENUE_NAME.test(v);
/** Whether a key names a venue's kind ("venue", "stadion", "salle"): its value is the venue's name (and address). */
export const isVenueKey = (key: string): boolean => key.length <= 40 && VENUES.has(normKey(key));
/** Whether a key is a venue's public desk ("box_office", "kassa", "biglietteria") and its value a phone. */
export const isVenueDeskLine = (key: string, v: unknown): boolean => key.length <= 40 && VENUE_DESKS.has(normKey(key)) && isPhoneValue(v);
// Opening-hours keys, and a weekday's full name as a key ({"sunday": "10:30-16:30"}, {"dimanche": "10h-19h"}).
const OPENING = new Set([...all(OPENING_HOURS_KEYS), ...Object.values(OPENING_HOURS).flatMap((l) => l.days.filter((d) => d.length >= 5).map(normKey))]);
// A clock time or an hour range ("09:00", "8h30", "9.30", "Mo-Fr 9-13 Uhr", "8am", "9 to 5"), so that a key
// like "open" with a yes/no or a ticket state is not read as opening hours.
const TIME_LIKE = /\b\d{1,2}(?:[:.h]\d{2}\b|\s?(?:am|pm|uhr|h)\b|\s?(?:[-–]|to|bis|à|a|tot|alle)\s?\d{1,2}\b)/i;
// Round the clock: "h24", "24h", "24/7", "24 uur".
const HOURS_24 = /(?<![\d])(?:h24|24\s?h|24\/7|24\s?(?:uur|ore|horas|heures|stunden|hours))(?![\p{L}\d])/iu;
const isOpeningHours = (k: string, v: unknown): boolean => typeof v === 'string' && v.length <= 120 && OPENING.has(normKey(k)) && TIME_LIKE.test(v);
// The plain address, landline and mailbox keys (json-keys.ts's, less the mobile and home ones: a mobile in a supplier
// file is often its contact person's) and the organisation's own contact keys.
const PERSONAL_ONLY = new Set('mobile mobilephone cell cellphone handy handynummer mobilnummer portable movil celular mobiel mobielnummer cellulare homeaddress wohnort woonadres residenza'.split(' '));
const CONTACT = new Set([...all(ORG_CONTACT_KEYS), ...[...keysOfKind('phone'), ...keysOfKind('address')].filter((k) => !PERSONAL_ONLY.has(k))]);
// A trade register's entry ("RM Zaragoza, tomo 3312", "Amtsgericht Jena"): a court or registry and numbers, no person.
const REGISTER = new Set('register registry registro registergericht handelsregister rcs registroimprese registromercantil registrodelleimprese'.split(' '));

/** Whether a key's value is an organisation's service line wherever it stands ("switchboard", "zentrale", "centralino"). */
export const isServiceLineKey = (key: string): boolean => key.length <= 40 && SERVICE_LINES.has(normKey(key));

// A generic name key ("name", "nom", "nombre", "naam", "nome"): in an organisation's record it may hold the firm's name.
const GENERIC_NAME_KEYS = new Set(['name', 'nom', 'nombre', 'naam', 'nome']);
const isGenericNameKey = (key: string): boolean => key.length <= 40 && GENERIC_NAME_KEYS.has(normKey(key));

/** Whether a key's objects are organisations' records ({"stores": [...]}, {"filialen": [...]}, {"tienda": {...}}). */
export const isOrgListKey = (key: string): boolean => key.length <= 40 && LISTS.has(normKey(key));

/** Whether an object's entries hold a mobile-shaped phone number or a health key's value. */
function personalEntries(entries: readonly [string, unknown][]): boolean {
  return entries.some(([k, v]) => {
    if (typeof v !== 'string' || k.length > 40) return false;
    if (judgeKey(k, v) === 'health') return true;
    return PHONE_VALUE.test(v) && v.replace(/\D/g, '').length >= 8 && !landlineShaped(v);
  });
}

/**
 * For an object's entries: the keys whose values are the organisation's own contact points (address, phone, mailbox,
 * register entry, the firm's name), or none when the object is no organisation record. `parentKey`: the key that holds
 * the object or its list; one naming stores, branches or companies makes it an organisation's record.
 */
export function orgOwnedKeys(entries: readonly [string, unknown][], parentKey?: string): string[] {
  let org = parentKey !== undefined && isOrgListKey(parentKey);
  for (const [k, v] of entries) {
    if (k.length > 40) continue;
    // The generic name key holding an organisation's desk or the firm its mailbox's domain spells makes the object
    // that organisation's contact ({"name": "Pfizer CT.gov Call Center", "phone": ...}, {"name": "Novo Nordisk",
    // "email": "clinicaltrials@novonordisk.com"}).
    const desk = isGenericNameKey(k) && namesOrgContact(v, entries);
    // A person's name key makes the object a contact's, unless it holds a company's name ({"name": "SAP SE"}) or it is
    // the generic key holding a firm's name ({"name": "Lambert & Roux Part-Dieu"}) or such a desk.
    // The generic key holding no listed given name or surname names a thing, not a person ({"nome": "Locker Milano
    // Cadorna", "indirizzo": ...}, {"name": "Shell Northampton J15", "phone": ...}): the object is that place's record.
    // Not when the object also holds a mobile-shaped number or a health key: a guest's or a patient's record whose name
    // the lists miss ({"name": "Willy Terpstra", "dieet": "coeliakie", "telefoon": "06-39481027"}).
    const thing = isGenericNameKey(k) && typeof v === 'string' && v.trim() !== '' && !hasListedNameWord(v) && !personalEntries(entries);
    if (isNameKey(k) && !(typeof v === 'string' && isCompanyName(v)) && !(isGenericNameKey(k) && namesFirm(v)) && !desk && !thing) return [];
    if (thing) org = true;
    if (!org && (desk || ((typeof v === 'string' || typeof v === 'number') && RECORD.has(normKey(k))) || isOpeningHours(k, v) || (SPONSORS.has(normKey(k)) && namesFirm(v)))) org = true;
  }
  // A venue's record a tool returns ({"venue": "Bristol Beacon", "address": ..., "access_line": ..., "email":
  // "access@..."}): a venue key naming the venue with the venue's box office or access line, or a desk word's mailbox at
  // its domain (org-contacts.ts isDeskWordMailbox: "access@", "ticket@", "taquilla@"). A booking names its venue too,
  // but no box office of its own: its guest's phone and address stay findings.
  const venueDesk = entries.some(([k, v]) => isVenueDeskLine(k, v));
  if (!org && (venueDesk || entries.some(([k, v]) => isVenueKey(k) && namesVenueValue(v)))) {
    const mailbox = entries.some(([k, v]) => k.length <= 40 && typeof v === 'string' && MAILBOX_VALUE.test(v.trim()) && isDeskWordMailbox(v.trim(), 0, v.trim().length));
    if (venueDesk || mailbox) org = true;
  }
  // A public service place's record ({"klinik": "Tierklinik Hofheim", "adresse": ..., "telefon": ..., "bis": "08:00"}): a
  // place key naming the place, and beside it a landline-shaped number or a clock time (its hours, "h24"). A mobile or a
  // health key makes it no such record (personalEntries); a patient's booking names the patient (a name key, above).
  // The place key itself ("klinik", "clinica") reads as a health key: the rest of the object is what is judged.
  const isPlace = ([k, v]: [string, unknown]): boolean => k.length <= 40 && PLACES.has(normKey(k)) && namesVenueValue(v);
  if (!org && entries.some(isPlace) && !personalEntries(entries.filter((e) => !isPlace(e)))) {
    org = entries.some(([k, v]) => k.length <= 40 && typeof v === 'string' && v.length <= 40 && ((PHONE_VALUE.test(v.trim()) && landlineShaped(v)) || TIME_LIKE.test(v) || HOURS_24.test(v)));
  }
  if (!org) {
    // A venue key whose value is the venue's name and address ("stadion": "De Adelaarshorst, Vetkampstraat 43, 7424 AA
    // Deventer"): that address is the venue's, whatever else the object holds.
    return entries.filter(([k, v]) => isVenueKey(k) && namesVenueValue(v) && typeof v === 'string' && v.includes(',')).map(([k]) => k);
  }
  const owned: string[] = [];
  for (const [k, v] of entries) {
    if (typeof v !== 'string' || k.length > 40) continue;
    const n = normKey(k);
    // The record's own name or store key may hold its address too ("store": "Hamleys, 188-196 Regent Street, ...").
    if (CONTACT.has(n) || REGISTER.has(n) || RECORD.has(n) || isGenericNameKey(k) || VENUES.has(n) || PLACES.has(n) || isVenueDeskLine(k, v)) owned.push(k);
  }
  return owned;
}

// A mailbox value of an object's entries ({"email": "clinicaltrials@novonordisk.com"}).
const MAILBOX_VALUE = /^[^\s@]{1,64}@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)$/u;
const lettersOf = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/**
 * Whether a generic name key's value names an organisation's contact point, not a person: a desk named by its
 * organisation's tail noun ("Pfizer CT.gov Call Center", "Moderna Clinical Trials Support Center"; org-names.ts
 * isOrganisationName), or the name the domain of the object's own mailbox spells, that mailbox's local part being no
 * person's ({"name": "Novo Nordisk", "email": "clinicaltrials@novonordisk.com"}; "anna.berg@annaberg.se" reads as hers).
 */
function namesOrgContact(v: unknown, entries: readonly [string, unknown][]): boolean {
  if (typeof v !== 'string' || v.length > 120 || !/\s/u.test(v.trim())) return false;
  if (isOrganisationName(v.trim())) return true;
  const name = lettersOf(v);
  return entries.some(([, m]) => {
    if (typeof m !== 'string') return false;
    const at = MAILBOX_VALUE.exec(m.trim());
    return at !== null && domainName(at[1] ?? '') === name && localKind(m.trim().slice(0, m.trim().indexOf('@'))) !== 'person';
  });
}

/** Whether a register key's value ("registro": "RM Zaragoza, ...") may lose a name reading. */
export const isRegisterKey = (key: string): boolean => REGISTER.has(normKey(key));

// A mailbox of first.last shape ("anna.berg@", "j_smit@") is a person's even in an organisation's record.
const PERSONAL_LOCAL = /^[\p{L}]+[._-][\p{L}]{2,}@/u;

/** Whether a finding under an organisation record's own key is its contact point (so no person's data). */
export function orgOwnedFinding(entity: string, key: string, text: string): boolean {
  if (entity === 'STREET_ADDRESS' || entity === 'PHONE_NUMBER' || entity === 'ZIP_CODE') return true;
  if (entity === 'EMAIL_ADDRESS') return !PERSONAL_LOCAL.test(text);
  // A register entry, the firm's name under the record's name key (owned only when it names a firm), or the venue's name
  // under its venue key ("Palau de les Arts Reina Sofía").
  return entity === 'PERSON' && (isRegisterKey(key) || isGenericNameKey(key) || isVenueKey(key));
}
