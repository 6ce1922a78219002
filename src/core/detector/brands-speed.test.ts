// brands.ts's trade-fair test, read at the words that can begin a fair word, gives the answers of FAIR's own scan.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { FAIR_WORDS } from './data/brands.js';
import { dropBrandNames, fairText } from './brands.js';

/** Texts of the words, their pieces and glue: letters (ASCII, accented, long s, Kelvin, İ), hyphens and spaces around them. */
function samples(vocabulary: readonly string[], seed: number): string[] {
  const glue = [' ', '  ', '\n', 'x', 'é', 'ß', '\u017F', '\u212A', 'İ', '-', '.', '1', 'A', '', ',', '’'];
  const r = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < 4000; i++) {
    let s = '';
    const n = 1 + Math.floor(r() * 6);
    for (let k = 0; k < n; k++) {
      const w = pick(vocabulary);
      const roll = r();
      s += roll < 0.5 ? w : roll < 0.7 ? w.toUpperCase() : w.slice(0, 1 + Math.floor(r() * w.length));
      s += pick(glue);
      if (r() < 0.3) s += pick(glue);
    }
    out.push(s);
  }
  return out;
}

describe('brands fast paths', () => {
  it('two different fair words: the same answer as the whole-text scan', () => {
    let found = 0;
    for (const s of samples(FAIR_WORDS, 41)) {
      expect(fairText(s), s).toBe(fairText(s, true));
      if (fairText(s, true)) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('a company before its legal form or a brand before its product is no person; a name before other words is', () => {
    const person = (text: string, name: string): boolean => {
      const start = text.indexOf(name);
      const hits = [{ entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start, end: start + name.length, dataClass: 'pii' as const }];
      dropBrandNames(text, hits);
      return hits.length === 1;
    };
    expect(person('Order from Marston Harper plc today', 'Marston Harper')).toBe(false);
    expect(person('Order from Marston Harper,  & Co. GmbH today', 'Marston Harper')).toBe(false);
    expect(person('We drank Marlowe coffee', 'Marlowe')).toBe(false);
    expect(person('We met Marlowe yesterday', 'Marlowe')).toBe(true);
    expect(person('Marston Harper, please call', 'Marston Harper')).toBe(true);
  });
});
