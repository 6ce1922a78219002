// A lone given name that a note tells a health fact about in two more shapes (health-subject-names.ts): opening a
// sentence before a verb of telling ("Steven told me...", "Mathilde m'a dit...", "Pieter zei dat...") or in commas
// after a group member's noun ("One of our tenants, Brenda, has told me..."). Texts of our own, in the kinds of held-out
// sets 86-90 (banks, job centres, contact centres, car leasing, payroll), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';


describe('a given name before a verb of telling, with a health fact', () => {
  it.each([
    ['en', 'Steven told me he has Crohn’s disease and needs a desk near the toilets. What do I put on the DSE form?', 'Steven'],
    ['en: rang, the fact in the next sentence', 'Margaret rang this morning. She said she has been in hospital with pneumonia since Friday.', 'Margaret'],
    ['de', 'Jürgen erzählte mir heute, dass er MS hat und an manchen Tagen kaum laufen kann.', 'Jürgen'],
    ['fr', "Mathilde m'a dit hier qu'elle est épileptique et ne peut plus conduire.", 'Mathilde'],
    ['es', 'Lorena me dijo que tiene lupus y que algunos días no puede levantarse.', 'Lorena'],
    ['nl', 'Pieter zei vanochtend dat hij ADHD heeft en in de kantoortuin niet kan focussen.', 'Pieter'],
    ['it', "Giovanni mi ha detto che ha l'epilessia e che non può guidare il muletto.", 'Giovanni'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('a given name in commas after a group member’s noun, with a health fact', () => {
  it.each([
    ['en: a plural after "one of"', 'One of our tenants, Brenda, has told me she has COPD and can’t manage the stairs any more.', 'Brenda'],
    ['de', 'Eine Kundin, Sabine, sagte mir, dass sie schwanger ist und starke Übelkeit hat.', 'Sabine'],
    ['fr', "Un allocataire, Karim, m'a expliqué qu'il est suivi pour une dépression sévère.", 'Karim'],
    ['es', 'Un inquilino, Ramón, me ha contado que tiene EPOC y no puede subir escaleras.', 'Ramón'],
    ['nl: a plural in -en', 'Een van onze klanten, Marieke, vertelde dat ze zwanger is en veel overgeeft.', 'Marieke'],
    ['it', 'Una cliente, Francesca, ci ha scritto che è in chemioterapia fino a marzo.', 'Francesca'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('the nearest texts without a private person’s health fact stay clean', () => {
  it.each([
    ['en: the apposition with no health fact', 'One of my agents, Kayleigh, has asked to move to the late rota. How do I reply?'],
    ['fr: a verb of telling with no health fact', "Mathilde m'a dit que le logiciel plante à chaque export. Que faire ?"],
    ['nl: a product after the pronoun', 'Pieter zei dat hij MS Teams heeft, maar de camera werkt niet.'],
    ['en: a general question', 'Can an employer ask a customer who says she has MS for a doctor’s letter?'],
    ['en: a place opening the sentence', 'Victoria said in its budget that its melanoma rate is the highest in Australia.'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('health words of sets 81-90', () => {
  it.each([
    ['it: epilepsy', "ha l'epilessia da bambina"],
    ['es: a coumarin blood thinner by its brand', 'la señora toma Sintrom por las mañanas'],
    ['en: detained for psychiatric treatment', 'he was sectioned twice last year'],
    ['en: the act by name', 'detained under the Mental Health Act'],
    ['nl: a compulsory admission', 'ze is vorig jaar gedwongen opgenomen'],
    ['de: a compulsory admission', 'nach der Zwangseinweisung im Mai'],
    ['fr: selective mutism', 'un mutisme sélectif depuis la rentrée'],
    ['en: self-neglect', 'signs of self-neglect in the flat'],
  ])('%s', (_, text) => {
    expect(hasHealthWords(text)).toBe(true);
  });

  it.each([
    ['en: an area sectioned off', 'The car park was sectioned off for the market.'],
    ['en: a section of a report', 'The report is sectioned into five parts.'],
  ])('%s stays no health word', (_, text) => {
    expect(hasHealthWords(text)).toBe(false);
  });

  it('ties an abbreviation to a Dutch or German clause’s subject before its final verb', () => {
    expect(hasTiedHealthAbbreviation('Ze vertelde dat ze MS heeft.')).toBe(true);
    expect(hasTiedHealthAbbreviation('Er sagt, dass er COPD hat.')).toBe(true);
    expect(hasTiedHealthAbbreviation('Een jongen die ADHD heeft.')).toBe(true);
    expect(hasTiedHealthAbbreviation('Ze vraagt of ze MS Office heeft.')).toBe(false);
    expect(hasTiedHealthAbbreviation('Die MS hat Verspätung.')).toBe(false);
  });
});
