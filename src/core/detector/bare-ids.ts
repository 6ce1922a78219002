import type { Hit } from './hit.js';
import { cueAlternation } from './languages.js';
import { isBsn, isNhs } from './national-ids.js';

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
    BSN_DOTTED.lastIndex = 0;
    for (let m = BSN_DOTTED.exec(text); m !== null; m = BSN_DOTTED.exec(text)) {
      if (isBsn(m[0].replace(/\./g, ''))) out.push({ entity: 'NL_BSN', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.85, rule: 'bsn.dotted-4-2-3' });
    }
  }
  if (text.includes('|')) {
    let health: boolean | undefined;
    PIPED_NHS.lastIndex = 0;
    for (let m = PIPED_NHS.exec(text); m !== null; m = PIPED_NHS.exec(text)) {
      const before = text.charAt(m.index - 1);
      const after = text.charAt(m.index + 10);
      if (before !== '|' && after !== '|') continue;
      if (!nhsRange(m[0]) || !isNhs(m[0])) continue;
      health ??= HEALTH.test(text);
      if (health) out.push({ entity: 'UK_NHS_NUMBER', dataClass: 'pii', start: m.index, end: m.index + 10, score: 0.8, rule: 'nhs.pipe-record' });
    }
  }
}
