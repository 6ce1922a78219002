/**
 * Column names as context for their values, the way JSON keys are (json-keys.ts): SQL pasted by developers,
 * `INSERT INTO patients (nachname, geburtsdatum, steuer_id) VALUES ('Pfitzenmaier', '1958-04-02', '12 345 678 901')`
 * and `UPDATE ... SET bsn = '...' WHERE geboortedatum = '...'`,
 * CSV/TSV/Markdown tables whose header row names the columns (`name,date_of_birth,bsn`), and whitespace-aligned tables
 * as pandas, sqlite or psql print them (`   name  geburtsdatum`). Each value is judged by
 * judgeKey with its column's name, so the key vocabulary of the six languages, the entities and the value checks are
 * the JSON keys' own; rules are named by source (`sql-column.date`, `csv-column.id`).
 *
 * Linear time: every character is read a bounded number of times. The SQL and header searches resume where the last
 * block's parse stopped, every quoted or unquoted value is read at most MAX_VALUE characters far, and a block stops at
 * MAX_COLUMNS columns or MAX_ROWS rows (a longer table has shown what it holds by then; its later rows are scanned
 * by the other passes only).
 */
import { PUBLIC_NAMES } from './data/public-names.js';
import type { Hit } from './hit.js';
import { judgeKey } from './json-keys.js';
import { hasFoldSpecial } from './keywords.js';
import { type Cell, contentEnd, lineEnd, MAX_COLUMNS, splitCells, walkRows } from './table-rows.js';

const PUBLIC: ReadonlySet<string> = new Set(PUBLIC_NAMES.filter((n) => n.includes(' ')));
const isPublicFullName = (v: string): boolean => v.length <= 60 && PUBLIC.has(v.trim().toLowerCase().replace(/\s+/g, ' '));
const MAX_ROWS = 2000;
/** Longest value read (judgeKey accepts at most 120 characters): a longer one ends the block. */
const MAX_VALUE = 256;
/** Longest header line looked at as a CSV header (64 names of up to 48 characters and their separators). */
const MAX_HEADER = 4096;

// A column name: letters first, then letters, digits, `_`, `-`, `.`, up to four words ("Date of Birth"), quoted or not.
const COLUMN_NAME = /^(?=.{1,48}$)[\p{L}_][\p{L}\d_.-]*(?: [\p{L}\d_.-]+){0,3}$/u;
// COLUMN_NAME's most words and characters (two more for a quoted name's quotes): header()'s early exit.
const MAX_STRETCH_WORDS = 4;
const MAX_STRETCH_CHARS = 50;

// Whether a column's name says anything about some value: judgeKey asked with one value of each kind it checks
// (digits for ids, dates, phones and cards; two words for a name; a number and a street word for an address).
const PROBES = ['1234567890123', 'Ab Cd', '12 Abcdef St'];
const MATTERS = new Map<string, boolean>();
function columnMatters(name: string): boolean {
  let m = MATTERS.get(name);
  if (m === undefined) {
    if (MATTERS.size >= 4096) MATTERS.clear();
    m = PROBES.some((p) => {
      const v = judgeKey(name, p);
      return v !== undefined && v !== 'health';
    });
    MATTERS.set(name, m);
  }
  return m;
}

// A catalogue's table: a product key among the columns (SKU, EAN, price, stock). Its bare name or title column holds the
// products' names ("Organic cotton tee"), not people's, unless the table also has a person's key (customer, e-mail, phone).
const PRODUCT_KEY = /^(?:sku|ean|ean13|gtin|upc|asin|mpn|barcode|price|unit_price|prix|precio|prijs|prezzo|preis|stock|qty|quantity|product_id|artikelnummer|art_nr|referencia|reference|référence)$/i;
const BARE_NAME_KEY = /^(?:name|title|product|product_name|nom|nombre|naam|nome|titel|titre|titolo|titulo|bezeichnung|produkt|producto|produit|prodotto|libellé)$/i;
const PERSON_KEY = /customer|client|kunde|cliente|klant|e-?mail|phone|tel|address|adresse|dirección|indirizzo|adres|contact|user|owner/i;
const catalogue = (columns: readonly string[]): boolean => columns.some((c) => PRODUCT_KEY.test(c.trim())) && !columns.some((c) => PERSON_KEY.test(c));

function report(columns: readonly string[], cells: readonly Cell[], source: 'sql-column' | 'csv-column' | 'printed-column', out: Hit[]): void {
  let goods: boolean | undefined;
  for (let i = 0; i < cells.length; i++) {
    const name = columns[i];
    const cell = cells[i];
    if (name === undefined || cell === undefined || !columnMatters(name)) continue;
    const v = judgeKey(name, cell.value);
    if (v === undefined || v === 'health') continue;
    if (v.hit.entity === 'PERSON' && BARE_NAME_KEY.test(name.trim()) && (goods ??= catalogue(columns))) continue;
    // A public figure in a table (a parliament's votes, published declarations) is as public as in prose (data/public-names.ts);
    // full names only: a surname column's 'Scholl' is a private person, whatever brand shares it.
    if (v.hit.entity === 'PERSON' && isPublicFullName(cell.value)) continue;
    out.push({ ...v.hit, start: cell.start, end: cell.end, rule: v.hit.rule.replace('json-key.', `${source}.`) });
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

// ---------------------------------------------------------------- SQL

const INSERT = /\binsert\s{1,16}(?:ignore\s{1,16})?into\s{1,16}[\p{L}\d_.`"[\]]{1,128}\s{0,16}\(/giu;
const SQL_COLUMN = /\s{0,16}([`"[]?)([\p{L}_][\p{L}\d_ $-]{0,63})[`"\]]?\s{0,16}([,)])/uy;
const VALUES = /\s{0,16}values?\s{0,16}\(/iy;
const ROW_SEP = /\s{0,16},\s{0,16}\(/y;
// An unquoted value: a number, NULL, a keyword, or a typed literal's keyword (DATE '1958-04-02').
const BARE = /[^\s,()'"]{1,64}/y;

/** Whether a quote at `at - 1` can close a value: a closing quote is never followed directly by a letter or digit. */
const closes = (text: string, at: number): boolean => !/[\p{L}\d]/u.test(text.charAt(at));

/** The SQL value at `at` (spaces skipped) and where it ends, or undefined when it cannot be read within the bounds. */
function sqlValue(text: string, at: number): { cell: Cell; next: number } | undefined {
  let i = at;
  while (i < text.length && i - at < 16 && isSpace(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (q === 39 || q === 34) {
    // '...' with '' or \' inside; at most MAX_VALUE characters.
    let j = i + 1;
    let value = '';
    let from = j;
    for (; j < text.length && j - i <= MAX_VALUE; j++) {
      const c = text.charCodeAt(j);
      if (c === 92) {
        value += text.slice(from, j);
        from = ++j;
      } else if (c === q) {
        if (text.charCodeAt(j + 1) === q) {
          value += text.slice(from, j + 1);
          from = ++j + 1;
        } else if (closes(text, j + 1)) {
          value += text.slice(from, j);
          return { cell: { value, start: i + 1, end: j }, next: j + 1 };
        }
        // Otherwise an apostrophe left unescaped in hand-written SQL ('van 't Zand', 'O'Brien'), followed by a letter: part of the value.
      } else if (c === 10) return undefined;
    }
    return undefined;
  }
  BARE.lastIndex = i;
  const m = BARE.exec(text);
  if (m === null) return undefined;
  let next = i + m[0].length;
  // DATE '1958-04-02', TIMESTAMP '...': the literal after the type word is the value.
  let k = next;
  while (k < text.length && k - next < 4 && text.charCodeAt(k) === 32) k++;
  if (/^[a-z]+$/i.test(m[0]) && text.charCodeAt(k) === 39) return sqlValue(text, k);
  // TO_DATE('02.04.1958', 'DD.MM.YYYY'): the first argument is the value, the rest is skipped to the ')'.
  // NOW(): no value, but the row goes on.
  if (text.charCodeAt(k) === 40) {
    const inner = sqlValue(text, k + 1);
    next = inner?.next ?? k + 1;
    while (next < text.length && next - k <= MAX_VALUE && text.charCodeAt(next) !== 41 && text.charCodeAt(next) !== 10) next++;
    if (text.charCodeAt(next) !== 41) return undefined;
    return { cell: inner?.cell ?? { value: '', start: k, end: k }, next: next + 1 };
  }
  return { cell: { value: m[0], start: i, end: next }, next };
}

/** One INSERT's rows after the column list; returns where the parse stopped. */
function sqlRows(text: string, at: number, columns: readonly string[], out: Hit[]): number {
  let pos = at;
  for (let row = 0; row < MAX_ROWS; row++) {
    const cells: Cell[] = [];
    for (;;) {
      const v = sqlValue(text, pos);
      if (v === undefined || cells.length >= columns.length) return Math.max(pos, v?.next ?? pos);
      cells.push(v.cell);
      pos = v.next;
      while (pos < text.length && isSpace(text.charCodeAt(pos)) && pos - v.next < 16) pos++;
      const c = text.charCodeAt(pos++);
      if (c === 41) break;
      if (c !== 44) return pos;
    }
    // A row whose values do not line up with the columns is not read by position.
    if (cells.length !== columns.length) return pos;
    report(columns, cells, 'sql-column', out);
    ROW_SEP.lastIndex = pos;
    if (ROW_SEP.exec(text) === null) return pos;
    pos = ROW_SEP.lastIndex;
  }
  return pos;
}

/** ASCII letters, digits and '_': where `\\b` sees a word character (the texts with fold-special characters take the slow path). */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

const INSERT_STICKY = new RegExp(INSERT.source, 'iuy');
// Where INSERT can start: "insert" in any case. Non-unicode `i` matching finds the same places as the `iu` pattern's
// folding unless the text holds a fold-special character (long s...), which takes the global scan. A literal search
// with the `i` flag is several times cheaper than the `\b`-led `iu` pattern, and cheaper than lower-casing the text.
const INSERT_GATE = /insert/gi;

/**
 * INSERT's first match at or after `from`: the pattern tried sticky only where the gate finds "insert" after a
 * non-word character, so the same leftmost match as the global scan. `fast` false: the global scan itself (the slow
 * path and the reference).
 */
function nextInsert(text: string, fast: boolean, from: number): RegExpExecArray | null {
  if (!fast) {
    INSERT.lastIndex = from;
    return INSERT.exec(text);
  }
  INSERT_GATE.lastIndex = from;
  for (let g = INSERT_GATE.exec(text); g !== null; g = INSERT_GATE.exec(text)) {
    const p = g.index;
    if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
    INSERT_STICKY.lastIndex = p;
    const m = INSERT_STICKY.exec(text);
    if (m !== null) return m;
    // Matches of the gate cannot overlap one another ("insert" does not overlap itself): resume past this one.
    INSERT_GATE.lastIndex = p + 1;
  }
  return null;
}

function scanSqlInserts(text: string, fast: boolean, out: Hit[]): void {
  for (let m = nextInsert(text, fast, 0); m !== null; ) {
    let pos = m.index + m[0].length;
    const columns: string[] = [];
    for (;;) {
      SQL_COLUMN.lastIndex = pos;
      const c = SQL_COLUMN.exec(text);
      if (c === null || columns.length >= MAX_COLUMNS) break;
      columns.push((c[2] ?? '').trim());
      pos = SQL_COLUMN.lastIndex;
      if (c[3] === ')') {
        VALUES.lastIndex = pos;
        if (VALUES.exec(text) !== null && columns.some(columnMatters)) pos = sqlRows(text, VALUES.lastIndex, columns, out);
        break;
      }
    }
    // The next INSERT is looked for after everything this one read.
    m = nextInsert(text, fast, Math.max(m.index + m[0].length, pos));
  }
}

// UPDATE ... SET col = 'v', col2 = 'v2' WHERE col3 = 'v3' AND ...: each column compared or assigned is context for its value.
const SQL_CLAUSE = /\b(?:set|where)\s{1,16}/giu;
// `p.geburtsdatum`: the table alias before the dot is not part of the column's name.
const SQL_PAIR = /(?:[\p{L}_][\p{L}\d_]{0,31}\.)?[`"[]?([\p{L}_][\p{L}\d_]{0,47})[`"\]]?\s{0,16}=\s{0,16}/uy;
const SQL_AND = /\s{0,16}(?:,|and\b|or\b)\s{0,16}/iy;

const SQL_CLAUSE_STICKY = new RegExp(SQL_CLAUSE.source, 'iuy');
const SQL_CLAUSE_GATE = /set|where/gi;

/** SQL_CLAUSE's first match at or after `from`: sticky where the gate finds "set" or "where" at a word start, as nextInsert does. */
function nextClause(text: string, fast: boolean, from: number): RegExpExecArray | null {
  if (!fast) {
    SQL_CLAUSE.lastIndex = from;
    return SQL_CLAUSE.exec(text);
  }
  SQL_CLAUSE_GATE.lastIndex = from;
  for (let g = SQL_CLAUSE_GATE.exec(text); g !== null; g = SQL_CLAUSE_GATE.exec(text)) {
    const p = g.index;
    if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
    SQL_CLAUSE_STICKY.lastIndex = p;
    const m = SQL_CLAUSE_STICKY.exec(text);
    if (m !== null) return m;
  }
  return null;
}

function scanSqlComparisons(text: string, fast: boolean, out: Hit[]): void {
  for (let m = nextClause(text, fast, 0); m !== null; ) {
    let pos = m.index + m[0].length;
    for (let n = 0; n < MAX_COLUMNS; n++) {
      SQL_PAIR.lastIndex = pos;
      const p = SQL_PAIR.exec(text);
      if (p === null) break;
      const v = sqlValue(text, SQL_PAIR.lastIndex);
      if (v === undefined) break;
      report([p[1] ?? ''], [v.cell], 'sql-column', out);
      pos = v.next;
      SQL_AND.lastIndex = pos;
      if (SQL_AND.exec(text) === null) break;
      pos = SQL_AND.lastIndex;
    }
    m = nextClause(text, fast, Math.max(m.index + m[0].length, pos));
  }
}

// ---------------------------------------------------------------- CSV, TSV, Markdown tables

const SEPARATORS = [9, 124, 59, 44]; // tab, |, ;, ,


// The ASCII characters a header line can hold: those of column names (letters, digits, `_`, `.`, `-`, space), the
// separators, quotes and the whitespace splitCells skips or trims. Any other one (`{`, `:`, `(`, `'`...) rules the line out.
const HEADER_ASCII = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.- \t\r"|;,') HEADER_ASCII[ch.charCodeAt(0)] = 1;
// Per ASCII character, what header()'s walk does with it, in one look-up: 0 a name character (walked past), a separator's
// bit in `seen` (1 tab, 2 '|', 4 ';', 8 ','), COLON for ':', OTHER for a character no header holds.
const COLON = 16;
const OTHER = 32;
const HEADER_STEP = new Uint8Array(128).map((_, c) => (c === 58 ? COLON : HEADER_ASCII[c] === 0 ? OTHER : c === 9 ? 1 : c === 124 ? 2 : c === 59 ? 4 : c === 44 ? 8 : 0));

/**
 * The separator that splits a header line into two or more column names, at least one of them a known key.
 * `gate` (off only in the reference): stop at the first ASCII character no header line holds (most lines are prose
 * or JSON and are ruled out at their first punctuation, without splitting them).
 */
function header(text: string, from: number, to: number, gate: boolean, colons: ColonCursor): { sep: number; columns: string[] } | undefined {
  // Which separators the line holds, read within the line (an indexOf to the text's end at every line is quadratic).
  // A header may follow prose and a colon on its line ("Dit zijn de kolommen: naam; BSN; geboortedatum"): the names
  // are read after the line's last ': '. A character no header holds sends the gate to the next ': ' in the line.
  let seen = 0;
  let afterColon = false;
  // The stretch since the last separator (or the start): its words and non-space characters. It lies inside one
  // cell whichever separator splits the line, so past a column name's four words or 48 characters (and two quotes)
  // no split can pass COLUMN_NAME: a prose line is ruled out at its fifth word, not split at each comma.
  let words = 0;
  let chars = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits, spaces and any character beyond ASCII: only counted (most of a header line, or of plain prose).
    const step = c < 128 ? (HEADER_STEP[c] ?? 0) : 0;
    if (step === 0) {
      if (c === 32 || c === 13) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        words++;
      }
      if ((++chars <= MAX_STRETCH_CHARS && words <= MAX_STRETCH_WORDS) || !gate) continue;
    } else if (step < COLON) {
      seen |= step;
      words = chars = 0;
      inWord = false;
      continue;
    } else if (step === COLON && text.charCodeAt(i + 1) === 32) {
      from = i + 1;
      seen = 0;
      afterColon = true;
      words = chars = 0;
      inWord = false;
      continue;
    }
    if (gate) {
      const next = colons.after(i);
      if (next === -1 || next >= to) return undefined;
      i = next - 1;
    }
  }
  for (let k = 0; k < SEPARATORS.length; k++) {
    const sep = SEPARATORS[k] ?? 44;
    if ((seen & (1 << k)) === 0) continue;
    const cells = splitCells(text, from, to, sep);
    if (cells === undefined || cells.length < 2 || cells.length > MAX_COLUMNS) continue;
    const columns = cells.map((c) => c.value);
    // After prose and a colon, a list of three or more names without digits: "Cliënt: dhr. Bouali, BSN 197464968" is
    // a label and its values, not a header.
    if (afterColon && (columns.length < 3 || columns.some((c) => /\d/.test(c)))) continue;
    if (columns.every((c) => COLUMN_NAME.test(c)) && columns.some(columnMatters)) return { sep, columns };
  }
  return undefined;
}

/** The next ': ' at or after a position, searched once per stretch of text (each line asking again would be quadratic). */
class ColonCursor {
  private at = -2;
  constructor(private readonly text: string) {}
  after(i: number): number {
    if (this.at !== -1 && this.at < i) this.at = this.text.indexOf(': ', i);
    return this.at;
  }
}

// A Markdown table's alignment row: | --- | :---: |, and the rule lines of psql (`-----+------`) and the MySQL
// client (`+----+------+`), whose `| id | name |` rows are read as '|' tables.
const ALIGN_ROW = /^[\s|:+-]*-{3}[\s|:+-]*$/;
const isAlignRow = (text: string) => (from: number, to: number): boolean => ALIGN_ROW.test(text.slice(from, Math.min(to, from + MAX_HEADER)));


function scanDelimited(text: string, gate: boolean, out: Hit[]): void {
  const colons = new ColonCursor(text);
  let from = 0;
  while (from < text.length) {
    const end = lineEnd(text, from);
    const next = end + 1;
    if (end - from > MAX_HEADER || next >= text.length) {
      from = next;
      continue;
    }
    const h = header(text, from, end, gate, colons);
    if (h === undefined) {
      from = next;
      continue;
    }
    // Rows: the lines after the header with as many fields; the first line that is not one ends the table.
    const walk = { maxRows: MAX_ROWS, blankBefore: true, headerLine: h.sep === 124 ? isAlignRow(text) : undefined };
    const at = walkRows(text, next, walk, (rowFrom, rowTo) => {
      const cells = splitCells(text, rowFrom, rowTo, h.sep);
      if (cells === undefined || cells.length !== h.columns.length) return false;
      report(h.columns, cells, 'csv-column', out);
      return true;
    });
    from = Math.max(next, at);
  }
}

// ---------------------------------------------------------------- printed tables

// Whitespace-aligned tables as programs print them: a pandas DataFrame (`df.head()`, with its index column), the
// sqlite and SQL*Plus column modes, `to_string(index=False)`:
//
//        ipp             nom date_naissance      diagnostic
//     0  771203  jacqueline morel     1944-03-18  colique néphrétique
//
// No separator character: the header is a line of one-word column names, indented or with two spaces between two of
// them (prose has neither), and a row's cells are parted by two or more spaces. A printer parts wide columns by one
// space only (`1940-08-19 2026-11-01`), so a row short of cells has its number and date words split off one by one.
// A row holds as many cells as the header names, one more (the index) under an indented header; any other line ends
// the table.

/**
 * The column names of a printed table's header line, or undefined: one-word names only, two or more, one a known key.
 * `indexed`: the line is indented, as pandas indents it over its index column, so every row starts with an index cell.
 */
function printedHeader(text: string, from: number, to: number): { columns: string[]; indexed: boolean } | undefined {
  const indexed = text.charCodeAt(from) === 32;
  let wide = indexed;
  const columns: string[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32 && columns.length > 0 && i + 2 < to) wide = true;
      i++;
      continue;
    }
    // A name character (ASCII letters, digits, `_`, `.`, `-`) or any letter beyond ASCII; anything else rules the line out.
    if (c < 128 && (HEADER_STEP[c] ?? OTHER) !== 0) return undefined;
    let j = i + 1;
    while (j < to && j - i <= 48) {
      const d = text.charCodeAt(j);
      if (d === 32) break;
      if (d < 128 && (HEADER_STEP[d] ?? OTHER) !== 0) return undefined;
      j++;
    }
    const name = text.slice(i, j);
    if (!COLUMN_NAME.test(name) || columns.length >= MAX_COLUMNS) return undefined;
    columns.push(name);
    i = j;
  }
  return wide && columns.length >= 2 && columns.some(columnMatters) ? { columns, indexed } : undefined;
}

// A word that is a number, a date or a time (`260118`, `1944-03-18`, `00:00:00`, `12.5`): a cell of its own in a short row.
const NUMBER_WORD = /^[+-]?\d[\d.,:/-]*$/;

/** A printed row's cells parted by two or more spaces (or tabs), or undefined when a line holds more than MAX_COLUMNS + 1. */
function printedCells(text: string, from: number, to: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = from;
  for (;;) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i >= to) return cells;
    if (cells.length > MAX_COLUMNS) return undefined;
    let j = i;
    while (j < to && text.charCodeAt(j) !== 9 && !(text.charCodeAt(j) === 32 && (j + 1 >= to || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9))) j++;
    cells.push({ value: text.slice(i, j), start: i, end: j });
    i = j;
  }
}

/** The cells with every number or date word split off as a cell of its own (words between them stay one cell). */
function splitNumberWords(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    let run: Cell | undefined;
    let at = cell.start;
    for (const word of cell.value.split(' ')) {
      const w = { value: word, start: at, end: at + word.length };
      at = w.end + 1;
      if (NUMBER_WORD.test(word)) {
        if (run !== undefined) out.push(run);
        run = undefined;
        out.push(w);
      } else run = run === undefined ? w : { value: `${run.value} ${word}`, start: run.start, end: w.end };
    }
    if (run !== undefined) out.push(run);
  }
  return out;
}

/** The row's cells lined up with `n` columns (the index cell in front dropped), or undefined when they do not line up. */
function lineUp(cells: Cell[], n: number, indexed: boolean): Cell[] | undefined {
  if (cells.length !== n + (indexed ? 1 : 0)) return undefined;
  return indexed ? cells.slice(1) : cells;
}

function scanPrinted(text: string, out: Hit[]): void {
  let from = 0;
  while (from < text.length) {
    const end = lineEnd(text, from);
    const next = end + 1;
    // Only a line with a double space can be a printed header: one indexOf per line, not a walk.
    const line = contentEnd(text, from, end);
    const dbl = text.indexOf('  ', from);
    if (dbl === -1) return;
    if (dbl >= line || line - from > MAX_HEADER || next >= text.length) {
      from = dbl >= line ? Math.max(next, text.lastIndexOf('\n', dbl) + 1) : next;
      continue;
    }
    const h = printedHeader(text, from, line);
    if (h === undefined) {
      from = next;
      continue;
    }
    const at = walkRows(text, next, { maxRows: MAX_ROWS, blankBefore: false }, (rowFrom, rowTo) => {
      if (rowTo - rowFrom > MAX_HEADER + MAX_COLUMNS * MAX_VALUE) return false;
      const raw = printedCells(text, rowFrom, rowTo);
      if (raw === undefined) return false;
      const n = h.columns.length + (h.indexed ? 1 : 0);
      const cells = lineUp(raw.length < n ? splitNumberWords(raw) : raw, h.columns.length, h.indexed);
      if (cells === undefined) return false;
      report(h.columns, cells, 'printed-column', out);
      return true;
    });
    from = Math.max(next, at);
  }
}

/** Values of SQL INSERTs, delimited and printed tables, judged by their column's name. */
export function scanTabular(text: string, out: Hit[]): void {
  const fast = !hasFoldSpecial(text);
  scanSqlInserts(text, fast, out);
  scanSqlComparisons(text, fast, out);
  scanDelimited(text, true, out);
  scanPrinted(text, out);
}

/** The same scan with the SQL patterns run over the whole text and every line split as a header: the reference in tests. */
export function scanTabularReference(text: string, out: Hit[]): void {
  scanSqlInserts(text, false, out);
  scanSqlComparisons(text, false, out);
  scanDelimited(text, false, out);
  scanPrinted(text, out);
}
