import { isOrganisationName } from './org-names.js';
import { authorBlock } from './author-blocks.js';
import { careContext } from './care-context.js';
import { BORN_WORDS } from './data/birth-words.js';
import { COUNTRIES } from './data/countries.js';
import { PROGRAMME_WORDS } from './data/programme-words.js';
import { PUBLIC_NAMES } from './data/public-names.js';
import { PUBLIC_ROLE_WORDS } from './data/public-role-words.js';
import { NAME_CONTEXT, type NameContextWords } from './data/name-context.js';
import { NAMED_PLACE_WORDS, type NamedPlaceWords } from './data/named-places.js';
import type { Hit } from './hit.js';
import { cueAlternation, LANGUAGES } from './languages.js';
import { isFictionalAddress } from './fictional-addresses.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { endsMask, endsTable, isLetterUnit } from './name-chars.js';
import { personaName } from './personas.js';
import { hasRecordCheckWords } from './private-evidence.js';
import { healthSubjectName } from './health-subject-names.js';
import { sceneStart } from './screenplay.js';
import { sentenceEndAfter, sentenceStartBefore } from './sentence-bounds.js';
import { codeAt, hashOfCodes, latinRuns } from './word-index.js';
import { firstChars, isSpaceCode, LastWordGate, mayBegin, POST_FILTER_WORDS, spanTokens, startsOf } from './word-gate.js';

/*
 * PERSON hits that the name lists found in text where they do not name anyone's personal data: a biography of a
 * historical figure, a question about a novel, a bibliography; or a run that is a company ("... GmbH", "Imprimerie
 * du ..."), an institution ("Robert Koch-Institut"), a landmark or saint's place ("Santa ...", "... Palace"), a
 * country, a month or weekday next to a number, a labelled hall ("Halle B"), or that starts with a capitalised
 * instruction verb or interjection ("Mach ...", "Ok ..."). Words are language data (data/name-context.ts).
 */

const words = (k: keyof NameContextWords): string[] => [...new Set(Object.values(NAME_CONTEXT).flatMap((l) => l[k]))];
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(esc).join('|');
const setOf = (ws: readonly string[]): Set<string> => new Set(ws);

const COUNTRY = new Set(Object.values(COUNTRIES).flatMap((l) => l.split('|')));
// Speed: a run is joined and looked up as a country only when its first word opens one.
const COUNTRY_FIRST = new Set([...COUNTRY].map((c) => c.split(' ')[0] ?? ''));
const LEGAL_FORM = setOf(words('legalForm'));
// Right after the run, written with a capital ("se", "sa", "spa" in lower case are words).
const LEGAL_AFTER = new RegExp(`^ (?:${alternation(words('legalForm'))})(?![\\p{L}])`, 'iu');
const STARTS_UPPER = /^ ?[^\p{L}]*\p{Lu}/u;
// Speed: LEGAL_AFTER and INSTITUTION_AFTER are tried only when the character after their leading space or hyphen can
// begin one of their words (most names are followed by other words).
const LEGAL_FIRST = firstChars(words('legalForm'));
const INSTITUTION_FIRST = firstChars(words('institution'));
const legalAfter = (after: string): boolean => {
  if (codeAt(after, 0) !== 32 || !mayBegin(LEGAL_FIRST, codeAt(after, 1))) return false;
  const m = LEGAL_AFTER.exec(after);
  return m !== null && STARTS_UPPER.test(m[0]);
};
const BUSINESS = setOf(words('businessBefore'));
const BUSINESS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(words('businessBefore'))})\\s+(?:(?:du|de la|de|des|del|della|di|da|do|dos|das|van|von|het|de l['’]|d['’])\\s*)?$`, 'iu');
// Trade nouns and role, shift and department nouns ("Holzbau", "Teamleitung", "Frühschicht") end so.
const COMPOUND_ENDINGS = [...words('businessEnding'), ...words('roleEnding')];
const BUSINESS_ENDING = new RegExp(`\\p{L}{3}(?:${alternation(COMPOUND_ENDINGS)})$`, 'u');
// Speed: a word matching BUSINESS_ENDING ends in the last two code units of one of its endings (a set lookup first).
const BUSINESS_ENDING_TAILS = new Set(COMPOUND_ENDINGS.map((w) => w.slice(-2)));
const businessEnding = (w: string): boolean => BUSINESS_ENDING_TAILS.has(w.slice(-2)) && BUSINESS_ENDING.test(w);
// Speed: BUSINESS_BEFORE and LOCATIVE_BEFORE end in `\s+$` (or a particle), so the engine tries them at every position of
// their window. The token before the end (after up to two particles for BUSINESS_BEFORE) must end in one of their
// words' last words (endsMask, name-chars.ts): most windows are ruled out without running them.
const lastWordsOf = (ws: readonly string[]): Map<string, number> => new Map(ws.map((w) => [w.toLowerCase().slice(w.lastIndexOf(' ') + 1), 1]));
const BUSINESS_TABLE = endsTable(lastWordsOf(words('businessBefore')), new Set(['du', 'de', 'la', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'het', "l'", 'l’', "d'", 'd’']));
const LOCATIVE_TABLE = endsTable(lastWordsOf([...words('locative'), ...words('conjunction')]), new Set());
// A word with a character whose case folding is ASCII (long s, Kelvin sign) would match ASCII text the table cannot see.
const ENDS_GATE_ON = ![...words('businessBefore'), ...words('locative'), ...words('conjunction')].some((w) => /[\u017F\u212A]/.test(w));
/** BUSINESS_BEFORE on the 28 characters before `at`. */
const businessBefore = (text: string, at: number): boolean => {
  const lo = Math.max(0, at - 28);
  return !(ENDS_GATE_ON && endsMask(text, lo, at, BUSINESS_TABLE, 2) === 0) && BUSINESS_BEFORE.test(text.slice(lo, at));
};
/** The same without the gate: the reference in tests. */
export const businessBeforeReference = (text: string, at: number): boolean => BUSINESS_BEFORE.test(text.slice(Math.max(0, at - 28), at));
const INSTITUTION = setOf([...words('institution'), ...Object.values(LANGUAGES).flatMap((l) => l.organisation)]);
const INSTITUTION_AFTER = new RegExp(`^[ -](?:${alternation(words('institution'))})(?![\\p{L}])`, 'iu');
const institutionAfter = (after: string): boolean => {
  const c = codeAt(after, 0);
  return (c === 32 || c === 45) && mayBegin(INSTITUTION_FIRST, codeAt(after, 1)) && INSTITUTION_AFTER.test(after);
};
// "La Corte", "the Court": a public body's noun after an article; "Oxford Knee Score": a score or scale; "made in France";
// "CHU" in capitals: an institution's acronym.
const BODY = setOf(words('bodyNoun'));
const BODY_ARTICLE = setOf(words('bodyArticle'));
const MEASURE = setOf(words('measureAfter'));
const MADE_IN = new RegExp(`(?<![\\p{L}])(?:${alternation(words('madeIn'))})\\s+$`, 'iu');
const MADE_IN_LAST = setOf(words('madeIn').map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const ACRONYM = setOf(words('institutionAcronym'));

// A ship's IMO number (seven digits) or MMSI (nine) right after a name, a hull number and a comma or bracket between at
// most: the name is the ship's, named after a person or not.
const VESSEL_NUMBER_AFTER = /^(?:\s+\d{1,2})?\s*[,(]?\s*(?:IMO|MMSI)(?:\s*(?:no\.?|number|nr\.?|n°))?[\s:#]*\d{7}(?:\d{2})?(?!\d)/i;

// An idea named after its scholar: "X's input hypothesis" (a genitive, then up to two lower-case words and the idea's noun),
// "l'hypothèse de X", "die Theorie von X", "the theory of X" (the noun and its "of" right before the name).
const IDEA = setOf(words('ideaNoun'));
const IDEA_WEAK = setOf(words('ideaWeak'));
const IDEA_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(words('ideaNoun'))})(?![\\p{L}])`, 'iu');
const GENITIVE_IDEA = /^['’]s?\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;
const IDEA_OF = /(\p{L}[\p{L}-]*)\s+(?:of|von|des|de|du|del|van|di|della)\s+(?:the\s+)?$|(\p{L}[\p{L}-]*)\s+d['’]$/iu;
// Speed: IDEA_OF is anchored at its window's end only, so a call tries every start in the window. It can match only when the
// window ends in "d'"/"d’", or in whitespace after one of its particles or "the" (a word by itself): that is read back
// first, and most names are ruled out without running it. Lower case plus the long s, the one character that case-folds
// onto these letters under /iu.
const IDEA_OF_LAST = new Set(['of', 'von', 'des', 'de', 'du', 'del', 'van', 'di', 'della', 'the']);
function ideaOfMayMatch(text: string, lo: number, at: number): boolean {
  if (at - lo < 4) return false;
  const c = text.charCodeAt(at - 1);
  if (c === 39 || c === 0x2019) return (text.charCodeAt(at - 2) | 32) === 100;
  let e = at;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === at) return false;
  let b = e;
  while (b > lo && e - b <= 5 && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  return IDEA_OF_LAST.has(text.slice(b, e).toLowerCase().replace(/ſ/g, 's'));
}
/** IDEA_OF on the 40 characters before `at`; `reference` runs it without the read-back (the tests' reference). */
export function ideaOfBefore(text: string, at: number, reference = false): RegExpExecArray | null {
  const lo = Math.max(0, at - 40);
  return reference || ideaOfMayMatch(text, lo, at) ? IDEA_OF.exec(text.slice(lo, at)) : null;
}
/** 2 when the name at [start, end) is the namesake of an idea by an ideaNoun, 1 by an ideaWeak noun, 0 when neither. */
function ideaNamesake(text: string, start: number, end: number): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  if (text.charAt(end) === "'" || text.charAt(end) === '’') {
    const after = GENITIVE_IDEA.exec(text.slice(end, end + 60));
    if (after !== null) for (const w of [after[1], after[2], after[3]]) best = ideaGrade(w, best);
  }
  const before = ideaOfBefore(text, start);
  if (before !== null) best = ideaGrade(before[1] ?? before[2], best);
  return best;
}
/** `best` raised by the word `w`: 2 for an ideaNoun, 1 for an ideaWeak noun (a module function: no closure per name). */
function ideaGrade(w: string | undefined, best: 0 | 1 | 2): 0 | 1 | 2 {
  if (w === undefined) return best;
  const n = w.toLowerCase();
  // A compound's last part ("Input-Hypothese", "inputhypothese" are read by their ending word only when hyphenated).
  const last = n.slice(n.lastIndexOf('-') + 1);
  if (IDEA.has(n) || IDEA.has(last)) return 2;
  if (best === 0 && (IDEA_WEAK.has(n) || IDEA_WEAK.has(last))) return 1;
  return best;
}
const ALL_CAPS = /^\p{Lu}{2,6}$/u;
const PLACE_KEY = setOf(words('placeKey'));
const normKey = (key: string): string => key.toLowerCase().replace(/[^\p{L}]/gu, '');
/** Whether a JSON key names a place or an office ("oficina", "branch", "Filiale"): its value is no person (classify.ts). */
export const isPlaceKey = (key: string): boolean => PLACE_KEY.has(normKey(key));
// A JSON value written in the text right after its key: `"key": "` before the hit, and the hit is the whole value.
const KEY_BEFORE = /"([\p{L}_ -]{1,30})"\s*:\s*"$/u;
const placeValue = (text: string, h: Hit): boolean => {
  if (text.charCodeAt(h.start - 1) !== 34 || text.charCodeAt(h.end) !== 34) return false;
  const m = KEY_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start));
  return m !== null && isPlaceKey(m[1] ?? '');
};
const PLACE_PREFIX = words('placePrefix');
const PLACE_PREFIX_ONE = setOf(PLACE_PREFIX.filter((w) => !w.includes(' ')));
const PLACE_PREFIX_TWO = PLACE_PREFIX.filter((w) => w.includes(' ')).map((w) => `${w} `);
const placePrefixTwo = (spanLower: string): boolean => PLACE_PREFIX_TWO.some((p) => spanLower.startsWith(p));
// Speed: the run is lower-cased and compared with those prefixes only when its first word is one's first word.
const PLACE_PREFIX_TWO_FIRST = new Set(PLACE_PREFIX_TWO.map((p) => p.slice(0, p.indexOf(' '))));
const OF_AFTER = /^ (?:d['’]|di |de |del |della |do |da |du |des )/u;
const LANDMARK = setOf(words('landmark'));
const CALENDAR = setOf([...words('weekdays'), ...Object.values(LANGUAGES).flatMap((l) => l.months)]);
const DIGIT_BEFORE = /\d[ .,]{0,2}$/;
const DIGIT_AFTER = /^[ .]{0,2}\d/;
const DASH_AFTER = /^ ?[-–] ?(\p{L}+)/u;
const LABEL = setOf(words('labelNoun'));
// Rooms and halls named after someone ("Sala Volta", "salle Pasteur", "Whitworth Hall"; data/name-context.ts).
const ROOM_BEFORE = setOf(words('roomBefore'));
const ROOM_AFTER = setOf(words('roomAfter'));
const ROOM_ENDING = new RegExp(`\\p{L}{3}(?:${alternation(words('roomEnding'))})$`, 'u');
const CLINIC_FIRST = setOf(words('institutionFirst'));
const TRANSIT = setOf(words('transitBefore'));
const BRANCH_REGION = setOf(words('branchRegion'));
const HEADING_BEFORE = /(?:^|[:;,\n(\-–—•]\s*)$/;
/**
 * "Folleto: Clínica Carmen Ruiz, ...": a capitalised clinic word right before the name, itself at the start of a line or
 * of an entry (after a colon, comma or dash), names the practice; "in der Klinik Anna Weber getroffen" keeps its name.
 */
function clinicHeading(text: string, at: number): boolean {
  const w = wordBefore(text, at);
  if (!CLINIC_FIRST.has(w)) return false;
  let b = at;
  while (b > 0 && isSpaceCode(text.charCodeAt(b - 1))) b--;
  b -= w.length;
  return UPPER_START.test(text.charAt(b)) && HEADING_BEFORE.test(text.slice(Math.max(0, b - 4), b));
}
// "Legrand France", "Rossi Italia": a pair whose last word is a country and whose first is no given name (a listed name that
// is not also a surname) is a company's national branch; "Anatole France", "Tom Holland" stay. Surnames built on first use.
const givenName = (w: string): boolean => LISTED_FIRST_NAMES.has(w) && !LISTED_SURNAMES.has(w);
const SURNAME_PREFIX = /^(?:Mc|Mac|O['’])\p{Lu}/u;
/** A listed surname that is no given name, or a surname by its Gaelic prefix ("McBride", "O'Neill"). */
const surnameOnly = (t: string): boolean => SURNAME_PREFIX.test(t) || (LISTED_SURNAMES.has(t.toLowerCase()) && !LISTED_FIRST_NAMES.has(t.toLowerCase()));
const WORD_PART = /[-'’]/;
/** Whether a word of a name run, or a part of it between hyphens or apostrophes, is a listed given name or surname. */
const listedWord = (t: string): boolean =>
  t
    .toLowerCase()
    .split(WORD_PART)
    .some((w) => LISTED_FIRST_NAMES.has(w) || LISTED_SURNAMES.has(w));
const ROOM_IN = /(?<![\p{L}])(?:in|en|im)\s+\p{L}+\s+$/iu;
const POSSESSIVE_S = /^['’]s/;
// "Royal" before a name and a hall noun names the building ("Royal Albert Hall", "Royal Festival Hall"): no one's name
// follows it.
const ROOM_LEAD = /(?<![\p{L}])(?:the|in|at|royal)\s+$/iu;
// Another room or building named so in the text: a capitalised room noun or "Building" after a capitalised word. The
// nouns are found first and the word before each is read back (a pattern starting at every capital would be quadratic).
const ROOM_NOUN = new RegExp(` (?:${[...words('roomAfter'), 'building'].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}])`, 'gu');
const UPPER_START = /\p{Lu}/u;
/** True when the text names two or more rooms or buildings after a capitalised word ("Williamson Building", "Whitworth Hall"). */
function roomsNamed(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(ROOM_NOUN)) {
    const w = wordBefore(text, m.index + 1);
    if (w.length >= 2 && UPPER_START.test(text.charAt(m.index - w.length)) && ++n >= 2) return true;
  }
  return false;
}
/** The word before `at` (after whitespace), lower case: letters only. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  // Speed: the letter test by code unit (name-chars.ts's table, filled from the same \p{L} test), not a regex per character.
  while (b > 0 && b > e - 16 && isLetterUnit(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}
/** True when the hit is a room or hall named after someone (see ROOM_BEFORE and ROOM_AFTER). */
function namesRoom(text: string, h: Hit, n: number, first: string, last: string, rooms: () => boolean): boolean {
  if (h.rule === 'person.cue') return false;
  if (n >= 2 && ROOM_BEFORE.has(first)) return true;
  // "salle Jean Moulin", "aula Rossi"; not "in sala Maria ...", where the room noun is a place and the name the sentence's subject.
  if (ROOM_BEFORE.has(wordBefore(text, h.start)) && !ROOM_IN.test(text.slice(Math.max(0, h.start - 24), h.start))) return true;
  // A possessive after it is a person's ("at Jennifer Hall's place"), never a hall's.
  return n >= 2 && ROOM_AFTER.has(last) && !POSSESSIVE_S.test(text.slice(h.end, h.end + 2)) && (ROOM_LEAD.test(text.slice(Math.max(0, h.start - 8), h.start)) || rooms());
}
// "Write a role-play for new staff: guest Mr X ...", "temas de redacción comparando a X y Y": made-up people or subject matter.
const FICTION_FRAME = new RegExp(`(?<![\\p{L}])(?:${alternation(words('fictionFrame'))})(?![\\p{L}])`, 'iu');
// "Discussion questions for A Little Life", "Questions pour une classe de 1re sur ...": a class or reading group studies a work.
const STUDY_FRAME = new RegExp(`(?<![\\p{L}])(?:${alternation(words('studyFrame'))})(?![\\p{L}])`, 'iu');
// An all-capitals "HR." or "FR." (human resources, France) is no "Hr."/"Fr." (Herr, Frau) before a name.
const ACRONYM_CUE = /(?<![\p{L}])(?:HR|FR)\.?\s+$/u;
const LABEL_VALUE = /^(?:\p{Lu}|\d{1,3})$/u;
const LEADING = setOf([...words('leadingNonName'), ...Object.values(LANGUAGES).flatMap((l) => l.question).filter((w) => !w.includes(' '))]);
const POSSESSIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(words('possessive'))})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');
// The writer's own fiction ("In my short story, detective X lives...", "Nel mio giallo, la commissaria X..."): a
// possessive, at most one word ("my new novel", "mon premier polar"), and a work of fiction or its people.
const OWN_WORK = new RegExp(`(?<![\\p{L}])(?:${alternation(words('possessive'))})(?:\\s+\\p{L}+)?\\s+(?:${alternation(words('ownWork'))})(?![\\p{L}])`, 'giu');
const OWN_WORK_ADJECTIVES = setOf(words('ownWorkAdjectives'));
const OWN_WORK_FOLLOWERS = setOf(words('ownWorkFollowers'));
const NEXT_WORD = /^\s+(\p{L}{3,})/u;
/**
 * The spans that name the writer's own work: a word that is also an adjective ("ma nouvelle adresse", "il mio cattivo
 * umore") counts only when no lower-case content word follows it ("Dans ma nouvelle, ...", "il mio giallo è ambientato").
 */
function ownWorkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  OWN_WORK.lastIndex = 0;
  for (let m = OWN_WORK.exec(text); m !== null; m = OWN_WORK.exec(text)) {
    const end = m.index + m[0].length;
    const last = /\p{L}+$/u.exec(m[0])?.[0].toLowerCase() ?? '';
    const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
    const noun = next !== undefined && next === next.toLowerCase() && !OWN_WORK_FOLLOWERS.has(next.toLowerCase());
    if (!(OWN_WORK_ADJECTIVES.has(last) && noun)) spans.push([m.index, end]);
  }
  return spans;
}
/**
 * A short text that opens with the writer's own fiction and has no other first-person possessive ("... for my son
 * Tom"): its people and addresses are made up (placeholders.ts drops the addresses).
 */
export function ownFiction(text: string): boolean {
  if (text.length > SHORT) return false;
  const spans = ownWorkSpans(text);
  if (spans.length === 0 || spans[0]![0] >= 200) return false;
  let rest = '';
  let from = 0;
  for (const [start, end] of spans) {
    rest += `${text.slice(from, start)} `;
    from = end;
  }
  return !POSSESSIVE.test(rest + text.slice(from));
}
const POSSESSIVE = new RegExp(`(?<![\\p{L}])(?:${alternation(words('possessive'))})(?![\\p{L}])`, 'iu');
// "Write a short scene where...", "Scrivi un racconto in cui...": a request for fiction opens the text.
const CREATIVE = new RegExp(`^\\s*(?:please\\s+|bitte\\s+)?(?:${alternation(words('creative'))})(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${alternation(words('literature'))})(?![\\p{L}])[^.!?\\n]{0,20}?(?<![\\p{L}])(?:${alternation(words('creativeLink'))})(?![\\p{L}])`, 'iu');

// "Write a short story about a caretaker called Mr X", "Kannst du eine Geschichte über Herrn X erzählen ... schreib":
// a creative verb, a kind of short fiction within a few words, then what it is about (past what it is for: "een
// stripverhaaltje voor een training salarisadministratie waarin ..."), in the request's opening
// (STORY_REACH characters). The names after that link are its characters; a case history ("storia clinica su ...")
// or a possessive ("a story about my neighbour X") keeps them. A colon links too: "Schreib eine
// Gute-Nacht-Geschichte: Baggerfahrerin Lotte ...", "Écris une histoire du soir : la grue Hortense ..." (what
// follows it is the story's plot, and a dedication before it, "a poem for Anna Berg: ...", stays outside).
const STORY_REACH = 200;
const STORY_REQUEST = new RegExp(
  `(?<![\\p{L}])(?:${alternation(words('creative'))})(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${alternation(words('story'))})(?![\\p{L}])[^.!?\\n:]{0,48}?(?:(?<![\\p{L}])(?:${alternation(words('storyLink'))})(?![\\p{L}])|:)`,
  'iu',
);
const STORY_RECORD = new RegExp(`(?<![\\p{L}])(?:${alternation(words('storyRecord'))})(?![\\p{L}])`, 'iu');
/** Where the characters of a requested story may start (the end of its "write a story about"), or -1. */
function storyCharactersFrom(text: string): number {
  const m = STORY_REQUEST.exec(text.slice(0, STORY_REACH));
  return m === null || STORY_RECORD.test(text) ? -1 : m.index + m[0].length;
}
/**
 * Where a requested story's made-up people and places start in a short text with no first-person possessive, or -1:
 * "Escribe un cuento para dormir: la excavadora Pepa ... en la Calle de las Amapolas 7", "Scrivi una favola ...: ... in
 * via dei Girasoli 3". With any finding but a name or an address in the text (a phone, an e-mail, an IBAN), or an
 * address before that start, the story is written for real people and nothing is made up (-1).
 */
export function requestedStoryFrom(text: string, hits: readonly Hit[]): number {
  if (text.length > SHORT || POSSESSIVE.test(text)) return -1;
  const from = storyCharactersFrom(text);
  if (from === -1) return -1;
  const real = hits.some((h) => h.score >= 0.5 && h.entity !== 'PERSON' && (h.entity !== 'STREET_ADDRESS' || h.start < from));
  return real ? -1 : from;
}

// "Sherlock Holmes characters, e.g. ...", "personnages de Tintin : ...": a character noun after a capitalised title, or
// before one (after charactersOf); the names in the CHARACTERS_REACH characters after it, on its line, are that work's
// characters. Short texts only: the nouns are searched in the whole text.
const CHARACTERS = new RegExp(`(?<![\\p{L}])(?:${alternation(words('characters'))})(?![\\p{L}])`, 'giu');
const TITLE_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;
const TITLE_AFTER = new RegExp(`^\\s+(?:${alternation(words('charactersOf'))})\\s*\\p{Lu}`, 'iu');
const CHARACTERS_REACH = 120;
/** The [start, end) stretches after such character nouns where the names are characters of a work. */
function castStretches(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CHARACTERS)) {
    const end = m.index + m[0].length;
    if (!TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !TITLE_AFTER.test(text.slice(end, end + 16))) continue;
    const nl = text.indexOf('\n', end);
    out.push(end, Math.min(end + CHARACTERS_REACH, nl === -1 ? text.length : nl));
  }
  return out;
}

// "List the Chancellors of the Exchequer since 2010, starting with X", "alle Bundeskanzler seit 1949": a plural office
// and a succession word or a year after "since" in the name's sentence; the names there are holders of that public office.
const roleWords = (k: 'officeHolders' | 'succession' | 'sinceYear'): string[] => [...new Set(Object.values(PUBLIC_ROLE_WORDS).flatMap((l) => l[k]))];
const OFFICE_HOLDERS = new RegExp(`(?<![\\p{L}])(?:${alternation(roleWords('officeHolders'))})(?![\\p{L}])`, 'iu');
const SUCCESSION = new RegExp(`(?<![\\p{L}])(?:${alternation(roleWords('succession'))})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(roleWords('sinceYear'))})\\s+(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)`, 'iu');
/** The sentence around the hit (up to . ! ? or a line break; a short text's). */
const sentenceOf = (text: string, h: Hit): string => text.slice(sentenceStartBefore(text, h.start), sentenceEndAfter(text, h.end));
const holdsOffice = (text: string, h: Hit): boolean => {
  const s = sentenceOf(text, h);
  return OFFICE_HOLDERS.test(s) && SUCCESSION.test(s);
};

// A historical biography: years before anyone alive was born, a life span in brackets, past-tense life events.
const OLD_YEAR = /(?<![\d.,:/-]|\d )(1[0-8]\d\d)(?![\d]| \d)/g;
const LIFE_SPAN = /\(([^()]{0,200})\)/g;
const ANY_YEAR = /(?<!\d)(1\d\d\d|20\d\d)(?!\d)/g;
const EARLIEST_LIVING_BIRTH_YEAR = 1900;
// A bracket that opens with a birth word ("(geb. 11. Dezember 1843 in Clausthal)", "(né le 27 décembre 1822 à Dole)"):
// with its one year before any living person's, the life of someone long dead.
const BORN_OPENS = new RegExp(`^\\s*(?:${alternation([...new Set(Object.values(BORN_WORDS).flat())])})(?![\\p{L}])`, 'iu');
// A birth word and a year before anyone alive was born, the place and the day between ("born July 24, 1897 in", "geb.
// 27.02.1861", "né le 23 août 1741", "nato a Firenze il 9 marzo 1454", "(b. 1805)"): the text tells the life of someone long
// dead. Bounded gaps, one clause: linear. OLD_DIGITS first, a cheap scan for such a year.
const OLD_DIGITS = /(?<!\d)1[0-8]\d\d(?!\d)/;
const OLD_BIRTH = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...new Set(Object.values(BORN_WORDS).flat())])})(?![\\p{L}])[^\\d\\n!?;]{0,40}?(?:\\d{1,2}(?:st|nd|rd|th|er|º)?[.,\\s/-]+(?:\\d{1,2}[./-]|(?:de\\s+)?\\p{L}{3,12}\\.?,?\\s+(?:de\\s+)?)?)?1[0-8]\\d\\d(?!\\d)`,
  'iu',
);
// A year after 1975 (LATEST_HISTORIC_DEATH_YEAR of birth-dates.ts): a life told up to then is no long-dead person's ("worked
// here 2019-2023, born 1871 according to the typo in his file").
const LATE_YEAR = /(?<!\d)(?:197[6-9]|19[89]\d|20\d\d)(?!\d)/;
/**
 * A birth before 1900 told anywhere (its year may stand in a numeric date, which oldYears leaves: "geb. 27.02.1861"): the
 * subject is long dead. Not with another finding (a living relative's birth date, phone or address in the same family
 * history), nor with a year after 1975.
 */
const oldBirth = (text: string, otherFinding: boolean): boolean => !otherFinding && OLD_DIGITS.test(text) && !LATE_YEAR.test(text) && OLD_BIRTH.test(text);

// A question or a work of fiction, short, with nothing that makes it about the writer's own people.
const SHORT = 600;
// "How do I say...", "Comment dire...", "Cómo pongo...": the writer asks how to word something (data/name-context.ts).
const HOW_TO_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(words('howToWord'))})(?![\\p{L}])`, 'iu');
const PERSONAL = new RegExp(`(?<![\\p{L}])(?:${cueAlternation('personal')})(?![\\p{L}])`, 'iu');
const LITERATURE = new RegExp(`(?<![\\p{L}])(?:${alternation(words('literature'))})(?![\\p{L}])`, 'iu');
const QUESTION_CLAUSE = new RegExp(`(?:^|[.!?;:,\\n])\\s*[¿¡"'“«(]*(?:${cueAlternation('question')})(?![\\p{L}])`, 'iu');
// A work's title in quotation marks ("« Le Horla »", "„Effi Briest“"): with a public figure, a question about literature.
const QUOTED_TITLE = /["“«„]\s?\p{Lu}[^"”»“\n]{1,60}["”»“]/u;
// Trip planning: names of towns, sights and restaurants that the lists also hold as given names or surnames.
const LOCATIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(words('locative'))})\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:${alternation(words('conjunction'))})\\s+)?$`, 'iu');
/** LOCATIVE_BEFORE on the 32 characters before `at`. */
const locativeBefore = (text: string, at: number): boolean => {
  const lo = Math.max(0, at - 32);
  return !(ENDS_GATE_ON && endsMask(text, lo, at, LOCATIVE_TABLE, 0) === 0) && LOCATIVE_BEFORE.test(text.slice(lo, at));
};
/** The same without the gate: the reference in tests. */
export const locativeBeforeReference = (text: string, at: number): boolean => LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 32), at));
export { businessBefore, locativeBefore };
const ALTERNATIVE_AFTER = new RegExp(`^\\s+(?:${alternation(words('conjunction'))})\\s+\\p{Lu}`, 'iu');

// A parliamentary record: speakers are members in their public role ("Dr. X (Party): ...", "the Member for ...").
// Biography, travel and parliament words are counted in one pass over the text's words (Set lookups of each word and
// of the two and three words ending at it): one big case-insensitive alternation per kind costs far more on 8 KB.
type Kind = 'biography' | 'travel' | 'parliament';
const KINDS: readonly Kind[] = ['biography', 'travel', 'parliament'];
const phraseKey = (w: string): string => w.toLowerCase().split(/[^\p{L}]+/u).filter((x) => x !== '').join(' ');
const PHRASES = new Map<string, Kind>();
for (const k of KINDS) for (const w of words(k)) PHRASES.set(phraseKey(w), k);
// First words of the phrases of two or three words: only after one of these is a longer key built.
const PHRASE_START = new Set([...PHRASES.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
// Words of the six languages' Latin alphabets (ASCII and Latin-1/Extended-A/B letters); anything else separates words.
const NOT_LATIN_LETTER = /[^a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;

// Speed: every word of a phrase (one word, or each word of a longer one) by its hash (`latinRuns`' lower-case hash, low 16
// bits): a word whose hash has no bit here is in no phrase, so no string is made for it.
const PHRASE_WORD_BITS = new Uint8Array(8192);
for (const key of PHRASES.keys()) {
  for (const w of key.split(' ')) {
    const h = hashOfCodes(w) & 0xffff;
    PHRASE_WORD_BITS[h >> 3] = (PHRASE_WORD_BITS[h >> 3] ?? 0) | (1 << (h & 7));
  }
}

// Speed: the phrases by hash, so that no string is made for a word until a phrase's hash matches: one word by its hash
// (hashOfCodes, the runs' lower-case hash), two or three words by their hashes combined (PHRASE_HASH2, PHRASE_HASH3).
const combine = (a: number, b: number): number => (Math.imul(a, 1000003) + b) | 0;
const BY_HASH = new Map<number, string[]>();
for (const key of PHRASES.keys()) {
  const h = key.split(' ').map(hashOfCodes).reduce((acc, x, i) => (i === 0 ? x : combine(acc, x)), 0);
  const n = key.split(' ').length;
  // The number of words is part of the key (1, 2 or 3 words: phrases of more are never read).
  const slot = combine(h, n);
  BY_HASH.set(slot, [...(BY_HASH.get(slot) ?? []), key]);
}

// The same words in the post-filters' word gate: its one pass over the runs (word-gate.ts) lists the text's words that can be in a phrase.
const PHRASE_WORD_BIT = POST_FILTER_WORDS.addWords(new Set([...PHRASES.keys()].flatMap((k) => k.split(' '))));

/** The different words or phrases of each kind in the text. */
export function kindWords(text: string): Record<Kind, Set<string>> {
  const runs = latinRuns(text);
  // A character whose lower case is not one Latin letter exactly when it is not one itself: the words as the reference reads them.
  if (runs.odd) return kindWordsReference(text);
  const found: Record<Kind, Set<string>> = { biography: new Set(), travel: new Set(), parliament: new Set() };
  const { lowerHash, start, end, count } = runs;
  // The indices of the last two words that are in some phrase (a phrase of two or three words runs through such words only).
  let last1 = -2;
  let last2 = -3;
  const add = (key: string | undefined, from: number, to: number): void => {
    if (key === undefined) return;
    const kind = PHRASES.get(key);
    // Without odd characters, the runs are the lower-cased text's words and each run's lower case is that word.
    if (kind === undefined) return;
    let words = '';
    for (let r = from; r <= to; r++) words += (r === from ? '' : ' ') + text.slice(start[r], end[r]).toLowerCase();
    if (words === key) found[kind].add(key);
  };
  const lookUp = (slot: number, from: number, to: number): void => {
    const keys = BY_HASH.get(slot);
    if (keys !== undefined) for (const key of keys) add(key, from, to);
  };
  /** Run k, a word of some phrase: the phrases of one, two and three words that end at it. */
  const visit = (k: number): void => {
    const h = lowerHash[k] ?? 0;
    lookUp(combine(h, 1), k, k);
    if (last1 === k - 1) {
      const h1 = lowerHash[k - 1] ?? 0;
      lookUp(combine(combine(h1, h), 2), k - 1, k);
      if (last2 === k - 2) lookUp(combine(combine(combine(lowerHash[k - 2] ?? 0, h1), h), 3), k - 2, k);
    }
    last2 = last1;
    last1 = k;
  };
  // Speed: the gate's runs of the phrase words (a few dozen of 8 KB's thousand words); where it cannot read the text, every run.
  const gate = POST_FILTER_WORDS.starts(text);
  if (gate !== null) {
    for (let i = 0; i < gate.runs.length; i++) if (((gate.masks[i] ?? 0) & PHRASE_WORD_BIT) !== 0) visit(gate.runs[i] ?? 0);
    return found;
  }
  for (let k = 0; k < count; k++) {
    const low = (lowerHash[k] ?? 0) & 0xffff;
    if (((PHRASE_WORD_BITS[low >> 3] ?? 0) & (1 << (low & 7))) !== 0) visit(k);
  }
  return found;
}

/** The same by lower-casing the whole text and splitting it: the reference in tests, and the reading of odd texts. */
export function kindWordsReference(text: string): Record<Kind, Set<string>> {
  const found: Record<Kind, Set<string>> = { biography: new Set(), travel: new Set(), parliament: new Set() };
  let w1 = '';
  let w2 = '';
  for (const w of text.toLowerCase().split(NOT_LATIN_LETTER)) {
    if (w === '') continue;
    const one = PHRASES.get(w);
    if (one !== undefined) found[one].add(w);
    if (PHRASE_START.has(w1)) {
      const two = `${w1} ${w}`;
      const k = PHRASES.get(two);
      if (k !== undefined) found[k].add(two);
    }
    if (PHRASE_START.has(w2)) {
      const three = `${w2} ${w1} ${w}`;
      const k = PHRASES.get(three);
      if (k !== undefined) found[k].add(three);
    }
    w2 = w1;
    w1 = w;
  }
  return found;
}

// Bibliographic identifiers: a citation names authors, works and publishers.
const CITATION_ID = /(?<![\p{L}])(?:ISBN|ISSN|DOI)(?![\p{L}])|doi\.org\//iu;
// Speed: whether the text holds one, without CITATION_ID's scan of the whole text: its words at the words of the text
// that can begin one (word-gate.ts), sticky, and "doi.org/" (ASCII letters and signs only: the `i` flag alone compares
// them as `iu` does).
const CITATION_WORD = /(?<![\p{L}])(?:ISBN|ISSN|DOI)(?![\p{L}])/iuy;
const CITATION_BIT = POST_FILTER_WORDS.add('ISBN|ISSN|DOI');
/** /doi\.org\//i.test(text): "doi.org" (ASCII letters in any case, as `i` compares them) before each "/" of the text. */
function hasDoiOrg(text: string): boolean {
  for (let p = text.indexOf('/', 7); p !== -1; p = text.indexOf('/', p + 1)) {
    if (text.charCodeAt(p - 4) === 46 && (text.charCodeAt(p - 1) | 32) === 103 && (text.charCodeAt(p - 2) | 32) === 114 && (text.charCodeAt(p - 3) | 32) === 111 && text.slice(p - 7, p - 4).toLowerCase() === 'doi') return true;
  }
  return false;
}
/** CITATION_ID.test(text) (`reference`: by itself). */
export function hasCitationId(text: string, reference = false): boolean {
  const starts = reference ? null : POST_FILTER_WORDS.starts(text);
  if (starts === null) return CITATION_ID.test(text);
  if (hasDoiOrg(text)) return true;
  for (const p of startsOf(starts, CITATION_BIT)) {
    CITATION_WORD.lastIndex = p;
    if (CITATION_WORD.test(text)) return true;
  }
  return false;
}

const isPersonHit = (h: Hit): boolean => h.entity === 'PERSON' && h.rule.startsWith('person.');

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/**
 * The different years OLD_YEAR's global search finds ("1" and a digit 0-8, two more digits, no digit or sign before
 * and no digit after, none after a space either), by a search for "1" (text full of numbers made the pattern's scan of
 * every position cost more). Its matches are four digits with no digit on either side: they never overlap.
 */
export function oldYears(text: string, reference = false): Set<string> {
  const old = new Set<string>();
  if (reference) {
    for (const m of text.matchAll(OLD_YEAR)) old.add(m[1] ?? '');
    return old;
  }
  for (let i = text.indexOf('1'); i !== -1; i = text.indexOf('1', i + 1)) {
    const a = codeAt(text, i + 1);
    if (!(a >= 48 && a <= 56 && isDigitCode(codeAt(text, i + 2)) && isDigitCode(codeAt(text, i + 3)))) continue;
    const p = text.charCodeAt(i - 1);
    if (isDigitCode(p) || p === 46 || p === 44 || p === 58 || p === 47 || p === 45 || (p === 32 && isDigitCode(text.charCodeAt(i - 2)))) continue;
    const n = text.charCodeAt(i + 4);
    if (isDigitCode(n) || (n === 32 && isDigitCode(text.charCodeAt(i + 5)))) continue;
    old.add(text.slice(i, i + 4));
  }
  return old;
}

/** 'history' for a history text, 'regnal' for one only a monarch's regnal number makes so, false otherwise. */
function historical(text: string, kinds: () => Record<Kind, Set<string>>, otherFinding: boolean): 'history' | 'regnal' | false {
  const old = oldYears(text);
  if (old.size === 0) return oldBirth(text, otherFinding) ? 'history' : false;
  if (old.size >= 4) return 'history';
  // "(12 May 1820 – 13 August 1910)", "(* 13. September 1819 in Leipzig; † 20. Mai 1896 ...)": a life span; "(geb. 11.
  // Dezember 1843 in Clausthal)": a birth before anyone alive was born.
  for (const m of text.matchAll(LIFE_SPAN)) {
    const years = [...(m[1] ?? '').matchAll(ANY_YEAR)].map((y) => Number(y[1]));
    const [born, died] = years;
    if (years.length === 2 && born !== undefined && died !== undefined && born < EARLIEST_LIVING_BIRTH_YEAR && died - born >= 15 && died - born <= 110) return 'history';
    if (years.length === 1 && born !== undefined && born < EARLIEST_LIVING_BIRTH_YEAR && BORN_OPENS.test(m[1] ?? '')) return 'history';
  }
  if (oldBirth(text, otherFinding)) return 'history';
  if (old.size < 2) return false;
  if (kinds().biography.size >= 1) return 'history';
  // Two old years and a monarch by regnal number ("la maladie de Louis XIV ... en 1686 ... en 1715"): a history text,
  // but a weaker sign (a street is named after a king too: "corso Vittorio Emanuele II" in a writ citing old laws), so
  // it never drops a name its cue found ("Il sig. X").
  return regnalName(text) ? 'regnal' : false;
}
// A listed given name and a regnal number ("Louis XIV", "Felipe II"); not "Libro IV", "Sezione III".
const REGNAL_NAME = /(?<!\p{L})(\p{Lu}\p{Ll}{2,}) (?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|I{2,3})(?![\p{L}\d])/gu;
function regnalName(text: string): boolean {
  for (const m of text.matchAll(REGNAL_NAME)) if (LISTED_FIRST_NAMES.has((m[1] ?? '').toLowerCase())) return true;
  return false;
}

// Schools, shops and estates named after someone, and job titles before a town (data/named-places.ts).
const placeWords = (k: keyof NamedPlaceWords): string[] => [...new Set(Object.values(NAMED_PLACE_WORDS).flatMap((l) => l[k]))];
const SHOP = setOf(placeWords('shop'));
const ESTATE_ONE = setOf(placeWords('estate').filter((w) => !w.includes(' ')));
const ESTATE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(placeWords('estate'))})\\s+$`, 'iu');
// Speed: ESTATE_BEFORE, anchored at its window's end only, runs only when the window's last word can end an estate word.
const ESTATE_GATE = new LastWordGate(placeWords('estate'), 'spaces');
/** ESTATE_BEFORE on the 28 characters before `at`; `reference`: the pattern alone, for tests. */
export function estateBefore(text: string, at: number, reference = false): boolean {
  const lo = Math.max(0, at - 28);
  return (reference || ESTATE_GATE.mayEnd(text, lo, at)) && ESTATE_BEFORE.test(text.slice(lo, at));
}
const JOB_TITLE = setOf(placeWords('jobTitle'));
const TRAILING_NON_LETTERS = /[^\p{L}]+$/u;
// A capitalised school word, and a qualifier or none, right before the name ("École élémentaire ", "Grundschule ").
// A qualifier may come first ("Städtische Grundschule", "Openbare basisschool").
const SCHOOL_BEFORE = new RegExp(
  `(?<![\\p{L}])((?:${alternation(placeWords('schoolQualifier'))})\\s+)?(?:${alternation(placeWords('school'))})(\\s+(?:${alternation(placeWords('schoolQualifier'))}))?\\s+$`,
  'iu',
);
/** "École élémentaire Jules Ferry", "Liceo scientifico Enrico Fermi"; "Grundschule Anna Seghers" at a line's or entry's start. */
// Speed: SCHOOL_BEFORE is anchored at its window's end only (each run tries every start); it runs only when the window's
// last word is a school word's or a qualifier's last word (LastWordGate).
const SCHOOL_GATE = new LastWordGate([...placeWords('school'), ...placeWords('schoolQualifier')], 'spaces');
export function namesSchool(text: string, at: number, reference = false): boolean {
  const lo = Math.max(0, at - 48);
  if (!reference && !SCHOOL_GATE.mayEnd(text, lo, at)) return false;
  const m = SCHOOL_BEFORE.exec(text.slice(lo, at));
  if (m === null || !UPPER_START.test(m[0].charAt(0))) return false;
  const b = lo + m.index;
  return m[1] !== undefined || m[2] !== undefined || sentenceStart(text, b) || HEADING_BEFORE.test(text.slice(Math.max(0, b - 4), b));
}

/**
 * Why a PERSON hit is not a person: a company, institution, place, country, date word or label. `first`: the first token
 * lower-cased.
 * Speed: each check runs a pattern or builds a string only after a cheap test of a character or a set (one of these
 * per hit costs ~0.1-0.4 us, and the text has a dozen or more hits).
 */
// Speed: module constants, not literals in notAPerson (the TypeScript transform turns a `\p{...}` literal in a function
// into a RegExp construction per call).
const CAPITAL_INITIAL = /^\p{Lu}\.$/u;
const SAINT_BEFORE = /(?<![\p{L}])(?:St\.?|Ste\.?|Saint|Sainte|Sankt|Sint|San|Santa|Santo) $/u;
const LEGAL_FORM_SHAPE = /\p{Lu}.*\p{Lu}|\./u;
function notAPerson(text: string, h: Hit, span: string, tokens: readonly string[], first: string): boolean {
  const n = tokens.length;
  const lower = n === 1 ? [first] : tokens.map((t, i) => (i === 0 ? first : t.toLowerCase()));
  const last = lower.at(-1) ?? '';
  const cued = h.rule === 'person.cue';
  const after = text.slice(h.end, h.end + 24);
  if (COUNTRY_FIRST.has(first) && COUNTRY.has(lower.join(' '))) return true;
  if (n === 2 && (COUNTRY.has(last) || BRANCH_REGION.has(last)) && !givenName(first)) return true;
  if (n >= 2 && !cued && (CLINIC_FIRST.has(first) || ROOM_ENDING.test(last) || clinicHeading(text, h.start))) return true;
  // "host=10.12.0.4 db=compta": a word glued to '=' and its value is a key of a log or config line.
  if (n === 1 && codeAt(after, 0) === 61 && /^=[^\s=]/.test(after)) return true;
  // "Gerrit Hoekstra B.V.": the run took the form's first letter for an initial.
  const lastTok = tokens.at(-1) ?? '';
  if (n >= 2 && lastTok.charCodeAt(lastTok.length - 1) === 46 && CAPITAL_INITIAL.test(lastTok) && legalAfter(` ${lastTok}${after}`)) return true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] ?? '';
    if (LEGAL_FORM.has(lower[i] ?? '') && (t.length >= 3 || LEGAL_FORM_SHAPE.test(t))) return true;
  }
  if (legalAfter(after)) return true;
  if (!cued && (BUSINESS.has(first) || businessBefore(text, h.start) || lower.some(businessEnding))) return true;
  // "Robert Koch-Institut", "Max-Planck-Gesellschaft": the hyphenated tail names the institution.
  const tail = last.includes('-') ? last.slice(last.lastIndexOf('-') + 1) : '';
  if (INSTITUTION.has(tail) || (!cued && institutionAfter(after))) return true;
  // A place word that is a given name too, before another given name and a surname, opens a person's name ("Isla Mae
  // Corrigan"), not a place's ("Isla Margarita", "Isla de Mallorca").
  // So does one before a surname alone ("Isla McBride": no place is named with a listed surname or a Mc-, Mac- or O'-one).
  if (n >= 2 && ((PLACE_PREFIX_ONE.has(first) && !(n >= 3 && givenName(first) && givenName(lower[1] ?? '')) && !(n === 2 && givenName(first) && surnameOnly(tokens[1] ?? ''))) || LANDMARK.has(last) || (PLACE_PREFIX_TWO_FIRST.has(first) && placePrefixTwo(span.toLowerCase())))) return true;
  if (n === 1 && PLACE_PREFIX_ONE.has(first) && OF_AFTER.test(after)) return true;
  // "Bury St Edmunds", "St Nicholas Hospice", "Sankt Georg": a run right after a saint's title it left out is the saint's
  // town, church, school or hospice (a person named after a saint carries the title inside the run: "Oliver St John").
  if (!cued && codeAt(text, h.start - 1) === 32 && SAINT_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))) return true;
  if (n === 2 && LABEL.has(first) && LABEL_VALUE.test(tokens[1] ?? '')) return true;
  if (!cued && BODY.has(last) && (n === 1 ? BODY_ARTICLE.has(wordBefore(text, h.start)) : n === 2 && BODY_ARTICLE.has(first))) return true;
  if (!cued && n >= 2 && MEASURE.has(last)) return true;
  if (!cued && n === 1 && MADE_IN_LAST.has(wordBefore(text, h.start)) && MADE_IN.test(text.slice(Math.max(0, h.start - 24), h.start))) return true;
  if (!cued && n === 1 && ACRONYM.has(first) && ALL_CAPS.test(span)) return true;
  if (!cued && placeValue(text, h)) return true;
  // "metro Cruz del Rayo", "fermata Giulio Agricola": the stop after its transit noun.
  if (!cued && TRANSIT.has(wordBefore(text, h.start))) return true;
  // "Greenway Pharmacy", "Polígono Plaza", "École élémentaire Jules Ferry", "Data Engineer, Bristol".
  if (!cued && ((n >= 2 && (SHOP.has(last) || ESTATE_ONE.has(first))) || estateBefore(text, h.start) || namesSchool(text, h.start))) return true;
  if (h.rule === 'person.surname-comma-given' && JOB_TITLE.has(first.replace(TRAILING_NON_LETTERS, ''))) return true;
  if (n === 1 && CALENDAR.has(first)) {
    const dash = DASH_AFTER.exec(after);
    if (DIGIT_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) || DIGIT_AFTER.test(after) || (dash !== null && CALENDAR.has((dash[1] ?? '').toLowerCase()))) return true;
    if (calendarRow(text, h, after)) return true;
  }
  return false;
}

// A table cell's separator after the word, then a number ("Jan | 780 | 61", "Mai;1.010").
const CELL_NUMBER_AFTER = /^ {0,2}([|\t;]) {0,2}\d/;
const ROW_HEAD = /^[ |]{0,3}(\p{L}+)\.? {0,2}([|\t;])/u;
/**
 * A month or weekday heading a table row, a number in the next cell, with the row above or below headed by another
 * ("Jan | 780 | 61" over "Feb | 812 | 63"): the table's calendar column, not a person (a lone "Jan | 34 | Utrecht" row of
 * people stays a name).
 */
function calendarRow(text: string, h: Hit, after: string): boolean {
  const sep = CELL_NUMBER_AFTER.exec(after)?.[1];
  if (sep === undefined) return false;
  // The word opens its line (at most three spaces or a bar before it): looked back a few characters only.
  let lineStart = h.start;
  while (lineStart > 0 && h.start - lineStart < 4 && codeAt(text, lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && codeAt(text, lineStart - 1) !== 10) return false;
  if (!/^[ |]{0,3}$/.test(text.slice(lineStart, h.start))) return false;
  // ROW_HEAD stays on one line, so 40 characters from a line's start are enough.
  const rowHead = (from: number): boolean => {
    const m = ROW_HEAD.exec(text.slice(from, from + 40));
    return m !== null && m[2] === sep && CALENDAR.has((m[1] ?? '').toLowerCase());
  };
  if (lineStart >= 2 && rowHead(text.lastIndexOf('\n', lineStart - 2) + 1)) return true;
  const lineEnd = text.indexOf('\n', h.end);
  return lineEnd !== -1 && rowHead(lineEnd + 1);
}

/** True when the hit stands in a sentence that is a question and starts with a question word before it. */
function insideQuestion(text: string, h: Hit): boolean {
  return questionAround(text, h) !== null;
}

/** The [start, end) of the question sentence the hit stands in, opened by a question word before it; null when none. */
function questionAround(text: string, h: Hit): [number, number] | null {
  let s = h.start;
  while (s > 0 && !'.!?\n'.includes(text.charAt(s - 1))) s--;
  let e = h.end;
  while (e < text.length && !'.!?\n'.includes(text.charAt(e))) e++;
  return text.charAt(e) === '?' && QUESTION_CLAUSE.test(text.slice(s, h.start)) ? [s, e + 1] : null;
}

/**
 * A question about a named person asked beside a statement of that person's condition, care or schooling support
 * ("Comment adapter la préparation pour Mathis Lopez ? Il est dyslexique", "¿Cómo organizo las clases de Izan Morales?
 * Tiene TDAH", "Come organizzo la teoria per Tommaso Ruggiero? Ha una dislessia"): the writer tells a private person's
 * facts and asks how to help; no general-knowledge question states them apart. The care words inside the question
 * ("Why did X get cancer?") do not count. Short texts only (the caller's).
 */
function careToldBeside(text: string, h: Hit): boolean {
  const q = questionAround(text, h);
  return q !== null && careContext(`${text.slice(0, q[0])}\n${text.slice(q[1])}`);
}

/** The [start, end) ranges of the text's entries (lines, or parts between semicolons) that hold an ISBN, ISSN or DOI. */
function citations(text: string): number[] {
  const ranges: number[] = [];
  let from = 0;
  for (const m of text.matchAll(/[\n;]|$/g)) {
    if (CITATION_ID.test(text.slice(from, m.index))) ranges.push(from, m.index);
    from = m.index + 1;
    if (m.index >= text.length) break;
  }
  return ranges;
}

/** True when `at` lies in one of the [start, end) pairs of `stretches` (a few, in any order). */
function inStretches(stretches: readonly number[], at: number): boolean {
  for (let i = 0; i < stretches.length; i += 2) if (at >= (stretches[i] ?? 0) && at < (stretches[i + 1] ?? 0)) return true;
  return false;
}

/** True when `at` lies in one of the sorted [start, end) pairs of `ranges` (binary search). */
function inRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < (ranges[2 * mid] ?? 0)) hi = mid - 1;
    else if (at >= (ranges[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** True when `at` starts the text, a line or a sentence. */
const PROGRAMME = new Set(Object.values(PROGRAMME_WORDS).flat());
const TIME_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\d{1,2}(?:[:.h]\d{2})?(?:[ \t]*(?:h|uhr|am|pm))?(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.h]\d{2})?(?:[ \t]*(?:h|uhr))?)?[ \t]*[-–:|]?[ \t]*$/i;
/** True when a time opens the line right before `at` ("14:30 ", "10h00 - ", "9.15–10.00 "): a programme item follows. */
const afterProgrammeTime = (text: string, at: number): boolean => TIME_BEFORE.test(text.slice(Math.max(0, at - 32), at));

/** Whether `at` opens a sentence: only spaces back to a stop, a colon, a line break or an opening mark (a yes/no test, not sentence-bounds.ts's bounds). */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || '.!?:\n\r¿¡«"“('.includes(text.charAt(i));
}

/**
 * Removes, in place, the PERSON hits on `text` (the normalised text every recogniser saw) that name no one's personal
 * data, and narrows those that start with a capitalised instruction word. Only hits of the name rules (`person.*`).
 */
export function dropNonPersonalNames(text: string, hits: Hit[]): void {
  if (!hits.some((h) => isPersonHit(h) && h.score >= 0.45)) return;
  let changed = false;
  let counted: Record<Kind, Set<string>> | undefined;
  const kinds = (): Record<Kind, Set<string>> => (counted ??= kindWords(text));
  const otherFinding = hits.some((h) => h.entity !== 'PERSON' && h.score >= 0.5);
  const hist = historical(text, kinds, otherFinding);
  const short = text.length <= SHORT;
  // A named person's criminal-record check ("¿Cómo digo a la junta que el certificado de delitos de Raúl X...?") is about
  // that person, asked as a question or not.
  const personal = short && (PERSONAL.test(text) || hasRecordCheckWords(text));
  const publicFigure = hits.some((h) => isPersonHit(h) && h.score <= 0.3);
  // A short question or a request about a work of fiction ("Why does X not marry Y in the novel?").
  const fiction = short && !personal && (LITERATURE.test(text) || QUOTED_TITLE.test(text));
  // A request for fiction, or one that frames its people as made up or as subject matter (a role-play, essay topics), with no
  // other finding and no first-person possessive ("our guest Mr X") that would make them real.
  const creative = short && ((CREATIVE.test(text) || (!otherFinding && FICTION_FRAME.test(text.slice(0, 200)))) && !POSSESSIVE.test(text) || ownFiction(text));
  // A class's or reading group's study of a work: its names are the work's people and author (no other finding, no possessive).
  // A famous character's address ("221B Baker Street") is the work's too.
  const studied = short && !personal && STUDY_FRAME.test(text.slice(0, 200)) && !POSSESSIVE.test(text) && !hits.some((h) => h.entity !== 'PERSON' && h.score >= 0.5 && !isFictionalAddress(text, h));
  // A requested story's characters, after its "about" (not the addressee before it); nothing else found, no possessive.
  const storyFrom = short && !creative ? requestedStoryFrom(text, hits) : -1;
  // A question about the holders of a public office: nothing else found, no possessive anywhere.
  const holders = short && !otherFinding && !POSSESSIVE.test(text);
  // The writer asking how to word a named person's condition, schooling support or job ("Comment dire dans le bulletin
  // que X progresse malgré sa dyspraxie ?", "How do I tell the team that X is off sick?") asks about that person.
  const question = short && !personal && !otherFinding && text.includes('?') && !(HOW_TO_WORD.test(text) && careContext(text)) && hits.every((h) => !isPersonHit(h) || h.rule === 'person.gazetteer' || h.score < 0.5);
  // A question about a public or fictional figure the lists know ("Why does Elizabeth Bennet reject Mr Darcy?"): the
  // others asked about with it, an honorific's too, are its story's or its time's.
  const aboutFigure = short && !personal && !otherFinding && publicFigure && text.includes('?');
  const travel = (): boolean => kinds().travel.size >= 2;
  // A debate has several speakers: counted only when two different names were found.
  const speakers = twoDifferentNames(text, hits);
  const parliament = (): boolean => speakers && kinds().parliament.size >= 3;
  const cited = hasCitationId(text) ? citations(text) : [];
  // A paper's author line, its names marked with their affiliations' numbers (author-blocks.ts).
  const authors = authorBlock(text).authors;
  // A screenplay's characters, from its first scene heading on (screenplay.ts).
  const scene = sceneStart(text);
  let rooms: boolean | undefined;
  let cast: number[] | undefined;
  // The idea namesakes' grades (ideaNamesake), by hit; a weak one counts only beside an idea's noun in the same text.
  let ideas: Map<Hit, number> | undefined;
  let weakCounts: boolean | undefined;
  const idea = (h: Hit): boolean => {
    ideas ??= new Map(hits.filter(isPersonHit).map((p) => [p, ideaNamesake(text, p.start, p.end)]));
    const g = ideas.get(h) ?? 0;
    return g === 2 || (g === 1 && (weakCounts ??= [...ideas.values()].includes(2) || IDEA_WORD.test(text)));
  };
  let kept = 0;
  for (const h of hits) {
    if (!isPersonHit(h)) {
      hits[kept++] = h;
      continue;
    }
    const span = text.slice(h.start, h.end);
    const tokens = spanTokens(span);
    const first = (tokens[0] ?? '').toLowerCase();
    let drop = (scene !== -1 && h.start >= scene) || notAPerson(text, h, span, tokens, first);
    if (!drop) drop = personaName(text, h);
    if (!drop) drop = namesRoom(text, h, tokens.length, first, (tokens.at(-1) ?? '').toLowerCase(), () => (rooms ??= roomsNamed(text)));
    if (!drop && h.rule === 'person.cue' && tokens.length === 1) drop = ACRONYM_CUE.test(text.slice(Math.max(0, h.start - 8), h.start));
    if (!drop && h.rule === 'person.cue') drop = pipelineStepName(text, h.start);
    // A cued span that is an organisation's noun and its name ('Adhérent Chambre Syndicale du Déménagement', 'Mitglied der
    // Handwerkskammer Köln') is a body, not a person.
    if (!drop && h.rule === 'person.cue' && tokens.length >= 2) drop = isOrganisationName(span);
    // "Queen Mary 2, IMO 9241061", "Marie Curie (IMO 9412345)": a ship's name before its IMO or MMSI number.
    if (!drop) drop = VESSEL_NUMBER_AFTER.test(text.slice(h.end, h.end + 32));
    if (!drop) drop = idea(h) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
    if (!drop) drop = characterBefore(text, h.start);
    if (!drop) drop = companionOfFigure(text, h.start, h.end) && !otherFinding && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
    if (!drop && h.rule === 'person.gazetteer') drop = ORGANISATION_ITS.test(text.slice(h.end, h.end + 40));
    // The name is asked about ("¿Por qué ... X y Y?"), in a text about a novel or next to a public figure.
    // Not a name a sentence states a health fact about (health-subject-names.ts: "Comment adapter le poste de Léa, enceinte
    // de 4 mois ... ?", "¿Cómo organizo ... para que Inmaculada, que está en tratamiento ...?"): the writer asks how to
    // handle a private person's condition, which a question about a figure does not state of a clause's subject. In a text
    // about a novel such a lone given name is its character ("Dans le roman, Julie, qui est enceinte, quitte Paris").
    if (!drop && (fiction || question || creative || studied))
      drop = creative || studied || (fiction && (publicFigure || (tokens.length === 1 && healthSubjectName(text, h.start, h.end)))) || (insideQuestion(text, h) && (fiction || !careToldBeside(text, h)) && (fiction || !healthSubjectName(text, h.start, h.end)));
    if (!drop && aboutFigure) drop = insideQuestion(text, h);
    if (!drop && storyFrom !== -1) drop = h.start >= storyFrom;
    if (!drop && holders) drop = holdsOffice(text, h) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
    if (!drop && short) drop = inStretches((cast ??= castStretches(text)), h.start) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
    // A town or sight in a travel plan: after a preposition of place, or one of two alternatives ("a X o Y", "Lecce o Y").
    if (!drop && h.rule === 'person.gazetteer') {
      // The local tests first: the text's travel words are counted only when one of them holds.
      const place = locativeBefore(text, h.start) || (tokens.length >= 2 && isSpaceCode(codeAt(text, h.end)) && ALTERNATIVE_AFTER.test(text.slice(h.end, h.end + 8)) && !hits.some((o) => isPersonHit(o) && o.start > h.end && o.start <= h.end + 8));
      const paired = tokens.length === 1 && h.score === 0.6;
      if ((place || paired) && travel()) {
        drop = place;
        if (!drop) {
          h.score = 0.45;
          changed = true;
        }
      }
    }
    if (!drop && ((hist !== false && (hist === 'history' || h.rule !== 'person.cue')) || parliament())) drop = !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
    if (!drop && cited.length > 0 && h.rule !== 'person.cue') drop = inRanges(cited, h.start);
    // An initial before an author's surname reads as a cue ("M. Berger(1)"): every name of the line is an author's.
    if (!drop && authors.length > 0) drop = inRanges(authors, h.start);
    // "Mach daraus...", "Ok Lecce.", "Welche Felder...": a capitalised instruction word, interjection or question word.
    // "14:30 Charla con la directora", "11:00 Pause": a programme item's noun at a line start or after its time.
    if (!drop && h.rule !== 'person.cue' && ((LEADING.has(first) && sentenceStart(text, h.start)) || (PROGRAMME.has(first) && afterProgrammeTime(text, h.start)))) {
      // With the instruction word off, a run with no listed given name or surname left ("Mach Release Notes:", "Bitte
      // Patch Notes") was a name by that word alone.
      if (tokens.length === 1 || !tokens.slice(1).some(listedWord)) drop = true;
      else {
        const next = text.indexOf(tokens[1] ?? '', h.start + (tokens[0] ?? '').length);
        h.start = next;
        if (tokens.length === 2) h.score = Math.min(h.score, 0.45);
        changed = true;
      }
    }
    if (drop) changed = true;
    else hits[kept++] = h;
  }
  hits.length = kept;
  if (changed) undoPromotion(text, hits);
}

// A name joined by "and" to a public or fictional figure the lists know ("Sherlock Holmes and Dr Watson", "Asterix und
// Obelix", "Don Quijote y Sancho"), a title between or none: the figure's companion, of its story or its time.
const PUBLIC_SET = new Set(PUBLIC_NAMES);
const COMPANION_BEFORE = /(\p{L}[\p{L}'’-]*)(?:\s+(\p{L}[\p{L}'’-]*))?(?:\s+(\p{L}[\p{L}'’-]*))?\s+(?:and|&|und|et|y|e|en)\s+(?:(?:el|la|il|lo|der|den|die|de|het|the)\s+)?(?:(?:dr|mr|mrs|ms|miss|sir|lady|lord|don|doña|frau|fräulein|herr|herrn|m|mme|mlle|monsieur|madame|mademoiselle|sr|sra|srta|señorita|dhr|mevr|juffrouw|sig|sig\.ra|signora|signorina|dott|prof)\.?\s+)?$/iu;
// What COMPANION_BEFORE ends with, alone: a cheap test first (the full pattern tries its word groups at each of the
// window's characters, and most names have no "and" before them).
const COMPANION_TAIL = /\s(?:and|&|und|et|y|e|en)\s+(?:(?:el|la|il|lo|der|den|die|de|het|the)\s+)?(?:(?:dr|mr|mrs|ms|miss|sir|lady|lord|don|doña|frau|fräulein|herr|herrn|m|mme|mlle|monsieur|madame|mademoiselle|sr|sra|srta|señorita|dhr|mevr|juffrouw|sig|sig\.ra|signora|signorina|dott|prof)\.?\s+)?$/iu;
// Or the figure's possessive and one of its works between ("Florence Nightingale's 'Notes on Nursing' and Cicely Saunders'
// hospice work", "Florence Nightingales Notizen und Cicely Saunders' Hospizarbeit"): a quoted title or up to three words,
// then "and", and the same possessive after the name. Two figures set side by side by their works, as a lesson or a
// history question does (held-out set 95); a name that opens a clause of its own ("... notes and Janet Hollis asked about
// her diagnosis") is no such companion.
const WORK_OF_FIGURE_BEFORE = /(\p{L}[\p{L}'’-]*)\s+(\p{L}[\p{L}-]*?)(?:['’]s|['’]|s)\s+(?:["'‘“«„][^"'’”»\n]{1,40}["'’”»]|\p{L}+(?:\s+\p{Ll}+){0,2})\s+(?:and|&|und|et|y|e|en)\s+$/u;
const WORK_AFTER = /^(?:['’]s?|s)\s+\p{L}/u;
/** Whether the name at [at, end) is joined by "and" to a listed public figure right before it (above). */
function companionOfFigure(text: string, at: number, end: number): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  if (!COMPANION_TAIL.test(window)) return false;
  const m = COMPANION_BEFORE.exec(window);
  if (m !== null) {
    const ws = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
    for (let i = 0; i < ws.length; i++) if (PUBLIC_SET.has(ws.slice(i).join(' '))) return true;
  }
  const work = WORK_AFTER.test(text.slice(end, end + 6)) ? WORK_OF_FIGURE_BEFORE.exec(window) : null;
  return work !== null && PUBLIC_SET.has(`${work[1] ?? ''} ${work[2] ?? ''}`.toLowerCase());
}

// A character noun right before the name, a title between or none ("the cartoon character Mr Bean", "Romanfigur Frau Holle",
// "personnage de Madame Maigret", "Fabeltjeskrant-figuur Meneer de Uil": names.ts starts the cued name after its title):
// a work's character, no person. German and Dutch compounds end in the noun. Bounded window, one pattern.
const CHARACTER_TITLES = 'mr|mrs|ms|miss|dr|sir|lady|lord|captain|herr|frau|fräulein|kapitän|monsieur|madame|mme|m|capitaine|inspecteur|commissaire|señor|señora|don|doña|capitán|comisario|meneer|mevrouw|juffrouw|kapitein|signor|signora|sig|dottor|capitano|commissario|professor|prof';
const CHARACTER_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(words('character'))})|\\p{L}(?:figur|figuur))[\\s:,]+(?:(?:of|de|du|del|di|van|von|the|le|la|el|il|het|der|die)\\s+|d['’]\\s*)?(?:(?:${CHARACTER_TITLES})\\.?\\s+)?(?:(?:de|van|von|la|le|del|di|der)\\s+)?$`,
  'iu',
);
const CHARACTER_GATE = /(?:character|figur|figuur|personnage|personaje|personaggio|personage)/i;
/** Whether a character noun stands right before the name at `at` (above). */
function characterBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  return CHARACTER_GATE.test(window) && CHARACTER_BEFORE.test(window);
}

// A name that speaks of "its" own store, results or plans is a company named after its founder ("John Lewis said its
// flagship...", "Ted Baker reported its first profit"): English alone has a neuter possessive to tell it by.
const ORGANISATION_ITS = /^\s+(?:has\s+|had\s+|will\s+)?(?:said|says|announced|announces|reported|reports|confirmed|confirms|expects|plans|posted|opened|closed|cut|raised|opens|closes)\s+(?:that\s+)?its\s/;

// A step or job of a CI pipeline or a deployment manifest in YAML ("      - name: Notify", "- name: Aviso"): its
// `- name:` item labels the step, in a text with the pipeline's own keys (uses:, run:, runs-on:, steps:, image:, script:).
const STEP_NAME_BEFORE = /(?:^|\n)[\t ]*-[\t ]+name:[\t ]*["']?$/;
const PIPELINE_KEYS = /(?:^|\n)[\t ]*(?:-[\t ]+)?(?:uses|run|runs-on|steps|jobs|image|script|stage|containers):/;
let pipelineText: string | undefined;
let pipelineAnswer = false;
/** Whether the name at `at` is a `- name:` step label of a pipeline or manifest (above); the text's answer memoised. */
function pipelineStepName(text: string, at: number): boolean {
  if (!STEP_NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  if (pipelineText !== text) [pipelineText, pipelineAnswer] = [text, PIPELINE_KEYS.test(text)];
  return pipelineAnswer;
}

/** Whether two of the name hits at 0.45 or more differ in lower case (the size of the set of their texts is 2 or more). */
function twoDifferentNames(text: string, hits: readonly Hit[]): boolean {
  let one: string | undefined;
  for (const h of hits) {
    if (!isPersonHit(h) || h.score < 0.45) continue;
    const name = text.slice(h.start, h.end).toLowerCase();
    if (one === undefined) one = name;
    else if (name !== one) return true;
  }
  return false;
}

/**
 * names.ts raises lone listed words (0.45) to 0.6 when two different ones are in the text ("Anna, Mary and Jodi"). When the
 * hits that made the pair were dropped here, the pair is gone: the survivors go back to 0.45. One-word hits at 0.6
 * come only from that rule.
 */
function undoPromotion(text: string, hits: Hit[]): void {
  if (twoDifferentNames(text, hits)) return;
  const people = hits.filter((h) => isPersonHit(h) && h.score >= 0.45);
  for (const h of people) if (h.score === 0.6 && h.rule === 'person.gazetteer' && !/\s/.test(text.slice(h.start, h.end))) h.score = 0.45;
}
