import { NAME_CONTEXT } from './data/name-context.js';
import { PAST_RECORD_WORDS } from './data/past-record-words.js';
import { wordAlternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { oldYears } from './person-context.js';

/*
 * A record of the past read out or asked about: a parish register's baptism, an 1851 census household, an 1854 passenger
 * list, an old civil register's deed ("Anno 1834 ... ist Johann Friedrich Kettler ... ein Söhnlein geboren", "1851
 * census entry: 14 Flower and Dean Street | John Harker | Head", "padrón de 1860: «Juan Romero, 52 años»"). When every
 * year in the text is before any living person's birth, the people the record names and their abodes then are long
 * dead, not anyone's personal data (data protection law covers the living). A genealogy request about the living keeps
 * them all: a year from 1900 on (a relative's birth, "born 1958"), a date with a two-digit year, a word of living kin
 * or of a DNA match, or another finding (an e-mail, a phone: a living contact); and a name right after a first-person
 * possessive stays ("my great-grandfather X").
 */
const RECENT = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\d.,/-])\d{1,2}[./-]\d{1,2}[./-]\d\d(?![\d./-])/;
const all = (k: 'record' | 'living'): string[] => Object.values(PAST_RECORD_WORDS).flatMap((l) => l[k]);
const WORDS = all('record').filter((w) => !w.endsWith('*'));
const STEMS = all('record')
  .filter((w) => w.endsWith('*'))
  .map((w) => w.slice(0, -1));
const RECORD = new RegExp(`(?<![\\p{L}])(?:(?:${wordAlternation(WORDS)})(?![\\p{L}])|(?:${wordAlternation(STEMS)}))`, 'iu');
const LIVING = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(all('living'))})(?![\\p{L}])`, 'iu');
const POSSESSIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(Object.values(NAME_CONTEXT).flatMap((l) => l.possessive))})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');
// What a record of the past names: its people and their abodes. Any other finding is a living person's contact or id.
const RECORDED = new Set(['PERSON', 'STREET_ADDRESS']);

const isName = (h: Hit): boolean => h.entity === 'PERSON' && h.rule.startsWith('person.');

/** Whether `text` is a record of the past (above) and `hits` hold nothing but what such a record names. */
export function pastRecord(text: string, hits: readonly Hit[]): boolean {
  if (!hits.some((h) => isName(h) || h.entity === 'STREET_ADDRESS')) return false;
  if (hits.some((h) => h.score >= 0.5 && !RECORDED.has(h.entity))) return false;
  // The cheap tests first: an old year, no recent one; the word patterns only then.
  return oldYears(text).size > 0 && !RECENT.test(text) && recordYear(text, hits) && RECORD.test(text) && !LIVING.test(text);
}

// A year of the parish registers' and censuses' time (from 1500 on), as oldYears reads a year; not a Dutch postcode's
// digits ("1016 HG").
const RECORD_YEAR = /(?<![\d.,:/-])1[5-8]\d\d(?!\d| \p{Lu}{2}(?!\p{L}))/gu;
// How far after an address a number is its postcode ("Prinsengracht 212-3, 1016", "Rue Haute 5, 1000 Bruxelles").
const POSTCODE_REACH = 8;
/** Whether such a year stands outside every finding and is no postcode right after an address. */
function recordYear(text: string, hits: readonly Hit[]): boolean {
  for (const m of text.matchAll(RECORD_YEAR)) {
    if (!hits.some((h) => m.index >= h.start && m.index < h.end + (h.entity === 'STREET_ADDRESS' ? POSTCODE_REACH : 0))) return true;
  }
  return false;
}

/** Removes, in place, the names and street addresses of a record of the past; true when one was removed. */
export function dropPastRecords(text: string, hits: Hit[]): boolean {
  if (!pastRecord(text, hits)) return false;
  let kept = 0;
  for (const h of hits) {
    const recorded = isName(h) || h.entity === 'STREET_ADDRESS';
    if (!recorded || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))) hits[kept++] = h;
  }
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
