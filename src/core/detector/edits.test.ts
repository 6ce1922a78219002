import { describe, expect, it } from 'vitest';
import { EditBuilder, flatString } from './edits.js';

describe('flatString and EditBuilder', () => {
  it('flatString keeps the text as it is', () => {
    let built = '';
    for (let i = 0; i < 200; i++) built += `part ${i} é—\n`;
    for (const s of ['', 'a', 'ab', '€', built, built.slice(3, 900)]) expect(flatString(s)).toBe(s);
  });

  it('builds the rewritten text and maps each edit to its original span', () => {
    const b = new EditBuilder('a\u200bb\u2013c');
    b.edit(1, 2, '');
    b.edit(3, 4, '-');
    const n = b.finish();
    expect(n.text).toBe('ab-c');
    expect(n.edits === null ? [] : [Array.from(n.edits.at), Array.from(n.edits.from), Array.from(n.edits.to)]).toEqual([
      [1, 2],
      [1, 3],
      [2, 4],
    ]);
  });
});
