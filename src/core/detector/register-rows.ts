import type { Hit } from './hit.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { NATIONALITY_CODES } from './data/nationality-codes.js';
import { type Cell, contentEnd, lineEnd, splitCells } from './table-rows.js';

/*
 * Rows of a register of people pasted without a header: a crew list for a harbour master, a passenger manifest, a
 * roster ("1;GARCÍA PAZ, Manuel;Capitán;ESP;11/06/1969;PAF594561", "2|JANSSEN, Bram|Ch. Eng.|NLD|1981-12-03|NXC3E3D98",
 * "3;HORVAT Ivan;Direttore di macchina;HRV;25/12/1975;119630346"). With a header row tabular-keys.ts judges each value
 * by its column's name; without one a row is read by its cells' shapes: a person's name the way registers write it
 * (SURNAME, Given / SURNAME Given / Given SURNAME with the surname in capitals; Surname, Given), a full date decades
 * back (a birth: the same bound as birth-dates.ts's lists), and a document number's shape (letters and digits, or nine
 * digits) in the same row, or a nationality's ISO 3166 code (data/nationality-codes.ts) for a name with its comma. A
 * name whose given name is not listed ("NGUYEN, Tuan") counts in the register's capitals with both the document
 * number and the nationality.
 * A table of products, orders or ships has no such name, and its dates are delivery or build dates of recent years; a
 * ship's IMO number has seven digits.
 *
 * Linear: each line is split once (splitCells), each cell tested by anchored patterns without nested quantifiers.
 */

/** A row separator and the fewest of it a register's row holds (six columns or so: five separators). */
const SEPARATORS: readonly [number, number][] = [
  [59, 3], // ;
  [124, 3], // |
  [9, 3], // tab
  [44, 4], // ,
];
/** Longest line read as a row. */
const MAX_LINE = 400;
/** Birth years of living people on a register: a date of these years in a row with a name is a birth date. */
const EARLIEST_BIRTH_YEAR = 1900;
const LATEST_BIRTH_YEAR = 2012;

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
// The day, the month's English abbreviation and the year, as IMO FAL forms and travel documents print a date
// ("21-AUG-1975", "21 Aug 1975").
const DAY_MONTH_YEAR = /^(\d{1,2})[ -](JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[ -](\d{4})$/i;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A passport or identity card's number: 6-10 capitals and digits with at least four digits and a letter, or nine digits. */
function documentNumber(v: string): boolean {
  if (v.length < 6 || v.length > 10) return false;
  let digits = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c < 65 || c > 90) return false;
  }
  return digits === v.length ? digits === 9 : digits >= 4;
}
// A surname in capitals (one to three words, hyphens and apostrophes), then the given names capitalised.
const SURNAME = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}$/u;
const GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){0,2}$/u;
// SURNAME Given in one cell: the capitals, a space, the given names.
const SURNAME_GIVEN = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){0,2})$/u;
// Given SURNAME in one cell ("Manuel GARCÍA PAZ").
const GIVEN_SURNAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+)?) (\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2})$/u;
// A surname capitalised as written elsewhere ("García Paz, Manuel", "Okafor, Chinedu"): only with a listed given name.
const MIXED_SURNAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;
const NATIONALITY = new Set(NATIONALITY_CODES.split(' '));
// A surname as written in a register's own cell, capitalised ("McGuinness", "O'Rourke", "Dela Cruz"): only before a listed
// given name's cell, in a list typed with spaced slashes (a CSV's cells are its header's: tabular-keys.ts).
const CAPITALISED_SURNAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;
// Given SURNAME written capitalised in one cell ("Reynaldo Bautista", "Arvin Dela Cruz"): only with a listed given name,
// in a comma-separated row (a list typed in prose).
const GIVEN_MIXED = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?: (?:de|da|dos|del|van|von|der|den|di|le|la))*(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;
// " / " between cells: a list typed with spaced slashes ("McGuinness / Bernadette / 11/04/1949 / 548216093"); a date's
// own slashes have no spaces around them.
const SLASH = 47;

const birthYear = (y: number): boolean => y >= EARLIEST_BIRTH_YEAR && y <= LATEST_BIRTH_YEAR;
const validDay = (d: number, m: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** A full date of a birth year (d/m/y, d.m.y, d-m-y or y-m-d). */
function birthDate(v: string): boolean {
  let m = DMY.exec(v);
  if (m !== null) return birthYear(Number(m[3])) && (validDay(Number(m[1]), Number(m[2])) || validDay(Number(m[2]), Number(m[1])));
  m = DAY_MONTH_YEAR.exec(v);
  if (m !== null) return birthYear(Number(m[3])) && validDay(Number(m[1]), 1);
  m = YMD.exec(v);
  return m !== null && birthYear(Number(m[1])) && validDay(Number(m[3]), Number(m[2]));
}

/** The given names start with a listed first name ("Rodel Magbanua": rodel). */
const listedGiven = (given: string): boolean => LISTED_FIRST_NAMES.has((given.split(/[ -]/)[0] ?? '').toLowerCase());

/** A person's name in the row's cells: its span and whether its given name is a listed one; undefined when none. */
interface NameCell {
  start: number;
  end: number;
  listed: boolean;
  /** Written with a comma between surname and given names. */
  comma: boolean;
}

function nameIn(cells: readonly Cell[], sep: number): NameCell | undefined {
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c === undefined) continue;
    const v = c.value;
    const comma = v.indexOf(',');
    // "GARCÍA PAZ, Manuel" (or "García Paz, Manuel" with a listed given name) in one cell of a ';', '|' or tab row.
    if (comma > 0 && sep !== 44) {
      const surname = v.slice(0, comma).trim();
      const given = v.slice(comma + 1).trim();
      if (!GIVEN.test(given)) continue;
      const listed = listedGiven(given);
      if (SURNAME.test(surname) || (listed && MIXED_SURNAME.test(surname))) return { start: c.start, end: c.end, listed, comma: true };
      continue;
    }
    const m = SURNAME_GIVEN.exec(v);
    if (m !== null) return { start: c.start, end: c.end, listed: listedGiven(m[2] ?? ''), comma: false };
    const g = GIVEN_SURNAME.exec(v);
    if (g !== null && listedGiven(g[1] ?? '')) return { start: c.start, end: c.end, listed: true, comma: false };
    const mixed = GIVEN_MIXED.exec(v);
    if (sep === 44 && mixed !== null && listedGiven(mixed[1] ?? '')) return { start: c.start, end: c.end, listed: true, comma: false };
    // The surname's cell, then the given names' cell: "SANTOS,Rodel Magbanua" split by a ',' row, "1;SANTOS;Rodel;...".
    const next = cells[k + 1];
    if (next !== undefined && SURNAME.test(v) && GIVEN.test(next.value)) return { start: c.start, end: next.end, listed: listedGiven(next.value), comma: sep === 44 };
    if (sep === SLASH && next !== undefined && CAPITALISED_SURNAME.test(v) && GIVEN.test(next.value) && listedGiven(next.value)) return { start: c.start, end: next.end, listed: true, comma: false };
  }
  return undefined;
}

/** The cells of a row split at spaced slashes (three or more), trimmed; undefined when the row has fewer. */
function slashCells(text: string, from: number, to: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let at = from;
  // Read within the line only (an indexOf could run on to the text's end from every line).
  for (let k = from + 1; k + 1 < to; k++) {
    if (text.charCodeAt(k) !== SLASH || text.charCodeAt(k - 1) !== 32 || text.charCodeAt(k + 1) !== 32) continue;
    cells.push(trimmed(text, at, k - 1));
    at = k + 2;
  }
  if (cells.length < 3) return undefined;
  cells.push(trimmed(text, at, to));
  return cells;
}
function trimmed(text: string, from: number, to: number): Cell {
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  return { value: text.slice(from, to), start: from, end: to };
}

/** One row: its cells' name, birth date and document number, reported when all three are there. */
function readRow(text: string, from: number, to: number, out: Hit[]): void {
  // Speed: the four separators counted in one pass over the line (it stops once the first-listed has its fewest).
  let semi = 0;
  let bar = 0;
  let tab = 0;
  let comma = 0;
  for (let i = from; i < to && semi < 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) semi++;
    else if (c === 124) bar++;
    else if (c === 9) tab++;
    else if (c === 44) comma++;
  }
  const counts = [semi, bar, tab, comma];
  let sep = 0;
  for (let k = 0; k < SEPARATORS.length; k++) {
    const [s, fewest] = SEPARATORS[k] ?? [0, 0];
    if ((counts[k] ?? 0) >= fewest) {
      sep = s;
      break;
    }
  }
  const slashed = sep === 0 ? slashCells(text, from, to) : undefined;
  if (slashed !== undefined) sep = SLASH;
  if (sep === 0) return readSpacedRow(text, from, to, out);
  const cells = slashed ?? splitCells(text, from, to, sep);
  if (cells === undefined) return;
  let date: Cell | undefined;
  let doc: Cell | undefined;
  let nation = false;
  for (const c of cells) {
    if (date === undefined && birthDate(c.value)) date = c;
    else if (doc === undefined && documentNumber(c.value)) doc = c;
    else if (c.value.length === 3 && NATIONALITY.has(c.value)) nation = true;
  }
  if (date === undefined || (doc === undefined && !nation)) return;
  const name = nameIn(cells, sep);
  // A listed given name with a birth date and a document number, or with a nationality when the name has its comma
  // (a ship's row, "MSC Oscar;Container;PAN;2005-01-08", has a flag and no comma); any name in a register's capitals
  // with all three ("NGUYEN, Tuan;...;VNM;11/06/1969;C1234567").
  if (name === undefined) return;
  if (!(doc !== undefined ? name.listed || nation : name.listed && name.comma)) return;
  out.push({ entity: 'PERSON', dataClass: 'pii', start: name.start, end: name.end, score: 0.85, rule: 'person.register-row' });
  out.push({ entity: 'DATE_OF_BIRTH', dataClass: 'pii', start: date.start, end: date.end, score: 0.85, rule: 'dob.register-row' });
  if (doc !== undefined) out.push({ entity: 'PASSPORT', dataClass: 'pii', start: doc.start, end: doc.end, score: 0.85, rule: 'passport.register-row' });
}

// A row of a list typed with spaces only, its columns named in the sentence before it ("Put these into the format the
// hotel wants (SURNAME, First names, passport no, DOB):" then "Jacob Whitlow 728418040 14/05/2010"): a person's name
// (two to four capitalised words, particles between), a document number and a full date, in either order, and nothing
// else on the line but a list's bullet or number. Its name must start with a listed first name.
const SPACED_ROW = new RegExp(
  '^(?:[-*•][ \\t]+|\\d{1,3}[.)][ \\t]+)?' +
    "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:[ \\t]+(?:(?:de|di|da|del|della|van|von|der|den|du|le|la|dos)[ \\t]+){0,2}\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?){1,3})" +
    '[ \\t]+,?[ \\t]*([A-Z0-9]{6,10}|[\\d./-]{8,10})[ \\t]+,?[ \\t]*([A-Z0-9]{6,10}|[\\d./-]{8,10})[ \\t]*$',
  'u',
);

/** A spaced row (see SPACED_ROW): its name, document number and birth date reported when all three are there. */
function readSpacedRow(text: string, from: number, to: number, out: Hit[]): void {
  const line = text.slice(from, to);
  const m = SPACED_ROW.exec(line);
  if (m === null) return;
  const [name, a, b] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  const [doc, date] = birthDate(b) && documentNumber(a) ? [a, b] : birthDate(a) && documentNumber(b) ? [b, a] : ['', ''];
  if (doc === '' || !listedGiven(name)) return;
  const nameStart = from + m[0].indexOf(name);
  const tail = m[0].slice(nameStart - from + name.length);
  const docStart = nameStart + name.length + tail.indexOf(doc);
  const dateStart = nameStart + name.length + tail.lastIndexOf(date);
  out.push({ entity: 'PERSON', dataClass: 'pii', start: nameStart, end: nameStart + name.length, score: 0.85, rule: 'person.register-row' });
  out.push({ entity: 'DATE_OF_BIRTH', dataClass: 'pii', start: dateStart, end: dateStart + date.length, score: 0.85, rule: 'dob.register-row' });
  out.push({ entity: 'PASSPORT', dataClass: 'pii', start: docStart, end: docStart + doc.length, score: 0.85, rule: 'passport.register-row' });
}

// Speed: only a text with a full date of a birth year's century in it has a row to read.
const ANY_DATE = /(?:19|20)\d\d-\d\d-\d\d|\d[./-](?:19|20)\d\d|\d[ -][A-Za-z]{3}[ -](?:19|20)\d\d/;

/** Headerless rows of a register of people (see above). */
export function scanRegisterRows(text: string, out: Hit[]): void {
  if (!ANY_DATE.test(text)) return;
  for (let at = 0; at < text.length; ) {
    const e = lineEnd(text, at);
    const to = contentEnd(text, at, e);
    if (to - at <= MAX_LINE && to - at >= 20) readRow(text, at, to, out);
    at = e + 1;
  }
}
