// ORG_NOUN_SCAN's trees on Latin-1 text against the pattern they replace, on random texts of possessives, premises and
// venue nouns in any case, spaces, digits and letters before or after.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { PREMISES } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { ORG_NOUN_SCAN } from './public-addresses.js';

const all = (s: string, reference: boolean): string[] => {
  const out: string[] = [];
  ORG_NOUN_SCAN.lastIndex = 0;
  for (let m = ORG_NOUN_SCAN.exec(s, reference); m !== null; m = ORG_NOUN_SCAN.exec(s, reference)) out.push(`${m.index}:${m[0]}`);
  return out;
};

describe('ORG_NOUN_SCAN: the trees = the pattern', () => {
  it('on random texts', () => {
    const words = [...Object.values(PREMISES).flat(), ...Object.values(VENUE_WORDS).flat().slice(0, 300)];
    const own = 'our unser unsere unserem unseren notre nos nuestra nuestro nuestras nuestros ons onze nostra nostro nostri nostre'.split(' ');
    const pieces = [...words, ...words.map((w) => w.toUpperCase()), ...own, ...own.map((w) => w.toUpperCase()), 'x', '5', 'é', 'ß', 'at', 'the', 'Anna'];
    const seps = [' ', '  ', '', '\n', '\u00A0', '\t', ',', "'", '-', '5'];
    const r = mulberry32(61);
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 8);
      for (let i = 0; i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (seps[Math.floor(r() * seps.length)] ?? '');
      const fast = all(s, false);
      expect(fast, JSON.stringify(s)).toEqual(all(s, true));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
