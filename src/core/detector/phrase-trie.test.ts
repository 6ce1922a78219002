// The word-list tree (phrase-trie.ts) gives the patterns' answers: VENUE's scan and isOrganisationName's start and
// article tests, on random texts of the nouns with Latin glue and now and then a character that sends the text to the
// pattern.
import { describe, expect, it } from 'vitest';
import { wordSamples } from './test-support/word-samples.js';
import { FARM_WORDS, ORG_WORDS } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { isOrganisationName, VENUE } from './org-names.js';
import { PhraseTrie, WordTest } from './phrase-trie.js';
import { KIN_WORDS } from './data/kin-words.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { LANGUAGES } from './languages.js';
import { wordPrefixTree } from './data/struct-cues.js';
import { alternation, ORG_CONTACT } from './data/struct-cues.js';
import { foldsAsLowerCase } from './phrase-index.js';

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

  it('nextWord equals a word-list pattern whose look-behind allows a number (the desk phrases)', () => {
    const pattern = new RegExp(`(?<!\\p{L})(?:${alternation(ORG_CONTACT)})(?!\\p{L})`, 'iu');
    const trie = new PhraseTrie(Object.values(ORG_CONTACT).flat());
    const texts = wordSamples([...Object.values(ORG_CONTACT).flat(), 'the', 'Rossi'], 92, { glue: GLUE, maxWords: 5, capitalised: true });
    let found = 0;
    for (const s of texts.filter(foldsAsLowerCase)) {
      const m = pattern.exec(s);
      expect(trie.nextWord(s, 0, true), JSON.stringify(s)).toEqual(m === null ? undefined : [m.index, m.index + m[0].length]);
      if (m !== null) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("WordTest equals its pattern (birth-dates.ts's ties: possessives, relatives, name cues)", () => {
    const ties = [
      ...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive),
      ...Object.values(KIN_WORDS).flatMap((l) => [...l.possessive, ...l.kin]),
      ...Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation]),
    ];
    const tie = new WordTest(ties, new RegExp(`(?<![\\p{L}])(?:${wordPrefixTree(ties)})(?![\\p{L}])`, 'iu'));
    let found = 0;
    for (const s of wordSamples([...ties, 'Rossi', 'the'], 93, { glue: GLUE, maxWords: 4, capitalised: true })) {
      const want = tie.test(s, true);
      expect(tie.test(s), JSON.stringify(s)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
