// A lone given name after its role's noun capitalised before it ("Vrijwilliger Ingrid wil...", "Unser Ehrenamtlicher
// Manfred kommt..."; names.ts), after a "that" word and a description of where the person lives or works ("che Giuseppe
// del piano terra ha...", "que Rocío del 3º A necesita..."; health-subject-names.ts), or opening a sentence with "came"
// ("Fatima kwam haar insuline halen"): the person a note states a health fact about. Texts of our own, in the kinds of
// held-out sets 81-85 (pharmacies, volunteers, building managers), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { hasHealthWords } from './health-context.js';


describe('a given name after its role’s capitalised noun, with a health fact', () => {
  it.each([
    ['nl: at the sentence’s start', 'Vrijwilliger Annemiek wil na haar hernia weer beginnen bij de kassa.', 'Annemiek'],
    ['de: after a possessive', 'Unser Ehrenamtlicher Dieter kommt nach seiner Bypass-Operation zurück. Wie plane ich die Führungen?', 'Dieter'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });

  it('keeps the same shape without a health fact as it was', () => {
    expect(ask('Vrijwilliger Annemiek wil graag weer beginnen bij de kassa.').cls).toBe('none');
  });
});

describe('a given name after a "that" word and a description, before a verb', () => {
  it.each([
    ['it', "Come dico all'amministratore che Rosaria del secondo piano ha la demenza e lascia il gas aperto?", 'Rosaria'],
    ['es', '¿Cómo explico en la junta que Maribel del 2º B necesita el ascensor? Tiene artrosis en las rodillas.', 'Maribel'],
    ['nl: a house number in the description', 'Hoe meld ik aan de VvE dat Sanne van nummer 14 ernstig ziek is en niet meer naar boven kan?', 'Sanne'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });

  it.each([
    ['es: a place that is a given name', '¿Es verdad que Valencia del siglo XIX tenía muchos hospitales para la tuberculosis?'],
    ['en: a given name with no verb after its description', 'Is it true that Florence in the 1850s nursing reforms changed hospital care?'],
  ])('%s stays clean', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('a given name opening a sentence with "came", with a health fact', () => {
  it.each([
    ['nl', 'Fatima kwam vandaag haar insuline halen en vroeg naar de ramadan.', 'Fatima'],
    ['de', 'Jürgen kam heute wegen seiner Insulinpens in die Apotheke.', 'Jürgen'],
    ['es', 'Lorena vino a por su insulina y preguntó por el ramadán.', 'Lorena'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('dementia in Italian, French and Spanish', () => {
  it.each([
    ['it', 'ha la demenza da due anni'],
    ['fr', 'une démence à corps de Lewy'],
    ['es', 'tiene demencia'],
  ])('%s', (_, text) => {
    expect(hasHealthWords(text)).toBe(true);
  });

  it.each([
    ['it: "absurd"', 'una proposta demenziale'],
    ['es: "crazy"', 'un ritmo demencial de trabajo'],
  ])('%s stays no health word', (_, text) => {
    expect(hasHealthWords(text)).toBe(false);
  });
});
