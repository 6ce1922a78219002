import { PRIVATE_ADDRESS } from './data/company-cues.js';
import { PRIVATE_ENDINGS, PRIVATE_NEAR, VENUE_ENDINGS, VENUE_WORDS, VISIT_WORDS } from './data/public-venues.js';
import { alternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { hasFoldSpecial } from './keywords.js';
import { hashOfCodes, isLatinLower, latinRuns } from './word-index.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const VENUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(VENUE_WORDS)})(?![\\p{L}])`, 'giu');
const VISIT = new RegExp(`(?<![\\p{L}])(?:${alternation(VISIT_WORDS)})(?![\\p{L}])`, 'giu');
// Private words, and German and Dutch compounds that end in a dwelling or an address word ("Ferienwohnung",
// "Mietwohnung", "huurwoning", "Lieferadresse", "Privatanschrift").
const PRIVATE = new RegExp(
  `(?<![\\p{L}-])(?:${alternation(PRIVATE_NEAR)}|${PRIVATE_ADDRESS.map(escape).join('|')}|\\p{L}*(?:${PRIVATE_ENDINGS.join('|')}))(?![\\p{L}-])`,
  'iu',
);
// Speed: PRIVATE on a window without its scan, from word-index.ts's runs. In text of Latin letters (no other letter, no
// character that folds unlike its lower case), a match is a run of the window (a run the window cuts counts from the cut)
// that is one of the one-word keywords or ends in an ending, with no "-" on either side inside the window: true at once.
// The keywords of several words (and "address:") are left to the pattern, tried only when a run is their first word.
const PRIVATE_WORDS = [...Object.values(PRIVATE_NEAR).flat(), ...PRIVATE_ADDRESS].map((w) => w.toLowerCase());
const ONE_WORD = new Set(PRIVATE_WORDS.filter((w) => /^\p{L}+$/u.test(w)));
const PHRASE_FIRST = new Set(PRIVATE_WORDS.filter((w) => !ONE_WORD.has(w)).map((w) => /^\p{L}+/u.exec(w)?.[0] ?? ''));
// Both sets by the low 16 bits of the runs' lower-case hash: most runs are looked at no further.
const PRIVATE_BITS = new Uint8Array(8192);
for (const w of [...ONE_WORD, ...PHRASE_FIRST]) {
  const h = hashOfCodes(w);
  PRIVATE_BITS[(h & 0xffff) >> 3] = (PRIVATE_BITS[(h & 0xffff) >> 3] ?? 0) | (1 << (h & 7));
}
// The endings' last three letters (ASCII, as the fast path needs): a run that ends otherwise is no compound of theirs.
const tailKey = (a: number, b: number, c: number): number => ((a | 32) * 65536 + (b | 32)) * 65536 + (c | 32);
const ENDING_TAILS = new Set(PRIVATE_ENDINGS.map((w) => tailKey(w.charCodeAt(w.length - 3), w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))));
// Off unless every first word is of the runs' letters (lower case) and every ending of ASCII letters.
const FAST_ON = PRIVATE_ENDINGS.every((w) => /^[a-z]{3,}$/.test(w)) && [...ONE_WORD, ...PHRASE_FIRST].every((w) => w !== '' && Array.from({ length: w.length }, (_, i) => w.charCodeAt(i)).every(isLatinLower));
const HYPHEN = 45;

/** PRIVATE.test(text.slice(from, to)) (`reference`: by the pattern itself). */
export function privateWordIn(text: string, from: number, to: number, reference = false): boolean {
  const runs = reference || !FAST_ON || hasFoldSpecial(text) ? undefined : latinRuns(text);
  if (runs === undefined || runs.odd || runs.otherLetters) return PRIVATE.test(text.slice(from, to));
  const { count, start, end, lowerHash } = runs;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((end[mid] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  let phrase = false;
  for (let k = lo; k < count; k++) {
    const a = Math.max(start[k] ?? 0, from);
    const b = Math.min(end[k] ?? 0, to);
    if (a >= b) break;
    const whole = a === start[k] && b === end[k];
    const h = whole ? (lowerHash[k] ?? 0) : 0;
    const listed = !whole || ((PRIVATE_BITS[(h & 0xffff) >> 3] ?? 0) & (1 << (h & 7))) !== 0;
    const tail = b - a >= 3 && ENDING_TAILS.has(tailKey(text.charCodeAt(b - 3), text.charCodeAt(b - 2), text.charCodeAt(b - 1)));
    if (!listed && !tail) continue;
    const word = text.slice(a, b).toLowerCase();
    const free = (a === from || text.charCodeAt(a - 1) !== HYPHEN) && (b === to || text.charCodeAt(b) !== HYPHEN);
    if (free && (ONE_WORD.has(word) || (tail && PRIVATE_ENDINGS.some((x) => word.endsWith(x))))) return true;
    if (PHRASE_FIRST.has(word)) phrase = true;
  }
  return phrase && PRIVATE.test(text.slice(from, to));
}
const WORD = /\p{Lu}\p{Ll}+/gu;
const ENDINGS = [...VENUE_ENDINGS].sort((a, b) => b.length - a.length);
// A clause ends at a line break, a semicolon, "!" or "?", or a full stop before a capital: an address's venue is named
// in the same clause ("Semperoper am Theaterplatz 2", "Farmacia Central (plaza Mayor 3").
// A full stop after a word of one to four letters is an abbreviation ("Av. Joan Carles I", "Dr. Weiß"), not an end.
const CLAUSE_END = /[\n;!?]|(?<!(?:^|[\s(])\p{L}{1,4})\.\s+(?=\p{Lu})/gu;

// How far before an address its venue may be named; how far around it a private word or a person keeps it; how far
// from a dropped venue address the venue's phone may be.
const VENUE_REACH = 80;
const PRIVATE_REACH = 60;
const PHONE_REACH = 40;
// A venue's information or booking line right before its number, in the six languages ("Enquiries", "Auskunft",
// "renseignements", "información", "informatie", "informazioni", "reservations"), and how far back its venue may be named.
const INFO_LINE_BEFORE =
  /(?<![\p{L}])(?:enquiries|enquiry|inquiries|information|informations|informationen|info|infos|auskunft|renseignements|información|informaciones|informatie|informazioni|info e prenotazioni|reservations|bookings|reservierungen|réservations|reservas|reserveringen|prenotazioni)(?:\s+(?:line|tel\.?|telephone|phone|telefon|téléphone|teléfono|telefoon|telefono))?\s*[:.]?\s*$/iu;
const INFO_REACH = 300;
// Mentions of venues and visiting words that make a whole text a guide to or a plan of public places.
const GUIDE_MENTIONS = 3;

// Words that end like a compound venue and are none: English surnames on "-oper" ("Cooper", "Hooper"; "Semperoper" is
// longer) and German "-samt" ("insgesamt", "gesamt").
const NOT_COMPOUND = /^(?:.{0,3}oper|.*samt)$/u;

/** True when `word` is a German or Dutch compound naming a building ("Hauptbahnhof", "Rijksmuseum"), not a dwelling. */
function isVenueCompound(word: string): boolean {
  const low = word.toLowerCase();
  if (low.startsWith('wohn') || low.startsWith('woon') || NOT_COMPOUND.test(low)) return false;
  return ENDINGS.some((e) => low.length >= e.length + 3 && low.endsWith(e));
}

// A noun after a surname particle, with no name after it, is a surname ("García de la Torre, Mª Carmen", "Jan van
// der Kerk"; "di Palazzo Madama" names a palace); one in capitals longer than an acronym is a name in a label or list
// ("GARCÍA DE LA TORRE").
const PARTICLE_BEFORE = /(?:^|[\s(])(?:de|del|de la|de los|della|di|da|van|van de|van der|von|du|des|le)\s+$/iu;
const UPPER_WORD = /^\p{Lu}{4,}$/u;
// A venue noun, maybe an adjective, and a preposition right before the address: the venue is the one at that street
// ("la biblioteca comunale di via Senato 10", "die Apotheke in der Hauptstraße 5", "la pharmacie de la rue Nationale").
// English "at/on/in" only right after the noun ("the leisure centre on 40 Park Road"), never after a verb: "The
// restaurant is at 2450 Crown St" (pii-eval's template) names no particular place.
const VENUE_AT = new RegExp(
  `(?<![\\p{L}])(?:${alternation(VENUE_WORDS)})(?:(?:\\s+\\p{Ll}+)?\\s+(?:di|de|del|della|de la|in|en|in der|an der|am|aan de|op de|à la|au)|\\s+(?:at|on|in))\\s+$`,
  'iu',
);
// A venue is named when a proper name stands next to its noun: "British Museum", "Museo Reina Sofía", "Farmacia
// Central", "musée d'Orsay", "Gallerie degli Uffizi", "basilique Notre-Dame". "The restaurant is at", "the bus
// station is on" name none: a place that could be anyone's, so its address stays a finding.
// One lowercase adjective may stand between the noun and a name that follows a particle ("consulat général d'Italie",
// "museo nazionale del Bargello"), not before a bare capital ("the restaurant serves Slovenian food").
const NAME_AFTER =
  /^\s+(?:(?:de|del|de la|de los|des|du|della|degli|delle|dei|di|van|of|von|der)\s+)?\p{Lu}|^\s*(?:d['’]|dell['’])\p{Lu}|^\s+\p{Ll}+\s+(?:(?:de|del|de la|de los|des|du|della|degli|delle|dei|di|van|of|von|der)\s+\p{Lu}|(?:d['’]|dell['’])\p{Lu})/u;
const CAPITAL_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’.-]*)\s+$/u;
// Articles and contractions that stand capitalised at a sentence's start or as German nouns' companions: never a name.
const ARTICLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'le', 'la', 'les',
  'un', 'une', 'du', 'au', 'aux', 'el', 'los', 'las', 'una', 'al', 'del', 'het', 'een', 'de', 'il', 'lo', 'gli', 'i', 'nel', 'nella',
]);
// The writer's own number: "call me on", "mi móvil", "mein Handy" before a phone keeps it (as in company-addresses.ts).
const FIRST_PERSON = /(?<![\p{L}])(?:me|my|mine|mich|mir|mein|meine|meiner|moi|mon|ma|mes|mi|mio|mia|mij|mijn|ik|ich|je|yo|io|llámame|llamadme|llámeme|chiamami|chiamatemi)(?![\p{L}])/iu;
const SENTENCE_BEFORE = /(?:^|[.!?:\n"“«(]\s*)$/u;

/** Whether the venue noun at text[s, e) names a particular place, not part of a surname or a name in capitals. */
function namedVenue(text: string, s: number, e: number): boolean {
  const noun = text.slice(s, e);
  if (UPPER_WORD.test(noun)) return false;
  // A capitalised phrase is an institution's name itself ("Parc des expositions", "Town Hall", "Hôtel de Ville").
  if (/\s/.test(noun) && /^\p{Lu}/u.test(noun)) return true;
  if (NAME_AFTER.test(text.slice(e, e + 12))) return true;
  if (PARTICLE_BEFORE.test(text.slice(Math.max(0, s - 12), s))) return false;
  const before = text.slice(Math.max(0, s - 30), s);
  const cap = CAPITAL_BEFORE.exec(before);
  if (cap !== null) return !ARTICLES.has((cap[1] ?? '').toLowerCase()) && !SENTENCE_BEFORE.test(before.slice(0, cap.index + cap[0].indexOf(cap[1] ?? '')));
  // A capitalised noun that is not a sentence's first word or after an article is a name itself ("Colosseo (").
  return /^\p{Lu}/u.test(noun) && !SENTENCE_BEFORE.test(before) && !ARTICLES.has(/(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '');
}

/** Whether text[from, to) names a venue: a named venue noun, or a compound that ends in one ("Rijksmuseum"). */
function namesVenue(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(window); m !== null; m = VENUE.exec(window)) if (namedVenue(text, from + m.index, from + m.index + m[0].length)) return true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(window); m !== null; m = WORD.exec(window)) if (isVenueCompound(m[0])) return true;
  return false;
}

/** Where the clause that holds `at` starts, looking back at most VENUE_REACH characters. */
function clauseStart(text: string, at: number): number {
  const lo = Math.max(0, at - VENUE_REACH);
  const window = text.slice(lo, at);
  let start = lo;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window)) start = lo + m.index + m[0].length;
  return start;
}

/** Venue and visiting-word mentions in the whole text; 0 when it names no particular venue or has no visiting word. */
function guideMentions(text: string): number {
  // Visiting words first: a text without one is no guide, and the venue search is the costlier of the two.
  let visits = 0;
  VISIT.lastIndex = 0;
  while (VISIT.exec(text) !== null) visits++;
  if (visits === 0) return 0;
  let venues = 0;
  let named = false;
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(text); m !== null; m = VENUE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (UPPER_WORD.test(m[0]) || PARTICLE_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    venues++;
    named ||= namedVenue(text, s, e);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (!isVenueCompound(m[0])) continue;
    venues++;
    named = true;
  }
  // A guide has visiting words; venue nouns alone are a form or a letter that names its school or clinic.
  return named ? venues + visits : 0;
}

const overlaps = (h: Hit, s: number, e: number): boolean => h.start < e && h.end > s;

/**
 * Addresses and phone numbers of public places and businesses, removed in place:
 * - a STREET_ADDRESS whose own clause names a particular venue before it (a museum, station, town hall, theatre, church, library,
 *   embassy, pharmacy, hotel, shop... in six languages, data/public-venues.ts): "Rijksmuseum (Museumstraat 1)",
 *   "Semperoper am Theaterplatz 2", "Farmacia Central (plaza Mayor 3";
 * - any STREET_ADDRESS of a text that is a guide to or a plan of public places (GUIDE_MENTIONS venue and visiting
 *   words, at least one of each, one venue named: a city walk, a route between museums, opening hours, a roadshow plan's "Capital Suite 12");
 * - a PHONE_NUMBER whose clause names a venue ("Reservas en el restaurante Botín: 913...", "Het Rijksmuseum is
 *   bereikbaar via 020...") or within PHONE_REACH of such an address, in the same clause ("plaza Mayor 3, 975 21 10 45"), or
 *   right after an information or booking word with a venue named up to INFO_REACH before ("The Fitzwilliam Museum, ...
 *   Enquiries 01223 332900"), unless a first-person word is right before it ("call me on");
 * - a name read inside such an address ("102 cours Lafayette").
 * An address always stays when a person is found, or a private word ("home", "Wohnung", "demeurant", "mi", "cliente")
 * stands, within PRIVATE_REACH of it: a private person's address named next to a public place.
 */
export function dropPublicAddresses(text: string, hits: Hit[]): void {
  if (!hits.some((h) => (h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER') && h.score >= 0.5)) return;
  // A name read inside an address ("102 cours Lafayette") is the street's, not a person next to it.
  const streets = hits.filter((h) => h.entity === 'STREET_ADDRESS');
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5 && !streets.some((a) => overlaps(a, h.start, h.end)));
  const personNear = (s: number, e: number): boolean => persons.some((p) => overlaps(p, s, e));
  const privateNear = (s: number, e: number): boolean => privateWordIn(text, Math.max(0, s - PRIVATE_REACH), Math.min(text.length, e + PRIVATE_REACH));
  let guide: boolean | undefined;
  // The venue's own: its clause names it before the value, or the value follows its noun and a preposition, or the
  // whole text is a guide to public places.
  const venueValue = (h: Hit, inGuide: boolean): boolean => {
    const clause = clauseStart(text, h.start);
    return namesVenue(text, clause, h.start) || VENUE_AT.test(text.slice(Math.max(clause, h.start - 40), h.start)) || (inGuide && (guide ??= guideMentions(text) >= GUIDE_MENTIONS));
  };
  const drop = new Set<Hit>();
  for (const h of hits) {
    if (h.entity !== 'STREET_ADDRESS' || h.score < 0.5) continue;
    if (privateNear(h.start, h.end) || personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH)) continue;
    if (venueValue(h, true)) drop.add(h);
  }
  const venues = [...drop];
  for (const h of hits) {
    if (h.entity !== 'PHONE_NUMBER' || h.score < 0.5) continue;
    // "call me on", "mi móvil", "mein Handy": the writer's own number, whatever venue is near.
    if (FIRST_PERSON.test(text.slice(Math.max(0, h.start - PHONE_REACH), h.start)) || privateNear(h.start, h.end) || personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH)) continue;
    const listed = venues.some((a) => {
      const [s, e] = a.end <= h.start ? [a.end, h.start] : [h.end, a.start];
      if (e - s > PHONE_REACH || e < s) return false;
      CLAUSE_END.lastIndex = 0;
      return !CLAUSE_END.test(text.slice(s, e));
    });
    // A phone goes by its own clause or a listed venue address, not by the genre: a form that names its school holds
    // the parents' numbers. An information or booking line ("Enquiries 01223...", "información 944...", "informatie
    // 020...") is the venue's when a venue is named in the text before it, beyond its clause.
    if (listed || venueValue(h, false) || (INFO_LINE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) && namesVenue(text, Math.max(0, h.start - INFO_REACH), h.start)))
      drop.add(h);
  }
  if (drop.size === 0) return;
  // A name read inside a dropped address is the street's ("102 cours Lafayette"): it goes with it.
  for (const h of hits) if (h.entity === 'PERSON' && venues.some((a) => a.start <= h.start && h.end <= a.end)) drop.add(h);
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
