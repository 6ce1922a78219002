import { scanForeignAddresses } from './foreign-addresses.js';
import { LEGAL_FORMS } from './data/company-cues.js';
import { ORG_WORDS } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { wordAlternation } from './data/struct-cues.js';
import { STREET_LOOKALIKES } from './data/street-lookalikes.js';
import type { Hit } from './hit.js';
import { codePointBefore, hasFoldSpecial, matchesAll, matchesAt } from './keywords.js';
import { digitRuns, isDigit, type DigitRuns } from './runs.js';
import { codeAt, latinRuns } from './word-index.js';

const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|parkway|pkwy|highway|hwy|str|crescent|court|alley|plaza';
// Street types that are also everyday words ("in place", "the right way"): only capitalised, after a capitalised name.
const NUMBER_FIRST_CAP = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Close|Mews|Grove|Gardens|Place|Square|Way|Row|Walk|Rise|Parade|Quay|Wharf|Cottages|Green|Hill|View|Park)(?![\p{L}\p{N}])/gu;
// "12 Main Street", "1987 74 Diakou Street", "251 Charilaou Trikoupi Str." The type ends at no letter of any script: `\b`
// reads "é" as no word character, so "st" of "9 ans non stérilisée" would end there.
const NUMBER_FIRST = new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:\\s+\\d{1,5})?\\s+(?:[\\p{L}][\\p{L}'’.-]*\\s+){1,4}(?:${SUFFIX})(?![\\p{L}\\p{N}_])\\.?`, 'giu');
// A number, a capitalised word and a small word, ending in the abbreviation "Dr." or "St.": see the RULES loop.
const TITLE_AFTER_PROSE = /^\d{1,6}\s+\p{Lu}\p{Ll}+\s+(?:[\p{L}'’.-]+\s+){0,3}?\p{Ll}+\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:Dr|St)\.$/u;
const SENTENCE_END = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
// "Eurostar 9014 from St Pancras", "coche 5 del AVE": small words before a capitalised street type in text that
// capitalises names are no street's name (lower-case chat writes the type in lower case too: "12 main st").
const SMALL_NAME_CAP_TYPE = /^\d{1,6}[A-Za-z]?(?:\s+\d{1,5})?\s+(?:\p{Ll}[\p{L}'’.-]*\s+){1,4}\p{Lu}\p{L}*\.?$/u;
// "6 friendly rules for our street", "three kids on my road", "5 minutes down the road": a street type after a possessive,
// or after "the" and a preposition, is the common noun, not a street's name ("14 The Street" stays: no preposition).
const COMMON_STREET = /\s(?:(?:our|my|your|their|his|her|its|this|that|every|each|whose)|(?:down|along|across|up|on|in|for|to|from|off|near|over|into|onto|at)\s+the)\s+[\p{L}]+\.?$/iu;
// "Søndergade 52", "Kiannonkatu 98", "Brucker Bundesstrasse 31": street-type endings common across Europe (found from the ending, then widened to the word).
// The house number may carry a letter or a glued "bis"/"ter" ("Lange Nieuwstraat 7bis", "Gartenstraße 19a").
const NAME_FIRST = /(?:gade|gatan|gata|katu|vej|weg|straße|strasse|str\.|straat|laan|steenweg|plein|gracht|kade|singel|dijk|steeg|dreef|gasse|utca|tie|vägen|väg|veien|allee|platz|damm|ufer|chaussee|ulica|sokak|caddesi)\s+\d{1,5}(?:bis|ter|[a-z])?(?![\p{L}\p{N}])/giu;
const LETTER = /[\p{L}'’-]/u;
const TIE = /^tie\s/i;
// Common nouns that end like a street and take a number of their own ("Steckplatz 4": data/street-lookalikes.ts).
const LOOKALIKES = new Set(STREET_LOOKALIKES);
const ENDING_WORD = /^\p{L}+/u;
const DUTCH_TIE_BEFORE = /^[aciopu]$/i;
// A French noun or participle in -tie ("sortie 12", "partie 2", "taxe foncière bâtie 2025", "modestie"): Finnish puts no
// r, s or accented vowel before its road word in lower-case prose.
const FRENCH_TIE_BEFORE = /^[rsâéè]$/i;
// A year after a lower-case -tie word is no house number ("voorjaarsvakantie 2027", "garantie 2026"): a Finnish town's
// numbers stay far below it, and a road told in lower case is a town's.
const YEAR_NUMBER = /^\p{L}+\s+(?:19|20)\d\d(?!\d)/u;
const UPPER = /^\p{Lu}$/u;
// "Via Pisanelli 89", "Rua do Arenque 1634", "ul. Karpacka 69", "Calle Mayor 5"
// A street type word is whole ("viaggi 1499-1502" is no "via"); words formed from one are listed as types of their own
// ("callejón", "plazuela", "piazzetta", "vicoletto", "ruelle"). Abbreviations may touch the name ("c/Mayor 3").
// Street types before the name: whole words, then abbreviations (written as in a pattern).
const TYPE_WHOLE = ['via', 'viale', 'vialetto', 'rua', 'rúa', 'calle', 'callejón', 'callejon', 'avenida', 'plaza', 'plazuela', 'plazoleta', 'paseo', 'ronda', 'travesía', 'carretera', 'glorieta', 'rue', 'ruelle', 'ulica', 'trg', 'piazza', 'piazzetta', 'piazzale', 'corso', 'vicolo', 'vicoletto', 'strada', 'stradella', 'stradone', 'contrada', 'lungomare', 'borgo', 'carrer', 'camino', 'travessa', 'largo'];
const TYPE_ABBREVIATED = ['v\\.le', 'c\\/', 'avda\\.', 'av\\.', 'pza\\.', 'pº', 'ctra\\.', 'ul\\.', 'p\\.zza', 'c\\.so'];
const TYPE_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${TYPE_WHOLE.join('|')})\\s+|(?:${TYPE_ABBREVIATED.join('|')})\\s*)(?:[\\p{L}][\\p{L}'’.-]*\\s+){1,5}\\d{1,5}[a-z]?(?![\\p{L}\\p{N}])`, 'giu');
// French and Belgian order: "12 rue des Tanneurs", "3 bis avenue Jean-Jaurès", "7 impasse des Lilas".
const FR_NUMBER_TYPE = /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter|[a-d]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|place|quai|route|cours|square|passage|voie|sentier|faubourg|lotissement|résidence|cité|hameau)\s+(?:(?:de la|des|du|de|la|le|les)\s+|d'|l'|de l')?[\p{L}][\p{L}'’-]*/giu;
// German two-word streets: "Kumpfmühler Straße 61", "Plauensche Str. 18", "Alter Weg 3".
const DE_ADJ_STREET = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer|Chaussee|Steig|Pfad|Markt)\s+\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
// Any street line that ends with a house number, then a postcode and a town: "Am Kupferhammer 4, 58762 Altena",
// "Lijnbaansgracht 212-III, 1017 RM Amsterdam", "Plaza de San Francisco 3, 4º, 11004 Cádiz", "Via Roma 12, 90133 Palermo".
const NUMBER_POSTCODE_TOWN = /(?<=\p{L}\.?\s)\d{1,5}[a-zA-Z]?(?:[ -](?:bis|ter|[IVX]{1,4}|[a-z]))?(?:,\s?[\p{L}\dºª°.' ]{1,14})?,\s{1,3}(?:\d{5}|\d{4}\s?[A-Z]{2}|\d{4}|[A-Z]{1,2}-\d{4,5})\s+\p{Lu}[\p{L}'’-]+/gu;
// UK postcodes ("EH9 1HL"): reported when the same line has a house number and a comma before them (a postal address),
// not when a postcode is asked about on its own ("what is SW1A 1AA?").
const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const UK_ADDRESS_BEFORE = /\d{1,4}[A-Za-z]?,?\s+\p{Lu}[^\n]{0,60},\s*[^,\n]{0,40}$/u;
// A house with a name instead of a number, its locality and town before the postcode, each part capitalised and set off by
// a comma ("Ty Newydd, Llanfihangel-y-Creuddyn, Aberystwyth SY23 4LA", "Rose Cottage, Church Lane, Little Snoring,
// Fakenham NR21 0JB"): the way rural homes in Britain are addressed. Three parts at least, so a firm's "Acme Ltd, Leeds
// LS1 4AB" is not read so.
const UK_PART = "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|y|on|upon|in|le|de|the|of))*";
// The line opens after a colon or a line break ("to his home: Rose Cottage, ...", a letter's address block): "at Tesco
// Extra, Kingston Park, Newcastle", "a review of The Fat Duck, High Street, Bray" name a place in the sentence's run.
const UK_HOUSE_BEFORE = new RegExp(`[:\\n][ \\t]{0,2}(${UK_PART},\\s{1,2}${UK_PART},\\s{1,2}(?:${UK_PART},\\s{1,2}){0,2}${UK_PART})\\s$`, 'u');
// A word of a firm, a body or a venue in the first part ("Wakefield Register Office", "Riverside Business Park"), or an
// acronym in any ("Toyota Manufacturing UK", "NHS"): an organisation's address; a house's name holds neither (the
// locality after it may: "Church Lane").
const UK_ORG_WORD = new RegExp(`(?<![\\p{L}])(?:${wordAlternation([...ORG_WORDS.en, ...LEGAL_FORMS, ...VENUE_WORDS.en])})(?![\\p{L}])`, 'iu');
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;
/** Whether the text before a UK postcode (up to 100 characters) ends with a house name, its locality and town (above). */
function houseNameBefore(before: string, atStart: boolean): boolean {
  const m = UK_HOUSE_BEFORE.exec(atStart ? `\n${before}` : before);
  const parts = m?.[1] ?? '';
  return m !== null && !UK_ORG_WORD.test(parts.slice(0, parts.indexOf(','))) && !ACRONYM.test(parts);
}
const NAMED_STREET = /^\S+\s*(?:(?:de|del|della|dei|degli|delle|di|do|da|dos|das|des|du|la|le|les|los|las|el|lo)\s+)*[\p{Lu}\d]/u;
// "via" as "by way of" in every language, before a messaging channel, a carrier or a payment service ("via SMS al 339
// ...", "via WhatsApp an 0151 ...", "via DHL le 12"): the means of sending, no street named after it.
// A street's name after its type word is capitalised words, numbers, the particles of street names ("Via dei Mille 12",
// "Calle de la Paz 3", "Carrer de Pi i Margall 5", "Via Roma n. 12") and abbreviations; another lower-case word is prose
// ("Via Mijn Omgeving of bel 1200", "Via de app of bel 1200": "via" is also "by way of" in Dutch and English).
// The particles of street names ("Via dei Mille", "Calle de la Paz", "Carrer de Pi i Margall"): one list for both tests below.
const STREET_PARTICLES = 'de|del|della|dello|dei|degli|delle|di|do|da|dos|das|des|du|la|le|les|los|las|el|lo|l|d|y|i|e|al|alla|sul|sulla|dels|van|von|der|den|het|ter|ten|et|sur|en';
const STREET_NAME_WORD = new RegExp(`^(?:[\\p{Lu}\\d].*|\\p{L}{1,4}\\.|[\\p{L}]+['’].*|${STREET_PARTICLES}|san|santa)$`, 'u');
// A street has a name: between the type and the number stands more than particles ("Codice della strada del 2024",
// "la via del 1492" name no street). "San", "Santa" name a saint's street.
const PARTICLE_ONLY = new RegExp(`^(?:${STREET_PARTICLES})$`, 'iu');
const namelessType = (m: string): boolean => {
  // An abbreviation glued to the name ("c/Mayor 3") leaves no word between: named.
  const middle = m.split(/\s+/).slice(1, -1);
  return middle.length > 0 && middle.every((w) => PARTICLE_ONLY.test(w));
};
const proseAfterType = (m: string): boolean => {
  const words = m.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) if (!STREET_NAME_WORD.test(words[i] ?? '')) return true;
  return false;
};
const VIA_CHANNEL = /^via\s+(?:sms|mms|rcs|whatsapp|telegram|signal|messenger|imessage|skype|teams|zoom|slack|discord|viber|wechat|facebook|instagram|linkedin|twitter|tiktok|e-?mail|mail|pec|fax|dm|chat|app|web|internet|dhl|ups|fedex|gls|dpd|tnt|sda|brt|paypal|satispay|bizum|twint|tikkie|ideal|sepa|bancomat|postepay)(?![\p{L}\p{N}])/iu;
const CARE_OF = /^c\/o\s/i;
const UNIT = /\b(?:suite|ste\.|apt\.?|apartment)\s*#?\s*\d{1,5}[A-Za-z]?\b/gi;
const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box)\s*#?\s*\d{1,6}\b/gi;
const MILITARY = /\b(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}(?:\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?|\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/g;

// Speed: each pattern below is tried (sticky) only where it can start, found by a cheap pass; the same matches in the
// same order as its global scan (see keywords.ts and the property tests). Every walk is bounded by the text it has
// not walked yet or by a few tokens, so the whole scan stays linear. The runs of digits are shared with the other
// digit-anchored scanners (runs.ts); every street rule but one needs a number, so the others are found from those runs:
// - NUMBER_FIRST starts a run of at most six digits followed by an ASCII letter or whitespace.
// - TYPE_FIRST, DE_ADJ_STREET, NAME_FIRST and NUMBER_POSTCODE_TOWN need a digit right after whitespace: TYPE_FIRST
//   starts at a street-type word within the six tokens before it;
//   DE_ADJ_STREET's "<Type><whitespace><digit>" has its type word end where that whitespace begins, and its start is in
//   the one run of letters and hyphens before the type word, at the run's start or right after a hyphen (nowhere else
//   is no letter before a capital); NAME_FIRST starts where one of its endings closes the word before that whitespace;
//   NUMBER_POSTCODE_TOWN at that digit.
// A start is then dropped when a cheap look at the few tokens a match must span shows that the pattern cannot match
// there (its street word is missing, a token holds a character its words cannot): the sticky run there would have
// found nothing, so dropping it changes no match. Most numbers in prose ("3 days", "v2.1", "10:30") go no further.
// TYPE_FIRST's street-type words, as in its pattern.
const TYPE_WORDS = [...TYPE_WHOLE, ...TYPE_ABBREVIATED.map((w) => w.replace(/\\/g, ''))];
// DE_ADJ_STREET's street types, as in its pattern (case-sensitive).
const DE_TYPES = ['Straße', 'Strasse', 'Str.', 'Weg', 'Allee', 'Platz', 'Gasse', 'Damm', 'Ufer', 'Chaussee', 'Steig', 'Pfad', 'Markt'];
const ENDINGS = /\(\?:([^)]*)\)/.exec(NAME_FIRST.source)?.[1]?.split('|').map((e) => e.replace(/\\/g, '')) ?? [];
const ENDING_SET = new Set(ENDINGS);
const ENDING_LENGTHS = [...new Set(ENDINGS.map((e) => e.length))];
// NUMBER_FIRST_CAP's and FR_NUMBER_TYPE's street types, as in their patterns.
const groupFrom = (re: RegExp, first: string): string[] =>
  (new RegExp(`\\(\\?:(${first}[^)]*)\\)`).exec(re.source)?.[1] ?? '').split('|').map((w) => w.replace(/\\/g, ''));
const CAP_TYPES = groupFrom(NUMBER_FIRST_CAP, 'Close');
const FR_TYPES = groupFrom(FR_NUMBER_TYPE, 'rue');
// - NUMBER_FIRST_CAP and FR_NUMBER_TYPE start a run of at most 5 and 4 digits followed by what their patterns allow next.
// - UNIT, PO_BOX, MILITARY and UK_POSTCODE are found from their digits too (see each finder).
const FAST = [TYPE_FIRST, DE_ADJ_STREET, NUMBER_FIRST, NUMBER_POSTCODE_TOWN, NUMBER_FIRST_CAP, FR_NUMBER_TYPE, UNIT, PO_BOX, MILITARY, UK_POSTCODE];
const STICKY = new Map<RegExp, RegExp>([...FAST, NAME_FIRST].map((re) => [re, new RegExp(re.source, re.flags.replace('g', 'y'))]));
const SPACE_RE = /^\s$/;
/** /\s/ on the character at i (ASCII by code, the rest by the regex). Small enough to be inlined at its many call sites. */
function isSpaceAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : c === c && isWideSpace(text, i);
}
/** /\s/ on a character outside ASCII (rare in the text around numbers: kept out of isSpaceAt's body). */
function isWideSpace(text: string, i: number): boolean {
  return SPACE_RE.test(text.charAt(i));
}
const RUN_CHAR = /^[\p{L}-]$/u;

/** Past the whitespace at i (i itself when there is none). */
function spaceFwd(text: string, i: number): number {
  let j = i;
  while (isSpaceAt(text, j)) j++;
  return j;
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57);

/**
 * Words by their first letter (lower case): `table[c]` lists the words starting with ASCII letter c. Every word of these
 * lists starts with an ASCII letter (checked here).
 */
function byFirstLetter(words: readonly string[], fold: boolean): string[][] {
  const table: string[][] = Array.from({ length: 128 }, () => []);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!isAsciiLetter(c)) throw new Error(`addresses: ${w} does not start with an ASCII letter`);
    table[fold ? c | 32 : c]?.push(fold ? w.toLowerCase() : w);
  }
  return table;
}

/**
 * True when `word` (lower case) may match at p under a case-insensitive unicode pattern: an ASCII letter in either
 * case, other ASCII exactly, a non-ASCII character by any non-ASCII one (a superset: the pattern decides). Texts with a
 * character whose case folding crosses into ASCII (hasFoldSpecial) never get here.
 */
function mayMatchFolded(text: string, p: number, word: string): boolean {
  if (p + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = codeAt(text, p + k);
    if (w >= 128 ? c < 128 : w >= 97 && w <= 122 ? (c | 32) !== w : c !== w) return false;
  }
  return true;
}

/** Street words by first letter, compared by case folding or exactly, and what must follow one. */
interface Street {
  table: readonly string[][];
  /** For folded words: 1 at (first letter, lower case) * 128 + second character (lower case when a letter) of some word. */
  pairs: Uint8Array;
  fold: boolean;
  /** After the word: 'b' `\b` (not [A-Za-z0-9_]; fold specials never get here), 'n' `(?![\p{L}\p{N}])` read loosely (any
   * non-ASCII character may be neither), 's' whitespace, '' anything. */
  after: 'b' | 'n' | 's' | '';
}

/** Whether a word of `street` may start at p (see mayMatchFolded, or exactly when not folded), followed as it requires. */
function streetAt(text: string, p: number, street: Street): boolean {
  const c = codeAt(text, p);
  if (!isAsciiLetter(c)) return false;
  if (street.fold) {
    // Most word starts share no word's first two characters: one look-up instead of a comparison per word.
    const d = codeAt(text, p + 1);
    if (d < 128 && street.pairs[(c | 32) * 128 + (isAsciiLetter(d) ? d | 32 : d)] !== 1) return false;
  }
  const words = street.table[street.fold ? c | 32 : c];
  if (words === undefined) return false;
  for (const w of words) {
    if (!(street.fold ? mayMatchFolded(text, p, w) : text.startsWith(w, p))) continue;
    const e = p + w.length;
    const d = codeAt(text, e);
    if (street.after === 'b' ? !(isAsciiAlnum(d) || d === 95) : street.after === 'n' ? !isAsciiAlnum(d) : street.after === 's' ? isSpaceAt(text, e) : true) return true;
  }
  return false;
}

/** The pairs table of folded words (each at least two characters long: checked here). */
function firstPairs(words: readonly string[]): Uint8Array {
  const t = new Uint8Array(128 * 128);
  for (const w of words.map((x) => x.toLowerCase())) {
    if (w.length < 2) throw new Error(`addresses: ${w} is shorter than two characters`);
    // A non-ASCII second character is never looked up (any non-ASCII character may match it).
    const d = w.charCodeAt(1);
    if (d < 128) t[w.charCodeAt(0) * 128 + d] = 1;
  }
  return t;
}

const street = (words: readonly string[], fold: boolean, after: Street['after']): Street => ({ table: byFirstLetter(words, fold), pairs: firstPairs(words), fold, after });
const SUFFIX_STREET = street(SUFFIX.split('|'), true, 'b');
const CAP_STREET = street(CAP_TYPES, false, 'n');
const FR_STREET = street(FR_TYPES, true, 's');
const TYPE_STREET = street(TYPE_WORDS, true, '');

/**
 * `(?:<word>\s+){1,maxWords}` at q then a street word at the next token start, read token by token: each word starts
 * with a letter (a capital when `capital`: ASCII A-Z or any non-ASCII character) and holds only letters and "'’.-"
 * (any non-ASCII character passes as a letter), then whitespace. True when the street word may be there; false only
 * where the pattern cannot match. At most maxWords + 1 tokens are read.
 */
function wordsThenStreet(text: string, q: number, maxWords: number, capital: boolean, street: Street): boolean {
  let t = q;
  for (let k = 0; k < maxWords; k++) {
    const c = codeAt(text, t);
    if (!(c >= 128 || (capital ? c >= 65 && c <= 90 : isAsciiLetter(c)))) return false;
    let p = t + 1;
    while (isWordCharAt(text, p)) p++;
    const next = spaceFwd(text, p);
    if (next === p) return false;
    t = next;
    if (streetAt(text, t, street)) return true;
  }
  return false;
}

/** `[\p{L}'’.-]` read loosely: an ASCII letter, "'", '.', '-' or any non-ASCII character but whitespace. */
function isWordCharAt(text: string, p: number): boolean {
  const d = codeAt(text, p);
  if (d < 128) return isAsciiLetter(d) || d === 39 || d === 46 || d === 45;
  return d === d && !isSpaceAt(text, p);
}

/**
 * NUMBER_FIRST from the end e of its digits: `[A-Za-z]?(?:\s+\d{1,5})?\s+(?:[\p{L}][\p{L}'’.-]*\s+){1,4}(?:SUFFIX)\b`.
 * A letter at e must be taken and a digit after the whitespace must be the optional number (no word starts with one).
 */
function numberFirstMay(text: string, e: number): boolean {
  const p = isAsciiLetter(codeAt(text, e)) ? e + 1 : e;
  let q = spaceFwd(text, p);
  if (q === p) return false;
  if (isDigit(codeAt(text, q))) {
    let r = q + 1;
    while (isDigit(codeAt(text, r))) r++;
    q = spaceFwd(text, r);
    if (q === r) return false;
  }
  return wordsThenStreet(text, q, 4, false, SUFFIX_STREET);
}

/** NUMBER_FIRST_CAP from the end e of its digits: `[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Close|...)(?![\p{L}\p{N}])`. */
function numberFirstCapMay(text: string, e: number): boolean {
  const p = isAsciiLetter(codeAt(text, e)) ? e + 1 : e;
  const q = spaceFwd(text, p);
  if (q === p) return false;
  return wordsThenStreet(text, q, 3, true, CAP_STREET);
}

/** FR_NUMBER_TYPE's `,?\s+<type>\s` at p. */
function frTypeAfter(text: string, p: number): boolean {
  const q = codeAt(text, p) === 44 ? p + 1 : p;
  const t = spaceFwd(text, q);
  return t > q && streetAt(text, t, FR_STREET);
}

/** FR_NUMBER_TYPE from the end e of its digits: `(?:\s?(?:bis|ter|[a-d]))?,?\s+<type>\s`. */
function frNumberTypeMay(text: string, e: number): boolean {
  if (frTypeAfter(text, e)) return true;
  const r = isSpaceAt(text, e) ? e + 1 : e;
  if ((mayMatchFolded(text, r, 'bis') || mayMatchFolded(text, r, 'ter')) && frTypeAfter(text, r + 3)) return true;
  const c = codeAt(text, r) | 32;
  return c >= 97 && c <= 100 && isAsciiLetter(codeAt(text, r)) && frTypeAfter(text, r + 1);
}

/** 1 for each ASCII character some word ends with (exactly). */
function lastCharTable(words: readonly string[]): Uint8Array {
  const t = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    if (c >= 128) throw new Error(`addresses: ${w} ends outside ASCII`);
    t[c] = 1;
  }
  return t;
}
const DE_LAST = lastCharTable(DE_TYPES);
// 1 at (second to last) * 128 + (last character) of each type word whose second to last character is ASCII; a type word
// with another one there (Straße) is looked for whenever the text's is not ASCII either.
const DE_LAST_TWO = new Uint8Array(128 * 128);
for (const t of DE_TYPES) {
  const b = t.charCodeAt(t.length - 2);
  if (b < 128) DE_LAST_TWO[b * 128 + t.charCodeAt(t.length - 1)] = 1;
}

/** Where `<Type>\s+\d` matches in a global scan, from the digits after whitespace: a type word ending where that whitespace begins. */
function deTypeDigitAt(text: string, sd: SpaceDigits): number[] {
  const at: number[] = [];
  for (let j = 0; j < sd.space.length; j++) {
    const w = sd.space.get(j);
    // Every type word ends in one of a few characters: most words before a number end in none of them.
    const l = codeAt(text, w - 1);
    if (!(l < 128 && DE_LAST[l] === 1)) continue;
    // "line 12": the character before the last rules most words out too.
    const b = codeAt(text, w - 2);
    if (b < 128 && DE_LAST_TWO[b * 128 + l] !== 1) continue;
    // A type word ends in a letter or a dot; no type word is the end of another, so at most one ends at w.
    for (const t of DE_TYPES) {
      if (w >= t.length && text.startsWith(t, w - t.length)) {
        at.push(w - t.length);
        break;
      }
    }
  }
  return at;
}
function deAdjStreetStarts(text: string, sd: SpaceDigits): number[] {
  const starts: number[] = [];
  let floor = 0;
  for (const q of deTypeDigitAt(text, sd)) {
    let w = q;
    while (w > floor && isSpaceAt(text, w - 1)) w--;
    if (w === q) continue;
    let r = w;
    // Walked back at most to the previous occurrence: each character is read once.
    for (let c = codePointBefore(text, r); r > floor && RUN_CHAR.test(c); c = codePointBefore(text, r)) r -= c.length;
    starts.push(r);
    for (let k = r; k < w; k++) if (codeAt(text, k) === 45) starts.push(k + 1);
    floor = q;
  }
  return starts;
}

/**
 * A list of integers in a buffer kept from one scan to the next: a 64 KB chunk of digits has tens of thousands of
 * candidates, and fresh arrays that size cost more to allocate (page faults) than to fill.
 */
class IntList {
  buf = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.length++] = v;
  }

  get(i: number): number {
    return this.buf[i] ?? 0;
  }

  clear(): this {
    this.length = 0;
    return this;
  }
}

/**
 * NUMBER_FIRST starts with `\b\d{1,6}` then an optional ASCII letter or whitespace: at the start of a run of at most six
 * digits followed by an ASCII letter or whitespace, and only where its street word may follow (numberFirstMay). Null
 * when the text holds a character `[A-Za-z]` matches only by case folding (ſ, K): the global scan decides there.
 */
const NF = new IntList();

function numberFirstStarts(text: string, dr: DigitRuns): IntList | null {
  if (hasFoldSpecial(text)) return null;
  const starts = NF.clear();
  for (let i = 0; i < dr.count; i++) {
    const s = dr.start[i] ?? 0;
    const e = dr.end[i] ?? 0;
    if (e - s > 6) continue;
    // `[A-Za-z]?(?:\s+\d{1,5})?\s+`: whitespace, or one ASCII letter and whitespace.
    if ((isSpaceAt(text, e) || (isAsciiLetter(codeAt(text, e)) && isSpaceAt(text, e + 1))) && numberFirstMay(text, e)) starts.push(s);
  }
  return starts;
}

/** Digits right after whitespace (the global scan of /\s\d/), where the whitespace run before each begins, and where the digits end. */
interface SpaceDigits {
  digit: IntList;
  space: IntList;
  end: IntList;
}

const SPACE_DIGITS: SpaceDigits = { digit: new IntList(), space: new IntList(), end: new IntList() };

function spaceDigits(text: string, dr: DigitRuns): SpaceDigits {
  const digit = SPACE_DIGITS.digit.clear();
  const space = SPACE_DIGITS.space.clear();
  const end = SPACE_DIGITS.end.clear();
  let floor = 0;
  // A digit after whitespace starts a run of digits.
  for (let i = 0; i < dr.count; i++) {
    const p = dr.start[i] ?? 0;
    if (p === 0 || !isSpaceAt(text, p - 1)) continue;
    let w = p - 1;
    while (w > floor && isSpaceAt(text, w - 1)) w--;
    digit.push(p);
    space.push(w);
    end.push(dr.end[i] ?? 0);
    floor = p;
  }
  return SPACE_DIGITS;
}

/**
 * NUMBER_POSTCODE_TOWN's starts: digits after whitespace (its lookbehind `(?<=\p{L}\.?\s)`: a letter, or a letter and a
 * dot, before that one whitespace character; any non-ASCII character passes as a letter), at most five of them, and a
 * comma at most 11 characters on (what comes before its first comma, `\d{1,5}[a-zA-Z]?(?:[ -](?:bis|ter|[IVX]{1,4}|[a-z]))?`,
 * is at most 11 long and holds none). The next comma is looked up once per comma passed: linear.
 */
function postcodeTownStarts(text: string, sd: SpaceDigits): number[] {
  const starts: number[] = [];
  let comma = -1;
  for (let j = 0; j < sd.digit.length; j++) {
    const d = sd.digit.get(j);
    if (sd.end.get(j) - d > 5) continue;
    const b = codeAt(text, d - 2);
    if (!(b >= 128 || isAsciiLetter(b) || (b === 46 && d >= 3 && (codeAt(text, d - 3) >= 128 || isAsciiLetter(codeAt(text, d - 3)))))) continue;
    if (comma < d && comma !== Infinity) {
      comma = text.indexOf(',', d);
      if (comma === -1) comma = Infinity;
    }
    if (comma - d <= 11) starts.push(d);
  }
  return starts;
}

/**
 * NUMBER_FIRST_CAP's starts: a run of at most 5 digits, then whitespace or one ASCII letter and whitespace
 * (`\d{1,5}[A-Za-z]?\s+`), and a street type among the next tokens (numberFirstCapMay). FR_NUMBER_TYPE's: a run of at
 * most 4 digits, then whitespace, "bis"/"ter"/a-d (either case) or a comma and whitespace
 * (`\d{1,4}(?:\s?(?:bis|ter|[a-d]))?,?\s+`), and a type word right there (frNumberTypeMay; not read by case folding in a
 * text with a fold special).
 */
const SHORT = { cap: new IntList(), fr: new IntList() };

function shortNumberStarts(text: string, dr: DigitRuns): { cap: IntList; fr: IntList } {
  const cap = SHORT.cap.clear();
  const fr = SHORT.fr.clear();
  const fold = hasFoldSpecial(text);
  for (let i = 0; i < dr.count; i++) {
    const s = dr.start[i] ?? 0;
    const end = dr.end[i] ?? 0;
    if (end - s > 5) continue;
    const c = codeAt(text, end);
    const space = isSpaceAt(text, end);
    if ((space || (isAsciiLetter(c) && isSpaceAt(text, end + 1))) && numberFirstCapMay(text, end)) cap.push(s);
    const l = c | 32;
    if (end - s <= 4 && (space || l === 98 || l === 116 || (l >= 97 && l <= 100) || (c === 44 && isSpaceAt(text, end + 1))) && (fold || frNumberTypeMay(text, end))) fr.push(s);
  }
  return SHORT;
}

/**
 * TYPE_FIRST's starts: a match is a street-type word, `\s*`, one to five words each followed by whitespace, then a digit
 * after whitespace, at most five digits and what may follow them (`\d{1,5}[a-z]?(?![\p{L}\p{N}])`). So its type word
 * lies in one of the six whitespace-separated tokens before such a digit; and every token between it and the digit is
 * a word (`[\p{L}][\p{L}'’.-]*`), so the walk back stops at the first token that is not one (it may hold the type word)
 * and finds nothing when that is the token right before the digit and it does not end in a word character. Those
 * stretches (merged where they touch; each walk stops at the previous digit after whitespace, so each character is
 * walked about once) are read for a type word (mayMatchFolded) after a character that is not an ASCII letter or digit.
 */
function typeFirstStarts(text: string, sd: SpaceDigits): number[] | null {
  if (hasFoldSpecial(text)) return null;
  const starts: number[] = [];
  for (let j = 0; j < sd.digit.length; j++) {
    const d = sd.digit.get(j);
    const e = sd.end.get(j);
    if (e - d > 5) continue;
    const c = codeAt(text, e);
    if (isAsciiLetter(c) && isAsciiAlnum(codeAt(text, e + 1))) continue;
    // Each walk stays above the previous digit after whitespace: the stretches are disjoint and ascending.
    const floor = j > 0 ? sd.digit.get(j - 1) : 0;
    const mark = starts.length;
    let i = sd.space.get(j);
    // The stretch is read in the same walk back: position i may start a type word when text[i] (`cur`) is an ASCII
    // letter and the character before it is no ASCII letter or digit.
    let cur = codeAt(text, i);
    let found = true;
    for (let k = 0; k < 6 && i > floor; k++) {
      const end = i;
      let words = true;
      while (i > floor) {
        const b = codeAt(text, i - 1);
        if (isAsciiLetter(cur) && !isAsciiAlnum(b) && streetAt(text, i, TYPE_STREET)) starts.push(i);
        if (isSpaceAt(text, i - 1)) break;
        if (words && !isWordCharAt(text, i - 1)) words = false;
        cur = b;
        i--;
      }
      if (i === floor && isAsciiLetter(cur) && !isAsciiAlnum(codeAt(text, i - 1)) && streetAt(text, i, TYPE_STREET) && starts.at(-1) !== i) starts.push(i);
      if (!words) {
        if (k === 0 && !isWordCharAt(text, end - 1)) found = false;
        break;
      }
      if (k === 5) break;
      while (i > floor && isSpaceAt(text, i - 1)) i--;
      cur = codeAt(text, i);
    }
    if (!found) starts.length = mark;
    else reverseFrom(starts, mark);
  }
  return starts;
}

/**
 * TYPE_FIRST's starts read from word-index.ts's Latin runs (made once per text, shared with the word-reading passes),
 * or null where they cannot be used (a fold special, or a character on which lower case and Latin letters disagree):
 * every start of a run where a type word may begin (streetAt). A match starts with a type word (its first character
 * an ASCII letter; only a fold special, sent to the global scan, folds to one from outside) after no letter or number,
 * so at the start of a Latin run: these starts hold every match's start, and the sticky pattern decides at each. Type
 * words are rare in text: a handful of starts instead of a walk back from every number.
 */
function typeStartsFromRuns(text: string): number[] | null {
  if (hasFoldSpecial(text)) return null;
  const runs = latinRuns(text);
  if (runs.odd) return null;
  const starts: number[] = [];
  const { start, count } = runs;
  for (let k = 0; k < count; k++) {
    const p = start[k] ?? 0;
    if (streetAt(text, p, TYPE_STREET)) starts.push(p);
  }
  return starts;
}

/**
 * TYPE_FIRST's starts by whichever way reads less: the walk back from each number reads up to six tokens per number,
 * the runs' starts one look-up per word. Both give every match's start (the sticky pattern decides), so the choice
 * changes no match: number-dense text (logs, tables, decoded runs of "line 12 ok") takes the runs.
 */
function typeStarts(text: string, sd: SpaceDigits): number[] | null {
  if (sd.digit.length === 0) return [];
  if (sd.digit.length * 6 > latinRuns(text).count) return typeStartsFromRuns(text) ?? typeFirstStarts(text, sd);
  return typeFirstStarts(text, sd);
}

const NUMBER_STREETS = [SUFFIX_STREET, CAP_STREET, FR_STREET];

/**
 * Bit i at (first character) * 128 + (second character), both ASCII, when a word of streets[i] may start with those two
 * characters as streetAt compares them (either case of an ASCII letter when folded; a non-ASCII second character of a
 * word may be any non-ASCII one, which is never looked up here). absentStreets reads it before asking streetAt: one
 * look-up per word instead of a call per street list.
 */
function pairMask(streets: readonly Street[]): Uint8Array {
  const t = new Uint8Array(128 * 128);
  const cases = (c: number, fold: boolean): number[] => (fold && isAsciiLetter(c) ? [c | 32, c & ~32] : [c]);
  streets.forEach((st, i) => {
    for (const words of st.table) {
      for (const w of words) {
        const d = w.charCodeAt(1);
        if (d >= 128) continue;
        for (const a of cases(w.charCodeAt(0), st.fold)) for (const b of cases(d, st.fold)) t[a * 128 + b] = (t[a * 128 + b] ?? 0) | (1 << i);
      }
    }
  });
  return t;
}
const NUMBER_STREET_PAIRS = pairMask(NUMBER_STREETS);

/**
 * Bit i set when number-dense text (six tokens per number after whitespace outnumber its words, so the walks forward
 * from each number would read more than the words; or digit runs are more than half as many as its words, as in base64
 * or hex dumps, where every run is read by each walk) has no word of NUMBER_STREETS[i] at the start of any Latin run
 * (word-index.ts's shared runs, one look-up per word): NUMBER_FIRST, NUMBER_FIRST_CAP and FR_NUMBER_TYPE put their
 * street word after whitespace, at a run start (it starts with an ASCII letter; a fold special or an odd character
 * gives 0), so that rule cannot match and its walks are skipped. 0 otherwise: the walks decide, as before.
 */
function absentStreets(text: string, sd: SpaceDigits, digitRunCount: number): number {
  if (hasFoldSpecial(text)) return 0;
  const runs = latinRuns(text);
  if (runs.odd || (sd.digit.length * 6 <= runs.count && digitRunCount * 2 <= runs.count)) return 0;
  let absent = 7;
  const { start, count } = runs;
  for (let k = 0; k < count && absent !== 0; k++) {
    const p = start[k] ?? 0;
    const c = codeAt(text, p);
    // A run starting outside ASCII starts no street word; a non-ASCII (or missing) second character is left to streetAt.
    if (!(c < 128)) continue;
    const d = codeAt(text, p + 1);
    const may = (d < 128 ? (NUMBER_STREET_PAIRS[c * 128 + d] ?? 0) : 7) & absent;
    if (may === 0) continue;
    for (let i = 0; i < 3; i++) if ((may & (1 << i)) !== 0 && streetAt(text, p, NUMBER_STREETS[i] as Street)) absent &= ~(1 << i);
  }
  return absent;
}

/** Reverses a[from..] in place. */
function reverseFrom(a: number[], from: number): void {
  for (let x = from, y = a.length - 1; x < y; x++, y--) {
    const t = a[x] ?? 0;
    a[x] = a[y] ?? 0;
    a[y] = t;
  }
}

/** /\s/ without the `u` flag is the same set: whitespace back from `i` (exclusive), not below `floor`. */
function spaceBack(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && isSpaceAt(text, j - 1)) j--;
  return j;
}

/** True when `word` (lower-case ASCII) ends at `end`, compared as the non-unicode `i` flag does (ASCII letters only). */
function endsWithAscii(text: string, end: number, word: string): boolean {
  const s = end - word.length;
  if (s < 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = codeAt(text, s + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

const UNIT_WORDS = ['suite', 'ste.', 'apt.', 'apt', 'apartment'];
// The characters whose code, or'ed with 32, is that of 'e', '.', 't' or 'x' (the test below).
const UNIT_LAST = new Uint8Array(128).map((_, c) => ([101, 46, 116, 120].includes(c | 32) ? 1 : 0));
// The last two characters of UNIT_WORDS and "box", by code: 1 at (second to last) * 128 + last.
const UNIT_LAST_TWO = new Uint8Array(128 * 128);
for (const w of [...UNIT_WORDS, 'box']) UNIT_LAST_TWO[w.charCodeAt(w.length - 2) * 128 + w.charCodeAt(w.length - 1)] = 1;

/**
 * UNIT and PO_BOX end in `<word>\s*#?\s*\d`: their digit starts a run of digits, and walking back over whitespace, one
 * '#' and whitespace from it reaches the end of their word (each whitespace run lies between two runs of digits: walked
 * once). UNIT starts at that word; PO_BOX at a 'p' at most 11 characters before its "box".
 */
function unitAndBoxStarts(text: string, dr: DigitRuns): { unit: number[]; box: number[] } {
  const unit: number[] = [];
  const box: number[] = [];
  let floor = 0;
  for (let i = 0; i < dr.count; i++) {
    const d = dr.start[i] ?? 0;
    // Most digits follow a character that is neither whitespace, '#' nor the last of a word: no walk.
    const b = codeAt(text, d - 1);
    if (b < 128 && b !== 32 && b !== 35 && !(b >= 9 && b <= 13) && UNIT_LAST[b] !== 1) {
      floor = dr.end[i] ?? 0;
      continue;
    }
    let j = spaceBack(text, d, floor);
    if (j > floor && codeAt(text, j - 1) === 35) j = spaceBack(text, j - 1, floor);
    // Every word ends in 'e', '.', 't' or "box"'s 'x': most digits follow none of them.
    const last = codeAt(text, j - 1) | 32;
    if (last !== 101 && last !== 46 && last !== 116 && last !== 120) {
      floor = dr.end[i] ?? 0;
      continue;
    }
    // And in "te", "e.", "t.", "pt", "nt" or "ox" (compared as endsWithAscii does, by | 32: only letters and '.' pass).
    if (UNIT_LAST_TWO[(codeAt(text, j - 2) | 32) * 128 + last] !== 1) {
      floor = dr.end[i] ?? 0;
      continue;
    }
    for (const w of UNIT_WORDS) if (endsWithAscii(text, j, w)) unit.push(j - w.length);
    if (endsWithAscii(text, j, 'box')) {
      // "pobox" to "post office box": the 'p' is 2 to 12 characters before "box".
      for (let q = Math.max(0, j - 15); q <= j - 5; q++) if ((codeAt(text, q) | 32) === 112) box.push(q);
    }
    floor = dr.end[i] ?? 0;
  }
  return { unit: unit.sort((a, b) => a - b), box: box.sort((a, b) => a - b) };
}

/**
 * MILITARY's digits follow whitespace after "PSC", "Unit" or "CMR", or after "AA", "AE" or "AP", whitespace and "APO",
 * "FPO" or "DPO" (case-sensitive): it starts at that first word.
 */
function militaryStarts(text: string, sd: SpaceDigits): number[] {
  const starts: number[] = [];
  for (let j = 0; j < sd.space.length; j++) {
    const w = sd.space.get(j);
    // Each of those words ends in 'C', 't', 'R', 'A', 'E' or 'P'.
    const l = codeAt(text, w - 1);
    if (l !== 67 && l !== 116 && l !== 82 && l !== 65 && l !== 69 && l !== 80) continue;
    for (const k of ['PSC', 'Unit', 'CMR']) if (w >= k.length && text.startsWith(k, w - k.length)) starts.push(w - k.length);
    if (w >= 2 && (text.startsWith('AA', w - 2) || text.startsWith('AE', w - 2) || text.startsWith('AP', w - 2))) {
      // The whitespace before "AA" lies after the previous digit: each run is walked once.
      const v = spaceBack(text, w - 2, j > 0 ? sd.digit.get(j - 1) : 0);
      if (v < w - 2 && v >= 3 && ['APO', 'FPO', 'DPO'].includes(text.slice(v - 3, v))) starts.push(v - 3);
    }
  }
  return starts.sort((a, b) => a - b);
}

// UK_POSTCODE's inward-code letters [ABD-HJLNP-UW-Z].
const INWARD = new Uint8Array(128).map((_, c) => (/[ABD-HJLNP-UW-Z]/.test(String.fromCharCode(c)) ? 1 : 0));
const isInward = (c: number): boolean => c < 128 && INWARD[c] === 1;

/**
 * UK_POSTCODE's first digit follows one or two capital letters: it starts one or two characters before a run of
 * digits, when its inward code (`\d[ABD-HJLNP-UW-Z]{2}`) can begin one to three characters after that first digit.
 */
function ukPostcodeStarts(text: string, dr: DigitRuns): number[] {
  const starts: number[] = [];
  for (let i = 0; i < dr.count; i++) {
    const d = dr.start[i] ?? 0;
    const c = codeAt(text, d - 1);
    if (!(c >= 65 && c <= 90)) continue;
    let inward = false;
    for (let q = d + 1; q <= d + 3 && !inward; q++) inward = isDigit(codeAt(text, q)) && isInward(codeAt(text, q + 1)) && isInward(codeAt(text, q + 2));
    if (!inward) continue;
    const b = codeAt(text, d - 2);
    if (d >= 2 && b >= 65 && b <= 90) starts.push(d - 2);
    starts.push(d - 1);
  }
  return starts;
}

const MAX_ENDING = Math.max(0, ...ENDING_LENGTHS);
const ENDING_LAST = new Set(ENDINGS.map((e) => e.charAt(e.length - 1)));
// The same for ASCII characters by code (lower-cased as toLowerCase does).
const ENDING_LAST_ASCII = new Uint8Array(128).map((_, c) => (ENDING_LAST.has(String.fromCharCode(c).toLowerCase()) ? 1 : 0));

// The endings by their last character (lower case; all ASCII).
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const e of ENDINGS) ENDINGS_BY_LAST.set(e.charCodeAt(e.length - 1), [...(ENDINGS_BY_LAST.get(e.charCodeAt(e.length - 1)) ?? []), e]);

/**
 * A superset of the ending test below, by code: the ending's ASCII characters against the text's lower-cased ASCII
 * characters (a non-ASCII text character may lower-case to anything). Only texts without a fold special get here.
 */
function mayEndWithEnding(text: string, w: number): boolean {
  const last = codeAt(text, w - 1);
  if (last >= 128) return true;
  for (const e of ENDINGS_BY_LAST.get(isAsciiLetter(last) ? last | 32 : last) ?? []) {
    const s = w - e.length;
    if (s < 0) continue;
    let k = 0;
    for (; k < e.length; k++) {
      const x = e.charCodeAt(k);
      const c = codeAt(text, s + k);
      if (c >= 128 || x >= 128) continue;
      if ((isAsciiLetter(c) ? c | 32 : c) !== x) break;
    }
    if (k === e.length) return true;
  }
  return false;
}

function nameFirstStarts(text: string, sd: SpaceDigits): number[] {
  const starts: number[] = [];
  for (let j = 0; j < sd.space.length; j++) {
    const w = sd.space.get(j);
    // Every ending ends in one of a few characters: most words before a number end in none of them.
    const c = codeAt(text, w - 1);
    if (c < 128 && ENDING_LAST_ASCII[c] !== 1) continue;
    if (!mayEndWithEnding(text, w)) continue;
    const lastLow = text.charAt(w - 1).toLowerCase();
    if (!ENDING_LAST.has(lastLow.charAt(lastLow.length - 1))) continue;
    const raw = text.slice(Math.max(0, w - MAX_ENDING), w);
    const low = raw.toLowerCase();
    // Lower-casing one slice and comparing its endings is the same as lower-casing each ending, unless it changed length.
    for (const len of ENDING_LENGTHS) {
      if (w < len) continue;
      const tail = low.length === raw.length ? low.slice(low.length - len) : text.slice(w - len, w).toLowerCase();
      if (ENDING_SET.has(tail)) starts.push(w - len);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** The candidate finders' shared passes, each computed once per text when first needed. */
interface Passes {
  /** absentStreets' answer. */
  absent: () => number;
  dr: () => DigitRuns;
  sd: () => SpaceDigits;
  sn: () => { cap: IntList; fr: IntList };
  ub: () => { unit: number[]; box: number[] };
}

function passes(text: string): Passes {
  // runs.ts keeps the last text's runs: already found when another scanner asked first.
  const dr = (): DigitRuns => digitRuns(text);
  const sd = lazy(() => spaceDigits(text, dr()));
  return { absent: lazy(() => absentStreets(text, sd(), dr().count)), dr, sd, sn: lazy(() => shortNumberStarts(text, dr())), ub: lazy(() => unitAndBoxStarts(text, dr())) };
}

/** A rule's matches in order: from its candidate starts when it has them, else by a global scan. */
function matchesOf(re: RegExp, text: string, p: Passes): RegExpExecArray[] {
  const sticky = STICKY.get(re);
  if (sticky === undefined) return matchesAll(text, re);
  let starts: IntList | number[] | null;
  if (re === TYPE_FIRST) starts = typeStarts(text, p.sd());
  else if (re === DE_ADJ_STREET) starts = deAdjStreetStarts(text, p.sd());
  else if (re === NUMBER_FIRST) starts = (p.absent() & 1) !== 0 ? [] : numberFirstStarts(text, p.dr());
  else if (re === NAME_FIRST) starts = hasFoldSpecial(text) ? null : nameFirstStarts(text, p.sd());
  else if (re === NUMBER_FIRST_CAP) starts = (p.absent() & 2) !== 0 ? [] : p.sn().cap;
  else if (re === FR_NUMBER_TYPE) starts = (p.absent() & 4) !== 0 ? [] : p.sn().fr;
  else if (re === UNIT) starts = p.ub().unit;
  else if (re === PO_BOX) starts = p.ub().box;
  else if (re === MILITARY) starts = militaryStarts(text, p.sd());
  else if (re === UK_POSTCODE) starts = ukPostcodeStarts(text, p.dr());
  else starts = postcodeTownStarts(text, p.sd());
  if (starts === null) return matchesAll(text, re);
  if (starts.length === 0) return [];
  return starts instanceof IntList ? matchesAt(text, sticky, starts.buf, starts.length) : matchesAt(text, sticky, starts);
}

function lazy<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}

/** Each rule's matches (as "index:text"), by global scans only when `reference`, else from the fast paths: for tests. */
export function addressRuleMatches(text: string, reference: boolean): string[][] {
  const p = passes(text);
  return [NAME_FIRST, UK_POSTCODE, ...RULES.map(([re]) => re)].map((re) => (reference ? matchesAll(text, re) : matchesOf(re, text, p)).map((m) => `${m.index}:${m[0]}`));
}

/** The rules' matches by global scans only: the reference in tests. */
export function addressMatchesReference(text: string): string[] {
  return addressRuleMatches(text, true).flat();
}

/** The same from the fast paths. */
export function addressMatches(text: string): string[] {
  return addressRuleMatches(text, false).flat();
}

const RULES: readonly [RegExp, number, string][] = [
  [NUMBER_FIRST, 0.75, 'address.number-street'],
  [NUMBER_FIRST_CAP, 0.75, 'address.number-street'],
  [FR_NUMBER_TYPE, 0.9, 'address.number-type-name'],
  [DE_ADJ_STREET, 0.9, 'address.name-type-number'],
  [NUMBER_POSTCODE_TOWN, 0.75, 'address.number-postcode-town'],
  // A street type, a name and a number outrank the name inside them ("Calle San Vicente Ferrer 27" is not a person).
  [TYPE_FIRST, 0.9, 'address.type-name-number'],
  [UNIT, 0.7, 'address.unit'],
  [PO_BOX, 0.8, 'address.po-box'],
  [MILITARY, 0.85, 'address.military'],
];

/** Street addresses (HIPAA Safe Harbor geography below state level): street lines, units, PO and military boxes. */
export function scanAddresses(text: string, out: Hit[]): void {
  const first = out.length;
  const p = passes(text);
  for (const m of matchesOf(NAME_FIRST, text, p)) {
    let s = m.index;
    while (s > 0 && LETTER.test(text.charAt(s - 1))) s--;
    // The ending must close a longer word ("Søndergade", not "gade" alone). A house number never starts with 0:
    // "informatie 020 674 7000" (a phone), "database-migratie 0142" (a migration) end in -tie, no Finnish road.
    // A lower-case Dutch noun in -atie, -ctie, -itie, -otie, -ptie, -utie before a count is no Finnish road ("tijd tot
    // detectie 4 min", "saturatie 89%", "productie 3"); Finnish roads are mostly -ntie/-entie ("tawastintie 6",
    // "Hämeentie") or written capitalised ("Rantatie 4").
    if (TIE.test(m[0]) && !UPPER.test(text.charAt(s)) && (DUTCH_TIE_BEFORE.test(text.charAt(m.index - 1)) || FRENCH_TIE_BEFORE.test(text.charAt(m.index - 1)) || YEAR_NUMBER.test(m[0]))) continue;
    if (s < m.index && LOOKALIKES.has((text.slice(s, m.index) + (ENDING_WORD.exec(m[0])?.[0] ?? '')).toLowerCase())) continue;
    if (s < m.index && m[0].charCodeAt(m[0].search(/\d/)) !== 48) out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: s, end: m.index + m[0].length, score: 0.9, rule: 'address.street-number' });
  }
  for (const m of matchesOf(UK_POSTCODE, text, p)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (UK_ADDRESS_BEFORE.test(before) || houseNameBefore(before, m.index <= 100)) {
      out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.75, rule: 'address.uk-postcode' });
    }
  }
  for (const [re, score, rule] of RULES) {
    for (const m of matchesOf(re, text, p)) {
      // "via Roma 12", "Calle del Pez 14" but not "via email 2 days ago": the street's name is capitalised.
      if (re === TYPE_FIRST && (!NAMED_STREET.test(m[0]) || VIA_CHANNEL.test(m[0]) || proseAfterType(m[0]) || namelessType(m[0]))) continue;
      // "c/o Familie Scholz" is care of a household, not the Spanish "C/" of a calle.
      if (re === TYPE_FIRST && CARE_OF.test(m[0])) continue;
      // "for 40 minutes. ECG shows ST": a street line never runs across the end of a sentence ("St. James" is an abbreviation).
      if (re === NUMBER_FIRST && SENTENCE_END.test(m[0])) continue;
      if (re === NUMBER_FIRST && (COMMON_STREET.test(m[0]) || SMALL_NAME_CAP_TYPE.test(m[0]))) continue;
      // "3 Slogans im Stil von Dr. Oetker", "2 Tickets nach St. Moritz": a count of things, then a title or saint's
      // abbreviation before a name; a street's name is not a capitalised noun followed by small words.
      if (re === NUMBER_FIRST && TITLE_AFTER_PROSE.test(m[0]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // A house number is a number of its own: the last part of an IP address, a version or a clock time is none
      // ("10.20.4.17 conveyor jam lane 7" in a log line, "23:30 verbena en la Plaza Mayor", "à 14:30 place du Marché").
      if ((re === NUMBER_FIRST || re === NUMBER_FIRST_CAP || re === FR_NUMBER_TYPE) && tailOfNumber(text, m.index)) continue;
      // No house number is 0: "2-0 down at Nelson Road" is a score, "0 Main Street" no one's door.
      if ((re === NUMBER_FIRST || re === NUMBER_FIRST_CAP) && m[0].charCodeAt(0) === 48 && !isDigit(m[0].charCodeAt(1))) continue;
      out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
  // Postcode, town and country after a street line abroad ("41 Ulica Lipowa, 33-300 Nowy Sącz, Poland": foreign-addresses.ts).
  scanForeignAddresses(text, out);
  mergeAdjacent(text, out, first);
}

/** True when text[at] continues a number written with dots or colons: a digit, then '.' or ':', right before it. */
function tailOfNumber(text: string, at: number): boolean {
  const c = codeAt(text, at - 1);
  return (c === 46 || c === 58) && isDigit(codeAt(text, at - 2));
}

/** One address, one finding: street-line, postcode and town hits that overlap or touch (", ") become one span. */
function mergeAdjacent(text: string, out: Hit[], first: number): void {
  if (out.length - first < 2) return;
  const mine = out.splice(first).sort((a, b) => a.start - b.start);
  let cur = mine[0];
  for (const h of mine.slice(1)) {
    if (cur === undefined) break;
    if (h.start <= cur.end || (h.start - cur.end <= 2 && /^[,\s]*$/.test(text.slice(cur.end, h.start)))) {
      cur = { ...cur, end: Math.max(cur.end, h.end), score: Math.max(cur.score, h.score) };
    } else {
      out.push(cur);
      cur = h;
    }
  }
  if (cur !== undefined) out.push(cur);
}
