/**
 * Two ways of hiding a value's characters from the patterns, undone in one rewrite layer with an offset map:
 * - a separator between every character ("F.R.7.6.3.0...", "E-S-9-1...", "N L 9 1 A B N A ...", an IP read out as
 *   "8 6 . 1 3 9 . 1 8 7 . 4 6", or with a group mark doubled: "8 . 3 . . . 4 . 4"): the characters joined;
 * - an identifier glued to its field name in an exported field ("..._IdNr75496918328_...", "dni35183233H",
 *   "cfRSSMRA80A01H501U"): a space put between the name and the value.
 */
import { EditBuilder } from './edits.js';
import type { Normalized } from './normalize.js';
import { GLUED_ID_CUES } from './data/glued-id-cues.js';
import { PairScan } from './word-gate.js';

// A single character (letter, digit or a dot that stands for itself), then the same separator (one to three of space,
// dot, dash, slash, underscore or bar; not a comma: a list of small numbers is code or data) before each of at least seven more: each repetition consumes its own
// characters, and a run is at most 48 characters (an IBAN has 34), so the match is linear.
const SPACED = /(?<![A-Za-z0-9])([A-Za-z0-9])([ .\-/_|]{1,3})[A-Za-z0-9.](?:\2[A-Za-z0-9.]){6,48}(?![A-Za-z0-9])/g;
const MIN_DIGITS = 2;
const MIN_ALNUM = 5;
const MIN_DISTINCT = 4;

// A field name of a national identifier, then the value with no gap: 8 to 18 letters and digits, six digits or more
// (an IBAN's country and a codice fiscale's name letters come first), then the field's end. Longest names first; the
// left bound (an underscore, a space or a punctuation mark that starts a field, never a letter, digit or the dash of a
// hex id or UUID) is checked by code.
const CUES = [...GLUED_ID_CUES].sort((a, b) => b.length - a.length).join('|');
const GLUED = new RegExp(`(?:${CUES})(?=[A-Za-z0-9]{8,18}(?![A-Za-z0-9]))`, 'gi');
// Speed: tried only where two or three characters open a field name (word-gate.ts PairScan).
const GLUED_SCAN = new PairScan(GLUED_ID_CUES, GLUED);
const FIELD_START = new Set(['_', ' ', '\t', '\n', '\r', ':', '=', ',', ';', '(', '[', '"', "'"]);
const MIN_GLUED_DIGITS = 6;

function gluedValue(text: string, at: number): boolean {
  let digits = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!((c | 32) >= 97 && (c | 32) <= 122)) break;
  }
  return digits >= MIN_GLUED_DIGITS;
}

/** The characters of a spaced run: every other piece, the separators dropped; undefined when it is no value. */
function collapsed(run: string, sep: string): string | undefined {
  let out = '';
  let digits = 0;
  let alnum = 0;
  const distinct = new Set<string>();
  for (let i = 0; i < run.length; i += 1 + sep.length) {
    const c = run.charAt(i);
    out += c;
    if (c >= '0' && c <= '9') digits++;
    if (c !== '.') alnum++;
    distinct.add(c);
  }
  // A row of zeros or of one digit is a table or a matrix, not a value.
  return digits >= MIN_DIGITS && alnum >= MIN_ALNUM && distinct.size >= MIN_DISTINCT ? out : undefined;
}

/** `text` with spaced values joined and glued identifiers set apart; null when there is neither. */
export function joinSpacedValues(text: string): Normalized | null {
  const edits: { start: number; end: number; value: string }[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m !== null; m = SPACED.exec(text)) {
    const value = collapsed(m[0], m[2] ?? ' ');
    if (value !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, value });
  }
  for (let m = GLUED_SCAN.next(text, 0); m !== null; m = GLUED_SCAN.next(text, m.index + m[0].length)) {
    if (m.index > 0 && !FIELD_START.has(text.charAt(m.index - 1))) continue;
    const at = m.index + m[0].length;
    if (!gluedValue(text, at)) continue;
    edits.push({ start: at, end: at, value: ' ' });
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  const b = new EditBuilder(text);
  let last = 0;
  for (const e of edits) {
    if (e.start < last) continue;
    b.edit(e.start, e.end, e.value);
    last = e.end;
  }
  return b.finish();
}
