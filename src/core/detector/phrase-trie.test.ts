// The word-list tree (phrase-trie.ts) gives the patterns' answers: VENUE's scan and isOrganisationName's start and
// article tests, on random texts of the nouns with Latin glue and now and then a character that sends the text to the
// pattern.
import { describe, expect, it } from 'vitest';
import { wordSamples } from './test-support/word-samples.js';
import { FARM_WORDS, ORG_WORDS } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { isOrganisationName, VENUE } from './org-names.js';
import { PhraseTrie } from './phrase-trie.js';

const LATIN_GLUE = [' ', '  ', '\n', '\t', '\u00A0', '\u2003', 'x', 'é', 'ß', '-', '.', '1', '²', 'A', '', ',', ':', '’', "'", 'Berg', 'the ', 'Die ', 'les ', 'una '];
const GLUE: readonly string[] = [...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, '\u017F', '\u212A', 'İ', 'λ', 'µ', 'ª'];
const nouns = [...Object.values(VENUE_WORDS), ...Object.values(ORG_WORDS), ...Object.values(FARM_WORDS)].flat();
const samples = wordSamples([...nouns, 'the', 'la', 'ein', 'eine', 'Rossi', 'de'], 91, { glue: GLUE, maxWords: 6, capitalised: true });

const scan = (s: string, reference: boolean): string[] => {
  const out: string[] = [];
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(s, reference); m !== null; m = VENUE.exec(s, reference)) out.push(`${m.index}:${m[0]}`);
  return out;
};

describe('phrase-trie', () => {
  it('reads the venue nouns', () => {
    expect(new PhraseTrie(nouns).usable).toBe(true);
    expect(new PhraseTrie(['a\u017Fb']).usable).toBe(false);
    expect(new PhraseTrie(['a  b']).usable).toBe(false);
  });

  it('gives the longest word followed by no letter', () => {
    const t = new PhraseTrie(['car park', 'car', 'carp']);
    expect(t.longestAt('Car \n Park.', 0)).toBe(10);
    expect(t.longestAt('carpet', 0)).toBe(-1);
    expect(t.longestAt('car parks', 0)).toBe(3);
    expect(t.nextWord('a2car park', 0)).toBeUndefined();
    expect(t.nextWord('a car', 0)).toEqual([2, 5]);
  });

  it("VENUE's scan equals the pattern on random texts", () => {
    let found = 0;
    for (const s of samples) {
      const want = scan(s, true);
      expect(scan(s, false), JSON.stringify(s)).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(3000);
  });

  it('isOrganisationName equals the patterns on random spans', () => {
    let named = 0;
    for (const s of samples) {
      const want = isOrganisationName(s, true);
      expect(isOrganisationName(s), JSON.stringify(s)).toBe(want);
      if (want) named++;
    }
    expect(named).toBeGreaterThan(100);
  });
});
