// TYPE_FIRST's starts read from the shared Latin runs (number-dense text: logs, tables, decoded "line 12 ok" runs)
// equal the global scan, as the walk back from each number does on prose (addresses.test.ts).
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { addressRuleMatches } from './addresses.js';
import { latinRuns } from './word-index.js';

const PIECES = [
  '12', '7', '3', '45', '123', '12345', '4º', '5b', 'line', 'ok', 'status', 'log', 'Via', 'via', 'VIA', 'viale', 'v.le', 'Rúa', 'rúa', 'calle', 'Caller', 'C/', 'c/Mayor',
  'Avda.', 'av.', 'pº', 'Pº', 'travesía', 'Piazza', 'p.zza', 'corso', 'c.so', 'largo', 'ul.', 'rue', 'Carrer', 'Roma', 'Garibaldi', 'San', 'del', 'de', 'Mayor', 'email',
  ' ', '  ', '\n', '\t', '\u00A0', ',', '.', '-', '_', '/', "'", 'x1via', 'é', 'Ж', 'ω', 'İ', 'ſ', 'K', '𝐀',
];

describe('TYPE_FIRST starts from the Latin runs', () => {
  it('equal the global scan on number-dense fuzzed text', () => {
    const r = mulberry32(77);
    let matches = 0;
    let dense = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 2 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.6 ? ' ' : '');
      const fast = addressRuleMatches(s, false);
      expect(fast, s).toEqual(addressRuleMatches(s, true));
      // TYPE_FIRST's matches (NAME_FIRST, UK_POSTCODE, then the rules: it is the sixth); the texts dense enough in numbers to take the runs.
      matches += fast[7]?.length ?? 0;
      if ((s.match(/\s\d/g)?.length ?? 0) * 6 > latinRuns(s).count) dense++;
    }
    expect(matches).toBeGreaterThan(200);
    expect(dense).toBeGreaterThan(1000);
  });
});
