import { BORN_WORDS, RECORD_WORDS } from './data/birth-words.js';
import { KIN_WORDS } from './data/kin-words.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { PUBLIC_NAMES } from './data/public-names.js';
import { alternation, wordAlternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { LANGUAGES } from './languages.js';

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
const DEATH_BEFORE =
  /(?<![\p{L}])(?:died|deceased|death|starb|gestorben|verstorben|tod|todestag|mort|morte|décédée?|décès|murió|falleció|fallecid[oa]|muerte|defunción|overleed|overleden|sterfdatum|morì|mort[oa]|decedut[oa]|decesso|morte)(?![\p{L}])[^\n\d]{0,24}$/iu;
const DEATH_WINDOW = 40;

function historicDeathDate(text: string, h: Hit): boolean {
  const date = text.slice(h.start, h.end);
  let year = 0;
  for (const m of date.matchAll(YEAR)) year = Number(m[1]);
  if (year < 1000 || year > LATEST_HISTORIC_DEATH_YEAR) return false;
  return DEATH_BEFORE.test(text.slice(Math.max(0, h.start - DEATH_WINDOW), h.start));
}

const BORN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(BORN_WORDS)})\\s*$`, 'iu');
// Words that tie the person to the writer or to a record: possessives, relatives, name cues ("patient", "Herr", "my name
// is") and client or staff words ("our client", "Mieter", "dipendente").
const TIES = [
  ...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive),
  ...Object.values(KIN_WORDS).flatMap((l) => [...l.possessive, ...l.kin]),
  ...Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation]),
];
const TIED = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(TIES)})(?![\\p{L}])`, 'iu');
// A CV's, an application's or a form's words anywhere in the text: a namesake's record (a birthday post is not one).
const RECORD = new RegExp(`(?<![\\p{L}])(?:${alternation(RECORD_WORDS)})(?![\\p{L}])`, 'iu');
// Full names only: a single listed word ("Wendy", "Pepper") may be anyone's first name.
const PUBLIC = new Set(PUBLIC_NAMES.filter((n) => n.includes(' ')));
const MAX_NAME_WORDS = 4;
// How far back the figure's clause is read; how far its name may stand from the birth word ("Andy Murray's
// retirement: born").
const FIGURE_REACH = 120;
const FIGURE_GAP = 40;
const CLAUSE_BREAK = /[\n.!?;](?=\s)/g;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
// Another capitalised full name between the figure and the birth word: the date is that person's.
const OTHER_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
const MONTH_WORD = /\p{L}{3}/u;

/**
 * A listed public figure's birth in a text about them: a tribute, a birthday post, a school essay ("Tribute post for Sir
 * Andy Murray: born 15 May 1987 in Glasgow", "Würdigung für Dirk Nowitzki: geboren 19. Juni 1978", "Hommage à Zinédine
 * Zidane : né le 23 juin 1972"). The figure's full name (data/public-names.ts) stands in the date's clause, at most
 * FIGURE_GAP before a life story's birth word (data/birth-words.ts) that is right before the date. A possessive, a
 * relative or a name cue in the clause ("my uncle", "Patient", "Herr") keeps it, and so do a date in digits and a CV's, a
 * form's words anywhere in the text ("CV: Thomas Müller, born 19 June 1978"): a namesake's record.
 */
function publicFigureBirth(text: string, h: Hit, isRecord: () => boolean): boolean {
  // A date written out ("15 May 1987"), as a life story writes it; a form's or a CV's "19.06.1978" stays a record's.
  if (!MONTH_WORD.test(text.slice(h.start, h.end))) return false;
  const lo = Math.max(0, h.start - FIGURE_REACH);
  const born = BORN_BEFORE.exec(text.slice(lo, h.start));
  if (born === null) return false;
  const head = text.slice(lo, lo + born.index);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m !== null; m = CLAUSE_BREAK.exec(head)) from = m.index + 1;
  const clause = head.slice(from);
  // The figure's name first (set look-ups), then the ties and record words (large patterns) only for a clause that names one.
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
      const gap = clause.slice(w.end);
      if (gap.length <= FIGURE_GAP && !OTHER_NAME.test(gap)) return !TIED.test(clause) && !isRecord();
    }
  }
  return false;
}

/**
 * Removes, in place, the DATE_OF_BIRTH hits on `text` whose year is before any living person's birth, those that
 * follow a death word with a death more than 50 years back (historicDeathDate), and a listed public figure's birth in a
 * text about them (publicFigureBirth).
 */
export function dropHistoricBirthDates(text: string, hits: Hit[]): void {
  let kept = 0;
  // Read once per text, not once per date: a text of many dates would otherwise be scanned once for each.
  let record: boolean | undefined;
  const isRecord = (): boolean => (record ??= RECORD.test(text));
  for (const h of hits) {
    if (h.entity === 'DATE_OF_BIRTH' && (!livingBirthDate(text.slice(h.start, h.end)) || historicDeathDate(text, h) || publicFigureBirth(text, h, isRecord))) continue;
    hits[kept++] = h;
  }
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
