import { KIN_WORDS } from './data/kin-words.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { INSTITUTION_ENDS, SPORT_CAREER } from './data/public-life-words.js';
import { PUBLIC_CUES } from './data/public-cues.js';
import { PUBLIC_ROLE_WORDS, type PublicRoleWords } from './data/public-role-words.js';
import type { Hit } from './hit.js';
import { LANGUAGES } from './languages.js';
import { foldsAsLowerCase } from './phrase-index.js';
import { digitRuns } from './runs.js';
import { isLetterCode, isSpaceCode as isSpaceUnit, PhraseTrie } from './phrase-trie.js';
import { firstChars, mayBegin, mayStartIn, WINDOW_CUE_WORDS } from './word-gate.js';
import { codeAt, hashOfCodes, latinRuns } from './word-index.js';
import { WordListGate } from './word-list-gate.js';

/*
 * PERSON hits of the name lists that are public figures in their public role: players and referees in a match report,
 * band members and directors in a review, characters and authors in a book-club question, TV chefs in a recipe question, authors in a reference list,
 * ministers, mayors and CEOs named with their office in news and results. The genre is read from words (language
 * data, data/public-role-words.ts) counted in one pass over the text's words, plus format evidence (a score "2:0", a
 * citation's "(2019)", "12(3)", "pp. 4"). A name stays when something makes it a private person: a possessive or a
 * relative, client, patient or member word right before or after it, a birth or health word near it, or another
 * finding (a phone, an e-mail, an identifier) next to it.
 */

type Genre = 'sport' | 'arts' | 'literature' | 'cooking' | 'history' | 'citation' | 'news';
const GENRES: readonly Genre[] = ['sport', 'arts', 'literature', 'cooking', 'history', 'citation', 'news'];
/**
 * The genres; words of youth teams, school shows and club members that make a match or a show about private people; and
 * words of a workplace's, a clinic's or a family's own records (overtime, payroll, a physio note, a eulogy, a family
 * tree) that make any of them about private people.
 */
type Kind = Genre | 'amateur' | 'records';
const KINDS: readonly Kind[] = [...GENRES, 'amateur', 'records'];
/**
 * Points a genre needs: two different words, one strong word, or a word and a piece of format evidence; one more per
 * further 1,200 characters, so that a long text of other business does not gather a genre from a word here and there.
 */
const enough = (length: number): number => 2 + Math.floor(Math.max(0, length - 1200) / 1200);

const LANGS = Object.keys(PUBLIC_ROLE_WORDS) as (keyof typeof PUBLIC_ROLE_WORDS)[];
const all = (pick: (w: PublicRoleWords) => readonly string[]): string[] => [...new Set(LANGS.flatMap((l) => pick(PUBLIC_ROLE_WORDS[l])))];
const phraseKey = (w: string): string => w.toLowerCase().split(/[^\p{L}]+/u).filter((x) => x !== '').join(' ');
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (ws: Iterable<string>): string => [...new Set(ws)].sort((a, b) => b.length - a.length).map(esc).join('|');

// Each word or phrase of each language's genre: a slot (language x genre) and its points. Counted per language, so a
// common word of one language ("but", "bis") does not count for another's genre.
interface Phrase {
  key: string;
  /** Pairs of slot and points. */
  entries: number[];
}
const SLOTS = LANGS.length * KINDS.length;
const BY_KEY = new Map<string, Phrase>();
LANGS.forEach((lang, li) => {
  const words = PUBLIC_ROLE_WORDS[lang];
  const add = (kind: Kind, w: string, points: number): void => {
    const key = phraseKey(w);
    const p = BY_KEY.get(key) ?? { key, entries: [] };
    p.entries.push(li * KINDS.length + KINDS.indexOf(kind), points);
    BY_KEY.set(key, p);
  };
  for (const g of GENRES) {
    for (const w of words[g].words) add(g, w, 1);
    for (const w of words[g].strong) add(g, w, 2);
  }
  // A professional's career (transfer fees, caps, national teams, professional leagues; data/public-life-words.ts) is
  // sport too: transfer news names players as a match report does.
  for (const w of SPORT_CAREER[lang]) if (!words.sport.words.includes(w) && !words.sport.strong.includes(w)) add('sport', w, 1);
  // An office is news too ("Gesundheitsminister", "wethouder").
  for (const w of words.office) if (!words.news.words.includes(w) && !words.news.strong.includes(w)) add('news', w, 1);
  for (const w of words.amateur) add('amateur', w, 1);
  for (const w of words.records) add('records', w, 1);
});
const PHRASES = [...BY_KEY.values()];
const MAX_WORDS = 4;

// Speed: phrases are looked up by a rolling hash of the words' lower-case hashes (word-index.ts), so no string is made for
// a word unless a phrase of that hash ends at it; a 64K-bit filter answers most words before the Map.
const chain = (a: number, b: number): number => (Math.imul(a, 1000003) + b) | 0;
const phraseHash = (key: string): number => key.split(' ').map(hashOfCodes).reduce((h, w, i) => (i === 0 ? w : chain(h, w)), 0);
const BY_HASH = new Map<number, number[]>();
const HASH_BITS = new Uint8Array(8192);
// Every word of every phrase, by its own hash: a word with no bit here is in no phrase and breaks every phrase through it.
const WORD_BITS = new Uint8Array(8192);
PHRASES.forEach((p, id) => {
  if (p.key.split(' ').length > MAX_WORDS) throw new Error(`public-role phrase longer than ${MAX_WORDS} words: ${p.key}`);
  const h = phraseHash(p.key);
  BY_HASH.set(h, [...(BY_HASH.get(h) ?? []), id]);
  HASH_BITS[(h & 0xffff) >> 3] = (HASH_BITS[(h & 0xffff) >> 3] ?? 0) | (1 << (h & 7));
  for (const w of p.key.split(' ').map(hashOfCodes)) WORD_BITS[(w & 0xffff) >> 3] = (WORD_BITS[(w & 0xffff) >> 3] ?? 0) | (1 << (w & 7));
});
const NOT_LATIN_LETTER = /[^a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;

/** Each genre's points in the text, the best language's: each different word or phrase (up to four words) once. */
export function genrePoints(text: string): Record<Kind, number> {
  return scanGenres(text).best;
}

interface Scan {
  best: Record<Kind, number>;
  /** The languages with the most genre points in all (indices into LANGS): the text's language, as far as the genres tell. */
  langs: number[];
}

// Each scan's points per slot, reused (a scan reads them to the end before it returns).
const POINTS = new Float64Array(SLOTS);

function scanGenres(text: string): Scan {
  const runs = latinRuns(text);
  const words: string[] | undefined = runs.odd ? text.toLowerCase().split(NOT_LATIN_LETTER).filter((w) => w !== '') : undefined;
  const count = words === undefined ? runs.count : words.length;
  const hashes = words === undefined ? runs.lowerHash : Int32Array.from(words, hashOfCodes);
  const wordAt = (k: number): string => (words === undefined ? text.slice(runs.start[k], runs.end[k]).toLowerCase() : (words[k] ?? ''));
  const points = POINTS.fill(0);
  let seen: Set<number> | undefined;
  const add = (h: number, k: number, n: number): void => {
    const ids = BY_HASH.get(h);
    // A phrase counts once: when every phrase of this hash is counted, its words are not read again ("role", "user").
    if (ids === undefined || (seen !== undefined && ids.every((id) => seen?.has(id) === true))) return;
    let key = wordAt(k);
    for (let j = 1; j < n; j++) key = `${wordAt(k - j)} ${key}`;
    for (const id of ids) {
      const p = PHRASES[id];
      if (p === undefined || p.key !== key || seen?.has(id) === true) continue;
      (seen ??= new Set()).add(id);
      for (let e = 0; e < p.entries.length; e += 2) points[p.entries[e] ?? 0] = (points[p.entries[e] ?? 0] ?? 0) + (p.entries[e + 1] ?? 0);
    }
  };
  // Hashes of the one, two and three words ending at the previous word, and how many words in a row before this one are
  // words of some phrase (a phrase runs only through such words).
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let run = 0;
  for (let k = 0; k < count; k++) {
    const w = hashes[k] ?? 0;
    if (((WORD_BITS[(w & 0xffff) >> 3] ?? 0) & (1 << (w & 7))) === 0) {
      run = 0;
      continue;
    }
    const h2 = chain(p1, w);
    const h3 = chain(p2, w);
    const h4 = chain(p3, w);
    if (((HASH_BITS[(w & 0xffff) >> 3] ?? 0) & (1 << (w & 7))) !== 0) add(w, k, 1);
    if (run >= 1 && ((HASH_BITS[(h2 & 0xffff) >> 3] ?? 0) & (1 << (h2 & 7))) !== 0) add(h2, k, 2);
    if (run >= 2 && ((HASH_BITS[(h3 & 0xffff) >> 3] ?? 0) & (1 << (h3 & 7))) !== 0) add(h3, k, 3);
    if (run >= 3 && ((HASH_BITS[(h4 & 0xffff) >> 3] ?? 0) & (1 << (h4 & 7))) !== 0) add(h4, k, 4);
    p3 = h3;
    p2 = h2;
    p1 = w;
    run++;
  }
  const best = { sport: 0, arts: 0, literature: 0, cooking: 0, history: 0, citation: 0, news: 0, amateur: 0, records: 0 };
  let top = 0;
  let langs: number[] = [];
  for (let li = 0; li < LANGS.length; li++) {
    let sum = 0;
    KINDS.forEach((g, gi) => {
      const n = points[li * KINDS.length + gi] ?? 0;
      best[g] = Math.max(best[g], n);
      sum += n;
    });
    if (sum > top) [top, langs] = [sum, [li]];
    else if (sum === top && sum > 0) langs.push(li);
  }
  return { best, langs };
}

// Format evidence. A score between two sides ("3-1", "2:0"; not a time "18:30"): one point for sport.
const SCORE = /(?<![\d.,:/-])\d{1,2} ?[-:–] ?\d(?![\d.,:/%-])/;
// A professional club's name with its abbreviation ("FC Liverpool", "RB Leipzig", "VfB Stuttgart", "Arsenal FC"): one
// point for sport. Case matters: "sv" and "cd" in lower case are other words.
const CLUB = /(?<![\p{L}])(?:FC|AFC|CF|CD|UD|RCD|VfB|VfL|TSV|TSG|RB|SSC|OGC|SV)\s\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s(?:FC|AFC|CF)(?![\p{L}])/u;
// A race or lap time ("1:13,22", "2:04.7"), a match minute ("à la 52e", "52nd minute", "al 52'", "52. Minute"): one point for sport.
const RACE_TIME = /(?<![\d:.,])\d{1,2}:\d\d[.,]\d{1,3}(?![\d:])/;
const MINUTE = /(?<![\p{L}\d])(?:à la \d{1,3}e|\d{1,3}(?:st|nd|rd|th) minute|\d{1,3}\. minute|minuto \d{1,3}|al \d{1,3}'|\(\d{1,3}'\)|\d{1,3}(?:ste|de|e) minuut)(?![\p{L}\d])/iu;
// A life span in brackets, with days and months or not ("(25 July 1920 – 16 April 1958)", "(1909–2012)"): one point for history.
const LIFE_SPAN = /\((?:[^()\d]{0,4}\d{1,2}\.?\s?[\p{L}.]{3,10}\s)?(?:1[5-9]|20)\d\d\s?[-–—]\s?(?:\d{1,2}\.?\s?[\p{L}.]{3,10}\s)?((?:1[5-9]|20)\d\d)\)/u;
// A year before 1900 standing alone ("lois Jules Ferry (1881-1882)", "son traité (1728)", "la Lettre de 1883"): no one
// living was an adult then, so a text dated there tells of the past; one point for history. Not a postcode's, a price's or
// a range's digits, nor a year of a decade ("1890s" is a word).
const OLD_YEAR = /(?<![\d.,/:-])1[5-8]\d\d(?![\d\p{L}]|[.,/:]\d|\s?[A-Z]{2}(?![\p{L}]))/u;
// A work cited by its author and year in brackets ("(Jules Romains, 1923)", "(Astrid Lindgren, 1945)"): one point for
// literature and arts. The year is before 2000: a recent one may be a person's own birth year in a note.
const AUTHOR_YEAR = /\(\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*1[5-9]\d\d\s*\)/u;
// Only a life that ended before 2000 is history: a recent one is a eulogy's or a death notice's ("Margaret Ellis (1941–2025)").
const longAgo = (m: RegExpExecArray | null): boolean => m !== null && Number(m[1]) < 2000;
// A literature-class question on how an author presents a character ("how does Hilary Mantel make Thomas Cromwell
// sympathetic", "how does Dickens present Scrooge"): one point for literature.
const HOW_DOES_AUTHOR = /\bhow does \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:make|present|portray|depict|show|describe|characteri[sz]e)\b/u;
// Citation shapes, one point each kind: "(1979)", "47(2)", "pp. 263", an initial before a year ("Ortega y Gasset J. 1930").
const CITATION_SHAPES: readonly RegExp[] = [
  /\((?:1[5-9]|20)\d\d[a-z]?\)/,
  /\d{1,4}\(\d{1,3}\)/,
  /(?<![\p{L}])pp?\. ?\d/u,
  /(?<![\p{L}])\p{Lu}\.?,? \(?(?:1[5-9]|20)\d\d(?!\d)/u,
];
// A work's title in quotation marks ("'Schlagschatten'", "« Le Horla »"): one point for arts and literature.
const QUOTED_TITLE = /["“«„‘']\s?\p{Lu}[^"”»“’'\n]{1,60}["”»“’']/u;

/** The genres that hold for the text, and the short cue words of other languages than the text's to pass over. */
function genresOf(text: string, hits: readonly Hit[]): { genres: Set<Genre>; foreign: ReadonlySet<string> } {
  const scan = scanGenres(text);
  const p = scan.best;
  // A name the lists know as a public figure (scored low by names.ts) is evidence for every genre.
  if (hits.some((h) => h.entity === 'PERSON' && h.rule.startsWith('person.') && h.score <= 0.3)) for (const g of GENRES) p[g] += 1;
  const need = enough(text.length);
  if (p.sport === need - 1 && (SCORE.test(text) || RACE_TIME.test(text) || MINUTE.test(text) || CLUB.test(text))) p.sport += 1;
  if (p.history < need && OLD_YEAR.test(text)) p.history += 1;
  if (p.history === need - 1 && longAgo(LIFE_SPAN.exec(text))) p.history += 1;
  if (p.literature === need - 1 && HOW_DOES_AUTHOR.test(text)) p.literature += 1;
  if ((p.arts === need - 1 || p.literature === need - 1) && AUTHOR_YEAR.test(text)) {
    p.arts += 1;
    p.literature += 1;
  }
  if ((p.arts === need - 1 || p.literature === need - 1) && QUOTED_TITLE.test(text)) {
    p.arts += 1;
    p.literature += 1;
  }
  // Shapes are looked for only once a citation word is there ("Harvard", "APA", "Zeitschrift"): they are common enough alone.
  if (p.citation >= 1 && p.citation < need && p.citation + CITATION_SHAPES.length >= need) for (const re of CITATION_SHAPES) if (p.citation < need && re.test(text)) p.citation += 1;
  // A youth team, a school concert or class, a club's own players, party guests: the match, the show, the essay or the
  // menu is about private people. (Not a biography: a class poster on a Nobel laureate is still about the laureate.)
  if (p.amateur >= 1) p.sport = p.arts = p.literature = p.cooking = 0;
  // Overtime, payroll, a staff bio for the intranet, a physio note, a eulogy, a family tree: the figures, the match and
  // the life are a private person's.
  if (p.records >= 1) p.sport = p.arts = p.literature = p.cooking = p.history = 0;
  // News needs a point more: an internal memo names its finance director or CEO too ("board", "CFO", "quarter").
  const genres = new Set(GENRES.filter((g) => p[g] >= (g === 'news' ? need + 1 : need)));
  return { genres, foreign: scan.langs.length === 1 ? (SHORT_FOREIGN[scan.langs[0] ?? 0] ?? NONE) : NONE };
}

// Words that make a name a private person in any genre: possessives, relatives and roles, name cues (languages.ts,
// name-context.ts) and this file's own; less the honorifics and any genre word ("attore" is a plaintiff and an actor).
const GENRE_WORDS = new Set(all((w) => GENRES.flatMap((g) => [...w[g].words, ...w[g].strong])));
const HONORIFIC = new Set(all((x) => x.honorific));
const privateKeys = (ws: readonly string[]): Set<string> => new Set(ws.filter((w) => !GENRE_WORDS.has(w) && !HONORIFIC.has(w)).map(phraseKey));
const PRIVATE_AFTER_KEYS = privateKeys([
  ...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive),
  ...Object.values(LANGUAGES).flatMap((l) => l.relation),
  ...all((w) => w.private),
]);
// Name cues ("dear", "my name is", "kind regards", "sono") stand before a name only: after one they are other words.
const PRIVATE_BEFORE_KEYS = new Set([...PRIVATE_AFTER_KEYS, ...privateKeys(Object.values(LANGUAGES).flatMap((l) => l.name))]);
// Short cue words are words of one language only: Italian "ma" ("but") before a name is no French "ma" ("my"), Spanish
// "son" ("are") no English "son". In a text whose genre words are one language's, the other languages' short cues
// (up to three letters, one word) that this language lacks are passed over.
const NONE: ReadonlySet<string> = new Set();
const shortCues = (li: number): Set<string> => {
  const lang = LANGS[li] ?? 'en';
  const ws = [...NAME_CONTEXT[lang].possessive, ...LANGUAGES[lang].relation, ...LANGUAGES[lang].name, ...PUBLIC_ROLE_WORDS[lang].private];
  return new Set(ws.map(phraseKey).filter((k) => k.length <= 3 && !k.includes(' ')));
};
const SHORT = LANGS.map((_, li) => shortCues(li));
const SHORT_FOREIGN: readonly ReadonlySet<string>[] = LANGS.map((_, li) => {
  const own = SHORT[li] ?? NONE;
  return new Set(SHORT.flatMap((s) => [...s]).filter((k) => !own.has(k)));
});
// Health and birth words near a name, and special-category facts (pregnancy, diagnoses; kin-words.ts): the person's own.
// Less the special-category words that are also everyday words of these genres: German "sucht" ("is looking for"), a
// tennis or swimming "stroke", a military "operation", the abbreviations "HP" and "TS".
const NOT_SENSITIVE_HERE = new Set(['sucht', 'stroke', 'operation', 'operación', 'operazione', 'operatie', 'hp', 'ts', 'cure']);
const HEALTH_KEYS = new Set(
  [...Object.values(LANGUAGES).flatMap((l) => [...l.health, ...l.birth]), ...Object.values(KIN_WORDS).flatMap((l) => l.sensitive).filter((w) => !NOT_SENSITIVE_HERE.has(w))]
    .filter((w) => !GENRE_WORDS.has(w))
    .map(phraseKey),
);
const LETTERS = /\p{L}+/gu;
const SENTENCE_END = /[.!?\n;]/;
// An office right before the name ("Finance Minister", "la alcaldesa", "CEO") or after it and a comma ("X, the mayor").
const OFFICE = alternation(all((w) => w.office));
const OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${OFFICE})(?![\\p{L}])[\\s,:]*(?:(?:de|del|della|des|du|of|the|van|für|for)\\s+(?:[\\p{L}'’-]+\\s+){0,2})?$`, 'iu');
const OFFICE_AFTER = new RegExp(`^\\s*[,(–-]\\s*(?:[\\p{L}'’]+\\s+){0,3}?(?:${OFFICE})(?![\\p{L}])`, 'iu');
// In a programme, the office may follow the place it serves and a comma ("Welcome from the Mayor of Greater Manchester, X"),
// and a company's name may open with an initial the name rules left out ("CEO, A.P. Moller").
const FRAME_OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${OFFICE})(?![\\p{L}])[\\s,:]*(?:(?:de|del|della|des|du|of|the|van|für|for|der|di)\\s+(?:[\\p{L}'’-]+[\\s,]+){0,3})?(?:\\p{Lu}\\.\\s*)?$`, 'iu');
// Speed: the office patterns run only on a window where an office word can begin (word-gate.ts's window cue gate).
const OFFICE_BIT = WINDOW_CUE_WORDS.addIfReadable(OFFICE);
const officeMayStart = (text: string, from: number, to: number, leftCut: boolean): boolean => mayStartIn(WINDOW_CUE_WORDS, text, OFFICE_BIT, from, to, leftCut);

/** The three office patterns' answers next to `h` (before it, before it in a programme, after it), gated; or (`reference`) tried in full: for tests. */
export function officeCues(text: string, h: Hit, reference = false): [boolean, boolean, boolean] {
  const before = text.slice(Math.max(0, h.start - NEAR), h.start);
  const mayBefore = reference || officeMayStart(text, Math.max(0, h.start - NEAR), h.start, true);
  const mayAfter = reference || officeMayStart(text, h.end, Math.min(text.length, h.end + NEAR), false);
  return [mayBefore && OFFICE_BEFORE.test(before), mayBefore && FRAME_OFFICE_BEFORE.test(before), mayAfter && officeAfterTest(text.slice(h.end, h.end + NEAR))];
}
// A state office right before the name, the body it serves between ("il ministro della Salute X", "Gesundheitsministerin X",
// "frühere Europaabgeordnete X"), or after the name and "as" in its sentence ("X's 2023 annual report as Chief Medical
// Officer", "X als Gesundheitsminister", "X en tant que ministre"): named in that public role in any text (data/public-role-words.ts
// stateOffice). German and Dutch compounds end in the office's word.
const STATE = alternation(all((w) => w.stateOffice));
const STATE_GLUED = alternation([...PUBLIC_ROLE_WORDS.de.stateOffice, ...PUBLIC_ROLE_WORDS.nl.stateOffice].filter((w) => /^\p{L}{6,}$/u.test(w)));
const STATE_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${STATE})|\\p{L}-?(?:${STATE_GLUED}))(?![\\p{L}])[\\s,:]*(?:(?:de|del|della|dello|dei|des|du|of|the|van|für|for|der|di)\\s+(?:[\\p{L}'’-]+\\s+){0,2})?$`,
  'iu',
);
// The sentence may first say what the figure said or did there ("lo que dijo X sobre el fraude en pagos y la protección
// del cliente bancario en su primera comparecencia como gobernador del Banco de España"): up to 110 characters.
const STATE_AS_AFTER = new RegExp(`^(?:['’]s?)?[^.!?\\n;]{0,110}?(?<![\\p{L}])(?:as|als|en tant que|comme|como|come|in qualità di|in de rol van)\\s+(?:(?:the|der|die|le|la|el|il|lo|de|het)\\s+)?(?:${STATE})(?![\\p{L}])`, 'iu');
// Speed: the patterns run only where one of the last four words before the name is an office's last word (or ends in a
// German or Dutch one), or where an "as" word follows it.
const STATE_LAST = new Set(all((w) => w.stateOffice).map((w) => phraseKey(w).split(' ').at(-1) ?? ''));
const GLUED_LAST = new RegExp(`-?(?:${STATE_GLUED})$`, 'u');
const STATE_AS_REACH = 150;
const AS_WORD = /(?<![\p{L}])(?:as|als|comme|como|come|tant que|qualità di|rol van)\s/iu;
// Speed: AS_WORD's look-behind under `iu` is tried at each of the 150 positions after every name; the gate (a superset
// test: each alternative's first word as a whole run of letters) rules most windows out first.
const AS_GATE = new WordListGate(['as', 'als', 'comme', 'como', 'come', 'tant', 'qualità', 'rol']);
/** Whether a state office names `h` (above): before it, or after it and "as". */
function stateOffice(text: string, h: Hit): boolean {
  const from = Math.max(0, h.start - NEAR);
  const before = text.slice(from, h.start);
  const last = (before.toLowerCase().match(LETTERS) ?? []).slice(-4);
  if (last.some((w) => STATE_LAST.has(w) || (w.length >= 9 && GLUED_LAST.test(w))) && STATE_BEFORE.test(before)) return true;
  const after = text.slice(h.end, Math.min(text.length, h.end + STATE_AS_REACH));
  return AS_GATE.mayHold(text, h.end, h.end + STATE_AS_REACH) && AS_WORD.test(after) && STATE_AS_AFTER.test(after);
}
const AGENDA = new Set(all((w) => w.agenda).map(phraseKey));
const TIME_LINE = /^[\t ]*[-•*]?[\t ]*\d{1,2}[:.h]\d\d(?!\d)/;
/** An event's programme: two or more lines opening with a time, and a programme word ("keynote", "Begrüßung", "ponencia"). */
function agendaFrame(text: string): boolean {
  let times = 0;
  for (const line of text.split('\n')) if (TIME_LINE.test(line) && ++times >= 2) break;
  if (times < 2) return false;
  const ws = text.toLowerCase().match(LETTERS) ?? [];
  for (let i = 0; i < ws.length; i++) if (AGENDA.has(ws[i] ?? '') || AGENDA.has(`${ws[i - 1] ?? ''} ${ws[i] ?? ''}`)) return true;
  return false;
}
const NEAR = 48;
const OTHER_NEAR = 80;

// Cues next to one name that make it a public or fictional figure in a text of any genre, even a short one
// (data/public-cues.ts): its work's quoted title before "by"/"von"/"de"/"di" ("'Wolf Hall' by X", "« ... » d'X"), a
// maker's verb ("designed by X", "von X entworfen"), a quiz answer in brackets after a question ("...? (X)"), a catalogue
// number of its work after it ("X's Romance Op. 21"), a player's tally ("X mit 9 Toren") or placing ("X 7e", "X tweede"),
// a performer with the music of a programme ("X mit Beethoven-Sonaten"), and in a film text (a quoted title or a year in
// brackets) a cast line ("X as Y").
const cueWords = (pick: (c: (typeof PUBLIC_CUES)['en']) => readonly string[]): string => alternation(Object.values(PUBLIC_CUES).flatMap(pick));
const TITLE_BY = /[»"”’'](?:\s*\(\d{4}\))?\s*,?\s*(?:by|von|de|di|van|door|par|por|d['’])\s*$/iu;
const MADE_BY = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.madeBy)})\\s*$`, 'iu');
const MADE_AFTER = new RegExp(`^\\s+(?:${cueWords((c) => c.madeAfter)})(?![\\p{L}])`, 'iu');
const QUIZ_BEFORE = /\?\s*\(\s*$/;
const QUIZ_AFTER = /^\s*(?:,\s*\d{4}\s*)?\)/;
const CATALOGUE = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}(?:op\.|opus|bwv|kv|hob\.)\s?\d/iu;
const TALLY = new RegExp(`^\\s*[,(:]?\\s*(?:with|mit|con|avec|met|e)?\\s*\\d{1,3}\\s+(?:${cueWords((c) => c.tally)})(?![\\p{L}])`, 'iu');
const PLACING = new RegExp(
  `^\\s*(?:${cueWords((c) => c.placing)}|\\d{1,2}(?:e|er|re|ème|st|nd|rd|th|º|ª))(?=\\s*[,.;)]|\\s*$|\\s+(?:op|in|im|on|at|à|au|en|a|al|nel|nella|bei|sur|dans|de)\\s)`,
  'iu',
);
// A performer and the music of the programme ("X mit Beethoven-Sonaten", "X with Chopin nocturnes", "X con arie di Verdi"):
// up to three words (a composer, "the", "di") before the music word, which may end a compound ("Klaviersonaten").
const PERFORMS = new RegExp(`^\\s+(?:with|mit|avec|con|met)\\s+(?:[\\p{L}'’.]+[\\s-]+){0,3}?\\p{L}*(?:${cueWords((c) => c.performs)})(?![\\p{L}])`, 'iu');
const FILM = /\(\s*(?:19|20)\d\d\s*\)|["“«‘'][^"”»’'\n]{2,60}["”»’']/u;
const CAST_AFTER = /^\s+as\s+\p{Lu}/u;
const CAST_BEFORE = /\p{Lu}[\p{L}'’-]*\s+as\s+$/u;

// Speakers, legal-notice roles and parties of published case law (data/public-cues.ts):
// - an event programme's speaker: a time ("15:30", "9h45"), a speaker's item ("Vortrag", "conférence", "ponencia"), its
//   title in quotation marks or none, a preposition ("von", "par", "de", "door") and titles ("Prof. Dr.", "le Pr") right
//   before the name, in a text with two or more times;
// - a role that a company's legal notice names by law ("Geschäftsführer:", "gérant", "bestuurder", "amministratore
//   unico") right before the name, in a text with two different register words ("HRB", "Amtsgericht"; "RCS", "SIRET");
// - a party of a judgment of a supreme, constitutional or European court cited with its case number or ECLI ("C-131/12",
//   "n. 242/2019", "1 BvR 16/13", "[2014] UKSC 12"), in a text with no word of a lawyer's own brief ("my client",
//   "Mandant", "mi cliente"): a client's own case file stays found.
const TITLES = String.raw`(?:(?:prof\.(?:ssa)?|prof|pr\.?|dr\.?|dre|dra\.|dott\.(?:ssa)?|ing\.|dipl\.-ing\.|dipl\.-kfm\.|mag\.|ir\.|drs\.|mr\.?|mrs\.?|ms\.?|mme|m\.|sr\.|sra\.|herr|frau|avv\.|sig\.(?:ra)?|dhr\.|mevr\.)(?:\s+|(?<=\.)))*`;
const CLOCK = /(?<![\d.,:])\d{1,2}(?:[:.]\d\d|h\d\d|h)(?![\d\p{L}])/gu;
const SPEAKER_BEFORE = new RegExp(
  `(?<![\\d.,:])\\d{1,2}(?:[:.]\\d\\d|h\\d\\d|h)(?:\\s*uhr)?\\s*[:–-]?\\s*(?:${cueWords((c) => c.lecture)})(?![\\p{L}])(?:\\s*[:–-]?\\s*[«"'„“‚‹][^«»"„“”\\n]{1,100}[»"'“”›‘’])?\\s*[:,–-]?\\s*(?:${cueWords((c) => c.lectureBy)})(?:\\s+|(?<=['’]))(?:(?:le|la|the|el|il|lo|der|die|de)\\s+)?${TITLES}$`,
  'iu',
);
// A name quoted in its role, as press releases and news write it (data/public-role-words.ts `leader`, `speech`): an
// office or a leading role right before it, titles between ("sagte Vorstandsvorsitzende Dr. X", "Sainsbury's boss X
// warned", "l'amministratore delegato X ha parlato"), and a speech verb right before the role or after the name (two
// words between: "has publicly argued"). An internal note's "head of", "manager" or "team lead" is neither.
const LEADER = alternation(all((w) => w.leader));
// The body the office serves may follow it, closed by a comma ("la ministra de Sanidad, X", "il presidente dell'ISS, X").
const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${OFFICE}|${LEADER})(?![\\p{L}])[\\s,:]*(?:(?:(?:de|del|della|des|du|of|the|van|für|for)\\s+|(?:dell|d)['’]\\s*)(?:[\\p{L}'’-]+[\\s,]+){0,2})?${TITLES}$`,
  'iu',
);
const LEADER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${LEADER})(?![\\p{L}])\\s*${TITLES}$`, 'iu');
const SPEECH = alternation(all((w) => w.speech));
const SPEECH_END = new RegExp(`(?<![\\p{L}])(?:${SPEECH})[\\s,]*(?:(?:the|der|die|le|la|el|il|lo|de|het|l['’])\\s*)?$`, 'iu');
// The words before the speech verb captured: what is said after it is the statement, not the speaker's own facts.
const SPEECH_AFTER = new RegExp(`^([\\s,]*(?:\\p{L}+\\s+){0,2}?)(?:${SPEECH})(?![\\p{L}])`, 'iu');
// The office in apposition after the name, then the speech verb ("X, directrice générale, appelle", "Dr X, chief medical
// adviser at UKHSA, urged"): up to three words before the office, a body after it, up to two words before the verb.
const ROLE_AFTER_SPEECH = new RegExp(
  `^(\\s*[,(–-]\\s*(?:[\\p{L}'’]+\\s+){0,3}?(?:${OFFICE}|${LEADER})(?![\\p{L}])[^,;.()\\n]{0,50}[,)–-][\\s,]*(?:\\p{L}+\\s+){0,2}?)(?:${SPEECH})(?![\\p{L}])`,
  'iu',
);
// Speed: the role patterns run only on a window where an office or a leader's word can begin.
const ROLE_BIT = WINDOW_CUE_WORDS.addIfReadable(`${OFFICE}|${LEADER}`);
const ROLE_NEAR = 80;

interface RoleCue {
  /** 'quoted': a role before or after the name and a speech verb next to them; 'leader': a leader's word right before it. */
  kind: 'quoted' | 'leader';
  /** How far before the name the role starts: its words are the role's, no private cue ("delegato" is also a delegate). */
  length: number;
  /** Where the speech verb after the name starts, counted from the name's end: what follows is the statement. */
  said?: number;
}
/** How the name is named in a role (above), or undefined. */
export function roleCue(text: string, h: Hit): RoleCue | undefined {
  const from = Math.max(0, h.start - ROLE_NEAR);
  if (mayStartIn(WINDOW_CUE_WORDS, text, ROLE_BIT, from, h.start)) {
    const before = text.slice(from, h.start);
    const m = ROLE_BEFORE.exec(before);
    if (m !== null) {
      const length = before.length - m.index;
      const said = speechAfter(text.slice(h.end, h.end + 40));
      if (said >= 0) return { kind: 'quoted', length, said };
      if (SPEECH_END.test(before.slice(Math.max(0, m.index - 40), m.index))) return { kind: 'quoted', length };
      if (LEADER_BEFORE.test(before)) return { kind: 'leader', length };
    }
  }
  // The office after the name: a comma, bracket or dash opens it, so its window's first character is never its start.
  const to = Math.min(text.length, h.end + ROLE_NEAR + 40);
  if (!mayStartIn(WINDOW_CUE_WORDS, text, ROLE_BIT, h.end, to, false)) return undefined;
  const said = roleAfterSpeech(text.slice(h.end, to));
  return said < 0 ? undefined : { kind: 'quoted', length: 0, said };
}

// Speed: OFFICE_AFTER, ROLE_AFTER_SPEECH and SPEECH_AFTER (some 800 KB, 1.3 MB and 100 KB of compiled code) are read by
// the word lists' trees on text that folds as lower case (phrase-trie.ts), trying what the patterns try in their order;
// the patterns run only on other text.
const OFFICE_TRIE = new PhraseTrie(all((w) => w.office));
const LEADER_TRIE = new PhraseTrie(all((w) => w.leader));
const SPEECH_TRIE = new PhraseTrie(all((w) => w.speech));
const byTries = (s: string): boolean => OFFICE_TRIE.usable && LEADER_TRIE.usable && SPEECH_TRIE.usable && foldsAsLowerCase(s);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isDashOrOpen = (c: number): boolean => c === 44 || c === 40 || c === 0x2013 || c === 45;

/** Where `^\s*[,(–-]\s*(?:[\p{L}'’]+\s+){0,3}?` can end in `s`, in the order the lazy words try them. */
function appositionStarts(s: string): number[] {
  let i = 0;
  while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
  if (i >= s.length || !isDashOrOpen(s.charCodeAt(i))) return [];
  i++;
  while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
  const out = [i];
  for (let k = 0; k < 3; k++) {
    let j = i;
    while (j < s.length && (isLetterCode(s.charCodeAt(j)) || isApostrophe(s.charCodeAt(j)))) j++;
    if (j === i || j >= s.length || !isSpaceUnit(s.charCodeAt(j))) break;
    while (j < s.length && isSpaceUnit(s.charCodeAt(j))) j++;
    out.push(j);
    i = j;
  }
  return out;
}

/** Where `[\s,]*(?:\p{L}+\s+){0,2}?(?:SPEECH)(?![\p{L}])` tried at `t` in `s` first reaches the speech verb, or -1. */
function speechFrom(s: string, t: number): number {
  let most = t;
  while (most < s.length && (isSpaceUnit(s.charCodeAt(most)) || s.charCodeAt(most) === 44)) most++;
  for (let u = most; u >= t; u--) {
    let w = u;
    for (let k = 0; k <= 2; k++) {
      if (SPEECH_TRIE.longestAt(s, w) >= 0) return w;
      let x = w;
      while (x < s.length && isLetterCode(s.charCodeAt(x))) x++;
      if (x === w || x >= s.length || !isSpaceUnit(s.charCodeAt(x))) break;
      while (x < s.length && isSpaceUnit(s.charCodeAt(x))) x++;
      w = x;
    }
  }
  return -1;
}

/** OFFICE_AFTER.test(s); `reference`: the pattern itself, for tests. */
export function officeAfterTest(s: string, reference = false): boolean {
  if (reference || !byTries(s)) return OFFICE_AFTER.test(s);
  return appositionStarts(s).some((q) => OFFICE_TRIE.longestAt(s, q) >= 0);
}

/** The length of SPEECH_AFTER's group in `s`, or -1 when it does not match; `reference`: the pattern itself, for tests. */
export function speechAfter(s: string, reference = false): number {
  if (reference || !byTries(s)) return SPEECH_AFTER.exec(s)?.[1]?.length ?? -1;
  return speechFrom(s, 0);
}

/** The length of ROLE_AFTER_SPEECH's group in `s`, or -1 when it does not match; `reference`: the pattern itself, for tests. */
export function roleAfterSpeech(s: string, reference = false): number {
  if (reference || !byTries(s)) {
    const m = ROLE_AFTER_SPEECH.exec(s);
    return m === null ? -1 : (m[1] ?? '').length;
  }
  for (const q of appositionStarts(s)) {
    for (const e of [...OFFICE_TRIE.endsAt(s, q), ...LEADER_TRIE.endsAt(s, q)]) {
      // [^,;.()\n]{0,50}, longest first, then [,)–-].
      let r = e;
      while (r < s.length && r - e < 50 && !NOT_IN_ROLE_BODY.has(s.charCodeAt(r))) r++;
      for (let j = r; j >= e; j--) {
        const c = s.charCodeAt(j);
        if (c !== 44 && c !== 41 && c !== 0x2013 && c !== 45) continue;
        const w = speechFrom(s, j + 1);
        if (w >= 0) return w;
      }
    }
  }
  return -1;
}
const NOT_IN_ROLE_BODY: ReadonlySet<number> = new Set([44, 59, 46, 40, 41, 10]);

// A published line-up (data/public-cues.ts `session`, `published`): a session word on a programme line before the name,
// a publication word anywhere in the text.
const SESSION = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.session)})(?![\\p{L}])`, 'iu');
const PUBLISHED = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.published)})(?![\\p{L}])`, 'iu');
// A school's, a club's, a family's or a workplace's own event (the amateur and records words), whose programme names
// private people even when it is put online; less the sign-up words, which every public event's programme has too
// ("Doors and registration 08:30").
const SIGN_UP = new Set(['sign-up', 'registration', 'anmeldung', 'inscription', 'inscripción', 'aanmelding', 'iscrizione']);
const OWN_EVENT = new RegExp(`(?<![\\p{L}])(?:${alternation(all((w) => [...w.amateur, ...w.records]).filter((w) => !SIGN_UP.has(w)))})(?![\\p{L}])`, 'iu');
const LINE_REACH = 200;
/** Whether the name stands on a programme line that opens with a time and names a session before it ("11:00 Panel: ..., with X"). */
function sessionLine(text: string, h: Hit): boolean {
  const from = Math.max(0, h.start - LINE_REACH);
  const before = text.slice(from, h.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const line = before.slice(nl + 1);
  return TIME_LINE.test(line) && SESSION.test(line);
}

// Speed: CLOCK's lookbehind rules out a digit before its match, and after one or two digits it needs no digit, so a match
// starts at a run of one or two digits: its sticky copy is tried at those runs only (runs.ts, shared with the digit
// scanners), not at every character as the lookbehind-led global scan does.
const CLOCK_AT = new RegExp(CLOCK.source, 'uy');

/** Whether the text holds two or more clock times ("9:30", "15h", "14.00"): an event's programme. */
export function twoTimes(text: string): boolean {
  const runs = digitRuns(text);
  let from = 0;
  let found = 0;
  for (let i = 0; i < runs.count; i++) {
    const start = runs.start[i] ?? 0;
    if (start < from || (runs.end[i] ?? 0) - start > 2) continue;
    CLOCK_AT.lastIndex = start;
    if (!CLOCK_AT.test(text)) continue;
    if (++found === 2) return true;
    from = CLOCK_AT.lastIndex;
  }
  return false;
}

/** twoTimes by CLOCK's global scan: the reference in tests. */
export function twoTimesReference(text: string): boolean {
  CLOCK.lastIndex = 0;
  return CLOCK.exec(text) !== null && CLOCK.exec(text) !== null;
}
const NOTICE_REGISTER = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.noticeRegister)})(?![\\p{L}])`, 'giu');
const NOTICE_ROLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.noticeRole)})(?![\\p{L}])\\s*(?:\\([^()\\n]{0,40}\\)\\s*)?[:–-]?\\s*${TITLES}$`, 'iu');
// Speed: NOTICE_ROLE_BEFORE runs only on a window where a role word can begin (word-gate.ts's window cue gate).
const NOTICE_BIT = WINDOW_CUE_WORDS.addIfReadable(cueWords((c) => c.noticeRole));
/** Whether the text holds two different register words of a legal notice. */
function legalNotice(text: string): boolean {
  let first: string | undefined;
  for (const m of text.matchAll(NOTICE_REGISTER)) {
    const w = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (first === undefined) first = w;
    else if (w !== first) return true;
  }
  return false;
}
const COURT = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.court)})(?![\\p{L}])`, 'iu');
const CASE_CITATION = /(?<![\p{L}\d])(?:C-\d{1,4}\/\d\d(?!\d)|ECLI:[A-Z]{2}:|\d\s?Bv[RLEFQ]\s?\d{1,5}\/\d\d(?!\d)|\[(?:1[6-9]|20)\d\d\]\s?(?:\d{1,2}\s)?[A-Z]{2,6}\s?(?:Civ\s)?\d|(?:n\.|nº|n°|no\.|nr\.|núm\.)\s?\d{1,5}\/(?:19|20)\d\d(?!\d)|(?:STC|STS)\s\d{1,5}\/(?:19|20)\d\d(?!\d))/u;
const CLIENT = new RegExp(`(?<![\\p{L}])(?:${cueWords((c) => c.client)})(?![\\p{L}])`, 'iu');
/** Whether the text cites a published judgment of a court of record (a court and a case citation) and is no case file. */
// Only a question's length: a long text that cites a judgment is more often a brief about someone's own case.
const CASE_QUESTION = 1500;
// An English neutral citation or a law report of record ("[2019] UKSC 5", "[1932] UKHL 100", "[1893] 1 QB 256", "[1990] 2 AC
// 605"): its court is in the citation itself, so no court word is needed beside it.
const REPORT_CITATION = /\[(?:1[6-9]|20)\d\d\]\s?(?:\d{1,2}\s)?(?:UKSC|UKHL|UKPC|EWCA|EWHC|UKUT|UKEAT|AC|QB|KB|Ch|WLR|All\s?ER|Fam|ICR|IRLR)\s?(?:Civ\s|Crim\s)?\d/u;
const publishedCase = (text: string): boolean =>
  text.length <= CASE_QUESTION && ((CASE_CITATION.test(text) && COURT.test(text)) || REPORT_CITATION.test(text)) && !CLIENT.test(text);

// A leading case named by its parties and the year of its report ("Smith v Jones [1932]", "Roe v. Wade (1973)", "Costa c.
// ENEL (1964)", "X contra Y (1986)", "X gegen Y (1963)"): a party of published law, as a law student or a client's
// newsletter cites it. Each party is up to five capitalised words or company tails ("Caparo Industries plc"); the year
// comes right after the second. A private cue next to the name (my client, a phone) still keeps it (privateCue).
const PARTY = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:&|and|of|the|de|del|di|van|von|plc|ltd|inc|llp|\p{Lu}[\p{L}'’.-]*)){0,4}`;
const CASE_NAME = new RegExp(String.raw`(?<![\p{L}])${PARTY}\s+(?:v\.?|vs\.?|c\.|contre|contra|contro|gegen|tegen)\s+${PARTY}\s*[\[(](?:1[6-9]|20)\d\d[\])]`, 'gu');
const CASE_YEAR = /[[(](?:1[6-9]|20)\d\d[\])]/;
/** True when the hit is a party of a leading case's name (above). */
function caseParty(text: string, h: Hit): boolean {
  const to = Math.min(text.length, h.end + 120);
  if (!CASE_YEAR.test(text.slice(h.end, to))) return false;
  const from = Math.max(0, h.start - 120);
  const window = text.slice(from, to);
  for (const m of window.matchAll(CASE_NAME)) if (from + m.index <= h.start && from + m.index + m[0].length >= h.end) return true;
  return false;
}

/** True when a cue right next to the hit makes it a public or fictional figure (see above). */
// Speed: the costly cues are tried only where they can match. TITLE_BY needs a quotation mark before the name;
// MADE_BY (tried at every position of its window, as it ends in `\s*$`) a last character before the trailing
// whitespace that ends one of its words; MADE_AFTER whitespace and then a character that begins one; CATALOGUE and TALLY
// a digit after the name; CAST_BEFORE "as" at the end. Characters beyond ASCII always pass.
const QUOTE = /[»"”’']/;
const DIGIT = /\d/;
const MADE_BY_WORDS = Object.values(PUBLIC_CUES).flatMap((c) => c.madeBy);
// Each maker's word ends in a run of ASCII letters (its last word: "by", "von", "architect"): the letters right before
// the trailing whitespace must be one of those words. Off when a word ends otherwise.
const lastRun = (w: string): string | undefined => {
  const m = /\p{L}+$/u.exec(w);
  return m !== null && /^[a-z]+$/i.test(m[0]) ? m[0].toLowerCase() : undefined;
};
const MADE_BY_LAST = new Set(MADE_BY_WORDS.map(lastRun));
const MADE_BY_GATE_ON = !MADE_BY_LAST.has(undefined);
const MADE_AFTER_FIRST = firstChars(Object.values(PUBLIC_CUES).flatMap((c) => c.madeAfter));
const isSpaceCode = (s: string, i: number): boolean => {
  const c = codeAt(s, i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(s.charAt(i)));
};
/** Where the whitespace at the end of `s` starts. */
const trimmedEnd = (s: string): number => {
  let e = s.length;
  while (e > 0 && isSpaceCode(s, e - 1)) e--;
  return e;
};
/** Whether MADE_BY can match `before`: the ASCII letters before its trailing whitespace are a maker's word's last word. */
function madeByMayEnd(before: string): boolean {
  if (!MADE_BY_GATE_ON) return true;
  const e = trimmedEnd(before);
  let s = e;
  while (s > 0) {
    const c = before.charCodeAt(s - 1);
    // A letter beyond ASCII may fold to an ASCII one or lengthen the word: the pattern decides.
    if (c >= 128) return true;
    if ((c | 32) < 97 || (c | 32) > 122) break;
    s--;
  }
  return MADE_BY_LAST.has(before.slice(s, e).toLowerCase());
}
/** Whether CAST_BEFORE can match `before`: "as" between whitespace at its end. */
function castMayEnd(before: string): boolean {
  const e = trimmedEnd(before);
  return e < before.length && e >= 3 && before.charCodeAt(e - 2) === 97 && before.charCodeAt(e - 1) === 115 && isSpaceCode(before, e - 3);
}
/** Whether MADE_AFTER can match `after`: whitespace, then a character that can begin one of its words. */
function madeAfterMayBegin(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceCode(after, i)) i++;
  return i > 0 && mayBegin(MADE_AFTER_FIRST, codeAt(after, i));
}

// TITLE_BY ends in one of these words (or "d'"), its last letters before the trailing whitespace.
const TITLE_BY_WORDS = new Set(['by', 'von', 'de', 'di', 'van', 'door', 'par', 'por']);
/** Whether TITLE_BY can match `before`: a quotation mark in it, and one of its words (or "d'") before the trailing whitespace. */
function titleByMayEnd(before: string): boolean {
  // The word first: most names follow no such word, and JSON or quoted text holds quotation marks everywhere.
  const e = trimmedEnd(before);
  const c = codeAt(before, e - 1);
  let word = (c === 39 || c === 0x2019) && (before.charCodeAt(e - 2) | 32) === 100;
  if (!word) {
    let s = e;
    while (s > 0 && s > e - 5 && ((before.charCodeAt(s - 1) | 32) - 97) >>> 0 < 26) s--;
    word = TITLE_BY_WORDS.has(before.slice(s, e).toLowerCase());
  }
  return word && QUOTE.test(before);
}
/** Whether QUIZ_BEFORE can match `before`: "(" before its trailing whitespace. */
const quizMayEnd = (before: string): boolean => codeAt(before, trimmedEnd(before) - 1) === 40;
const PLACING_FIRST = firstChars(Object.values(PUBLIC_CUES).flatMap((c) => c.placing));
/** Whether PLACING can match `after`: after any whitespace, a digit or a character that can begin a placing word. */
function placingMayBegin(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceCode(after, i)) i++;
  const c = codeAt(after, i);
  return (c >= 48 && c <= 57) || mayBegin(PLACING_FIRST, c);
}
/** Whether CAST_AFTER can match `after`: whitespace, then "a". */
function castMayBegin(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceCode(after, i)) i++;
  return i > 0 && codeAt(after, i) === 97;
}

/** A cue next to the hit that makes it a public or fictional figure (`reference`: every pattern tried, for the tests). */
export function publicCue(text: string, h: Hit, reference = false): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  const after = text.slice(h.end, h.end + 40);
  const digit = reference || DIGIT.test(after);
  if (((reference || titleByMayEnd(before)) && TITLE_BY.test(before)) || ((reference || madeByMayEnd(before)) && MADE_BY.test(before)) || ((reference || madeAfterMayBegin(after)) && MADE_AFTER.test(after))) return true;
  if (((reference || quizMayEnd(before)) && QUIZ_BEFORE.test(before) && QUIZ_AFTER.test(after)) || (digit && CATALOGUE.test(after)) || (digit && TALLY.test(after)) || ((reference || placingMayBegin(after)) && PLACING.test(after))) return true;
  if ((reference || isSpaceCode(after, 0)) && PERFORMS.test(after)) return true;
  return (((reference || castMayBegin(after)) && CAST_AFTER.test(after)) || ((reference || castMayEnd(before)) && CAST_BEFORE.test(before))) && FILM.test(text);
}

const isCandidate = (h: Hit): boolean => h.entity === 'PERSON' && (h.rule === 'person.gazetteer' || h.rule === 'person.cue' || h.rule === 'person.surname-comma-given') && h.score >= 0.45;

/** True when one of the phrases (up to three words) of `words` that ends at index `from` or later is in `keys` (and not in `skip`). */
function anyPhraseIn(words: readonly string[], keys: ReadonlySet<string>, endFrom: number, startTo: number, skip: ReadonlySet<string> = NONE): boolean {
  for (let e = Math.max(0, endFrom); e < words.length; e++) {
    let key = '';
    for (let s = e; s >= 0 && s > e - 3; s--) {
      key = key === '' ? (words[s] ?? '') : `${words[s] ?? ''} ${key}`;
      if (s <= startTo && keys.has(key) && !skip.has(key)) return true;
    }
  }
  return false;
}

const LAST_WORD = /(\p{L}+)\s*$/u;
/**
 * Whether the word right before the colon at `colon` is a genre's own word ("für unser Stadionheft: X", "for our book
 * club: X"): the colon then ends a label of the publication or the event, and a possessive before it is that label's,
 * not the name's ("Patient: X", "my son: X" stay labels of the person).
 */
const genreLabel = (before: string, colon: number): boolean => GENRE_WORDS.has(LAST_WORD.exec(before.slice(Math.max(0, colon - 40), colon))?.[1]?.toLowerCase() ?? '');

// Speed: a module constant, not a literal in privateCue's loop (the TypeScript transform turns a `\p{...}` literal in a
// function into a RegExp construction per evaluation).
const ANY_LETTER = /\p{L}/u;
/** True when something next to the hit makes it a private person's name. */
// `skip`: the characters right before the name that are its role's words, passed over ("our CEO X": "our" still counts).
// `said`: where a speech verb after the name starts; the statement after it is not about the speaker ("X urged pregnant women").
function privateCue(text: string, h: Hit, others: Others, foreign: ReadonlySet<string>, from = h.start - NEAR, skip = 0, said = NEAR): boolean {
  // The words before, back to the sentence's start; past a colon only when the colon ends them ("Patient: X", not "my review: X").
  let before = text.slice(Math.max(0, from, h.start - skip - NEAR), h.start - skip);
  for (let i = before.length - 1; i >= 0; i--) {
    // SENTENCE_END by char code (this walks the window one character at a time).
    const c = before.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59 || (c === 58 && (ANY_LETTER.test(before.slice(i + 1)) || genreLabel(before, i)))) {
      before = before.slice(i + 1);
      break;
    }
  }
  let after = text.slice(h.end, h.end + Math.min(NEAR, said));
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  const wordsBefore = (before.toLowerCase().match(LETTERS) ?? []).slice(-5);
  const wordsAfter = (after.toLowerCase().match(LETTERS) ?? []).slice(0, 5);
  // A cue right before the name or with up to two words between ("our member X", "my son's coach X"); right after it or one word on ("X, our member").
  if (anyPhraseIn(wordsBefore, PRIVATE_BEFORE_KEYS, wordsBefore.length - 3, wordsBefore.length, foreign) || anyPhraseIn(wordsAfter, PRIVATE_AFTER_KEYS, 0, 1, foreign)) return true;
  if (anyPhraseIn(wordsBefore, HEALTH_KEYS, 0, wordsBefore.length) || anyPhraseIn(wordsAfter, HEALTH_KEYS, 0, wordsAfter.length)) return true;
  return others.near(h.start - OTHER_NEAR, h.end + OTHER_NEAR);
}

/**
 * The other findings, sorted by start, with the greatest end so far: whether one touches a range, by binary search.
 * `addresses`: whether street addresses count. Next to a name that a cue makes public (a quiz answer, a building's
 * architect, a performer) an address is the quiz's pub, the building or the concert hall, not the person's home.
 */
class Others {
  private readonly starts: number[];
  private readonly maxEnds: number[];
  constructor(hits: readonly Hit[], addresses = true) {
    const sorted = hits.filter((h) => h.entity !== 'PERSON' && h.score >= 0.5 && (addresses || h.entity !== 'STREET_ADDRESS')).sort((a, b) => a.start - b.start);
    this.starts = sorted.map((h) => h.start);
    let max = -1;
    this.maxEnds = sorted.map((h) => (max = Math.max(max, h.end)));
  }
  /** True when a finding starts before `to` and ends after `from`. */
  near(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] ?? -1) > from;
  }
}

const NO_OTHERS = new Others([]);

/**
 * Removes, in place, the name-list PERSON hits on `text` that are public figures in a public-role genre (see above).
 * Runs after person-context.ts's dropNonPersonalNames.
 */
/**
 * The text-wide tests of a programme, an agenda, a legal notice and a published line-up, each read at most once per text.
 * Speed: read only once a candidate has the cue next to it that they confirm (a speaker's item, an office, a notice
 * role); most texts with a name have none. (An object, not closures made per text: under tsx's keepNames each closure
 * costs a property definition.)
 */
class TextTests {
  private programme_: boolean | undefined;
  private frame_: boolean | undefined;
  private notice_: boolean | undefined;
  private lineUp_: boolean | undefined;

  constructor(private readonly text: string) {}

  programme(): boolean {
    return (this.programme_ ??= twoTimes(this.text));
  }

  frame(): boolean {
    return (this.frame_ ??= agendaFrame(this.text));
  }

  notice(): boolean {
    return (this.notice_ ??= legalNotice(this.text));
  }

  /** A published programme (a publication word, an agenda frame), not an internal, a school's or a club's own. */
  lineUp(): boolean {
    return (this.lineUp_ ??= PUBLISHED.test(this.text) && this.frame() && !OWN_EVENT.test(this.text));
  }
}

/** Whether the office pattern `re` (end-anchored) matches the words before the name. */
function officeBefore(text: string, h: Hit, re: RegExp): boolean {
  return officeMayStart(text, Math.max(0, h.start - NEAR), h.start, true) && re.test(text.slice(Math.max(0, h.start - NEAR), h.start));
}

/** Whether an office follows the name. It opens after a comma, bracket or dash: the window's first character is never its start. */
function officeAfter(text: string, h: Hit): boolean {
  return officeMayStart(text, h.end, Math.min(text.length, h.end + NEAR), false) && officeAfterTest(text.slice(h.end, h.end + NEAR));
}

export function dropPublicRoleNames(text: string, hits: Hit[]): void {
  if (!hits.some(isCandidate)) return;
  dropInstitutionNames(text, hits);
  if (!hits.some(isCandidate)) return;
  const { genres, foreign } = genresOf(text, hits);
  const cued = new Set(hits.filter((h) => isCandidate(h) && h.rule !== 'person.surname-comma-given' && publicCue(text, h)));
  const lawCase = publishedCase(text);
  const tests = new TextTests(text);
  const public_ = genres.has('sport') || genres.has('arts') || genres.has('literature') || genres.has('cooking') || genres.has('history');
  const citation = genres.has('citation');
  const news = genres.has('news');
  const others = new Others(hits);
  let othersButAddresses: Others | undefined;
  const dropped = new Set<Hit>();
  const droppedWords = new Set<string>();
  for (const h of hits) {
    if (!isCandidate(h) || (h.rule === 'person.surname-comma-given' && !citation)) continue;
    // A party of published case law: the case's own words (a defendant, assisted suicide) are no private cue; another
    // finding next to the name (a phone, an e-mail, an ID) still makes it someone's file.
    if (lawCase && h.rule !== 'person.surname-comma-given') {
      if (!others.near(h.start - OTHER_NEAR, h.end + OTHER_NEAR)) dropped.add(h);
      continue;
    }
    // A speaker: an address next to the name is the venue's. A legal notice's director: the numbers, address, phone and
    // e-mail around the name are the company's (its register, VAT number, office and switchboard).
    // A speaker, host or moderator on a published line-up's session line ("09:45 Keynote: Sir X", "11.00 Panel ... met X,
    // gespreksleider Y"): in that public role too.
    const speaker = (tests.programme() && SPEAKER_BEFORE.test(text.slice(Math.max(0, h.start - 160), h.start))) || (sessionLine(text, h) && tests.lineUp());
    // Its words before are the role's alone: the register codes before it ("NL", "MI") are no cue words.
    const roleMatch = speaker || !mayStartIn(WINDOW_CUE_WORDS, text, NOTICE_BIT, Math.max(0, h.start - 60), h.start) ? null : NOTICE_ROLE_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
    const role = roleMatch !== null && tests.notice() ? roleMatch : null;
    const director = role !== null;
    const named = speaker || director || caseParty(text, h);
    let after: boolean | undefined;
    const inRole = roleCue(text, h);
    const newsOffice = news && (inRole !== undefined || officeBefore(text, h, OFFICE_BEFORE) || (after ??= officeAfter(text, h)));
    // An office holder in an event's programme: like a speaker's, an address next to the name is the venue's.
    const frameOffice = !newsOffice && (officeBefore(text, h, FRAME_OFFICE_BEFORE) || (after ??= officeAfter(text, h))) && tests.frame();
    const inOffice = newsOffice || frameOffice || inRole?.kind === 'quoted' || stateOffice(text, h);
    if (!(public_ || citation || inOffice || cued.has(h) || named)) continue;
    const from = role === null ? h.start - NEAR : h.start - role[0].length;
    const skip = role === null && inRole !== undefined ? inRole.length : 0;
    const said = inOffice && inRole?.kind === 'quoted' ? inRole.said : undefined;
    if (privateCue(text, h, director ? NO_OTHERS : cued.has(h) || speaker || frameOffice ? (othersButAddresses ??= new Others(hits, false)) : others, foreign, from - skip, skip, said)) continue;
    dropped.add(h);
    for (const w of text.slice(h.start, h.end).toLowerCase().split(/\s+/)) droppedWords.add(w);
  }
  // A news text names an office holder once with the office, then by surname ("Minister Anna Berg ... Berg said").
  if (droppedWords.size > 0 && (news || tests.frame())) {
    for (const h of hits) {
      if (dropped.has(h) || !isCandidate(h) || h.rule === 'person.surname-comma-given') continue;
      if (text.slice(h.start, h.end).toLowerCase().split(/\s+/).every((w) => droppedWords.has(w)) && !privateCue(text, h, others, foreign)) dropped.add(h);
    }
  }
  if (dropped.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!dropped.has(h)) hits[kept++] = h;
  hits.length = kept;
  undoPromotion(text, hits);
}

const INSTITUTION_WORDS = new Set(INSTITUTION_ENDS.words);
const INSTITUTION_COMPOUND = new RegExp(`\\p{L}{3}(?:${INSTITUTION_ENDS.compounds.join('|')})$`, 'u');
/**
 * Removes, in place, the name-list PERSON hits that end in an institution's or a prize's word ("Booker Prizes", "Hans
 * Christian Andersenprijs"): a prize or an institution named after a person, not a person.
 */
function dropInstitutionNames(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const last = isCandidate(h) ? (text.slice(h.start, h.end).toLowerCase().split(/[\s-]+/).at(-1) ?? '') : '';
    if (!(INSTITUTION_WORDS.has(last) || INSTITUTION_COMPOUND.test(last))) hits[kept++] = h;
  }
  hits.length = kept;
}

/** names.ts raises lone listed words to 0.6 when two different ones are in the text; with the pair gone, back to 0.45. */
function undoPromotion(text: string, hits: Hit[]): void {
  const people = hits.filter((h) => h.entity === 'PERSON' && h.rule.startsWith('person.') && h.score >= 0.45);
  if (new Set(people.map((h) => text.slice(h.start, h.end).toLowerCase())).size >= 2) return;
  for (const h of people) if (h.score === 0.6 && h.rule === 'person.gazetteer' && !/\s/.test(text.slice(h.start, h.end))) h.score = 0.45;
}
