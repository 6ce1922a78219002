import { describe, expect, it } from 'vitest';
import { FIRST_PERSON_WORDS, firstPersonPattern } from './data/first-person.js';
import { WordListGate } from './word-list-gate.js';

const WORDS = [...FIRST_PERSON_WORDS, 'llámame', 'chiamami'];
const PATTERN = firstPersonPattern(['llámame', 'chiamami']);
const gate = new WordListGate(WORDS);
// The gate is a pre-test: where the pattern matches, the gate must say yes.
const agrees = (s: string): boolean => !PATTERN.test(s) || gate.mayHold(s, 0, s.length);

describe('WordListGate', () => {
  it('finds the listed words as whole words in six languages', () => {
    for (const s of ['call me on', 'mein Handy', 'mon portable', 'mi móvil', 'mijn nummer', 'il mio cellulare', 'llámame al', 'MY number', 'Chiamami'])
      expect(gate.mayHold(s, 0, s.length), s).toBe(true);
  });
  it('says no where no listed word stands alone', () => {
    for (const s of ['Company switchboard', 'Telefonzentrale', 'standard téléphonique', 'centralita', 'receptie', 'centralino', 'mesa', 'mijnheer', 'Meister'])
      expect(gate.mayHold(s, 0, s.length), s).toBe(false);
  });
  it('reads the window only, cutting the runs at its edges as a slice does', () => {
    const text = 'Gymnasium call';
    expect(gate.mayHold(text, 7, text.length)).toBe(false); // "um call"
    const t2 = 'summary';
    expect(gate.mayHold(t2, 5, 7)).toBe(false); // "ry"
    expect(gate.mayHold('xxmy', 2, 4)).toBe(true); // the slice "my" is a whole word for the pattern
    expect(PATTERN.test('xxmy'.slice(2, 4))).toBe(true);
  });
  it('folds the long s and the Kelvin sign as the iu pattern does', () => {
    expect(PATTERN.test('meſ')).toBe(true);
    expect(gate.mayHold('meſ', 0, 3)).toBe(true);
    expect(PATTERN.test('i\u212a')).toBe(true);
    expect(gate.mayHold('i\u212a', 0, 2)).toBe(true);
  });
  it('never says no where the pattern matches (random text of letters, accents, digits and marks)', () => {
    const alphabet = ['m', 'y', 'e', 'i', 'o', 'j', 'n', 'a', 'c', 'h', 'M', 'Y', 'I', 'ü', 'é', 'á', ' ', '-', '1', '’', 'ſ', '\u212a', 'k', 's', '😀', '\u00a0'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = 1 + Math.floor(next() * 12);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)] ?? '';
      expect(agrees(s), JSON.stringify(s)).toBe(true);
    }
  });
  it('is linear on a long window', () => {
    const long = 'abcdefghij '.repeat(100_000);
    expect(gate.mayHold(long, 0, long.length)).toBe(false);
  });
});
