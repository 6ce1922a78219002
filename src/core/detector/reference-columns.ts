import { isReferenceKey } from './json-keys.js';

/**
 * A value that fills a table cell or an SQL INSERT field under a column named for a reference (order_id, invoice_no,
 * tracking, Bestellnummer, n_commande, numero_ordine: json-keys.ts isReferenceKey): the column header names the value,
 * whatever its shape. "0612345678" under "order_id" in a CSV export, a markdown or psql/mysql result table, or in
 * `INSERT INTO orders (order_id, ...) VALUES ('0612345678', ...)` is an order number, no French mobile.
 *
 * Every read is bounded (a line, a header walk, a tuple), and the table header found for a line is kept for the next
 * line of the same table, so a long export costs one walk, not one per row.
 */
export function referenceColumn(text: string, start: number, end: number): boolean {
  return tableColumn(text, start, end) || insertColumn(text, start, end);
}

// How far a cell's line, a table's header and an INSERT's tuple are read.
const LINE_REACH = 4096;
const HEADER_REACH = 16_384;
// Cell separators, as tabular data is written: tab, pipe, semicolon, comma.
const SEPARATORS = [9, 124, 59, 44];

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;
const isPad = (c: number): boolean => c === 32 || c === 13;
// Quotes and brackets around a cell or a column name.
const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96 || c === 91 || c === 93;

/** The start of the line holding `at` (after its '\n'), or -1 past LINE_REACH. */
function lineStartOf(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (at - i > LINE_REACH) return -1;
    if (text.charCodeAt(i) === 10) return i + 1;
  }
  return 0;
}

/** The end of the line holding `at` (its '\n' or the text's end), or -1 past LINE_REACH. */
function lineEndOf(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    if (i - at > LINE_REACH) return -1;
    if (text.charCodeAt(i) === 10) return i;
  }
  return text.length;
}

/** Whether [s, e) holds only a table's rule characters (-, +, |, :, =, blanks) with at least one dash or '='. */
function ruleLine(text: string, s: number, e: number): boolean {
  let dash = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61) dash = true;
    else if (!(c === 43 || c === 124 || c === 58 || isBlank(c))) return false;
  }
  return dash;
}

function blankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function countCode(text: string, s: number, e: number, c: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === c) n++;
  return n;
}

function hasCode(text: string, s: number, e: number, c: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

// The last table read: a line's start, its separator and its table's header line start (for the next row).
let memoText = '';
let memoLine = -1;
let memoSep = 0;
let memoHeader = -1;

/**
 * The start of the table header for the line at `lineStart` with separator `sep`: the first line (no rule line) of the
 * run of lines above it that hold the separator or are rule lines (+----+, |---|, -----+----); -1 when the line is
 * itself the first, -2 when the header is beyond reach.
 */
function headerOf(text: string, lineStart: number, sep: number): number {
  let header = -1;
  let s = lineStart;
  while (s > 0) {
    if (lineStart - s > HEADER_REACH) return -2;
    const pe = s - 1;
    const ps = lineStartOf(text, pe);
    if (ps === -1) return -2;
    // The row above, read for the last hit: its header is this one's (or it is the header itself, when it had none above).
    if (ps === memoLine && sep === memoSep && text === memoText) return memoHeader === -1 ? ps : memoHeader;
    if (blankLine(text, ps, pe)) break;
    if (!ruleLine(text, ps, pe)) {
      if (!hasCode(text, ps, pe, sep)) break;
      header = ps;
    }
    s = ps;
  }
  return header;
}

/** The table cell text[start, end) fills (blanks and quotes aside) under a reference column's header. */
function tableColumn(text: string, start: number, end: number): boolean {
  // Spaces and quotes around the cell (a tab may be its separator; neither crosses a line break), then what bounds
  // it: a separator, or the line's edge (-1). Read before the line is looked for: most values are in prose.
  let b = start;
  while (b > 0 && (isPad(text.charCodeAt(b - 1)) || isQuote(text.charCodeAt(b - 1)))) b--;
  let a = end;
  while (a < text.length && (isPad(text.charCodeAt(a)) || isQuote(text.charCodeAt(a)))) a++;
  const before = b > 0 && text.charCodeAt(b - 1) !== 10 ? text.charCodeAt(b - 1) : -1;
  const after = a < text.length && text.charCodeAt(a) !== 10 ? text.charCodeAt(a) : -1;
  if (!SEPARATORS.includes(before) && !SEPARATORS.includes(after)) return false;
  const ls = lineStartOf(text, start);
  const le = ls === -1 ? -1 : lineEndOf(text, end);
  if (ls === -1 || le === -1) return false;
  for (const sep of SEPARATORS) {
    if (!((before === sep || before === -1) && (after === sep || after === -1)) || (before === -1 && after === -1)) continue;
    let col = 0;
    for (let i = ls; i < b; i++) if (text.charCodeAt(i) === sep) col++;
    const header = headerOf(text, ls, sep);
    memoText = text;
    memoLine = ls;
    memoSep = sep;
    memoHeader = header;
    if (header < 0) return false;
    // A header has the row's columns: as many separators on both lines (prose with commas seldom lines up so).
    const he = lineEndOf(text, header);
    if (he === -1 || countCode(text, header, he, sep) !== countCode(text, ls, le, sep)) return false;
    return isReferenceKey(cellAt(text, header, he, sep, col));
  }
  return false;
}

/** Cell `col` of the line [s, e) split at `sep`, blanks and quotes trimmed ('' when there is none). */
function cellAt(text: string, s: number, e: number, sep: number, col: number): string {
  if (e === -1) return '';
  let k = 0;
  let cs = s;
  for (let i = s; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== sep) continue;
    if (k === col) return trimCell(text, cs, i);
    k++;
    cs = i + 1;
  }
  return '';
}

function trimCell(text: string, s: number, e: number): string {
  while (s < e && (isBlank(text.charCodeAt(s)) || isQuote(text.charCodeAt(s)))) s++;
  while (e > s && (isBlank(text.charCodeAt(e - 1)) || isQuote(text.charCodeAt(e - 1)))) e--;
  return text.slice(s, e);
}

// An INSERT's column list and its VALUES keyword: the column names are group 1.
const INSERT = /\binsert\s{1,16}(?:ignore\s{1,16})?into\s{1,16}[^\s(]{1,128}\s{0,16}\(([^()]{1,2000})\)\s{0,16}values?\s{0,16}/giu;
interface Insert {
  valuesEnd: number;
  columns: string[];
  /** The statement's ';' (or the text's end). */
  stop: number;
}
let insertText = '';
let inserts: Insert[] = [];

function insertsOf(text: string): Insert[] {
  if (text === insertText) return inserts;
  insertText = text;
  inserts = [];
  if (!/insert/i.test(text)) return inserts;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m !== null; m = INSERT.exec(text)) {
    const valuesEnd = m.index + m[0].length;
    const stop = text.indexOf(';', valuesEnd);
    const columns = (m[1] ?? '').split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    inserts.push({ valuesEnd, columns, stop: stop === -1 ? text.length : stop });
    // The next statement starts after this one's ';': the search resumes there (each character read once).
    if (stop !== -1 && stop > INSERT.lastIndex) INSERT.lastIndex = stop;
  }
  return inserts;
}

/** The INSERT field text[start, end) fills, under a reference column. */
function insertColumn(text: string, start: number, end: number): boolean {
  const all = insertsOf(text);
  let ins: Insert | undefined;
  for (let lo = 0, hi = all.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const x = all[mid] as Insert;
    if (x.valuesEnd <= start) {
      ins = x;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (ins === undefined || start >= ins.stop) return false;
  // The field alone: quotes and blanks, then a comma or a bracket, on both sides.
  let b = start;
  if (b > 0 && (text.charCodeAt(b - 1) === 39 || text.charCodeAt(b - 1) === 34)) b--;
  let a = end;
  if (a < text.length && (text.charCodeAt(a) === 39 || text.charCodeAt(a) === 34)) a++;
  while (a < text.length && isBlank(text.charCodeAt(a))) a++;
  if (!(text.charCodeAt(a) === 44 || text.charCodeAt(a) === 41)) return false;
  // Back to the tuple's '(', counting the commas outside quotes.
  let col = 0;
  let quoted = false;
  for (let i = b - 1; ; i--) {
    if (i < ins.valuesEnd - 1 || b - i > LINE_REACH) return false;
    const c = text.charCodeAt(i);
    if (c === 39) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) col++;
    else if (c === 40) break;
  }
  return isReferenceKey(ins.columns[col] ?? '');
}
