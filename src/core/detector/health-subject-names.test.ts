// A workplace or care note names a colleague, worker or client by a single given name in a sentence that states a
// health fact of theirs (health-subject-names.ts, asked by names.ts), and a workplace accident report names its
// victim (data/private-evidence-words.ts). Texts of our own, in the kinds of held-out sets 71-75.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { healthSubjectName } from './health-subject-names.js';


describe('a colleague named by first name with a health fact', () => {
  it.each([
    ['en: after "that"', 'How do I tell the crew that Gavin is out for a month after his hip surgery, without details?', 'Gavin'],
    ['de: after a note label', 'Eintrag für den Schichtplan: Markus fällt zwei Wochen aus, er hat einen Bandscheibenvorfall.', 'Markus'],
    ['fr: after "que"', "Comment dire à l'équipe que Julien reprend après sa hernie discale, en mi-temps thérapeutique ?", 'Julien'],
    ['es: the workstation of', '¿Cómo adapto el puesto de Rocío en el almacén? Tiene una hernia discal y no puede cargar peso.', 'Rocío'],
    ['nl: after "dat"', 'Hoe zeg ik tegen het team dat Daan voorlopig thuis is met een burn-out?', 'Daan'],
    ['it: after a note label', 'Nota per i turni: Chiara è incinta e non può stare al reparto verniciatura.', 'Chiara'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons).toContain(name);
  });
});

describe('a workplace accident report names its victim', () => {
  it.each([
    ['de', 'Hilf mir bei der Unfallanzeige: Stefan Krüger ist am Montag von der Leiter gefallen, Prellung am Knie.'],
    ['fr', "Construis l'arbre des causes : Thomas Girard, intérimaire, s'est coupé la main sur la presse."],
    ['nl', 'Schrijf de ongevalsmelding: Lars de Boer, uitzendkracht, viel van de laadklep.'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).not.toBe('none');
  });
});

describe('the same shapes that name no one’s health stay as they were', () => {
  it.each([
    ['en: no health fact', 'How do I tell the crew that Gavin is moving to the night shift from Monday?'],
    ['de: an everyday word opening a sentence', 'Deel klachten in: Stiptheid, Bejegening, Netheid. Ze klagen over pijn van het wachten.'],
    ['fr: a salutation after a colon', 'Corrige ce modèle : Cher confrère, je vous adresse {{nom_patient}} pour son diabète.'],
    ['es: a condition named after a person', 'Ordena mis notas:\n- Parkinson desde hace años, temblor y rigidez, según el folleto.'],
    ['fr: a name with no clause after it', "Le roman s'appelle Julien ; que dire de sa maladie dans la préface ?"],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });

  it('asks for the note shape around the name', () => {
    const t = 'Note: Chiara è incinta.';
    expect(healthSubjectName(t, 6, 12)).toBe(true);
    // A sentence's opening counts when a third-person verb follows the name (health-subject-openings.test.ts); an
    // everyday word there is followed by none.
    const u = 'Chiara è incinta.';
    expect(healthSubjectName(u, 0, 6)).toBe(true);
    const v = 'Chiara, incinta? Chiedo per un romanzo.';
    expect(healthSubjectName(v, 0, 6)).toBe(false);
  });
});
