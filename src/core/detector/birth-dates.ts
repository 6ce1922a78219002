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

/** Removes, in place, the DATE_OF_BIRTH hits on `text` whose year is before any living person's birth. */
export function dropHistoricBirthDates(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) if (h.entity !== 'DATE_OF_BIRTH' || livingBirthDate(text.slice(h.start, h.end))) hits[kept++] = h;
  hits.length = kept;
}
