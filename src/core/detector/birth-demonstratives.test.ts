// A lone date of birth of someone the writer points at by a demonstrative ("born 03/11/1948 - would that person get the
// discount?", "cette personne", "esa persona", "deze persoon"): a person of the writer's case asked about, not a life
// story (birth-evidence.ts, data/birth-evidence-words.ts persons). Texts of our own in the kind of held-out set 93
// (energy suppliers' discounts by age), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askClass } from './test-support/ask-class.js';

describe('a date of birth of a person pointed at', () => {
  it.each([
    ['en', 'born 14/07/1950 - would that person get the Warm Home Discount automatically on pension credit?'],
    ['de', 'Geboren am 14.07.1950: bekommt diese Person den Seniorenrabatt automatisch?'],
    ['fr', 'Né le 14/07/1950 : cette personne a-t-elle droit au chèque énergie sans demande ?'],
    ['es', 'Nacido el 14/07/1950, ¿esa persona tiene derecho al bono social sin pedirlo?'],
    ['nl', 'Geboren op 14-07-1950, krijgt deze persoon de ouderenkorting vanzelf?'],
    ['it', 'Nato il 14/07/1950: questa persona ha diritto al bonus sociale in automatico?'],
  ])('%s', (_, text) => {
    expect(askClass(text)).toBe('pii');
  });
});

describe('a figure’s life story with a demonstrative stays clean', () => {
  it.each([
    ['en', 'Marie Curie (born 7 November 1867 in Warsaw) won two Nobel prizes. What made this person so driven?'],
    ['it', 'Alessandro Volta (nato il 18 febbraio 1745 a Como) inventò la pila: perché questa persona è così famosa?'],
  ])('%s', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});
