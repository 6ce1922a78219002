import type { Hit } from './hit.js';
import { cueAlternation } from './languages.js';
import { isBsn, isNhs } from './national-ids.js';
import { digitRuns } from './runs.js';

/**
 * National numbers with no cue word nearby (national-ids.ts asks for one, since about one random number in eleven
 * passes the BSN or NHS check), where the SHAPE or the PLACE says what they are:
 * - the BSN's own printed grouping, 4.2.3 with dots ("1234.56.782"), used by Dutch payroll and pension files;
 * - a text that is nothing but the number: the answer to a question in an earlier turn ("Which NHS number?" / "...");
 * - an NHS number as a field of a pipe-delimited record (a lab result line, an HL7 v2 segment) in a health text.
 * NHS numbers are issued from 3xx to 7xx (NHS England and Wales 4xx and 6xx-7xx, Northern Ireland 3xx), so a 10-digit
 * number starting with 0-2, 8 or 9 is not taken.
 */

const BSN_DOTTED = /(?<![\d.])\d{4}\.\d{2}\.\d{3}(?![\d.])/g;
const WHOLE = /^\s*(\d{3}[ -]?\d{3}[ -]?\d{3,4}|\d{4}\.\d{2}\.\d{3})\s*$/;
const PIPED_NHS = /(?<![\d.])\d{10}(?![\d.])/g;
const HEALTH = new RegExp(`(?<!\\p{L})(?:${cueAlternation('health')}|result|results|lab|mmol|hba1c|blood)(?!\\p{L})`, 'iu');

const nhsRange = (d: string): boolean => d.startsWith('3') || d.startsWith('4') || d.startsWith('6') || d.startsWith('7');

export function scanBareIds(text: string, out: Hit[]): void {
  if (text.length <= 20) {
    const w = WHOLE.exec(text);
    if (w?.[1] !== undefined) {
      const d = w[1].replace(/[ .-]/g, '');
      const start = text.indexOf(w[1]);
      const end = start + w[1].length;
      // Below a key's own verdict (json-key, 0.8), above minScore; an NHS number must outrank the NANP phone shape (0.8).
      if (d.length === 9 && isBsn(d)) out.push({ entity: 'NL_BSN', dataClass: 'pii', start, end, score: 0.75, rule: 'bsn.whole-answer' });
      else if (d.length === 10 && nhsRange(d) && isNhs(d)) out.push({ entity: 'UK_NHS_NUMBER', dataClass: 'pii', start, end, score: 0.9, rule: 'nhs.whole-answer' });
      return;
    }
  }
  if (text.includes('.')) {
    for (const s of bsnDottedStarts(text)) {
      const v = text.slice(s, s + 11);
      if (isBsn(v.replace(/\./g, ''))) out.push({ entity: 'NL_BSN', dataClass: 'pii', start: s, end: s + 11, score: 0.85, rule: 'bsn.dotted-4-2-3' });
    }
  }
  if (text.includes('|')) {
    let health: boolean | undefined;
    for (const s of pipedNhsStarts(text)) {
      const v = text.slice(s, s + 10);
      if (text.charAt(s - 1) !== '|' && text.charAt(s + 10) !== '|') continue;
      if (!nhsRange(v) || !isNhs(v)) continue;
      health ??= HEALTH.test(text);
      if (health) out.push({ entity: 'UK_NHS_NUMBER', dataClass: 'pii', start: s, end: s + 10, score: 0.8, rule: 'nhs.pipe-record' });
    }
  }
}

const DOT = 46;

/**
 * Where BSN_DOTTED matches: from the text's digit runs (runs.ts), or (reference) a global scan. A match is three whole
 * digit runs of 4, 2 and 3 joined by single dots, with no dot before or after (its lookarounds rule out a digit, which
 * a whole run has on neither side): no regex sweep over a text whose numbers are mostly something else.
 */
export function bsnDottedStarts(text: string, reference = false): number[] {
  if (reference) return [...text.matchAll(BSN_DOTTED)].map((m) => m.index);
  const found: number[] = [];
  const runs = digitRuns(text);
  for (let k = 0; k + 2 < runs.count; k++) {
    const s = runs.start[k] ?? 0;
    const e = runs.end[k] ?? 0;
    if (e - s !== 4 || text.charCodeAt(e) !== DOT || text.charCodeAt(s - 1) === DOT) continue;
    const s2 = runs.start[k + 1] ?? 0;
    const e2 = runs.end[k + 1] ?? 0;
    const s3 = runs.start[k + 2] ?? 0;
    const e3 = runs.end[k + 2] ?? 0;
    if (s2 === e + 1 && e2 - s2 === 2 && text.charCodeAt(e2) === DOT && s3 === e2 + 1 && e3 - s3 === 3 && text.charCodeAt(e3) !== DOT) found.push(s);
  }
  return found;
}

/** Where PIPED_NHS matches: whole digit runs of ten with no dot on either side, or (reference) a global scan. */
export function pipedNhsStarts(text: string, reference = false): number[] {
  if (reference) return [...text.matchAll(PIPED_NHS)].map((m) => m.index);
  const found: number[] = [];
  const runs = digitRuns(text);
  for (let k = 0; k < runs.count; k++) {
    const s = runs.start[k] ?? 0;
    const e = runs.end[k] ?? 0;
    if (e - s === 10 && text.charCodeAt(s - 1) !== DOT && text.charCodeAt(e) !== DOT) found.push(s);
  }
  return found;
}
