import { LEGAL_FORMS } from './data/company-cues.js';
import { BRANCH_TAILS, BUILT_WORDS, CLOSED_WORDS, EVENTS, FARM_WORDS, NAMING_LABELS, OPENING_HOURS, ORG_ENDINGS, ORG_TAILS, ORG_WORDS, PREMISES, VENUE_LABELS } from './data/org-words.js';
import { ACRONYM_VENUES, AFTER_NAME_ONLY, VENUE_ENDINGS, VENUE_WORDS } from './data/public-venues.js';
import { alternation, prefixTree } from './data/struct-cues.js';
import { LastWordGate, mayStartIn, WINDOW_CUE_WORDS } from './word-gate.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { canonical, foldsAsLowerCase, PhraseIndex } from './phrase-index.js';
import { isLetterCode, isSpaceCode, PhraseTrie, WordScan } from './phrase-trie.js';

/*
 * Whether a stretch of text names an organisation or a public venue: the owner that makes the street address, phone
 * or mailbox after it the organisation's public contact, not a private person's. One place for every kind of owner:
 * a venue or business noun next to a proper name ("Teatro alla Scala", "Studio Leipzig-Mitte", "Baumarkt Hellweg"),
 * a compound that ends in one ("Rijksmuseum", "Getränkemarkt"), a company's legal form after its name ("Hollis GmbH"),
 * a brand written in camel case ("PureFit", "PostNL"), a public event's venue ("quiz night at the Red Lion"). Read by
 * public-addresses.ts, which keeps an address whenever a private word or a person is near it.
 */

const NOUNS = { en: [...VENUE_WORDS.en, ...ORG_WORDS.en, ...FARM_WORDS.en], de: [...VENUE_WORDS.de, ...ORG_WORDS.de, ...FARM_WORDS.de], fr: [...VENUE_WORDS.fr, ...ORG_WORDS.fr, ...FARM_WORDS.fr], es: [...VENUE_WORDS.es, ...ORG_WORDS.es, ...FARM_WORDS.es], nl: [...VENUE_WORDS.nl, ...ORG_WORDS.nl, ...FARM_WORDS.nl], it: [...VENUE_WORDS.it, ...ORG_WORDS.it, ...FARM_WORDS.it] };
// Farm nouns name a business only when capitalised (data/org-words.ts FARM_WORDS).
const FARMS: ReadonlySet<string> = new Set(Object.values(FARM_WORDS).flat());
// Speed: the nouns as a prefix tree, and (before the look-behind, costly at every position) their first letters.
const NOUN_FIRST = [...new Set(Object.values(NOUNS).flatMap((l) => l.map((w) => w.charAt(0).toLowerCase())))];
const FIRST_AHEAD = NOUN_FIRST.every((c) => /^\p{L}$/u.test(c)) ? `(?=[${NOUN_FIRST.join('')}])` : '';
/** Venue and organisation nouns as whole words. */
const VENUE_PATTERN = new RegExp(`${FIRST_AHEAD}(?<![\\p{L}\\p{N}])(?:${prefixTree(NOUNS)})(?![\\p{L}])`, 'giu');
// Speed: the pattern, over 800 KB of compiled code, runs only on text beyond Latin-1 (phrase-trie.ts).
const VENUE_TRIE = new PhraseTrie(Object.values(NOUNS).flat());
export const VENUE = new WordScan(Object.values(NOUNS).flat(), VENUE_PATTERN);

/** Whether `s` holds a venue or organisation noun as a word ("George Best Belfast City Airport", "Canile comunale di Milano"). */
export function holdsVenueNoun(s: string): boolean {
  VENUE.lastIndex = 0;
  const found = VENUE.exec(s) !== null;
  VENUE.lastIndex = 0;
  return found;
}

export const CAPITAL_WORD = /\p{Lu}\p{Ll}+/gu;
const ENDINGS = [...VENUE_ENDINGS, ...ORG_ENDINGS].sort((a, b) => b.length - a.length);
// Words that end like a compound venue and are none: English surnames on "-oper" ("Cooper", "Hooper"; "Semperoper" is
// longer) and German "-samt" ("insgesamt", "gesamt").
const NOT_COMPOUND = /^(?:.{0,3}oper|.*samt)$/u;

/** True when `word` is a German or Dutch compound naming a building ("Hauptbahnhof", "Rijksmuseum"), not a dwelling. */
// Speed: the endings by their last two letters (all have two or more), longest first as in ENDINGS.
const ENDINGS_BY_TAIL: ReadonlyMap<string, readonly string[]> | undefined = ENDINGS.every((e) => e.length >= 2)
  ? ENDINGS.reduce((m, e) => m.set(e.slice(-2), [...(m.get(e.slice(-2)) ?? []), e]), new Map<string, string[]>())
  : undefined;

export function isVenueCompound(word: string): boolean {
  const low = word.toLowerCase();
  const endings = ENDINGS_BY_TAIL === undefined ? ENDINGS : ENDINGS_BY_TAIL.get(low.slice(-2));
  if (endings === undefined) return false;
  if (low.startsWith('wohn') || low.startsWith('woon') || NOT_COMPOUND.test(low)) return false;
  return endings.some((e) => low.length >= e.length + 3 && low.endsWith(e));
}

// A noun after a surname particle, with no name after it, is a surname ("García de la Torre, Mª Carmen", "Jan van
// der Kerk"; "di Palazzo Madama" names a palace); one in capitals longer than an acronym is a name in a label or list
// ("GARCÍA DE LA TORRE").
export const PARTICLE_BEFORE = /(?:^|[\s(])(?:de|del|de la|de los|della|di|da|van|van de|van der|von|du|des|le)\s+$/iu;
export const UPPER_WORD = /^\p{Lu}{4,}$/u;
// A venue is named when a proper name stands next to its noun: "British Museum", "Museo Reina Sofía", "Farmacia
// Central", "musée d'Orsay", "Gallerie degli Uffizi", "basilique Notre-Dame". "The restaurant is at", "the bus
// station is on" name none: a place that could be anyone's, so its address stays a finding.
// One lowercase adjective may stand between the noun and a name that follows a particle ("consulat général d'Italie",
// "museo nazionale del Bargello"), not before a bare capital ("the restaurant serves Slovenian food").
// A contracted article-preposition may stand between them too ("Teatro alla Scala", "Autohaus am Ring", "Café zum
// Löwen", "Hôtel du Louvre"), an adjective before a full name ("École élémentaire Jules Ferry", "Scuola primaria
// Gianni Rodari"; "the restaurant serves Slovenian food" has one capital), and a noun used as a label takes its name after a colon ("Depot: Gewerbegebiet Nord").
// Or the name in a bracket right after the noun ("ein Makler (Engel & Partner Leipzig, ...)"), or in quotes as a shop's
// name is written in running text ("das Café "Zuckerstück"", "la boulangerie « Au Pain Doré »", "la gelateria "Nuvola"").
const NAME_AFTER =
  /^\s*["“„«‘]\s*\p{Lu}|^\s*\(\s*(?!(?:Tel|Tél|Telefon|Teléfono|Telefono|Telefoon|Phone|Fax)(?![\p{L}]))\p{Lu}|^\s+(?:(?:de|del|de la|de los|des|du|della|degli|delle|dei|di|van|of|von|der|am|im|an der|zum|zur|alla|alle|allo|al|au|aux)\s+)?\p{Lu}|^:\s+\p{Lu}|^\s*(?:d['’]|dell['’])\p{Lu}|^\s+\p{Ll}+\s+(?:(?:de|del|de la|de los|des|du|della|degli|delle|dei|di|van|of|von|der)\s+\p{Lu}|(?:d['’]|dell['’])\p{Lu})|^\s+\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
const HYPHEN_NAME = /(?:^|[\s(-])\p{Lu}[\p{L}'’]+-$/u;
const CAPITAL_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’.-]*)\s+$/u;
// Articles and contractions that stand capitalised at a sentence's start or as German nouns' companions: never a name.
const ARTICLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'le', 'la', 'les',
  'un', 'une', 'du', 'au', 'aux', 'el', 'los', 'las', 'una', 'al', 'del', 'het', 'een', 'de', 'il', 'lo', 'gli', 'i', 'nel', 'nella',
]);
const SENTENCE_BEFORE = /(?:^|[.!?:\n"“«(]\s*)$/u;
// The same without the colon: a capitalised word after a label's colon names the place ("Stopp 2: Edeka Center").
const SENTENCE_START = /(?:^|[.!?\n"“«(]\s*)$/u;

const AFTER_ONLY: ReadonlySet<string> = new Set(AFTER_NAME_ONLY);
const ACRONYMS: ReadonlySet<string> = new Set(ACRONYM_VENUES);
// A capitalised name right before a noun of AFTER_NAME_ONLY ("Erasmus MC"), not an article or a sentence's first word.
const NAME_RIGHT_BEFORE = /(?:^|[\s(:])(\p{Lu}\p{Ll}+)\s+$/u;
function nameRightBefore(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 30), s);
  const m = NAME_RIGHT_BEFORE.exec(before);
  return m !== null && !ARTICLES.has((m[1] ?? '').toLowerCase());
}

/** Whether the venue noun at text[s, e) names a particular place, not part of a surname or a name in capitals. */
export function namedVenue(text: string, s: number, e: number): boolean {
  const noun = text.slice(s, e);
  if (!/^\p{Lu}/u.test(noun) && FARMS.has(noun.toLowerCase())) return false;
  // An institution known by its acronym names itself in capitals ("auprès de la CNIL, 3 place ...").
  if (/^\p{Lu}{2,}$/u.test(noun) && ACRONYMS.has(noun.toLowerCase())) return true;
  if (UPPER_WORD.test(noun)) return false;
  if (AFTER_ONLY.has(noun.toLowerCase())) return nameRightBefore(text, s);
  // A capitalised phrase is an institution's name itself ("Parc des expositions", "Town Hall", "Hôtel de Ville").
  if (/\s/.test(noun) && /^\p{Lu}/u.test(noun)) return true;
  if (NAME_AFTER.test(text.slice(e, e + 40))) return true;
  // A name joined to the noun by a hyphen ("Essalam-moskee", "Van Gogh-museum", "Anne-Frank-school"): Dutch and German
  // write a named building so, the noun in lower case in Dutch.
  if (s > 1 && text.charCodeAt(s - 1) === 45 && HYPHEN_NAME.test(text.slice(Math.max(0, s - 30), s))) return true;
  if (PARTICLE_BEFORE.test(text.slice(Math.max(0, s - 12), s))) return false;
  const before = text.slice(Math.max(0, s - 30), s);
  const cap = CAPITAL_BEFORE.exec(before);
  if (cap !== null) return !ARTICLES.has((cap[1] ?? '').toLowerCase()) && !SENTENCE_START.test(before.slice(0, cap.index + cap[0].indexOf(cap[1] ?? '')));
  // A capitalised noun that is not a sentence's first word or after an article is a name itself ("Colosseo (").
  return /^\p{Lu}/u.test(noun) && !SENTENCE_BEFORE.test(before) && !ARTICLES.has(/(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '');
}

/** Whether text[from, to) names a venue: a named venue noun, or a compound that ends in one ("Rijksmuseum"). */
export function namesVenue(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(window); m !== null; m = VENUE.exec(window)) if (namedVenue(text, from + m.index, from + m.index + m[0].length)) return true;
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(window); m !== null; m = CAPITAL_WORD.exec(window)) if (isVenueCompound(m[0])) return true;
  return false;
}


const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
// A name that introduces the value right after it: a company's name and legal form ("Hollis GmbH, Hauptstr. 5",
// case-sensitive as registers print it), or a brand in camel case with its branch ("PureFit Canary Wharf, 1 ..."), a
// capital inside the word after a small letter, not a name's prefix ("McDonald", "MacLeod", "DiCaprio", "LeBlanc",
// "DeShawn", "VanDyke", "FitzGerald"). Only right before the value: product names ("WhatsApp", "EpiPen") and
// abbreviations ("BtM") stand anywhere in a sentence.
const INTRODUCES = `(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*[,(:\\n–-]?\\s*$`;
const LEGAL_NAME_BEFORE = new RegExp(`\\p{Lu}[\\p{L}&'’.-]*,?\\s+(?:${alt(LEGAL_FORMS)})\\s*[,(:\\n–-]?\\s*$`, 'u');
const BRAND_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Del|St)\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*${INTRODUCES}`, 'u');
// Speed: LEGAL_NAME_BEFORE can match only where the window, less its trailing spaces and one separator, ends with a
// legal form (LEGAL_FORMS_BY_LAST: by its last character); BRAND_BEFORE only where a small letter is followed by a
// capital. Both gates are read by char code and say no far more often than the patterns would say yes.
const LEGAL_FORMS_BY_LAST: ReadonlyMap<number, readonly string[]> = LEGAL_FORMS.reduce(
  (m, f) => m.set(f.charCodeAt(f.length - 1), [...(m.get(f.charCodeAt(f.length - 1)) ?? []), f]),
  new Map<number, string[]>(),
);
const LEGAL_PLAIN = LEGAL_FORMS.every((f) => !/\s/u.test(f));
const SPACE_CHAR = /^\s$/u;
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_CHAR.test(text.charAt(i)));
};
const endsWithLegalAt = (text: string, from: number, p: number): boolean =>
  (LEGAL_FORMS_BY_LAST.get(text.charCodeAt(p - 1)) ?? []).some((f) => p - f.length >= from && text.startsWith(f, p - f.length));
/** False only when LEGAL_NAME_BEFORE cannot match text.slice(from, to). */
function mayEndWithLegalName(text: string, from: number, to: number): boolean {
  if (!LEGAL_PLAIN) return true;
  let p = to;
  while (p > from && isSpaceAt(text, p - 1)) p--;
  if (p > from && endsWithLegalAt(text, from, p)) return true;
  const c = text.charCodeAt(p - 1);
  if (p > from && (c === 44 || c === 40 || c === 58 || c === 0x2013 || c === 45)) {
    p--;
    while (p > from && isSpaceAt(text, p - 1)) p--;
    return p > from && endsWithLegalAt(text, from, p);
  }
  return false;
}
const LOWER_CHAR = /^\p{Ll}$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
/** False only when text[from, to) has no small letter right before a capital (BRAND_BEFORE's \p{Ll}\p{Lu}). */
function mayHoldCamelCase(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const b = text.charCodeAt(i);
    if (b < 128) {
      if (b < 65 || b > 90) continue;
    } else if ((b >= 0xd800 && b <= 0xdfff) || !UPPER_CHAR.test(text.charAt(i))) {
      if (b >= 0xd800 && b <= 0xdfff) return true;
      continue;
    }
    const a = text.charCodeAt(i - 1);
    if (a < 128 ? a >= 97 && a <= 122 : (a >= 0xd800 && a <= 0xdfff) || LOWER_CHAR.test(text.charAt(i - 1))) return true;
  }
  return false;
}

const EVENT_WORDS = Object.values(EVENTS).flatMap((e) => e.words);
const EVENT_AT = Object.values(EVENTS).flatMap((e) => e.at);
// An event, at most two more words, a preposition and the venue's capitalised name (after an article or a quote).
const EVENT_VENUE = new RegExp(
  `(?<![\\p{L}])(?:${alt(EVENT_WORDS)})(?:\\s+\\p{L}+){0,2}?\\s+(?:${alt(EVENT_AT)})\\s*(?:(?:the|le|la|les|el|il|lo|het|de|der|dem|den)\\s+)?['‘’"“„«]?\\p{Lu}`,
  'iu',
);

// A name hit's first word and the rest.
const FIRST_WORD = /^(\p{L}+)\s+\p{Lu}/u;
const NAME_NEXT = /^\s+(?:(?:de|del|de la|du|des|di|della|van|von|der)\s+)?\p{Lu}/u;

/**
 * Whether a name hit is an organisation's name: its first word is a venue or business noun or a compound of one, and a
 * name follows ("Getränkemarkt Kessler", "Bar Aurora"). Surnames that end like a compound ("Nijenhuis") stand alone or
 * second, after a given name.
 */
// VENUE tried at the span's start only (sticky): the first match of the global scan is at 0 exactly when one is there.
const VENUE_AT_START = new RegExp(VENUE.source, 'iuy');
// Speed: on text that folds as lower case the nouns' tree answers both patterns (phrase-trie.ts).
const venueAtStart = (span: string, fast: boolean): string | undefined => {
  if (fast) {
    const e = VENUE_TRIE.longestAt(span, 0);
    return e < 0 ? undefined : span.slice(0, e);
  }
  VENUE_AT_START.lastIndex = 0;
  return VENUE_AT_START.exec(span)?.[0];
};
/** Where ARTICLE_NOUN's first match in `span` ends, or -1. */
function articleNounEnd(span: string, fast: boolean): number {
  if (!fast) {
    const inner = ARTICLE_NOUN.exec(span);
    return inner === null ? -1 : inner.index + inner[0].length;
  }
  // An article is a whole word (whitespace must follow it), its noun after the whole run of whitespace.
  for (let p = 0; p < span.length; p++) {
    if (p > 0 && isLetterCode(span.charCodeAt(p - 1))) continue;
    let q = p;
    while (q < span.length && !isSpaceCode(span.charCodeAt(q))) q++;
    if (q === p || q === span.length || !NOUN_ARTICLE_SET.has(span.slice(p, q).toLowerCase())) continue;
    while (q < span.length && isSpaceCode(span.charCodeAt(q))) q++;
    const e = VENUE_TRIE.longestAt(span, q);
    if (e >= 0) return e;
  }
  return -1;
}

export function isOrganisationName(span: string, reference = false): boolean {
  const fast = !reference && VENUE_TRIE.usable && foldsAsLowerCase(span);
  // The noun may be a phrase ("Zona Industriale ASI", "Service client Orange"), its name after a particle ("CHU de Nantes").
  const m = venueAtStart(span, fast);
  if (m !== undefined && !AFTER_ONLY.has(m.toLowerCase()) && NAME_NEXT.test(span.slice(m.length))) return true;
  const first = FIRST_WORD.exec(span)?.[1];
  if (first !== undefined && /^\p{Lu}\p{Ll}+$/u.test(first) && isVenueCompound(first)) return true;
  // Or a noun inside the span right after an article, with a name after it: a question's or sentence's first words
  // run into the venue's name ("Ist das Hotel Adlon Kempinski"). A person's name holds no article ("de", "der", "van der"
  // are particles, not read here).
  const inner = articleNounEnd(span, fast);
  if (inner >= 0 && NAME_NEXT.test(span.slice(inner))) return true;
  // Or a name that ends in an organisation's tail noun ("Arno Immobiliare", "Delfland Makelaars") or a chain's branch
  // ("Tempocasa Padova Centro").
  return (reference || TAIL_GATE.mayEnd(span, 0, span.length)) && TAIL_END.test(span);
}
// Speed: TAIL_END, TAIL_BEFORE and BRANCH_TAIL_BEFORE are anchored at their window's end only, so a run tries every start
// of it: they run only when a tail noun's or a branch's last word can end the window, or its hand-over word (LastWordGate;
// the words, matched in their case, are read back in lower case: a wider test).
const TAIL_GATE = new LastWordGate([...Object.values(ORG_TAILS).flat(), ...Object.values(BRANCH_TAILS).flat()].map((w) => w.toLowerCase()), 'none');
// An article that is no surname's particle, then a venue or organisation noun.
const NOUN_ARTICLES = ['the', 'das', 'die', 'dem', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'het', 'een', 'ein', 'eine', 'un', 'une', 'una', 'uno'];
const NOUN_ARTICLE_SET: ReadonlySet<string> = new Set(NOUN_ARTICLES);
const ARTICLE_NOUN = new RegExp(`(?<![\\p{L}])(?:${NOUN_ARTICLES.join('|')})\\s+(?:${prefixTree(NOUNS)})(?![\\p{L}])`, 'iu');
const TAIL_END = new RegExp(`\\s(?:${alt(Object.values(ORG_TAILS).flat())})$|\\p{L}\\s+\\p{L}+\\s+(?:${alt(Object.values(BRANCH_TAILS).flat())})$`, 'u');

/**
 * Whether text[from, to), the stretch of a clause right before an address, names its organisation or venue (see above):
 * a named venue or business noun, a public event's venue, or a company or brand name that introduces the address.
 */
export function namesOrganisation(text: string, from: number, to: number): boolean {
  if (namesVenue(text, from, to)) return true;
  const window = text.slice(from, to);
  return (
    EVENT_VENUE.test(window) ||
    (mayEndWithLegalName(text, from, to) && LEGAL_NAME_BEFORE.test(window)) ||
    (mayHoldCamelCase(text, from, to) && BRAND_BEFORE.test(window))
  );
}

// What may stand between a named venue's noun and the address it introduces: the rest of its name (at most five words
// or numbers: "Tribunal judiciaire", "Tribunale di Milano", "Landgericht München I", "Juzgado n.º 3"), then a separator.
const NAME_TAIL = /^(?:\s*(?:d['’]|dell['’])?[\p{L}\p{N}'’.º°&-]+){0,5}\s*[,(:–-]\s*$/u;
// A segment of an address's lead, between separators: a unit, building or estate line ("Unit 4", "Bâtiment B", "Gebouw
// C", "Zone industrielle Nord") or the street itself before a hit that starts at its number ("Am Sandtorkai ", "Via
// dell'Industria "). It opens with a capital or a digit, as address lines do, or is a unit word and its number ("nave 7",
// "edificio 3", "scala B"), or that word alone before the hit's number; a clause ("and my address is") is neither.
const LEAD_SEGMENT = /^\s*(?:[\p{Lu}\p{N}][^,;:!?\n()]{0,40}|\p{Ll}+\.?(?:\s+[\p{N}\p{Lu}][\p{N}\p{L}-]{0,4})?)$/u;
const LEAD_SEPARATOR = /[,;:!?\n()]/u;
// A desk or department line of the lead, written in lower case too ("service clientèle", "atención al cliente").
const DESK_SEGMENT = new RegExp(`^\\s*(?:${prefixTree(NOUNS)})\\s*$`, 'iu');
// Speed: DESK_SEGMENT tests a whole segment: on Latin-1 text it is one of the nouns exactly when its trimmed canonical
// form is (phrase-index.ts); the pattern, over 1 MB of compiled code, runs only on a segment beyond Latin-1.
const DESK_NOUNS = new PhraseIndex(Object.values(NOUNS).flat());
/** DESK_SEGMENT.test(segment), by DESK_NOUNS where it can; `reference`: the pattern alone, for tests. */
export function deskSegment(segment: string, reference = false): boolean {
  if (reference || !DESK_NOUNS.usable || !foldsAsLowerCase(segment)) return DESK_SEGMENT.test(segment);
  return DESK_NOUNS.has(canonical(segment.trim()));
}
const SPACE = /\s/u;
// Address lines an address's lead may take.
const LEAD_SEGMENTS = 3;

/**
 * Where, in the clause text[from, at) right before an address at `at`, the name of the organisation that introduces the
 * address starts, or -1: a company's name and legal form ("Brightwell Catering Ltd, Unit 4 Riverside Park"), a brand
 * in camel case, or a named venue noun whose name runs up to a separator ("Tribunal judiciaire, 4 boulevard du Palais",
 * "Rechtbank Amsterdam, Parnassusweg 220"). The name may stand before the address's whole lead, not only right before
 * the hit: a unit or building line, or the street before a hit that starts at the house number ("Hansen Logistik GmbH,
 * Am Sandtorkai 50, 20457 Hamburg"). What comes before that name is not the address's business.
 */
export function introducingName(text: string, from: number, at: number): number {
  let end = at;
  let nouns: NounMatches | undefined;
  for (let k = 0; k <= LEAD_SEGMENTS; k++) {
    const window = text.slice(from, end);
    const legal =
      (mayEndWithLegalName(text, from, end) ? LEGAL_NAME_BEFORE.exec(window) : null) ??
      (mayHoldCamelCase(text, from, end) ? BRAND_BEFORE.exec(window) : null);
    if (legal !== null) return nameStart(text, from, from + legal.index);
    nouns ??= nounMatches(text, from, at);
    const venue = venueBefore(text, from, end, nouns);
    if (venue !== -1) return nameStart(text, from, venue);
    const acronym = acronymHeading(text, from, end, at);
    if (acronym !== -1) return acronym;
    // Back over the separator and the spaces before `end`, then one lead segment, if it reads like an address line.
    let i = end;
    while (i > from && SPACE.test(text.charAt(i - 1))) i--;
    if (i > from && LEAD_SEPARATOR.test(text.charAt(i - 1))) i--;
    while (i > from && SPACE.test(text.charAt(i - 1))) i--;
    let sep = i - 1;
    while (sep >= from && !LEAD_SEPARATOR.test(text.charAt(sep))) sep--;
    if (sep < from || !(LEAD_SEGMENT.test(text.slice(sep + 1, i)) || deskSegment(text.slice(sep + 1, i)))) return -1;
    end = sep + 1;
  }
  return -1;
}

// An acronym heading the address's entry, then a comma or a bracket ("Formatta per il sito: FIGC, Via Gregorio Allegri
// 14", "UEFA, Route de Genève 46", "BfArM (Kurt-Georg-Kiesinger-Allee 3"): two to eight letters, at least two capitals and
// no more small letters than capitals, after the clause's start, a colon, a quote or a bracket. An institution or
// federation names itself so; a person does not. A word in capitals that is a listed given name or surname ("ROSSI,
// Via Roma 1") is a name written in capitals, and an address typed in capitals is a list in capitals: neither is read.
const ACRONYM_HEAD = /(?:^|[:;"'“„«‘(\n]|[.!?]\s)\s*(\p{Lu}\p{L}{1,7})\s*[,(]\s*$/u;
const CAPITAL = /\p{Lu}/gu;
const SMALL = /\p{Ll}/u;
function acronymHeading(text: string, from: number, end: number, at: number): number {
  const m = ACRONYM_HEAD.exec(text.slice(Math.max(from, end - 20), end));
  const w = m?.[1];
  if (m === null || w === undefined || !SMALL.test(text.slice(at, at + 40))) return -1;
  const capitals = w.match(CAPITAL)?.length ?? 0;
  if (capitals < 2 || capitals * 2 < w.length) return -1;
  if (w === w.toUpperCase()) {
    const word = w.toLowerCase();
    if (w.length < 3 || LISTED_FIRST_NAMES.has(word) || LISTED_SURNAMES.has(word)) return -1;
  }
  return end - m[0].length + m[0].indexOf(w);
}

// The words of a name before its last word or its noun: capitalised words and the "&" or "and" between them
// ("Fenwick & Hale LLP", "Krause und Söhne KG", "Royal Infirmary"), and the dash between a shop's name and its desk
// ("Casa Limoni – Ufficio Resi"; texts are read with their dashes made hyphens: "Maison Lavande - Service Retours").
const NAME_WORDS_BEFORE = /(?:(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|and|und|et|y|en|e|[–—-])\s+){1,5}$/u;

/** Where the name whose last word or noun starts at `at` begins, within text[from, at). */
function nameStart(text: string, from: number, at: number): number {
  const m = NAME_WORDS_BEFORE.exec(text.slice(Math.max(from, at - 80), at));
  return m === null ? at : at - m[0].length;
}

/** VENUE's and CAPITAL_WORD's matches in text[from, at), as [start, end) pairs in the text, in order. */
interface NounMatches {
  at: number;
  venues: number[];
  capitals: number[];
}

function nounMatches(text: string, from: number, at: number): NounMatches {
  const window = text.slice(from, at);
  const venues: number[] = [];
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(window); m !== null; m = VENUE.exec(window)) venues.push(from + m.index, from + m.index + m[0].length);
  const capitals: number[] = [];
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(window); m !== null; m = CAPITAL_WORD.exec(window)) capitals.push(from + m.index, from + m.index + m[0].length);
  return { at, venues, capitals };
}

/**
 * Where a named venue noun (or a compound of one) whose name runs up to a separator right before `to` starts, or -1.
 * Speed: the scans of text[from, at) (`nouns`) serve each shorter lead `to` < at, which ends right after a separator
 * (introducingName): a match that ends before that separator is found alike in the shorter slice, and none holds it
 * (the nouns have no such character) but a line break inside a noun of several words ("town\nhall"): then the slice
 * is scanned again.
 */
function venueBefore(text: string, from: number, to: number, nouns: NounMatches): number {
  const reuse = to === nouns.at || (to < nouns.at && LEAD_SEPARATOR.test(text.charAt(to - 1)) && text.charCodeAt(to - 1) !== 10);
  const { venues, capitals } = reuse ? nouns : nounMatches(text, from, to);
  let found = -1;
  for (let i = 0; i < venues.length; i += 2) {
    const s = venues[i] ?? 0;
    const e = venues[i + 1] ?? 0;
    if (e >= to) break;
    if (NAME_TAIL.test(text.slice(e, to)) && namedVenue(text, s, e)) found = s;
  }
  if (found !== -1) return found;
  for (let i = 0; i < capitals.length; i += 2) {
    const s = capitals[i] ?? 0;
    const e = capitals[i + 1] ?? 0;
    if (e >= to) break;
    if (isVenueCompound(text.slice(s, e)) && NAME_TAIL.test(text.slice(e, to))) found = s;
  }
  return found;
}

const BUILT = new RegExp(`(?<![\\p{L}])(?:${alternation(BUILT_WORDS)})(?![\\p{L}])`, 'iu');
const YEAR = /(?<![\p{N}])(?:1[0-9]{3}|20[0-9]{2})(?![\p{N}])/u;

// A capitalised word after a small word or a comma: a building's name before its address ("sur la Cité radieuse",
// "zum Bauhaus Dessau"); "We bought the house at ..." names none.
const NAME_INSIDE = /[\p{Ll},]\s+\p{Lu}\p{L}/u;

/**
 * Whether the sentence text[from, to) tells the history of the building named in text[from, at), right before an
 * address at `at`: a building word and a year ("achevée en 1952", "completato nel 1960", "1925–26 ... entworfen").
 */
export function tellsBuildingHistory(text: string, from: number, at: number, to: number): boolean {
  const sentence = text.slice(from, to);
  return YEAR.test(sentence) && BUILT.test(sentence) && NAME_INSIDE.test(text.slice(from, at));
}

const DAYS = alt(Object.values(OPENING_HOURS).flatMap((l) => l.days));
// Full day names only after a closing word ("closed on Mondays", "fermée le lundi"): "closed Sun" is no sentence.
const WEEKDAY_NAMES = alt(Object.values(OPENING_HOURS).flatMap((l) => l.days).filter((d) => d.length > 4));
// A range's dash, or its word ("de lunes a viernes de 9 a 14 h", "von Montag bis Freitag", "du lundi au vendredi").
const TO = `(?:\\s*[–—-]\\s*|\\s+(?:a|al|à|au|bis|to|till|until|tot|t/m|alle)\\s+)`;
// A range of days or an every-day word, then a range of hours ("Mo–Fr 6–23 Uhr", "lun.-sam. 9h-19h", "Mon-Sat
// 10:00-18:00", "täglich 9-17 Uhr"), or a label.
const DAILY = alt(Object.values(OPENING_HOURS).flatMap((l) => l.daily));
const HOURS = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:${DAYS})\\.?${TO}(?:${DAYS})\\.?|${DAILY})\\s*[:,]?\\s*(?:\\p{Ll}{1,5}\\s+)?\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:h|uhr|am|pm)?${TO}\\d{1,2}|(?:${alt(Object.values(OPENING_HOURS).flatMap((l) => l.labels))})(?![\\p{L}])|(?:${alt(Object.values(CLOSED_WORDS).flat())})\\s+(?:${WEEKDAY_NAMES})s?(?![\\p{L}]))`,
  'iu',
);

/** Whether text[from, to), right after an address, gives opening hours: the address is a shop's or a venue's. */
export function givesOpeningHours(text: string, from: number, to: number): boolean {
  return HOURS.test(text.slice(from, to));
}

/** A company's or an office's premises noun as a whole word ("depot", "sede", "pand"): see data/org-words.ts. */
export const PREMISES_WORDS = alt(Object.values(PREMISES).flat());
// A venue label that opens the clause, or follows the clause's first colon ("Ergänze die Einladung: Veranstaltungsort
// ..."), then a colon, or no colon but a capitalised name and a comma ("lugar IFEMA Madrid, Av. ...", "sede MiCo
// Milano Congressi, viale ..."). Without a colon only the labels that name nothing else: "place", "plaats", "Ort" and
// "location" also stand before a street or a town ("place Bellecour", "Ort Kassel").
const LOOSE_LABELS = alt(Object.values(VENUE_LABELS).flat().filter((w) => !NAMING_LABELS.has(w)));
const LABEL = new RegExp(
  `^\\s*(?:[^:\\n]{0,60}:\\s*)?(?:(?:${alt(Object.values(VENUE_LABELS).flat())})\\s*:\\s*\\S|(?:${LOOSE_LABELS})\\s+\\p{Lu}[^,\\n]{0,40},)`,
  'iu',
);

/**
 * Whether the clause text[from, to) before an address opens with a venue label ("Venue: ...", "Ort: ...", "Luogo: ..."),
 * maybe after a lead-in and its colon ("Add to the invitation: venue ..."): the address is the event's venue.
 */
export function venueLabelled(text: string, from: number, to: number): boolean {
  return LABEL.test(text.slice(from, to));
}

const WEEKDAYS = alt(Object.values(OPENING_HOURS).flatMap((l) => l.days).filter((d) => d.length > 4));
// A programme's day line: a weekday and a date, then the venue's name and its address ("Donnerstag, 18. März 2027,
// Kap Europa, Osloer Straße 5", "Dinsdag 9 maart 2027, Evoluon, Noord Brabantlaan 1A", "Thursday, March 18, 2027,
// Manchester Central, ..."), read up to the address.
const DAY_LINE = new RegExp(
  `^\\s*(?:${WEEKDAYS}),?\\s+(?:\\d{1,2}\\.?\\s+\\p{L}+\\.?|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?\\s*,\\s+\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+\\p{L}[\\p{L}\\p{N}'’.-]*){0,3}\\s*,\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}$`,
  'iu',
);
// A programme's timed lines ("08:30 Einlass", "9.15 h Begrüßung"); two make the text a programme.
const TIMED_LINE = /(?:^|\n)[^\S\n]*\d{1,2}[:.]\d{2}\b/g;

/**
 * Whether the line up to `to`, right before an address, is a programme's day line that names the venue, in a text
 * with timed lines: the address is the event's venue. A private appointment has no programme of timed sessions.
 */
export function programmeVenue(text: string, to: number): boolean {
  // The line, not the clause: a date's full stop ("18. März") ends no line.
  const from = text.lastIndexOf('\n', to - 1) + 1;
  if (to - from > 120 || !DAY_LINE.test(text.slice(from, to))) return false;
  TIMED_LINE.lastIndex = 0;
  let timed = 0;
  while (TIMED_LINE.exec(text) !== null) if (++timed >= 2) return true;
  return false;
}

// A proper name (capitalised words, "of", "&", "C of E") ending in an organisation's tail noun, then at most a comma and
// a word that hands over the number ("on", "office", "Tel.", "op", "au"), right before a phone: the business's line.
const TAIL_BEFORE = new RegExp(
  `(?<![\\p{L}])\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|&)){0,5}\\s+(?:${alt(Object.values(ORG_TAILS).flat())})\\s*,?\\s*(?:(?:on|at|office|tel\\.?|phone|unter|op|au|al|allo)\\s*:?\\s+)?$`,
  'u',
);

/**
 * Where the organisation's name and its tail noun that end text[from, to), right before a phone at `to`, start ("Ribble
 * Lets on "), or -1.
 */
// Or a chain's branch: a brand, a town and the part of town (data/org-words.ts BRANCH_TAILS), not after a locative.
const BRANCH_TAIL_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<!(?:in|im|at|to|from|à|au|en|a|al|da|di|de|te|op|nach|bei|aus|nel|nella|dans)\\s)\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|&)){1,4}\\s+(?:${alt(Object.values(BRANCH_TAILS).flat())})\\s*,?\\s*(?:(?:on|at|office|tel\\.?|phone|unter|op|au|al|allo)\\s*:?\\s+)?$`,
  'u',
);

const HANDOVER_END = /(?:on|at|office|tel\.?|phone|unter|op|au|al|allo)$/;
/** `reference`: the patterns alone, for tests. */
export function tailNameBefore(text: string, from: number, to: number, reference = false): number {
  const lo = Math.max(from, to - 80);
  if (!reference) {
    // Back over the separators both patterns end with (`\s*,?\s*`, and `\s*:?\s+` after a hand-over word).
    let e = to;
    for (let c = text.charCodeAt(e - 1); e > lo && (c === 44 || c === 58 || isSpaceAt(text, e - 1)); c = text.charCodeAt(e - 1)) e--;
    if (!TAIL_GATE.mayEnd(text, lo, e) && !HANDOVER_END.test(text.slice(Math.max(lo, e - 6), e))) return -1;
  }
  const window = text.slice(lo, to);
  const m = TAIL_BEFORE.exec(window) ?? BRANCH_TAIL_BEFORE.exec(window);
  return m === null ? -1 : lo + m.index;
}

// A venue or business noun, maybe a lower-case adjective and a title, right before a name: the institution is named
// for that person ("École élémentaire Jules Ferry", "Praxis Dr. Sommer", "Studio legale Avv. Bruni", "Liceo Galileo").
const INSTITUTION_TAIL = `(?:\\s+\\p{Ll}+)?(?:\\s+(?:Dr|Dres|Prof|Dott|Dott\\.ssa|Avv|Me|Mr|Mrs|Ms|Dra|Dña|Sr|Sra)\\.?)*\\s+$`;
const INSTITUTION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${prefixTree(NOUNS)})${INSTITUTION_TAIL}`, 'iu');
// Speed: INSTITUTION_BEFORE is the largest compiled pattern (1.3 MB of regexp code, which alone pushes the process past
// V8's 16 MB limit for optimised regexps sooner: phrase-trie.ts). On a window that folds as lower case the nouns' tree
// gives each noun's ends at a position, longest first as the pattern tries them, and only the short tail is a pattern.
// The match runs to the window's end (`$`), so the first start with a noun and tail that fit is the pattern's match.
const INSTITUTION_TAIL_AT = new RegExp(INSTITUTION_TAIL, 'iuy');
function institutionBefore(window: string, reference: boolean): string | undefined {
  if (reference || !VENUE_TRIE.usable || !foldsAsLowerCase(window)) return INSTITUTION_BEFORE.exec(window)?.[0];
  for (let p = 0; p < window.length; p++) {
    if (p > 0 && isLetterCode(window.charCodeAt(p - 1))) continue;
    for (const e of VENUE_TRIE.endsAt(window, p)) {
      INSTITUTION_TAIL_AT.lastIndex = e;
      if (INSTITUTION_TAIL_AT.test(window)) return window.slice(p);
    }
  }
  return undefined;
}

/** Whether the name hit that starts at `at` is part of an institution's name, right after its noun (see above); `reference`: the pattern alone, for tests. */
// Speed: the pattern runs only on a window where a noun can begin (word-gate.ts's window cue gate); a noun is followed by
// whitespace in the pattern, so it ends a word.
const INSTITUTION_BIT = WINDOW_CUE_WORDS.addIfReadable(prefixTree(NOUNS));

const FOR_BEFORE = /(?<!\p{L})(?:for|pour|für|para|voor|per)\s+$/iu;

export function institutionNamedFor(text: string, at: number, reference = false): boolean {
  const from = Math.max(0, at - 40);
  if (!reference && !mayStartIn(WINDOW_CUE_WORDS, text, INSTITUTION_BIT, from, at)) return false;
  const m = institutionBefore(text.slice(from, at), reference);
  // An acronym names the institution itself: a name after it and a particle is a person's ("la AEPD de Lucía Ferrer" is
  // her complaint); one right after it is a branch's ("ASL Nord Ovest").
  // A file opened at it for a person is no name of its own ("Dossier Banque de France pour Véronique Lemoine").
  return m !== undefined && !(ACRONYMS.has((/^\p{L}+/u.exec(m)?.[0] ?? '').toLowerCase()) && /^\p{L}+\s+\p{Ll}/u.test(m)) && !FOR_BEFORE.test(m);
}
