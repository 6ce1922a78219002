// ORG_NOUN_SCAN's trees on Latin-1 text against the pattern they replace, on random texts of possessives, premises and
// venue nouns in any case, spaces, digits and letters before or after.
import { describe, expect, it } from 'vitest';
import { PREMISES } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { ORG_NOUN_SCAN } from './public-addresses.js';
import { wordSamples } from './test-support/word-samples.js';

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
    const samples = wordSamples([...words, ...own, 'x', '5', 'é', 'ß', 'at', 'the', 'Anna'], 61, { glue: [' ', '  ', '', '\n', '\u00A0', '\t', ',', "'", '-', '5'], maxWords: 8, capitalised: true, count: 5000 });
    let found = 0;
    for (const s of samples) {
      const fast = all(s, false);
      expect(fast, JSON.stringify(s)).toEqual(all(s, true));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
