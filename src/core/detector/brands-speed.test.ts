// brands.ts's trade-fair test, read at the words that can begin a fair word, gives the answers of FAIR's own scan.
import { describe, expect, it } from 'vitest';
import { wordSamples } from './test-support/word-samples.js';
import { FAIR_WORDS } from './data/brands.js';
import { dropBrandNames, fairText } from './brands.js';

const GLUE: readonly string[] = [' ', '  ', '\n', 'x', 'é', 'ß', '\u017F', '\u212A', 'İ', '-', '.', '1', 'A', '', ',', '’'];
const samples = (vocabulary: readonly string[], seed: number): string[] => wordSamples(vocabulary, seed, { glue: GLUE, maxWords: 6 });

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
