/**
 * Lines of a pasted table, for its readers: tabular-keys.ts (CSV, TSV, Markdown and printed tables, values judged by
 * their column's name) and branch-rows.ts (a business's branch list). One cell splitter for delimited lines and one
 * walker over the rows under a header, so the readers differ only in how they split a printed line and what they do
 * with a row.
 *
 * Linear time: the walker reads each line once and hands it to the reader's splitter once; splitCells reads each
 * character of its line once (a quoted cell's "" pairs included).
 */

export interface Cell {
  /** The cell's text: trimmed; a quoted cell without its quotes, with "" read as ". */
  value: string;
  start: number;
  end: number;
}

/** At most this many cells in a line: a wider one is no table row (undefined from splitCells). */
export const MAX_COLUMNS = 64;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Where the line starting at `from` ends (its '\n', or the text's end). */
export function lineEnd(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e === -1 ? text.length : e;
}

/** The end of a line's content: before a '\r' that ends it. */
export const contentEnd = (text: string, from: number, end: number): number => (end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);

/**
 * The cells of the line text[from, to) split at the character `sep`, with "quoted" cells ("" inside); undefined when
 * a quote is left open or the line has more than MAX_COLUMNS cells. With `|` the outer pipes of a Markdown row bound it.
 */
export function splitCells(text: string, from: number, to: number, sep: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = from;
  if (sep === 124) {
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) === 124) i++;
    let e = to;
    while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > i && text.charCodeAt(e - 1) === 124) to = e - 1;
  }
  for (;;) {
    if (cells.length > MAX_COLUMNS) return undefined;
    while (i < to && (text.charCodeAt(i) === 32 || (sep !== 9 && text.charCodeAt(i) === 9))) i++;
    if (i < to && text.charCodeAt(i) === 34) {
      let j = i + 1;
      let value = '';
      let from2 = j;
      for (; j < to; j++) {
        if (text.charCodeAt(j) !== 34) continue;
        if (j + 1 < to && text.charCodeAt(j + 1) === 34) {
          value += text.slice(from2, j + 1);
          from2 = ++j + 1;
          continue;
        }
        break;
      }
      if (j >= to) return undefined;
      value += text.slice(from2, j);
      cells.push({ value, start: i + 1, end: j });
      i = j + 1;
      while (i < to && text.charCodeAt(i) === 32) i++;
    } else {
      let j = i;
      while (j < to && text.charCodeAt(j) !== sep) j++;
      let e = j;
      while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
      cells.push({ value: text.slice(i, e), start: i, end: e });
      i = j;
    }
    if (i >= to) return cells;
    if (text.charCodeAt(i) !== sep) return undefined;
    i++;
  }
}

export interface RowWalk {
  /** Most rows read; a longer table has shown what it holds by then. */
  maxRows: number;
  /** One blank line may part the header from its first row (often a sentence naming the columns stands above). */
  blankBefore: boolean;
  /** A line under the header that belongs to it and is no row (a Markdown alignment row), passed once. */
  headerLine?: ((from: number, to: number) => boolean) | undefined;
}

/**
 * Walks the lines from `at` (the line after a header) as the table's rows: `row(from, to)` reads the line
 * text[from, to) (without its '\r') and says whether it is one; the first line that is not ends the table.
 * Returns where the table ends: the start of the line that ended it, or the text's end.
 */
export function walkRows(text: string, at: number, walk: RowWalk, row: (from: number, to: number) => boolean): number {
  if (walk.blankBefore && at < text.length) {
    const e = lineEnd(text, at);
    if (contentEnd(text, at, e) === at && e + 1 < text.length && text.charCodeAt(e + 1) !== 10) at = e + 1;
  }
  if (walk.headerLine !== undefined && at < text.length) {
    const e = lineEnd(text, at);
    if (walk.headerLine(at, contentEnd(text, at, e))) at = e + 1;
  }
  for (let n = 0; n < walk.maxRows && at < text.length; n++) {
    const e = lineEnd(text, at);
    if (!row(at, contentEnd(text, at, e))) break;
    at = e + 1;
  }
  return at;
}
