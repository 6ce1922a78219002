// public-addresses.ts's private-word test read from the text's Latin runs gives the pattern's answer on every window,
// windows that cut words included.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { wordSamples } from './test-support/word-samples.js';
import { PRIVATE_ADDRESS } from './data/company-cues.js';
import { PRIVATE_ENDINGS, PRIVATE_NEAR } from './data/public-venues.js';
import { privateWordIn } from './public-addresses.js';

// Mostly the glue of Latin text (where the runs answer); now and then a character that sends the test to the pattern.
const LATIN_GLUE = [' ', '  ', '\n', 'x', 'é', 'ß', '-', '.', '1', 'A', '', ',', ':', '’', 'Ferien'];
const GLUE: readonly string[] = [...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, '\u017F', '\u212A', 'İ', 'λ', 'ª'];
const vocabulary = [...Object.values(PRIVATE_NEAR).flat(), ...PRIVATE_ADDRESS, ...PRIVATE_ENDINGS.map((w) => `Miet${w}`), 'holiday', 'address', 'vicino', 'museum', 'ung'];

describe('public-addresses fast path', () => {
  it('privateWordIn equals the pattern on random windows', () => {
    const r = mulberry32(77);
    let found = 0;
    let tried = 0;
    for (const s of wordSamples(vocabulary, 71, { glue: GLUE, maxWords: 6, capitalised: true })) {
      for (let k = 0; k < 3; k++) {
        const from = Math.floor(r() * s.length);
        const to = from + Math.floor(r() * (s.length - from + 1));
        const fast = privateWordIn(s, from, to);
        expect(fast, `${JSON.stringify(s)} [${from}, ${to})`).toBe(privateWordIn(s, from, to, true));
        if (fast) found++;
        tried++;
      }
    }
    expect(found).toBeGreaterThan(tried / 20);
    expect(found).toBeLessThan(tried * 0.9);
  });
});
