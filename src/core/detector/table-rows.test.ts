// The row walker and cell splitter the table readers share (tabular-keys.ts, branch-rows.ts): their rules, with texts
// of our own; the readers' own tests cover what is found in the rows.
import { describe, expect, it } from 'vitest';
import { splitCells, walkRows } from './table-rows.js';

const cells = (line: string, sep: string): string[] | undefined => splitCells(line, 0, line.length, sep.charCodeAt(0))?.map((c) => c.value);

describe('splitCells', () => {
  it('splits at the separator, trims, and reads a quoted cell whole with "" as one quote', () => {
    expect(cells('nom;  date_naissance ;ville', ';')).toEqual(['nom', 'date_naissance', 'ville']);
    expect(cells('"Janssen, Pieter","zei ""hoi""",3', ',')).toEqual(['Janssen, Pieter', 'zei "hoi"', '3']);
    expect(cells('a\tb c\t', '\t')).toEqual(['a', 'b c', '']);
  });
  it('gives the offsets of each cell in the text, inside the quotes', () => {
    const line = 'id,"Müller"';
    const c = splitCells(line, 0, line.length, 44);
    expect(c?.map((x) => line.slice(x.start, x.end))).toEqual(['id', 'Müller']);
  });
  it("bounds a Markdown row by its outer pipes", () => {
    expect(cells('| nombre | fecha |', '|')).toEqual(['nombre', 'fecha']);
    expect(cells('  | a | b |  ', '|')).toEqual(['a', 'b']);
  });
  it('is no row when a quote is left open or the line has more than 64 cells', () => {
    expect(cells('a,"b,c', ',')).toBeUndefined();
    expect(cells(Array.from({ length: 66 }, () => 'x').join(','), ',')).toBeUndefined();
    expect(cells(Array.from({ length: 64 }, () => 'x').join(','), ',')).toHaveLength(64);
  });
});

describe('walkRows', () => {
  const rowsOf = (text: string, blankBefore: boolean, headerLine?: (f: number, t: number) => boolean): { rows: string[]; end: number } => {
    const rows: string[] = [];
    const end = walkRows(text, text.indexOf('\n') + 1, { maxRows: 3, blankBefore, headerLine }, (f, t) => {
      const line = text.slice(f, t);
      if (!line.includes(',')) return false;
      rows.push(line);
      return true;
    });
    return { rows, end };
  };
  it('reads the lines under the header until the first that is no row, without their \\r', () => {
    const text = 'h1,h2\r\na,1\r\nb,2\r\nthat was all\nc,3';
    expect(rowsOf(text, false)).toEqual({ rows: ['a,1', 'b,2'], end: text.indexOf('that') });
  });
  it('passes one blank line before the first row when asked, not two, and not after a row', () => {
    expect(rowsOf('h1,h2\n\na,1\nb,2', true).rows).toEqual(['a,1', 'b,2']);
    expect(rowsOf('h1,h2\n\na,1\nb,2', false).rows).toEqual([]);
    expect(rowsOf('h1,h2\n\n\na,1', true).rows).toEqual([]);
    expect(rowsOf('h1,h2\na,1\n\nb,2', true).rows).toEqual(['a,1']);
  });
  it("passes a line that belongs to the header (a Markdown alignment row) once", () => {
    const align = (text: string) => (f: number, t: number): boolean => /^[\s|:-]*-{3}[\s|:-]*$/.test(text.slice(f, t));
    const text = '|h1,h2|\n|---|---|\na,1\n|---|---|';
    expect(rowsOf(text, true, align(text)).rows).toEqual(['a,1']);
  });
  it('stops after maxRows rows', () => {
    const text = 'h1,h2\na,1\nb,2\nc,3\nd,4\ne,5';
    const r = rowsOf(text, false);
    expect(r.rows).toEqual(['a,1', 'b,2', 'c,3']);
    expect(r.end).toBe(text.indexOf('d,4'));
  });
});
