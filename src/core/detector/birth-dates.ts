import type { Hit } from './hit.js';

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

/**
 * Removes, in place, the DATE_OF_BIRTH hits on `text` whose year is before any living person's birth, and those that
 * follow a death word with a death more than 50 years back (historicDeathDate).
 */
export function dropHistoricBirthDates(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    if (h.entity === 'DATE_OF_BIRTH' && (!livingBirthDate(text.slice(h.start, h.end)) || historicDeathDate(text, h))) continue;
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
