import { BORN_WORDS, RECORD_WORDS } from './data/birth-words.js';
import { KIN_WORDS } from './data/kin-words.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { DEATH_NOTICE, DEEDS, EPONYMS, HONOURS, OFFICE_AS, OFFICES, PRESS, SPORT_CAREER, SPORT_POSITIONS, SUBJECT_PRONOUNS, WORKS } from './data/public-life-words.js';
import { PUBLIC_NAMES } from './data/public-names.js';
import { PUBLIC_ROLE_WORDS } from './data/public-role-words.js';
import { alternation, wordAlternation, wordPrefixTree } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { LANGUAGES } from './languages.js';
import { WordTest } from './phrase-trie.js';

/**
 * A date of birth is reported for a living person's record. Nobody alive was born before 1900 (the oldest person ever
 * documented lived 122 years), so a date with an earlier year is history ("Victor Hugo, né le 26 février 1802"), not
 * personal data. The core has no clock, so the bound is a fixed year rather than "122 years before today".
 */
const EARLIEST_LIVING_BIRTH_YEAR = 1900;

// A four-digit run read as a year; two-digit years ("02.04.58") say nothing about the century and are kept.
const YEAR = /(?<!\d)(\d{4})(?!\d)/g;

/** False when the date's year is before any living person's birth. */
export function livingBirthDate(date: string): boolean {
  for (const m of date.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= 1000 && year < EARLIEST_LIVING_BIRTH_YEAR) return false;
  }
  return true;
}

/**
 * A date of death is PHI for 50 years after the death (HIPAA Privacy Rule, 45 CFR 160.103, "protected health
 * information" excludes information on a person dead for more than 50 years). The core has no clock, so the bound is a
 * fixed year, as for births: a death before it ("Emily Wilding Davison died 8 June 1913", "starb am 3. Juni 1924") is
 * history, a recent one ("died on 03/12/2024") stays a record's date.
 */
const LATEST_HISTORIC_DEATH_YEAR = 1975;
// Death words right before the date (no other number between them) in the six languages.
export const DEATH_WORDS =
  'died|deceased|death|starb|gestorben|verstorben|tod|todestag|mort|morte|décédée?|décès|murió|falleció|fallecid[oa]|muerte|defunción|overleed|overleden|sterfdatum|morì|mort[oa]|decedut[oa]|decesso|morte';
const DEATH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DEATH_WORDS})(?![\\p{L}])[^\\n\\d]{0,24}$`, 'iu');
const DEATH_WINDOW = 40;

// A death told right after the birth, its year before LATEST_HISTORIC_DEATH_YEAR ("born 1 August 1920, died 4 October
// 1951", "geb. 3. Mai 1901 – gest. 2. Juni 1960"): the birth is a life's that ended over 50 years ago, no PHI.
const DEATH_NEXT = new RegExp(`^[\\s,;–—-]*(?:(?:and|und|et|y|en|e)\\s+)?(?:${DEATH_WORDS}|gest\\.|†)(?![\\p{L}])[^\\n\\d]{0,12}(?:\\d{1,2}\\S{0,3}\\s+(?:de\\s+)?\\p{L}{3,12}\\.?\\s+(?:de\\s+)?)?(1[89]\\d\\d|20\\d\\d)(?!\\d)`, 'iu');
const endedLongAgo = (text: string, h: Hit): boolean => {
  const m = DEATH_NEXT.exec(text.slice(h.end, h.end + 60));
  return m !== null && Number(m[1]) <= LATEST_HISTORIC_DEATH_YEAR;
};

function historicDeathDate(text: string, h: Hit): boolean {
  const date = text.slice(h.start, h.end);
  let year = 0;
  for (const m of date.matchAll(YEAR)) year = Number(m[1]);
  if (year < 1000 || year > LATEST_HISTORIC_DEATH_YEAR) return false;
  return DEATH_BEFORE.test(text.slice(Math.max(0, h.start - DEATH_WINDOW), h.start));
}

// A life story's birth word right before the date, or with a place or a birth name and the date's article between
// ("nata a Torino il 22 aprile 1909", "née Annie Duchesne le 1er septembre 1940", "nació en Madrid el", "born in London
// on"); the words between are checked in code (bornBetween), as the `i` flag makes \p{Lu} match any letter.
const BORN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(BORN_WORDS)})(?:((?:\\s+[\\p{L}.'’-]+){1,4}?)\\s+(?:il|l'|l’|le|el|on|am|op))?\\s*$`, 'iu');
const PLACE_WORDS = new Set(['a', 'à', 'ad', 'in', 'en', 'te', 'at']);
const NAME_JOINERS = new Set(['de', 'del', 'della', 'di', 'da', 'la', 'le', 'sur', 'upon', 'am', 'an', 'der', 'van', 'den', 'von', 'zu', 'y', 'i']);
const CAPITAL = /^\p{Lu}/u;
/** Whether the words between a birth word and the date's article are a place ("a Torino") or a birth name ("Annie Duchesne"). */
function bornBetween(between: string): boolean {
  const ws = between.trim().split(/\s+/);
  return ws.every((w, i) => CAPITAL.test(w) || (i === 0 ? PLACE_WORDS.has(w.toLowerCase()) : NAME_JOINERS.has(w)));
}
// Words that tie the person to the writer or to a record: possessives, relatives, name cues ("patient", "Herr", "my name
// is") and client or staff words ("our client", "Mieter", "dipendente").
const TIES = [
  ...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive),
  ...Object.values(KIN_WORDS).flatMap((l) => [...l.possessive, ...l.kin]),
  ...Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation]),
];
// Prefix-tree form (the patterns are only tested, so any form of the same words answers alike): the engine reads one
// letter at a time instead of trying some 800 words at each position of the clause.
// Speed: TIED, TIED_AFTER and TIED_FAR are read by a character tree on text that folds as lower case (phrase-trie.ts).
const TIED = new WordTest(TIES, new RegExp(`(?<![\\p{L}])(?:${wordPrefixTree(TIES)})(?![\\p{L}])`, 'iu'));
// After the date, in the rest of its sentence: the writer's possessives and the client, staff and patient words
// ("Physikerin in unserem Labor", "chimiste chez notre client"); not bare relatives, which a life story names ("ses
// parents tenaient un café").
const TIES_AFTER = [...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive), ...Object.values(KIN_WORDS).flatMap((l) => l.possessive), ...Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation])];
const TIED_AFTER = new WordTest(TIES_AFTER, new RegExp(`(?<![\\p{L}])(?:${wordPrefixTree(TIES_AFTER)})(?![\\p{L}])`, 'iu'));
const SENTENCE_END = /[.!?\n](?=\s|$)/;
// A possessive after "for" says what the writer wants the text for ("bio of X for my blog", "für meine Präsentation", "pour
// mon blog", "para mi clase", "voor mijn spreekbeurt", "per il mio podcast"), not whose the person is: it ties no one. A
// relative or a client after it ("for my grandson", "for our client") still ties by its own word.
const PURPOSE = new RegExp(
  `(?<![\\p{L}])(?:for|für|pour|para|voor|per)\\s+(?:(?:il|la|i|le|el|los|las|het|de)\\s+)?(?:${wordAlternation(Object.values(NAME_CONTEXT).flatMap((l) => l.possessive))})(?![\\p{L}])`,
  'giu',
);
/** `tie` tested on `s` with the purposes' possessives left out. */
const tiedIn = (tie: WordTest, s: string): boolean => tie.test(s.replace(PURPOSE, ' '));
// The ties less the possessives: anywhere in the clause before the name (tiedToName).
const TIES_FAR = [...Object.values(KIN_WORDS).flatMap((l) => l.kin), ...Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation])];
const TIED_FAR = new WordTest(TIES_FAR, new RegExp(`(?<![\\p{L}])(?:${wordPrefixTree(TIES_FAR)})(?![\\p{L}])`, 'iu'));
// How many words right before the name a possessive ties it ("our new U12 player X", "mijn opa X").
const POSSESSIVE_REACH = 4;
const LAST_WORD = /[\p{L}'’-]+[^\p{L}]*$/u;
// A CV's, an application's or a form's words anywhere in the text: a namesake's record (a birthday post is not one).
const RECORD = new RegExp(`(?<![\\p{L}])(?:${alternation(RECORD_WORDS)})(?![\\p{L}])`, 'iu');
// Full names only: a single listed word ("Wendy", "Pepper") may be anyone's first name.
const PUBLIC = new Set(PUBLIC_NAMES.filter((n) => n.includes(' ')));
const MAX_NAME_WORDS = 4;
// How far back the figure's clause is read; how far its name may stand from the birth word ("Andy Murray's
// retirement: born"); how far back the sentence before a pronoun's ("He was born") is read.
const FIGURE_REACH = 120;
const FIGURE_GAP = 40;
const PREVIOUS_REACH = 200;
// A clause ends at a line break or a sentence's punctuation; not at an initial's dot ("Annie M.G. Schmidt", "George W. Bush").
const CLAUSE_BREAK = /[\n!?;](?=\s)|(?<![\s.]\p{Lu}|^\p{Lu})\.(?=\s)/gu;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
// Another capitalised full name between the figure and the birth word: the date is that person's.
const OTHER_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
const MONTH_WORD = /\p{L}{3}/u;
const PRONOUNS = new Set(Object.values(SUBJECT_PRONOUNS).flat());

/** Where the last clause of `s` starts (after its last clause break). */
function clauseStart(s: string): number {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m !== null; m = CLAUSE_BREAK.exec(s)) from = m.index + 1;
  return from;
}

/** Whether a listed figure's full name ends in `clause` at most `gap` characters before its end, no other name after it. */
function listedFigureIn(clause: string, gap: number): boolean {
  const words: { lower: string; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) words.push({ lower: m[0].toLowerCase().replace(/['’]s$/, ''), end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    let name = words[i]?.lower ?? '';
    for (let j = i + 1; j < words.length && j < i + MAX_NAME_WORDS; j++) {
      const w = words[j];
      if (w === undefined) break;
      name += ` ${w.lower}`;
      if (!PUBLIC.has(name)) continue;
      const rest = clause.slice(w.end);
      if (rest.length <= gap && !OTHER_NAME.test(rest)) return true;
    }
  }
  return false;
}

/** Whether a listed figure's full name (data/public-names.ts) stands anywhere in `text`: one pass, set look-ups. */
function listedFigureAnywhere(text: string): boolean {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push(m[0].toLowerCase().replace(/['’]s$/, ''));
    let name = words.at(-1) ?? '';
    for (let j = words.length - 2; j >= 0 && j > words.length - 1 - MAX_NAME_WORDS; j--) {
      name = `${words[j] ?? ''} ${name}`;
      if (PUBLIC.has(name)) return true;
    }
  }
  return false;
}

/** Whether `clause` is a pronoun and an auxiliary at most ("He was ", "Hij werd ", "Era ", ""): its subject is named before. */
function pronounClause(clause: string): boolean {
  const ws = clause.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  return ws.length <= 2 && ws.every((w) => PRONOUNS.has(w));
}

/** The capitalised name that ends `clause` (at most FIGURE_GAP before its end, lower-case words between): its offsets. */
function nameEnding(clause: string): { start: number; end: number } | null {
  const words: { start: number; end: number; cap: boolean; lower: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) words.push({ start: m.index, end: m.index + m[0].length, cap: CAPITAL.test(m[0]), lower: m[0].toLowerCase() });
  let k = words.length - 1;
  while (k >= 0 && words[k]?.cap !== true) k--;
  const last = words[k];
  if (last === undefined || clause.length - last.end > FIGURE_GAP) return null;
  let j = k;
  // Back over capitalised words, joiners ("zu", "de") and initials ("Annie M.G. Schmidt"), across spaces and dots only.
  for (let prev = words[j - 1]; prev !== undefined && (prev.cap || NAME_JOINERS.has(prev.lower)) && /^[\s.]+$/.test(clause.slice(prev.end, words[j]?.start)); prev = words[j - 1]) j--;
  while (j < k && words[j]?.cap !== true) j++;
  return { start: words[j]?.start ?? last.start, end: last.end };
}
// The public-life words of data/public-life-words.ts by phrase (words joined by single spaces, up to four).
// An architect's or an artist's works count as a calling ('deed'); a sports career's words are counted one by one
// ('career'), its positions once ('position'); a youth or amateur team's words cancel the career ('amateur').
type LifeKind = 'honour' | 'office' | 'deed' | 'press' | 'notice' | 'career' | 'position' | 'amateur';
const MAX_PHRASE = 4;
// A phrase as the word scan keys it: lower-case letter runs joined by single spaces ("five-a-side" is "five a side").
const phraseKey = (w: string): string => (w.toLowerCase().match(/\p{L}+/gu) ?? []).join(' ');
const AMATEUR = Object.values(PUBLIC_ROLE_WORDS)
  .flatMap((l) => l.amateur)
  .filter((w) => !/\d/.test(w))
  .map(phraseKey)
  .filter((k) => k !== '' && k.split(' ').length <= MAX_PHRASE);
const LIFE_TABLES: readonly [LifeKind, Readonly<Record<string, readonly string[]>>][] = [
  ['honour', HONOURS],
  ['office', OFFICES],
  ['deed', DEEDS],
  ['deed', WORKS],
  ['press', PRESS],
  ['notice', DEATH_NOTICE],
  ['career', SPORT_CAREER],
  ['position', SPORT_POSITIONS],
  ['amateur', { all: AMATEUR }],
];
const LIFE_PHRASES = new Map<string, Set<LifeKind>>();
for (const [kind, table] of LIFE_TABLES) for (const p of Object.values(table).flat()) LIFE_PHRASES.set(p, (LIFE_PHRASES.get(p) ?? new Set()).add(kind));
// A title or a medal at world or Olympic level with the event between ("2019 world 200m champion", "Olympic 4x100m relay
// gold"): an honour. The level word at most four words before the title's.
const LEVELS = new Set(['world', 'olympic']);
const TITLES_AT_LEVEL = new Set(['champion', 'champions', 'medallist', 'medalist', 'gold', 'silver', 'bronze', 'title', 'titles']);
const LEVEL_REACH = 4;
const EPONYM_AFTER = new Set(EPONYMS.after);
const EPONYM_BEFORE = new Set(EPONYMS.before);
const LETTERS = /\p{L}+/gu;
const SENTENCE_OPENS = /[.!?:\n]\s*$/;

interface LifeWords {
  kinds: Set<LifeKind>;
  /** The different sports career phrases (SPORT_CAREER) in the text. */
  careers: Set<string>;
  /** Lower-case words right before an institution or a prize named after a person, or right after one ("goodall"). */
  eponyms: Set<string>;
}

/**
 * The public-life words of `text`, read once: each word and each phrase of up to four words ending at it looked up, and
 * the shapes of a prize named after someone ("Booker Prize", "prix Renaudot", "premio Nobel", "Andersenprijs",
 * "Büchnerpreisträgerin"), an office ending in "minister", an institution named after someone.
 */
function lifeWords(text: string): LifeWords {
  const kinds = new Set<LifeKind>();
  const careers = new Set<string>();
  const eponyms = new Set<string>();
  const words: { lower: string; cap: boolean; start: number }[] = [];
  for (const m of text.matchAll(LETTERS)) words.push({ lower: m[0].toLowerCase(), cap: CAPITAL.test(m[0]), start: m.index });
  words.forEach((w, i) => {
    let key = w.lower;
    for (let n = 1; n <= MAX_PHRASE && i - n + 1 >= 0; n++) {
      if (n > 1) key = `${words[i - n + 1]?.lower ?? ''} ${key}`;
      for (const k of LIFE_PHRASES.get(key) ?? []) {
        kinds.add(k);
        if (k === 'career') careers.add(key);
      }
    }
    if (TITLES_AT_LEVEL.has(w.lower)) for (let j = Math.max(0, i - LEVEL_REACH); j < i; j++) if (LEVELS.has(words[j]?.lower ?? '')) kinds.add('honour');
    const prev = words[i - 1];
    const next = words[i + 1];
    if ((w.lower === 'prize' || w.lower === 'prizes') && w.cap && prev?.cap === true) kinds.add('honour');
    if ((w.lower === 'prix' || w.lower === 'premio') && next?.cap === true) kinds.add('honour');
    if (w.cap && w.lower.length > 6 && w.lower.endsWith('prijs') && !SENTENCE_OPENS.test(text.slice(Math.max(0, w.start - 4), w.start))) kinds.add('honour');
    if (/preisträger(?:in)?$/.test(w.lower)) kinds.add('honour');
    if (/minister(?:in)?$/.test(w.lower)) kinds.add('office');
    if (EPONYM_AFTER.has(w.lower) && w.cap && prev?.cap === true) eponyms.add(prev.lower);
    if (EPONYM_BEFORE.has(w.lower) && w.cap) for (let j = i + 1; j <= i + 3 && words[j]?.cap === true; j++) eponyms.add(words[j]?.lower ?? '');
  });
  return { kinds, careers, eponyms };
}

// An office the figure held, in the life story after the date: after an "as" word or a comma or bracket, one word
// (an article, a "Prime") between at most.
const OFFICE_HELD = new RegExp(
  `(?:[,(]\\s*|(?<![\\p{L}])(?:${alternation(OFFICE_AS)})\\s+)(?:[\\p{L}-]+\\s+)?(?:${alternation(OFFICES)}|\\p{L}*minister(?:in)?)(?![\\p{L}])`,
  'iu',
);
// A death with its year after the birth ("died 22 September 2022", "morta a Roma il 30 dicembre 2012", "overleden 30
// oktober 2010", "gest. 3. Januar 2024", "† 2009"): a whole life told, as a biography tells it.
const DEATH_WITH_YEAR = new RegExp(`(?:(?<![\\p{L}])(?:${DEATH_WORDS})(?![\\p{L}])|(?<![\\p{L}])gest\\.|†)[^\\n\\d]{0,30}(?:\\d{1,2}\\S{0,3}\\s+(?:de\\s+)?\\p{L}{3,12}\\.?\\s+(?:de\\s+)?)?(?:1[89]\\d\\d|20\\d\\d)(?!\\d)`, 'iu');
// How far after the date the life story is read for an office and a death.
const AFTER_REACH = 160;

// A transfer fee: an amount in millions with its currency ("£105m", "150 Mio. Euro", "53 M€"), or after "for" and an
// "about" ("per circa 64 milioni", "for around 40 million"; not "for 100 m", a race).
const MILLIONS_WORD = String.raw`(?:mio\.?|mln\.?|millions?|millones|milioni|miljoen)`;
const AMOUNT = String.raw`\d{1,3}(?:[.,]\d{1,3})?\s?`;
const FEE = new RegExp(
  `[£€$]\\s?${AMOUNT}(?:m|mn|${MILLIONS_WORD})(?![\\p{L}])|(?<![\\d.,])${AMOUNT}(?:m|mn|${MILLIONS_WORD})\\s?(?:€|£|\\$|euros?|eur|pounds|pfund|dollars?|de euros|di euro|d['’]euros)(?![\\p{L}])|(?<![\\p{L}])(?:for|für|pour|por|per|voor)\\s+(?:(?:about|around|some|rund|etwa|environ|unos|unas|circa|ongeveer)\\s+)?(?<![\\d.,])${AMOUNT}${MILLIONS_WORD}(?![\\p{L}])`,
  'iu',
);
// A move between two named bodies in the six languages' word order ("joined Arsenal from West Ham", "von Bayer 04
// Leverkusen zum FC Liverpool", "a quitté Crystal Palace pour le Bayern", "al FC Barcelona desde el RB Leipzig", "van
// Bayern München naar Liverpool", "dal Milan al Newcastle"): a body is up to four capitalised words or numbers. Case
// matters (no `i` flag, under which \p{Lu} matches any letter); a journey between towns has the same shape, so a
// move counts only with a career word or a fee.
const BODY = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d{1,4})){0,3}`;
const MOVE = new RegExp(
  [
    `(?<![\\p{L}])[Ff]rom\\s+(?:the\\s+)?${BODY}\\s+to\\s+(?:the\\s+)?\\p{Lu}`,
    `(?<![\\p{L}])(?:joined|signed for)\\s+(?:the\\s+)?${BODY}\\s+from\\s+(?:the\\s+)?\\p{Lu}`,
    `(?<![\\p{L}])[Vv]o[nm]\\s+(?:der\\s+|dem\\s+)?${BODY}\\s+(?:zum|zur|zu|nach)\\s+\\p{Lu}`,
    `(?<![\\p{L}])(?:quitté|de|du)\\s+(?:le\\s+|la\\s+|l['’]\\s*)?${BODY}\\s+(?:à|au|pour)\\s+(?:le\\s+|la\\s+|l['’]\\s*)?\\p{Lu}`,
    `(?<![\\p{L}])(?:al|a)\\s+${BODY}\\s+(?:desde|del|de)\\s+(?:el\\s+|la\\s+)?\\p{Lu}`,
    `(?<![\\p{L}])(?:desde\\s+el|desde|del)\\s+${BODY}\\s+(?:al|a)\\s+\\p{Lu}`,
    `(?<![\\p{L}])[Vv]an\\s+${BODY}\\s+naar\\s+\\p{Lu}`,
    `(?<![\\p{L}])(?:dal|dalla|dall['’]|da)\\s*${BODY}\\s+(?:al|alla|all['’]|a)\\s*\\p{Lu}`,
  ].join('|'),
  'u',
);

/** What the text says about itself, each read at most once per text. */
interface TextFacts {
  record: () => boolean;
  life: () => LifeWords;
  /** Another finding than a name or a date (a phone, an address, an identifier): a record's or a notice's contact. */
  others: () => boolean;
  /** A listed public figure named in the text (a name-list hit names.ts scored low): a peer in the same public life. */
  peer: () => boolean;
  /** A sports career's points (sportCareer). */
  career: () => number;
  /** The full names the name scan found (PERSON hits of two words or more, by start): a pronoun's subject before. */
  people: () => readonly Hit[];
}

/**
 * A professional sports career's points, 2 at most: each different career word (SPORT_CAREER), a transfer fee, a move
 * between two named bodies, a position. None without a career word or a fee (a position and a move are a junior's
 * too), none with a youth or amateur team's word anywhere in the text.
 */
function sportCareer(text: string, life: LifeWords): number {
  if (life.kinds.has('amateur')) return 0;
  const fee = FEE.test(text);
  if (life.careers.size === 0 && !fee) return 0;
  const points = life.careers.size + (fee ? 1 : 0) + (life.kinds.has('position') ? 1 : 0);
  return Math.min(2, points >= 2 ? points : points + (MOVE.test(text) ? 1 : 0));
}

/** The birth's clause: its figure and, for a figure named by evidence, the span of the name (for its PERSON hits). */
type FigureBirth = { name: { start: number; end: number } | null } | null;

/**
 * A public figure's birth in a text about them: a tribute, a birthday post, an obituary, a fact box, a portrait
 * ("Tribute post for Sir Andy Murray: born 15 May 1987 in Glasgow", "Jane Goodall, born 3 April 1934 in London",
 * "Rita Levi-Montalcini, nata a Torino il 22 aprile 1909"). The date is written out, right after a life story's birth
 * word (data/birth-words.ts), and its clause names the figure right before the birth word: a listed public figure
 * (data/public-names.ts), also in the sentence before a pronoun's ("Nació el ..."), or any name in a text that shows a
 * public life (publicLife). A possessive, a relative or a name cue in the clause ("my uncle", "Patient", "Herr") keeps
 * it, and so do a date in digits and a CV's, a form's words anywhere in the text ("CV: Thomas Müller, born 19 June
 * 1978"): a namesake's record.
 */
function publicFigureBirth(text: string, h: Hit, facts: TextFacts): FigureBirth {
  // A date written out ("15 May 1987"), as a life story writes it; a form's or a CV's "19.06.1978" stays a record's.
  if (!MONTH_WORD.test(text.slice(h.start, h.end))) return null;
  const lo = Math.max(0, h.start - FIGURE_REACH);
  const born = BORN_BEFORE.exec(text.slice(lo, h.start));
  if (born === null || (born[1] !== undefined && !bornBetween(born[1]))) return null;
  const head = text.slice(lo, lo + born.index);
  const from = clauseStart(head);
  const clause = head.slice(from);
  // The figure's name first (set look-ups), then the ties and record words (large patterns) only for a clause that names one.
  if (listedFigureIn(clause, FIGURE_GAP)) return !tiedIn(TIED, clause) && !facts.record() ? { name: null } : null;
  if (pronounClause(clause)) {
    const before = text.slice(Math.max(0, lo + from - PREVIOUS_REACH), lo + from);
    const previous = before.slice(clauseStart(before));
    if (listedFigureIn(previous, PREVIOUS_REACH)) return !tiedIn(TIED, previous) && !tiedIn(TIED, clause) && !facts.record() ? { name: null } : null;
    return subjectBefore(text, h, lo + from, facts);
  }
  const name = clauseName(clause, foundNameEnding(lo + from, lo + born.index, facts));
  if (name === null || OTHER_NAME.test(clause.slice(name.end)) || tiedToName(clause, name.start) || facts.record() || facts.others() || tiedAfter(text, h)) return null;
  const start = lo + from + name.start;
  const surname = (text.slice(start, lo + from + name.end).toLowerCase().match(LETTERS) ?? []).at(-1) ?? '';
  return publicLife(text, h, facts, surname) ? { name: { start, end: h.start } } : null;
}

/**
 * The name that ends the clause (nameEnding), unless the scan found a full name there that it does not hold: a capitalised
 * noun after the name is no name ("Kurzbiografie Udo Walz für meine Berufsschul-Präsentation: geboren"). The scan's name
 * may be shorter than nameEnding's ("G. Schmidt" of "Annie M.G. Schmidt"), which then stays.
 */
function clauseName(clause: string, found: { start: number; end: number } | null): { start: number; end: number } | null {
  const name = nameEnding(clause);
  if (found === null || (name !== null && name.start <= found.start && found.end <= name.end)) return name;
  return found;
}

/**
 * The last full name the scan found in the clause [from, to) ending at most FIGURE_GAP before its end, as offsets into the
 * clause.
 */
function foundNameEnding(from: number, to: number, facts: TextFacts): { start: number; end: number } | null {
  let last: Hit | undefined;
  for (const p of facts.people()) if (p.start >= from && p.end <= to && to - p.end <= FIGURE_GAP) last = p;
  return last === undefined ? null : { start: last.start - from, end: last.end - from };
}

/**
 * Whether the date at start..end is tied to the writer or a record by its own sentence: a possessive, a relative, a name
 * cue or a client or staff word in the clause before it, or a possessive or client word in the rest of its sentence
 * ("unsere Mutter Anna Weber (geb. ...)", "(née le ... à Lyon, notre cliente)"). For a birth told in the reference form
 * (birth-evidence.ts), where the rest of the request is not the person's.
 */
// How many words before a birth in the reference form are read for a tie: the name (up to four words) and its relative or
// possessive ("unsere Mutter Anna Weber (geb. ...").
const TIE_REACH = 6;
/**
 * The clause before a birth in the reference form (birth-evidence.ts) that may tie the person to the writer or a record:
 * from the bracket or the comma that opens the birth back to the clause's start or a colon, its last TIE_REACH words.
 */
export function referenceClause(text: string, start: number): string {
  // Up to the bracket or the comma that opens the birth ("(geb. " would end the clause at its dot).
  const before = text.slice(Math.max(0, start - FIGURE_REACH), start).replace(/[(,][^(),]*$/u, '');
  let clause = before.slice(clauseStart(before));
  clause = clause.slice(clause.lastIndexOf(':') + 1);
  // The name and the few words before it only: a kin word of another language further back ("in prima media") is no tie.
  const words = [...clause.matchAll(WORD)];
  return clause.slice(words.at(-TIE_REACH)?.index ?? 0);
}

/** Whether `clause` ties a person to the writer or a record before the name (a possessive, a relative, a name cue). */
export const tiedBefore = (clause: string): boolean => tiedIn(TIED, clause);
/** Whether `rest` (what follows a date in its sentence) ties the person to the writer or a record ("notre cliente"). */
export const tiedAfterText = (rest: string): boolean => tiedIn(TIED_AFTER, rest);

/** Whether the rest of the date's sentence ties the person to the writer or a record ("Physikerin in unserem Labor"). */
function tiedAfter(text: string, h: Hit): boolean {
  const rest = text.slice(h.end, h.end + AFTER_REACH);
  const stop = rest.search(SENTENCE_END);
  return tiedIn(TIED_AFTER, stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * Whether the clause before a birth word ties the name that starts at `name` to the writer or a record: a relative, a
 * name cue or a client or staff word anywhere in it, a possessive only among the few words right before the name or
 * after it ("our member X", "my X"). A possessive further back is the writer's own thing, not the figure's ("Our club
 * newsletter wants a short piece on X").
 */
function tiedToName(clause: string, name: number): boolean {
  const head = clause.slice(0, name);
  return TIED_FAR.test(head) || tiedIn(TIED, clause.slice(wordsBefore(head)));
}

/** Where the last POSSESSIVE_REACH words of `head` start. */
function wordsBefore(head: string): number {
  let from = head.length;
  for (let n = 0; n < POSSESSIVE_REACH && from > 0; n++) {
    const k = head.slice(0, from).search(LAST_WORD);
    if (k < 0) break;
    from = k;
  }
  return from;
}

/**
 * A birth clause with no name of its own ("he was born on ...", "; geboren am ...", "; nato l'...") whose subject is a
 * full name the scan found in the text before it (up to PREVIOUS_REACH back, on the same line), the only full name
 * there: in a text that shows a public life, the date is that figure's. Ties (a possessive right before the figure
 * only: "150 Mio. Euro" is no Italian "mio"), record words and other findings keep it, as for a name right before the
 * birth word.
 */
function subjectBefore(text: string, h: Hit, clauseAt: number, facts: TextFacts): FigureBirth {
  const line = text.lastIndexOf('\n', clauseAt - 1) + 1;
  const from = Math.max(line, clauseAt - PREVIOUS_REACH);
  const people = facts.people();
  let figure: Hit | undefined;
  for (let i = lastAtMost(people.map((p) => p.start), from - 1) + 1; i < people.length; i++) {
    const p = people[i];
    if (p === undefined || p.end > clauseAt) break;
    if (figure !== undefined && text.slice(p.start, p.end).toLowerCase() !== text.slice(figure.start, figure.end).toLowerCase()) return null;
    figure ??= p;
  }
  if (figure === undefined) return null;
  const head = text.slice(from, figure.start);
  if (TIED_FAR.test(text.slice(from, h.start)) || tiedIn(TIED, text.slice(from + wordsBefore(head), figure.end)) || facts.record() || facts.others() || tiedAfter(text, h)) return null;
  const surname = (text.slice(figure.start, figure.end).toLowerCase().match(LETTERS) ?? []).at(-1) ?? '';
  return publicLife(text, h, facts, surname) ? { name: { start: figure.start, end: figure.end } } : null;
}

/**
 * Whether the text shows a public life for the figure whose birth date `h` is: a prize or an honour (2 points, a world or
 * Olympic title or medal among them), an institution named after them (2), a high office in the life story after the
 * date (2) or elsewhere (1), a calling encyclopedias name people by or an architect's or artist's works (1), a
 * professional sports career (up to 2: sportCareer), the press's genre of a text about a person (1), the death told with
 * its year after the birth (1), a listed public figure named in the same text (1). Two points, one of them of the life
 * itself (not the genre, the death or the peer alone); none when the text is a private death notice (a funeral,
 * condolences).
 */
function publicLife(text: string, h: Hit, facts: TextFacts, surname: string): boolean {
  const life = facts.life();
  if (life.kinds.has('notice')) return false;
  const after = text.slice(h.end, h.end + AFTER_REACH);
  const held = life.kinds.has('honour') || life.eponyms.has(surname) || (life.kinds.has('office') && OFFICE_HELD.test(after)) ? 2 : life.kinds.has('deed') || life.kinds.has('office') ? 1 : 0;
  const own = held === 2 ? 2 : Math.max(held, facts.career());
  if (own === 0) return false;
  const points = own + (life.kinds.has('press') ? 1 : 0) + (DEATH_WITH_YEAR.test(after) ? 1 : 0);
  return points >= 2 || (points === 1 && facts.peer());
}

const isName = (h: Hit): boolean => h.entity === 'PERSON' && h.rule.startsWith('person.');
// names.ts scores a name its lists know as a public figure's this low (public-role.ts reads it the same way).
const LISTED_FIGURE_SCORE = 0.3;

/**
 * TextFacts of `text` and its `hits`, each read at most once (an object, not closures made per text: under tsx's
 * keepNames each closure costs a property definition).
 */
class BirthTextFacts implements TextFacts {
  private record_: boolean | undefined;
  private life_: LifeWords | undefined;
  private others_: boolean | undefined;
  private peer_: boolean | undefined;
  private career_: number | undefined;
  private people_: Hit[] | undefined;

  constructor(
    private readonly text: string,
    private readonly hits: readonly Hit[],
  ) {}

  record(): boolean {
    return (this.record_ ??= RECORD.test(this.text));
  }

  life(): LifeWords {
    return (this.life_ ??= lifeWords(this.text));
  }

  others(): boolean {
    return (this.others_ ??= this.hits.some((h) => h.entity !== 'PERSON' && h.entity !== 'DATE_OF_BIRTH' && h.score >= 0.5));
  }

  peer(): boolean {
    return (this.peer_ ??= this.hits.some((h) => isName(h) && h.score <= LISTED_FIGURE_SCORE) || listedFigureAnywhere(this.text));
  }

  career(): number {
    return (this.career_ ??= sportCareer(this.text, this.life()));
  }

  people(): Hit[] {
    const text = this.text;
    return (this.people_ ??= this.hits.filter((h) => isName(h) && h.score >= 0.5 && /\s/.test(text.slice(h.start, h.end))).sort((a, b) => a.start - b.start));
  }
}

/**
 * Removes, in place, the DATE_OF_BIRTH hits on `text` whose year is before any living person's birth, those that
 * follow a death word with a death more than 50 years back (historicDeathDate) or that a death of then follows
 * (endedLongAgo), and a public figure's birth in a text
 * about them (publicFigureBirth), with the name-list PERSON hits of a figure named by evidence: the figure's name and
 * birth name before the date, and the same name or surname elsewhere in the text.
 */
export function dropHistoricBirthDates(text: string, hits: Hit[]): void {
  // Read once per text, not once per date: a text of many dates would otherwise be scanned once for each.
  const facts = new BirthTextFacts(text, hits);
  const drop = new Set<Hit>();
  const figures: { start: number; end: number }[] = [];
  const births: number[] = [];
  for (const h of hits) {
    if (h.entity !== 'DATE_OF_BIRTH') continue;
    if (!livingBirthDate(text.slice(h.start, h.end)) || endedLongAgo(text, h)) {
      // A historic birth: a death told after it ("born on 21 February 1875 and died on 4 August 1997") is the same life's.
      drop.add(h);
      births.push(h.end);
      continue;
    }
    if (historicDeathDate(text, h)) {
      drop.add(h);
      continue;
    }
    const figure = publicFigureBirth(text, h, facts);
    if (figure === null) continue;
    drop.add(h);
    births.push(h.end);
    if (figure.name !== null) figures.push(figure.name);
  }
  if (births.length === 0) return finish(hits, drop);
  // The figure's death told after the birth ("born 6 July 1952 in Glossop, died 22 September 2022"): read as a birth
  // date for the birth word before it, it is the same published life's. The nearest birth before each date, by binary search.
  births.sort((a, b) => a - b);
  for (const d of hits) {
    if (d.entity !== 'DATE_OF_BIRTH' || drop.has(d)) continue;
    const birth = births[lastAtMost(births, d.start)] ?? -1;
    if (birth >= 0 && d.start - birth <= AFTER_REACH && DEATH_BEFORE.test(text.slice(Math.max(birth, d.start - DEATH_WINDOW), d.start))) drop.add(d);
  }
  if (figures.length === 0) return finish(hits, drop);
  // The names inside a figure's span (the spans merged, sorted: one binary search per name), then the same names and
  // surnames elsewhere.
  const spans = mergeSpans(figures);
  const starts = spans.map((f) => f.start);
  const names = new Set<string>();
  for (const h of hits) {
    if (!isName(h)) continue;
    const f = spans[lastAtMost(starts, h.start)];
    if (f === undefined || h.end > f.end) continue;
    drop.add(h);
    const name = text.slice(h.start, h.end).toLowerCase();
    names.add(name);
    names.add(name.slice(name.lastIndexOf(' ') + 1));
  }
  for (const h of hits) if (isName(h) && names.has(text.slice(h.start, h.end).toLowerCase())) drop.add(h);
  finish(hits, drop);
}

/** The index of the last of the ascending `xs` at most `x` (-1 when none). */
function lastAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The spans sorted by start, overlapping ones merged. */
function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Removes, in place, the hits in `drop`. */
function finish(hits: Hit[], drop: ReadonlySet<Hit>): void {
  if (drop.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}

// A date right after a name in a list ("Ursula Menke 07.01.1952, Heinz-Georg Theis 19.05.1948"; "Franca Tosi
// 11/03/1958"), optionally after a comma, a bracket, an asterisk or a birth word ("geb.", "née", "nato").
const DATE_AFTER_NAME =
  /^,?[ \t]{0,3}(?:\(|\*|(?:geb\.?|geboren|born|b\.|née?|nata|nato|nacid[oa]|geboren op)[ \t]{1,3})?[ \t]{0,2}(\d{1,2}[./-]\d{1,2}[./-](\d{4})|(\d{4})-\d{2}-\d{2})(?![\d./-]*\d)/iu;
// Birthdays, birth dates and ages in the six languages: a list's dates are birth dates even when recent.
const BIRTH_WORDS = /(?<![\p{L}])(?:birthday|born|date of birth|dob|geburtstag|geburtsdatum|geboren|anniversaire|naissance|née?|cumpleaños|nacimiento|nacid[oa]|verjaardag|geboortedatum|geboren|compleanno|nascita|nat[oi]|over \d\d|über \d\d|plus de \d\d|mayores de \d\d|boven de \d\d)(?![\p{L}])/iu;
// Dates after names in a list are birth dates when they are decades back; recent ones may be appointments or results.
const LATEST_LIST_BIRTH_YEAR = 2012;
const MIN_LISTED = 2;

/**
 * People listed with a date each (a club's member list, a class list, "who turns 65 this year?"): the dates are
 * dates of birth. Reads the PERSON hits the name scan found from `from` on (score 0.5 or more); when at least two
 * are each followed by a date of a living person's birth year, those dates are reported as DATE_OF_BIRTH.
 */
export function scanNameDateList(text: string, out: Hit[], from: number): void {
  const dates: Hit[] = [];
  let birthWords: boolean | undefined;
  for (let i = from; i < out.length; i++) {
    const h = out[i];
    if (h === undefined || h.entity !== 'PERSON' || h.score < 0.5) continue;
    const m = DATE_AFTER_NAME.exec(text.slice(h.end, h.end + 40));
    const date = m?.[1];
    if (m === null || date === undefined) continue;
    const year = Number(m[2] ?? m[3]);
    if (!livingBirthDate(date)) continue;
    if (year > LATEST_LIST_BIRTH_YEAR && !(birthWords ??= BIRTH_WORDS.test(text))) continue;
    const start = h.end + m[0].length - date.length;
    dates.push({ entity: 'DATE_OF_BIRTH', dataClass: 'pii', start, end: start + date.length, score: 0.8, rule: 'dob.name-list' });
  }
  if (dates.length >= MIN_LISTED) out.push(...dates);
}
