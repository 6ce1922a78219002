import { ANIMALS, BRANDS, DISH_NOUNS, ORG_LIST_LINKS, ORG_LIST_NOUNS, PLAN_NOUNS, PRODUCT_NOUNS, FAIR_WORDS, HEAD_NOUNS, LABEL_NOUNS, PLACE_OF_NOUNS, PLACEHOLDER_SURNAMES, ROLE_TITLES, TAIL_NOUNS, TAIL_NOUNS_LONG, TRADE_NOUNS, UI_ROLES } from './data/brands.js';
import { REGISTER_LABELS, wordAlternation } from './data/struct-cues.js';
import { escapeRegExp } from './evidence-text.js';
import { LEGAL_FORMS } from './data/company-cues.js';
import { hasListedNameWord } from './listed-names.js';
import { PET_WORDS } from './data/pet-words.js';
import type { Hit } from './hit.js';
import { matchesAll, matchesAt } from './keywords.js';
import { isSpaceCode, POST_FILTER_WORDS, spanTokens, startsOf } from './word-gate.js';
import { foldsAsLowerCase } from './phrase-index.js';
import { isLetterCode, PhraseTrie } from './phrase-trie.js';
import { codeAt } from './word-index.js';
import { WordListGate } from './word-list-gate.js';

/*
 * PERSON hits that are product names ("Okta", "Google Authenticator", "Outlook:"), software role labels ("Rolle
 * Administrator") or a register's label ("REA MI-1234567"): names of things in help articles, tickets and invoices.
 * A hit of the name lists alone is dropped when its first word is a brand; a cued one only when every word is one. A
 * lone upper-case word of up to five letters ("SAMU", "ISA") found by the lists alone is an acronym when it is unpaired
 * (under the threshold: it then only shadows an organisation's phone next to it) or followed by a number.
 * Names of things built on a name: a business, estate or institution opened by its noun ("Ferme Bertrand", "Weingut
 * Keller", "Museo Picasso"; a trade noun after a preposition, "vom Metzger Huber"), a building or product closed by one
 * ("Lincoln Drill Hall", "Lindner Kaffee"), a hall or stand label before a number ("Halle 6"), a run of role titles
 * ("Segretario del Consiglio"), a place named after someone ("Mary King's Close"), an animal ("Dolly the sheep"), a company
 * before its legal form ("Marston Harper plc"), a brand before its product ("Marlowe coffee"), and in
 * a trade-fair plan a lone listed word (an exhibitor's brand: "mit Festo und Siemens").
 * A pet in a vet's question or record, named with its species or breed ("Kater Moritz", "le chat Oscar", "Bobby, labrador
 * van 10": data/pet-words.ts), whatever rule found the name: an animal's name is no person's data.
 */

// One-word brands: a run made only of these (and joining words) is a product list.
const BRAND_WORDS = new Set(BRANDS.filter((b) => !b.includes(' ')));
const BRAND = new Set(BRANDS);
// First words of every brand: a run whose first word is none of these (and no acronym) is read no further.
const BRAND_FIRST = new Set(BRANDS.map((b) => b.split(' ')[0] ?? ''));
const ROLE = new Set(UI_ROLES);
const PLACEHOLDER_LAST = new Set(PLACEHOLDER_SURNAMES);
// Words joining two brands in one run ("Knorr e Ciobar", "Barnes & Whitley").
const BRAND_JOINER = new Set(['&', 'and', 'und', 'et', 'y', 'e', 'en']);
const REGISTER = new Set(Object.values(REGISTER_LABELS).flat().filter((w) => /^[a-z]+$/.test(w)));
const DISH = new Set(DISH_NOUNS);
// Words between a dish noun and the name ("uova alla Benedict", "pêche à la ...", "huevos a la ...").
const DISH_LINK = new Set(['alla', 'alle', 'al', 'à', 'a', 'la', 'de', 'di', "l'", 'l’']);
// Speed: the last word before the name (its 24 characters) must be a dish noun or a linking word before they are split.
const DISH_OR_LINK = new Set([...DISH, ...DISH_LINK]);
/** The last whitespace-separated word of text[lo, at), lower case (what dishBefore's split ends with). */
function lastWordBefore(text: string, lo: number, at: number): string {
  let e = at;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > lo && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}
/** True when the text before a name ends in a dish noun, maybe with up to two linking words after it. */
function dishBefore(before: string): boolean {
  const words = before.toLowerCase().trimEnd().split(/\s+/);
  let i = words.length - 1;
  for (let k = 0; k < 2 && i >= 0 && DISH_LINK.has(words[i] ?? ''); k++) i--;
  return i >= 0 && DISH.has(words[i] ?? '');
}
const HEAD = new Set(HEAD_NOUNS);
const TRADE = new Set(TRADE_NOUNS);
const TAIL = new Set(TAIL_NOUNS);
const TAIL_LONG = new Set(TAIL_NOUNS_LONG);
const LABEL = new Set(LABEL_NOUNS);
const ROLE_TITLE = new Set(ROLE_TITLES);
// Words between role titles ("Segretario del Consiglio", "Secretary of the Board", "Président du Conseil").
const TITLE_LINK = new Set(['il', 'lo', 'gli', 'el', 'los', 'las', 'del', 'della', 'dello', 'dei', 'degli', 'di', 'de', 'la', 'le', 'of', 'the', 'des', 'du', 'der', 'die', 'des', 'van', 'het', 'voor', 'für', 'for', 'y', 'e', 'et', 'und', 'and', 'en']);
// Prepositions and articles before a trade noun that make it the shop ("vom Metzger Huber", "chez le boucher").
const TRADE_BEFORE = /(?:^|[\s(])(?:vom|beim|bei|zum|zur|dem|den|der|chez|le|du|au|del|al|dal|dalla|la|el|de|bij|van|from|at|the)\s+$/iu;
const FAIR_SOURCE = FAIR_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const FAIR = new RegExp(`(?<![\\p{L}-])(?:${FAIR_SOURCE})(?![\\p{L}-])`, 'giu');
// Speed: FAIR's matches found at the words that can begin a fair word (word-gate.ts), sticky.
const FAIR_STICKY = new RegExp(FAIR.source, 'iuy');
const FAIR_BIT = POST_FILTER_WORDS.add(FAIR_SOURCE);
/** True when the text holds two different trade-fair words (one alone, French "messe", is a mass); `reference`: FAIR's own scan. */
export function fairText(text: string, reference = false): boolean {
  const starts = reference ? null : POST_FILTER_WORDS.starts(text);
  const seen = new Set<string>();
  for (const m of starts === null ? matchesAll(text, FAIR) : matchesAt(text, FAIR_STICKY, startsOf(starts, FAIR_BIT))) if (seen.add(m[0].toLowerCase()).size >= 2) return true;
  return false;
}
// A possessive and a capitalised place noun after the name: a street, a close, a pub or a chapel named after someone.
const PLACE_OF = new RegExp(`^['’]s? (?:${PLACE_OF_NOUNS.join('|')})(?![\\p{L}-])`, 'u');
// A legal form after the name ("Marston Harper plc", "Keller & Co. GmbH"): a company. Not "e.K.", a sole trader's own name.
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPANY_AFTER = new RegExp(`^,?\\s+(?:&\\s+Co\\.?\\s+)?(?:${LEGAL_FORMS.filter((f) => f !== 'e.K.').map(esc).join('|')})(?![\\p{L}])`, 'u');
// A product noun after the name ("Barnes & Whitley soups", "own-label Marlowe coffee"): a brand.
const PRODUCT_AFTER = new RegExp(`^\\s+(?:${PRODUCT_NOUNS.join('|')})(?![\\p{L}])`, 'u');
// "Dolly the sheep", "Laika, the dog": an animal's name.
const ANIMAL_AFTER = new RegExp(`^,? (?:the|la|le|el|il|lo|de|het|der|die|das) (?:${ANIMALS.join('|')})(?![\\p{L}])`, 'iu');
// A pet's species after its language's article or possessive ("le chat Oscar", "my dog Rex", "il gatto Leone"), or a
// German species noun alone ("Kater Moritz"), right before the name; matched as written (German nouns capitalised), the
// article or possessive also capitalised as it opens a sentence ("Notre chatte Lola, 14 ans").
const PET_LANGS = Object.values(PET_WORDS);
const capitalised = (ws: readonly string[]): string[] => [...ws, ...ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1))];
// One lower-case word may stand between them, the animal's role or age ("our practice cat Margaret", "mon vieux chat").
const PET_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${PET_LANGS.map((l) => `(?:${wordAlternation(capitalised(l.before))})\\s+(?:\\p{Ll}[\\p{L}-]{0,15}\\s+)?(?:${wordAlternation(l.species.map((w) => w.toLowerCase()))})`).join('|')})|(?<![\\p{L}])(?:${wordAlternation(PET_WORDS.de.species)}))\\s+$`,
  'u',
);
// Speed: the word right before the name must be a species word's last word before PET_BEFORE runs.
const PET_LAST = new Set(PET_LANGS.flatMap((l) => l.species.map((w) => w.toLowerCase().split(' ').at(-1) ?? '')));
// A German species noun opening the name's own run ("Kater Moritz" read as one name).
const PET_FIRST = new Set(PET_WORDS.de.species);
// A breed or a species after the name and a comma, with an age or a weight in the words around it ("Oscar, cocker 11
// ans", "Max, 6y MN German shepherd", "Leone, pastore maremmano di 7 anni"): up to three short words (an age, a sex)
// before it, a number within 16 characters after it.
const PET_AFTER = new RegExp(`^,\\s*((?:[\\p{L}\\d.]{1,4}\\s+){0,3}?)(?:${wordAlternation(PET_LANGS.flatMap((l) => l.breeds))})(?![\\p{L}])([^\\n\\d.;]{0,16}\\d)?`, 'iu');
const HAS_DIGIT = /\d/;
// Speed: ANIMAL_AFTER (some 140 KB of compiled code) is read by the animals' tree on text that folds as lower case
// (phrase-trie.ts) when no animal has a space or a pattern character (the pattern joins them as written).
const ANIMAL_TRIE = new PhraseTrie(ANIMALS);
const ANIMAL_ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'le', 'el', 'il', 'lo', 'de', 'het', 'der', 'die', 'das']);
const ANIMALS_PLAIN = ANIMAL_TRIE.usable && ANIMALS.every((w) => /^[\p{L}'’-]+$/u.test(w));
/** ANIMAL_AFTER.test(s); `reference`: the pattern itself, for tests. */
export function animalAfter(s: string, reference = false): boolean {
  if (reference || !ANIMALS_PLAIN || !foldsAsLowerCase(s)) return ANIMAL_AFTER.test(s);
  let i = s.charCodeAt(0) === 44 ? 1 : 0;
  if (s.charCodeAt(i) !== 32) return false;
  const space = s.indexOf(' ', i + 1);
  if (space < 0 || !ANIMAL_ARTICLES.has(s.slice(i + 1, space).toLowerCase())) return false;
  i = space + 1;
  return ANIMAL_TRIE.longestAt(s, i) >= 0;
}
// Speed: PET_AFTER (some 500 KB of compiled code) is read by the breeds' tree on text that folds as lower case
// (phrase-trie.ts), trying what the pattern tries in its order; the pattern runs only on other text.
const BREEDS = new PhraseTrie(PET_LANGS.flatMap((l) => l.breeds));
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isShortWordCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c) || c === 46;
/** Whether PET_AFTER matches `s` with an age or a weight: its second group, or a digit in its first; `reference`: the pattern itself. */
export function breedWithAge(s: string, reference = false): boolean {
  if (reference || !BREEDS.usable || !foldsAsLowerCase(s)) {
    const m = PET_AFTER.exec(s);
    return m !== null && (m[2] !== undefined || HAS_DIGIT.test(m[1] ?? ''));
  }
  if (s.charCodeAt(0) !== 44) return false;
  let q = 1;
  while (q < s.length && isSpaceCode(s.charCodeAt(q))) q++;
  const first = q;
  // Up to three short words ([\p{L}\d.]{1,4}\s+), fewest first.
  for (let k = 0; k <= 3; k++) {
    const e = BREEDS.longestAt(s, q);
    if (e >= 0) {
      if (HAS_DIGIT.test(s.slice(first, q))) return true;
      // ([^\n\d.;]{0,16}\d)?: the first newline, digit, full stop or semicolon within 16 characters is a digit.
      let j = e;
      while (j < s.length && j - e < 16 && !isStopCode(s.charCodeAt(j))) j++;
      return j < s.length && isDigitCode(s.charCodeAt(j));
    }
    if (k === 3) break;
    let x = q;
    while (x < s.length && isShortWordCode(s.charCodeAt(x))) x++;
    if (x === q || x - q > 4 || x >= s.length || !isSpaceCode(s.charCodeAt(x))) break;
    while (x < s.length && isSpaceCode(s.charCodeAt(x))) x++;
    q = x;
  }
  return false;
}
const isStopCode = (c: number): boolean => c === 10 || isDigitCode(c) || c === 46 || c === 59;
/** Whether the name is a pet's: its species right before it or opening it, or its breed after it (above). */
function petName(text: string, span: string, h: Hit): boolean {
  if (text.charCodeAt(h.end) === 44 && breedWithAge(text.slice(h.end, h.end + 60))) return true;
  const sp = span.indexOf(' ');
  if (sp > 0 && PET_FIRST.has(span.slice(0, sp))) return true;
  if (petDescribed(text.slice(h.end, h.end + 64))) return true;
  const lo = Math.max(0, h.start - 48);
  return isSpaceCode(text.charCodeAt(h.start - 1)) && PET_LAST.has(lastWordBefore(text, lo, h.start)) && PET_BEFORE.test(text.slice(lo, h.start));
}

// A pet's description right after its name, in brackets ("Herr Günther (Mops, 6 J., 9 kg)", "Margaret (14, DSH)") or
// after a copula and an article ("Dave is a 9 year old Border Terrier", "Frau Schmidt ist eine 15-jährige
// Kartäuserkatze", "Gérard est un chat européen de 11 ans"): its words, read by petWords.
const PET_ASIDE = /^\s?\(([^()\n]{1,48})\)/u;
const PET_COPULA = /^\s+(?:is|was|ist|war|est|était|es|era|è|e'|e’)\s+(?:a|an|ein|eine|un|une|una|uno|een)\s+([^.;:!?()\n]{1,48})/iu;
// A German compound ending in a species noun ("Kartäuserkatze", "Mischlingshund", "Warmblutstute").
const DE_SPECIES_END = new RegExp(`\\p{L}(?:${PET_WORDS.de.breeds.filter((w) => PET_WORDS.de.species.some((x) => x.toLowerCase() === w)).join('|')})(?![\\p{L}])`, 'iu');
// Prepositions and conjunctions: after the breed they open the rest of the description ("... Terrier with", "...
// Katze mit", "un chat de 11 ans"); before it they make the breed something else's ("a teacher with a dog"). Any other
// word after the breed makes it part of a person's trade or liking ("a 45 year old dog walker", "a cat person").
const PET_LINKS = new Set(['with', 'and', 'of', 'for', 'from', 'who', 'mit', 'und', 'von', 'für', 'aus', 'der', 'die', 'avec', 'et', 'de', 'du', 'des', 'pour', 'qui', 'con', 'y', 'para', 'por', 'del', 'que', 'e', 'ed', 'di', 'da', 'della', 'per', 'che', 'met', 'en', 'van', 'voor', 'uit', 'dat']);
const BREED_END = /^\s*(?:[,;.)]|\d|$)/u;
const WORD = /\p{L}+/gu;
/**
 * Whether a pet's description holds an age or a weight and a breed or species word that heads it: the words before it
 * are no preposition or conjunction (`aside`: in brackets, only numbers and tags of up to two letters, "14, DSH", "6y FN"; not "CNC setter"), the word
 * after it one, or none.
 */
function petWords(d: string, aside: boolean): boolean {
  if (!HAS_DIGIT.test(d) || !foldsAsLowerCase(d)) return false;
  const breed = BREEDS.nextWord(d, 0, true);
  const compound = breed === undefined ? DE_SPECIES_END.exec(d)?.index : undefined;
  const at = breed?.[0] ?? (compound === undefined ? undefined : compound + 1);
  if (at === undefined) return false;
  const before = d.slice(0, at).match(WORD) ?? [];
  if (before.length > 5 || before.some((x) => PET_LINKS.has(x.toLowerCase()) || (aside && x.length > 2)) || (!aside && d.slice(0, at).includes(','))) return false;
  if (breed === undefined) return true;
  const rest = d.slice(breed[1]);
  if (BREED_END.test(rest)) return true;
  const next = /^\s+(\p{L}+)/u.exec(rest);
  return next !== null && PET_LINKS.has((next[1] ?? '').toLowerCase());
}
/** Whether the text after a name describes it as a pet, in brackets or after "is a" (above). */
function petDescribed(after: string): boolean {
  const c0 = after.charCodeAt(0);
  if (c0 !== 32 && c0 !== 40) return false;
  const aside = PET_ASIDE.exec(after);
  if (aside !== null) return petWords(aside[1] ?? '', true);
  const copula = PET_COPULA.exec(after);
  return copula !== null && petWords(copula[1] ?? '', false);
}
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** ALL_CAPS.test(w), with no pattern run when one of the first two code units is ASCII and no capital ("Anna", "ma"). */
const allCaps = (w: string): boolean => {
  const a = w.charCodeAt(0);
  const b = codeAt(w, 1);
  return !((a < 128 && (a < 65 || a > 90)) || (b < 128 && (b < 65 || b > 90))) && ALL_CAPS.test(w);
};
// Speed: COMPANY_AFTER and PRODUCT_AFTER are tried only when the character after the leading comma (COMPANY_AFTER)
// and whitespace can begin one of their words ("&" of "& Co."): most names are followed by other words.
const FORM_FIRST = new Set([...LEGAL_FORMS.map((f) => f.charAt(0)), '&']);
const PRODUCT_FIRST = new Set(PRODUCT_NOUNS.map((w) => w.charAt(0)));
const SPACE = /^\s$/u;
/** Whether s[i] is whitespace (\s): ASCII by char code, the rest by the pattern. */
const isSpaceAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s.charAt(i)));
};
/** True when `s` opens with whitespace (after a comma when `comma`) and then a character of `first`. */
function nounMayFollow(s: string, first: ReadonlySet<string>, comma: boolean): boolean {
  let i = comma && codeAt(s, 0) === 44 ? 1 : 0;
  const from = i;
  while (i < s.length && isSpaceAt(s, i)) i++;
  return i > from && i < s.length && first.has(s.charAt(i));
}
// A plan noun, a colon or none, and an opening quote right before the hit; a closing quote right after it (PLAN_NOUNS).
const PLAN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PLAN_NOUNS.join('|')})\\s{0,2}:?\\s{0,2}["'„“«‘‚]\\s?$`, 'iu');
const QUOTE_AFTER = /^\s?["'“”»’‘]/u;
/** True when the hit is a quoted product name right after a plan noun ("Vertrag 'Strom Basis'"). */
const quotedPlan = (text: string, h: Hit): boolean => QUOTE_AFTER.test(text.slice(h.end, h.end + 2)) && PLAN_BEFORE.test(textBefore(text, h));
// An organisation noun and an item link earlier in the hit's sentence, within ORG_LIST_REACH characters (ORG_LIST_NOUNS).
const ORG_LIST_REACH = 160;
const ORG_LIST_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${ORG_LIST_NOUNS.map(escapeRegExp).join('|')})\\s{1,3}(?:${ORG_LIST_LINKS.map(escapeRegExp).join('|')})(?![\\p{L}])[^.!?\\n]*$`,
  'iu',
);
// Speed: the pattern's look-behind under `iu` is tried at each of the 160 positions before every listed name; most of those
// windows hold no organisation noun as a whole word, which the gate (a superset test) tells first.
const ORG_LIST_NOUN_GATE = new WordListGate(ORG_LIST_NOUNS);
/** True when the hit is an item of a list of organisations ("employers including NHS and <hit>"). */
const inOrgList = (text: string, h: Hit): boolean => {
  const lo = Math.max(0, h.start - ORG_LIST_REACH);
  return ORG_LIST_NOUN_GATE.mayHold(text, lo, h.start) && ORG_LIST_BEFORE.test(text.slice(lo, h.start));
};
/** The 24 characters before the hit. */
const textBefore = (text: string, h: Hit): string => text.slice(Math.max(0, h.start - 24), h.start);
const NUMBER_AFTER = /^[ -]?\d/;

const firstWord = (span: string): string => {
  const sp = span.indexOf(' ');
  return sp < 0 ? span : span.slice(0, sp);
};
const lastWord = (span: string): string => span.slice(span.lastIndexOf(' ') + 1);

/** A name of a thing built on a name (see the head comment): a business, building, product, label or role title. */
function namedThing(text: string, span: string, h: Hit, after: string, fair: () => boolean): boolean {
  const further = text.slice(h.end, h.end + 24);
  // "Mary King's Close", "Arthur's Seat", "St Giles' Cathedral": a place named after someone; "Dolly the sheep": an animal.
  const c = codeAt(further, 0);
  // PLACE_OF opens with an apostrophe, ANIMAL_AFTER with a comma or a space.
  if (((c === 39 || c === 0x2019) && PLACE_OF.test(further)) || ((c === 44 || c === 32) && animalAfter(further)) || (nounMayFollow(further, FORM_FIRST, true) && COMPANY_AFTER.test(further))) return true;
  if (h.rule === 'person.gazetteer' && nounMayFollow(further, PRODUCT_FIRST, false) && PRODUCT_AFTER.test(further)) return true;
  if (h.rule === 'person.gazetteer' && (quotedPlan(text, h) || inOrgList(text, h))) return true;
  const tokens = spanTokens(span.toLowerCase());
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length >= 2 && (HEAD.has(first) || (TRADE.has(first) && TRADE_BEFORE.test(textBefore(text, h))))) return true;
  if (tokens.length >= 2 && (TAIL.has(last) || (tokens.length >= 3 && TAIL_LONG.has(last)))) return true;
  if (tokens.every((t) => ROLE_TITLE.has(t) || TITLE_LINK.has(t)) && tokens.some((t) => ROLE_TITLE.has(t))) return true;
  if (tokens.length !== 1 || h.rule !== 'person.gazetteer') return false;
  return (LABEL.has(first) && NUMBER_AFTER.test(after)) || fair();
}

function notAPerson(text: string, span: string, h: Hit, after: string): boolean {
  const first = firstWord(span);
  // "pêche Melba", "pizza Margherita", "uova alla Benedict": a dish named after someone (one listed word, no cue).
  if (h.rule === 'person.gazetteer' && first === span && DISH_OR_LINK.has(lastWordBefore(text, Math.max(0, h.start - 24), h.start)) && dishBefore(textBefore(text, h))) return true;
  const last = lastWord(span);
  // Cheap tests first: most hits are people whose first word is no brand, acronym or register label.
  if (first !== last) {
    const lastLower = last.toLowerCase();
    if (ROLE.has(lastLower) || PLACEHOLDER_LAST.has(lastLower)) return true;
  }
  const caps = allCaps(first);
  if (!BRAND_FIRST.has(first) && !caps) return false;
  const tokens = span.split(' ').filter((t) => t !== '');
  if (tokens.every((t) => BRAND_WORDS.has(t) || BRAND_JOINER.has(t)) || BRAND.has(tokens.join(' ')) || (tokens.length > 2 && BRAND.has(`${first} ${tokens[1] ?? ''}`))) return true;
  // A one-word brand and a word of no name list after it, read as a name after a cue ("a known issue with Stripe
  // Elements", "mit Okta Verify", "con Google Maps"; held-out set 91): the brand's product. A listed name after the brand
  // keeps the person.
  if (h.rule === 'person.cue' && tokens.length === 2 && BRAND_WORDS.has(first) && !hasListedNameWord(last)) return true;
  if (h.rule !== 'person.gazetteer') return false;
  // "REA MI": an upper-case register label opens the run; "SAMU 15", "ISA": a lone acronym, unpaired or before a number.
  if (caps && (REGISTER.has(first.toLowerCase()) || (tokens.length === 1 && first.length <= 5 && (h.score < 0.5 || NUMBER_AFTER.test(after))))) return true;
  return BRAND_WORDS.has(first) && BRAND.has(first);
}

// A word of a brand pair: letters, apostrophes and hyphens, at most 40 characters (read around each "&", so linear).
const PAIR_WORD = /[\p{L}'’-]/u;
const UPPER = /\p{Lu}/u;
/** Where the capitalised word ending at `e` (exclusive) starts, or -1. */
function wordStartBefore(text: string, e: number): number {
  let b = e;
  while (b > 0 && b > e - 40 && PAIR_WORD.test(text.charAt(b - 1))) b--;
  return b < e && UPPER.test(text.charAt(b)) ? b : -1;
}
/** Where the capitalised word starting at `b` ends, or -1. */
function wordEndAfter(text: string, b: number): number {
  if (!UPPER.test(text.charAt(b))) return -1;
  let e = b + 1;
  while (e < text.length && e < b + 40 && PAIR_WORD.test(text.charAt(e))) e++;
  return e;
}
/**
 * The sorted [start, end) ranges of every mention of a brand written as two capitalised words joined by "&" that a product
 * noun follows once in the text ("Barnes & Whitley soups ... co-funding for Barnes & Whitley"): each mention is the brand.
 */
function ampersandBrands(text: string): number[] {
  const pairs: { key: string; start: number; end: number }[] = [];
  const brands = new Set<string>();
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    let l = i;
    while (l > 0 && i - l < 3 && (text.charCodeAt(l - 1) === 32 || text.charCodeAt(l - 1) === 9)) l--;
    let r = i + 1;
    while (r < text.length && r - i < 4 && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
    const start = wordStartBefore(text, l);
    const end = start < 0 ? -1 : wordEndAfter(text, r);
    if (end < 0) continue;
    const key = `${text.slice(start, l)}&${text.slice(r, end)}`;
    pairs.push({ key, start, end });
    const further = text.slice(end, end + 24);
    if (nounMayFollow(further, PRODUCT_FIRST, false) && PRODUCT_AFTER.test(further)) brands.add(key);
  }
  return brands.size === 0 ? [] : pairs.filter((p) => brands.has(p.key)).flatMap((p) => [p.start, p.end]);
}
/** True when [start, end) lies inside one of the sorted, non-overlapping ranges (binary search). */
function inside(ranges: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start < (ranges[2 * mid] ?? 0)) hi = mid - 1;
    else if (start >= (ranges[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return end <= (ranges[2 * mid + 1] ?? 0);
  }
  return false;
}

/** Removes, in place, PERSON hits that are brands, software roles or register labels; true when one was removed. */
export function dropBrandNames(text: string, hits: Hit[]): boolean {
  let kept = 0;
  let fair: boolean | undefined;
  const isFair = (): boolean => (fair ??= fairText(text));
  let pairs: number[] | undefined;
  for (const h of hits) {
    if (h.entity === 'PERSON' && h.rule.startsWith('person.')) {
      const span = text.slice(h.start, h.end);
      if ((h.rule === 'person.gazetteer' || h.rule === 'person.cue') && inside((pairs ??= text.includes('&') ? ampersandBrands(text) : []), h.start, h.end)) continue;
      const after = text.slice(h.end, h.end + 4);
      if (notAPerson(text, span, h, after) || ((h.rule === 'person.gazetteer' || h.rule === 'person.cue') && namedThing(text, span, h, after, isFair)) || petName(text, span, h)) continue;
    }
    hits[kept++] = h;
  }
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
