// Number-dense text (logs, tables, decoded "line 12 ok" runs) reads the shared Latin runs: TYPE_FIRST's starts from
// them, and NUMBER_FIRST, NUMBER_FIRST_CAP and FR_NUMBER_TYPE skipped when no run starts with their street word. Every
// rule's matches equal its global scan, as the walks from each number do on prose (addresses.test.ts).
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { addressRuleMatches } from './addresses.js';
import { digitRuns } from './runs.js';
import { latinRuns } from './word-index.js';

const PIECES = [
  '12', '7', '3', '45', '123', '12345', '4º', '5b', 'line', 'ok', 'status', 'log', 'Via', 'via', 'VIA', 'viale', 'v.le', 'Rúa', 'rúa', 'calle', 'Caller', 'C/', 'c/Mayor',
  'Avda.', 'av.', 'pº', 'Pº', 'travesía', 'Piazza', 'p.zza', 'corso', 'c.so', 'largo', 'ul.', 'rue', 'Carrer', 'Roma', 'Garibaldi', 'San', 'del', 'de', 'Mayor', 'email',
  ' ', '  ', '\n', '\t', '\u00A0', ',', '.', '-', '_', '/', "'", 'x1via', 'é', 'Ж', 'ω', 'İ', 'ſ', 'K', '𝐀',
  // Street words of the rules read from a number: rarer, so most dense texts have none of some rule's.
  ...['Street', 'st', 'Rd', 'Oak', 'Close', 'Green', 'Bramble', 'rue', 'avenue', 'allée', 'bis', 'Lilas', 'b'],
];

describe('street starts and gates from the Latin runs', () => {
  it('give every rule the global scan\'s matches on number-dense fuzzed text', () => {
    const r = mulberry32(77);
    let matches = 0;
    let dense = 0;
    const fromNumbers = [0, 0, 0];
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 2 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.6 ? ' ' : '');
      const fast = addressRuleMatches(s, false);
      expect(fast, s).toEqual(addressRuleMatches(s, true));
      // TYPE_FIRST's matches (NAME_FIRST, UK_POSTCODE, then the rules: it is the sixth); the texts dense enough in numbers to take the runs.
      if ((s.match(/\s\d/g)?.length ?? 0) * 6 <= latinRuns(s).count) continue;
      dense++;
      matches += fast[7]?.length ?? 0;
      // NUMBER_FIRST, NUMBER_FIRST_CAP, FR_NUMBER_TYPE, in texts dense enough to be gated by their street words.
      for (const k of [0, 1, 2]) fromNumbers[k] = (fromNumbers[k] ?? 0) + (fast[2 + k]?.length ?? 0);
    }
    expect(matches).toBeGreaterThan(200);
    expect(dense).toBeGreaterThan(1000);
    for (const c of fromNumbers) expect(c).toBeGreaterThan(10);
  });

  it('give every rule the global scan\'s matches on base64-like text (digit runs glued to letters, few after whitespace)', () => {
    const r = mulberry32(78);
    const glued = ['bG9n', 'IGxp', 'bmUg', 'MCBz', 'dGF0', 'dXMg', 'b2s=', 'Q3', 'x9', 'A1b2', '7Z', 'e5t', 'o4x', 'rd8', 'St3'];
    const streets = [' 12 Main Street ', ' 3 rue des Lilas ', ' 4 Bramble Close ', ' 7 Oak Rd ', ' 5b avenue Foch ', ' Via Roma 12 '];
    let dense = 0;
    let matches = 0;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 4 + Math.floor(r() * 40);
      for (let k = 0; k < n; k++) {
        // Mostly glued tokens; now and then a piece with a street word, a number after whitespace, or a space.
        const x = r();
        s +=
          x < 0.8 ? (glued[Math.floor(r() * glued.length)] ?? '') : x < 0.9 ? ' ' : x < 0.95 ? (streets[Math.floor(r() * streets.length)] ?? '') : (PIECES[Math.floor(r() * PIECES.length)] ?? '') + ' ';
      }
      const fast = addressRuleMatches(s, false);
      expect(fast, s).toEqual(addressRuleMatches(s, true));
      const words = latinRuns(s).count;
      if ((s.match(/\s\d/g)?.length ?? 0) * 6 <= words && digitRuns(s).count * 2 > words) {
        dense++;
        matches += fast.flat().length;
      }
    }
    expect(dense).toBeGreaterThan(500);
    expect(matches).toBeGreaterThan(50);
  });
});
