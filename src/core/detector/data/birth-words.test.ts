// The life-story birth words (data/birth-words.ts): lower case, and no form label, whose date is a record's.
import { describe, expect, it } from 'vitest';
import { BORN_WORDS } from './birth-words.js';

describe('BORN_WORDS', () => {
  it.each(Object.entries(BORN_WORDS))('%s: lower case, no form label', (_lang, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w).toBe(w.toLowerCase());
    expect(words.filter((w) => /dob|date|datum|fecha|data|naissance|nacimiento|nascita|geboortedatum/.test(w))).toEqual([]);
  });
});
