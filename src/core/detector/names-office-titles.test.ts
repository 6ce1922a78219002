// An office's title inside a capitalised run before a full name (names.ts judge, data/public-role-words.ts office and
// stateOffice): the name starts after the title, so public-role.ts reads the office before it. Texts of our own.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';
import { OFFICE_COMPOUND, officeCompound } from './names.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON' && f.score >= 0.5).map((f) => text.slice(f.start, f.end));

describe('an office title opening the run', () => {
  it('cuts the title off the name', () => {
    const text = 'Background: Rail Union Vorsitzende Marlene Quaschnik wants a four-day week.';
    expect(people(text)).not.toContain('Rail Union Vorsitzende Marlene Quaschnik');
  });

  it.each([
    ['en', "Summarise for our newsletter: Transport Secretary Edwina Thackery's announcement on rail fares, 3 bullets."],
    ['en', 'Give me 3 bullets on what Culture Secretary Rhodri Pennant said about museum funding.'],
  ])('%s: a state office named before the name: the request is clean: %s', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['en', 'Sick note for Transport Secretary assistant Edwina Thackery: she has pneumonia and is off until Friday.'],
    ['de', 'Unsere Vorsitzende Marlene Quaschnik liegt mit einem Bandscheibenvorfall im Krankenhaus, bitte Genesungskarte formulieren.'],
  ])('%s: a private person with a health fact stays flagged: %s', (_, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});

describe('officeCompound (a state office compound by its ending)', () => {
  it('answers as the OFFICE_COMPOUND pattern on compounds, hyphenated ones, look-alikes and non-Latin letters', () => {
    const words = ['europaabgeordnete', 'landtagsabgeordneter', 'staatsministerin', 'oud-burgemeester', 'ex-bundesministerin', 'xy-minister', 'ab-minister', 'abminister', 'ministerin', 'minister', 'administer', 'kabinettsminister', '𝒜𝒜𝒜minister', 'é𝒜-minister', 'über-minister', '12-minister', 'a-b-minister', 'oudburgemeester', 'burgemeesters', 'wethouder', 'oud-wethouder', 'ministerpräsident', 'vizeministerpräsidentin'];
    let hits = 0;
    for (const w of words) {
      expect(officeCompound(w), w).toBe(OFFICE_COMPOUND.test(w));
      if (officeCompound(w)) hits++;
    }
    expect(hits).toBeGreaterThan(4);
  });
});
