// The public-life words (data/public-life-words.ts): lower case, words joined by single spaces, as the word scan keys them.
import { describe, expect, it } from 'vitest';
import { DEATH_NOTICE, DEEDS, HONOURS, OFFICE_AS, OFFICES, PRESS, SPORT_CAREER, SPORT_POSITIONS, SUBJECT_PRONOUNS, WORKS } from './public-life-words.js';

describe('public-life words', () => {
  const tables = { HONOURS, OFFICES, OFFICE_AS, DEEDS, PRESS, DEATH_NOTICE, SUBJECT_PRONOUNS, SPORT_CAREER, SPORT_POSITIONS, WORKS };
  it.each(Object.entries(tables))('%s: six languages, lower-case letters and single spaces', (_name, table) => {
    expect(Object.keys(table).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl']);
    for (const w of Object.values(table).flat()) expect(w).toMatch(/^\p{Ll}+(?: \p{Ll}+)*$/u);
  });
});
