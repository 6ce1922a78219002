import { ADDRESS_PUBLIC_WORDS } from './data/address-public-words.js';
import { ORG_WORDS, PROFESSION_BODIES } from './data/org-words.js';
import { ADDRESS_OF, MOCK_WORDS, VENUE_WORDS } from './data/public-venues.js';
import { foldText as fold } from './evidence-text.js';
import { addPhrase, PHRASE_WORD, phraseEnd, type PhrasesByFirst } from './phrase-table.js';
import { LANGUAGES } from './languages.js';

/*
 * Public evidence for a lone street address, the other half of the address gate (address-evidence.ts). A request whose
 * only findings are street addresses keeps them when an address has evidence of a private person near it (a resident, a
 * recipient, a household); otherwise it keeps them unless every address has evidence that it is public: an organisation's,
 * a venue's, a listing's, a story's or history's. An address with neither is someone's: the questions that send a bare
 * address ask which office, depot, cemetery or branch serves the person who lives there ("Welches Jobcenter ist zuständig,
 * wenn jemand nach Liebigstraße 14, 04103 Leipzig zieht?", "Valt Kerkstraat 12, 3581 RD Utrecht binnen onze haal- en
 * brengzone?"), and nothing in them names a public place.
 *
 * Public evidence for one address (publicEvidenceFor):
 *  - a named place apposed right before it (the caller's namedPlaceBefore, and a capitalised name opening its line or
 *    bracketing it: "Febo, Ferdinand Bolstraat 21", "Ruby Lilly München (Dachauer Straße 37)");
 *  - a field of a record: the address is a value of a JSON string's object (a tool's result: a venue, a listing, a
 *    register entry), told with no person (the gate runs only when every finding is an address);
 *  - an organisation or venue noun (data/org-words.ts, data/public-venues.ts) in its sentence, unless the writer asks
 *    which one serves the address ("which of our branches", "quel crématorium") or the sentence is a catchment question
 *    ("zuständig", "le plus proche", "valt binnen", data/address-public-words.ts): then the office is the person's, not
 *    the address's owner;
 *  - a word of a public text in its sentence: a company register or seat, a head office, a story, a listing, a job
 *    advert, a venue's hours (data/address-public-words.ts);
 *  - an e-mail address or a web address within 200 characters: a contact block;
 *  - a year of history (1500-1999) in its sentence: a biography, a building's date, a founding year;
 *  - no address at all, read as one: an acronym in the street's words ("via NHS 111"), a day and a month ("18 Nov. Walk"),
 *    a run of house numbers ("67-69 avenue ...": a building's or a street's stretch);
 *  - an organisation's address named as such ("l'adresse du Conseil ...", public-venues.ts ADDRESS_OF), an address noun
 *    after a sentence that names an organisation ("... ante el Banco de España? Tengo la dirección de ..."), or an address
 *    checked for being current ("is that still right?", "sigue en", "noch aktuell").
 * A tool call's argument that copies an address of a message is judged by the message (address-evidence.ts).
 *
 * What it cannot see (for a compliance reader): a private home next to one of these ("my mum lives opposite the museum at
 * ...", where the home evidence of address-evidence.ts does not fire) is dropped, as before this reading; a public address
 * told with none of them ("Is 10 South Colonnade, London E14 4PU still right?") is kept.
 *
 * Speed: the gate runs only on a request whose findings are all addresses; each address reads its sentence (at most 80
 * characters before and 100 after, 160 after for the public text's words, 120 before it for the sentence before) word by
 * word against phrase tables keyed by their first word, and 400 characters for a mail or web address.
 */

const L = Object.values(ADDRESS_PUBLIC_WORDS);

/** Phrases looked up by their first folded word; "stem*" by its stem, "*end" by a word's ending. */
interface Phrases {
  byFirst: PhrasesByFirst;
  stems: string[];
  ends: string[];
}
function phrases(list: readonly string[]): Phrases {
  const byFirst: PhrasesByFirst = new Map();
  const stems: string[] = [];
  const ends: string[] = [];
  for (const p of list) {
    const f = fold(p);
    if (f.startsWith('*')) ends.push(f.slice(1));
    else if (f.endsWith('*')) stems.push(f.slice(0, -1));
    else addPhrase(byFirst, f);
  }
  return { byFirst, stems, ends };
}
/** The word indexes of `words` where a phrase of `set` starts (each at most once). Linear in the words. */
function phraseStarts(folded: string, words: readonly RegExpMatchArray[], set: Phrases): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.[0] ?? '';
    if (set.stems.some((s) => w.startsWith(s)) || set.ends.some((e) => w.length > e.length && w.endsWith(e))) {
      out.push(i);
      continue;
    }
    if ((set.byFirst.get(w) ?? []).some((p) => phraseEnd(folded, words, i, p) !== undefined)) out.push(i);
  }
  return out;
}

// A profession's body or regulator owns its address too ("l'Ordre des pharmaciens", "Bundeszahnärztekammer", "Consejo
// General de Dentistas"): German chambers by their compound's end.
const ORGS = phrases([...Object.values(ORG_WORDS).flat(), ...Object.values(VENUE_WORDS).flat(), ...Object.values(PROFESSION_BODIES).flat(), '*kammer']);
const PUBLIC_WORDS = phrases([...L.flatMap((l) => l.publicWords), ...Object.values(MOCK_WORDS).flat()]);
const CATCHMENT = phrases(L.flatMap((l) => l.catchment));
const ASK_WHICH = phrases([...L.flatMap((l) => l.askWhich), ...L.flatMap((l) => l.origin)]);
const ASK_ONLY = phrases(L.flatMap((l) => l.askWhich));
// How many words may stand between an interrogative (or a trip's start) and the noun it asks for ("which of our three
// delivery branches", "desde el taller de Polígono Store").
const ASK_REACH = 6;
// A capitalised name (or an acronym) opening the line, or any capitalised word right before an opening bracket, then the
// address, the line's label and its colon before it: a list's or a text's named place ("Febo, ", "Tabel leveranciers:
// Sligro, ", "Ouest-France, service lecteurs, ", "Ruby Lilly München (").
const LINE_NAME = /^[\s\-–•*]*(?:\d{1,3}[.)]\s+)?(?:[^:\n]{1,40}:\s*)?\p{Lu}[\p{L}\d&'’.-]*(?:[\s,]+[\p{L}\d&'’.-]+){0,5}\s*[,–—]\s*$/u;
const BRACKET_NAME = /\p{Lu}[\p{L}\d&'’.-]*\s*\(\s*$/u;
const CONTACT = /[\p{L}\d._%+-]+@[\p{L}\d-]+\.[\p{L}\d.-]+|https?:\/\/|(?<![\p{L}\d])www\.[\p{L}\d-]+\./u;
const CONTACT_REACH = 200;
const NEXT_REACH = 160;
// A year of history: 1500-1999, not a postcode's digits (Dutch "1098 CA", a house number run "1500-1510").
const HISTORY_YEAR = /(?<![\d.,/–-])1[5-9]\d\d(?!\d|[.,/–-]\d|\s?[A-Z]{2}(?![\p{L}]))/u;

const ADDRESSES_OF = phrases(Object.values(ADDRESS_OF).flat());
const ADDRESS_NOUNS = phrases(L.flatMap((l) => l.addressNouns));
const STILL_RIGHT = phrases(L.flatMap((l) => l.stillRight));
// How far back the sentence before the address's sentence is read, for an organisation the address noun refers to.
const PREVIOUS_REACH = 120;
// At most this many words before the address make its sentence an answer to the one before.
const ANSWER_WORDS = 4;
// Not an address at all, read as one: an acronym inside a street's words ("via NHS 111", "corso OSS di 18", "via Relay UK
// 18001"), or a day and a month's abbreviation ("18 Nov. Walk"). A street's name is words, not an organisation's initials;
// a Dutch postcode's letters follow its digits ("1098 CA") and a British postcode's hold digits.
const ACRONYM = /(?<![\p{L}\d])\p{Lu}{2,5}(?![\p{L}\d])/u;
const LOWER = /\p{Ll}/u;
// A run of house numbers ("Hauptstraße 1–80", "67-69 avenue ..."): a building's or a street's stretch, no one's door (a
// Dutch floor after the number, "88-2", is smaller than it).
const RANGE_NUMBERS = /(?<![\d])(\d{1,4})\s?[–-]\s?(\d{1,4})(?![\d])/u;
const RANGE = { test: (s: string): boolean => { const m = RANGE_NUMBERS.exec(s); return m !== null && Number(m[2]) > Number(m[1]); } };
const MONTHS = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.months))].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(`^\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?\\s`, 'iu');

/** The sentence around the address, for the public evidence of publicEvidenceFor. */
export interface AddressSentence {
  /** The whole text the address was found in. */
  text: string;
  start: number;
  end: number;
  /** Its sentence before it (at most 80 characters). */
  tail: string;
  /** The line of that which holds the address, less the address's own words when it was read from its number on. */
  line: string;
  /** Its sentence after it on its line (at most 100 characters). */
  head: string;
  /** A named place apposed right before it (address-evidence.ts namedPlaceBefore). */
  named: boolean;
  /** A value of a record (a JSON string's object). */
  inRecord: boolean;
}

/** Whether an organisation or venue noun of `folded` is the address's owner: one not asked for, in no catchment question. */
function ownerNoun(folded: string): boolean {
  const words = [...folded.matchAll(PHRASE_WORD)];
  const orgs = phraseStarts(folded, words, ORGS);
  return orgs.length > 0 && !officeAsked(folded, words, orgs);
}

/**
 * Whether the organisation or venue nouns at `orgs` stand in a catchment question, or each right after an interrogative
 * (`asking`: ASK_WHICH, with a trip's start words; ASK_ONLY, the interrogatives alone).
 */
function officeAsked(folded: string, words: readonly RegExpMatchArray[], orgs: readonly number[], asking: Phrases = ASK_WHICH): boolean {
  if (phraseStarts(folded, words, CATCHMENT).length > 0) return true;
  const asks = phraseStarts(folded, words, asking);
  return orgs.every((o) => asks.some((a) => a < o && o - a <= ASK_REACH));
}

/**
 * Whether `text` (the clause before an address) asks which office serves the address rather than naming the address's
 * owner: it names an organisation or venue only in a catchment question or after an interrogative ("Welches Jobcenter ist
 * zuständig, wenn jemand nach Liebigstraße 14 ... zieht?", "Which council covers ...", "Quel CCAS est compétent pour
 * ..."). public-addresses.ts reads it before taking a named office for the address's own.
 */
export function asksWhichOffice(text: string): boolean {
  const folded = fold(text);
  const words = [...folded.matchAll(PHRASE_WORD)];
  const orgs = phraseStarts(folded, words, ORGS);
  // Not a trip's start ("from the station to the Rijksmuseum at ..."): the venue at its end owns the address.
  return orgs.length > 0 && officeAsked(folded, words, orgs, ASK_ONLY);
}

/** The kind of public evidence for the address (see above), if any. */
export function publicEvidenceFor(s: AddressSentence): string | undefined {
  if (s.inRecord) return 'record';
  if (s.named || LINE_NAME.test(s.line) || BRACKET_NAME.test(s.line)) return 'named';
  const own = s.text.slice(s.start, s.end);
  // The street's part: up to the first comma (a floor's "2. OG" or a postcode's letters come after it).
  const street = own.split(',')[0] ?? own;
  // A range may stand right before or after the address's number ("67-69 avenue ...", "Hauptstraße 1–80").
  const ranged = `${s.text.slice(Math.max(0, s.start - 5), s.start)}${street}${street === own ? s.text.slice(s.end, s.end + 5) : ''}`;
  if ((ACRONYM.test(street) && LOWER.test(street)) || DAY_MONTH.test(own) || RANGE.test(ranged)) return 'misread';
  const sentence = fold(`${s.tail} … ${s.head}`);
  if (ownerNoun(sentence)) return 'organisation';
  const words = [...sentence.matchAll(PHRASE_WORD)];
  // A public text's words read on into the next sentence ("Does 4 Kingfisher Drive ... meet MEES? It's going on the
  // market next week."), and in the address's own words ("1 EXAMPLE ST").
  const around = fold(`${s.tail} … ${own} … ${s.text.slice(s.end, s.end + NEXT_REACH)}`);
  if (phraseStarts(around, [...around.matchAll(PHRASE_WORD)], PUBLIC_WORDS).length > 0) return 'public-text';
  const tail = fold(s.tail);
  if (phraseStarts(tail, [...tail.matchAll(PHRASE_WORD)], ADDRESSES_OF).length > 0) return 'address-of';
  if (phraseStarts(sentence, words, STILL_RIGHT).length > 0) return 'checked';
  // "¿Dónde presenta un cliente una reclamación ante el Banco de España? Tengo la dirección de C/ Alcalá 48": the address
  // noun of its sentence refers back to the organisation of the sentence before; so does a sentence that opens with a
  // few words and the address, an answer to it ("¿Dónde está el museo? Creo que en Calle ...").
  const tailWords = [...tail.matchAll(PHRASE_WORD)];
  if (tailWords.length <= ANSWER_WORDS || phraseStarts(tail, tailWords, ADDRESS_NOUNS).length > 0) {
    const from = s.start - s.tail.length;
    if (ownerNoun(fold(s.text.slice(Math.max(0, from - PREVIOUS_REACH), from)))) return 'organisation';
  }
  if (CONTACT.test(s.text.slice(Math.max(0, s.start - CONTACT_REACH), s.end + CONTACT_REACH))) return 'contact';
  if (HISTORY_YEAR.test(s.tail) || HISTORY_YEAR.test(s.head)) return 'history';
  return undefined;
}
