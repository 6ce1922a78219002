// A placeholder person after a test record's noun run into "test" ("Testpatienten", "testpersoon", "testklant",
// placeholders.ts FICTITIOUS_BEFORE) is the record's made-up person; the same name without that frame stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a placeholder person in a test record is made up', () => {
  it.each([
    ['nl', "Maak drie testpersonen aan met de naam 'Jan Jansen' en een leeg adres."],
    ['de', 'Lege im Staging zwei Testkunden an, beide heißen Max Mustermann.'],
    ['it', 'Crea un testutente chiamato Mario Rossi per la demo del portale.'],
    ['en', 'Seed two testpatients called John Doe for the staging environment.'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('the same names without a test frame stay found', () => {
  it.each([
    ['nl', 'Jan Jansen belde vanochtend: zijn knie is weer dik na de operatie.', 'Jan Jansen'],
    ['it', 'Il testamento di Mario Rossi è stato aperto ieri dal notaio, eredi i due figli.', 'Mario Rossi'],
  ])('%s: %s', (_lang, text, name) => {
    expect(persons(text).join(' ')).toContain(name);
  });
});
