// A record's nouns and their adjectives are never a lower-case note's name (names.ts NOT_NOTE_NAME): retention periods
// ("dossier médical 20 ans") read like "name, age"; a person whose surname is such a word, with a given name, stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a retention period is no name and age', () => {
  it.each([
    ['fr', 'Conservation : dossier médical 20 ans après le dernier passage, imagerie 10 ans.'],
    ['nl', 'Bewaartermijn: medisch dossier 20 jaar, röntgenfoto’s 15 jaar, facturen 7 jaar.'],
    ['en', 'Retention schedule: medical records 8 years after discharge, clinical file 25 years for children.'],
    ['de', 'Aufbewahrung: patientenakte 10 jahre nach abschluss der behandlung.'],
    ['es', 'Conservación: historia clínica 5 años desde el alta.'],
    ['it', 'Conservazione: cartella clinica 30 anni, referti 10 anni.'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a person named like a record word stays found', () => {
  it('fr', () => {
    expect(persons('visite à domicile : madeleine dossier 84 ans, chute hier soir, hématome').join(' ')).toContain('madeleine dossier');
  });
});
