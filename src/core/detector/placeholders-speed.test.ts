// placeholders.ts's fast paths (fixture words, placeholder names and test-code markers looked for at the text's Latin
// words) give the answers of the whole-text searches they replace.
import { describe, expect, it } from 'vitest';
import { wordSamples } from './test-support/word-samples.js';
import { FIXTURE_WORDS, PLACEHOLDER_LOCAL_PARTS, TEST_CODE_MARKERS } from './data/placeholders.js';
import { hasFixtureWord, hasTestMarker, isFixtureText, isPlaceholderDomain, isReservedDomain, placeholderNames } from './placeholders.js';

const GLUE: readonly string[] = [' ', '  ', '\n', 'x', 'é', 'ß', '\u017F', '\u212A', 'İ', '_', '-', '.', '1', 'A', '', ',', '(', "'", '@', '[', '    '];
const samples = (vocabulary: readonly string[], seed: number): string[] => wordSamples(vocabulary, seed, { glue: GLUE, maxWords: 8, capitalised: true });

const fixtureWords = [...new Set(Object.values(FIXTURE_WORDS).flat())];
const names = PLACEHOLDER_LOCAL_PARTS.filter((w) => w.includes(' '));

describe('placeholders fast paths equal their references', () => {
  it('fixture words', () => {
    let found = 0;
    for (const s of samples(fixtureWords, 31)) {
      expect(hasFixtureWord(s), s).toBe(hasFixtureWord(s, true));
      if (hasFixtureWord(s, true)) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('placeholder names: every match, index and text', () => {
    let found = 0;
    for (const s of samples([...names, ...names.map((w) => w.split(' ')[0] ?? '')], 32)) {
      const fast = placeholderNames(s).map((m) => [m.index, m[0]]);
      expect(fast, s).toEqual(placeholderNames(s, true).map((m) => [m.index, m[0]]));
      if (fast.length > 0) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('test-code markers', () => {
    let found = 0;
    const pieces = TEST_CODE_MARKERS.flatMap((m) => [m, m.replace(/[^A-Za-z]+/g, ' ').trim()]);
    for (const s of samples(pieces, 33)) {
      expect(hasTestMarker(s), s).toBe(hasTestMarker(s, true));
      expect(isFixtureText(s), s).toBe(isFixtureText(s, true));
      if (hasTestMarker(s, true)) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('markers glued to a word before them are none; markers that end in letters may go on', () => {
    expect(hasTestMarker("submit('form')")).toBe(false);
    expect(hasTestMarker("  it('works', () => {})")).toBe(true);
    expect(hasTestMarker('@TestConfiguration class A {}')).toBe(true);
    expect(hasTestMarker('x\nassert y')).toBe(true);
    expect(hasTestMarker('reassert y')).toBe(false);
  });

  it('placeholder domains: the kept answers are the first ones, over more addresses than are kept', () => {
    const emails = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `u${i}@example.com` : i % 3 === 1 ? `u${i}@beispiel-${i}.de` : `u${i}@mail${i}.com`));
    const first = emails.map((e) => isPlaceholderDomain(e));
    expect(first.filter((x) => x).length).toBe(3334);
    expect(emails.map((e) => isPlaceholderDomain(e))).toEqual(first);
    expect(isPlaceholderDomain('a@shop.test')).toBe(isReservedDomain('a@shop.test'));
  });
});
