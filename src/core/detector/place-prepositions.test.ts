// A town or country that is also a given name, right after a preposition of place ("en France", "in Florence", "nach
// Paris", "naar Sydney"), is the place (places.ts placePrepositionBefore); the same word as a person stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a given-name-like place after a preposition of place is the place', () => {
  it.each([
    ['fr', 'Après un décès en France, quelles démarches faire auprès de la CPAM et de la mairie ?'],
    ['en', 'Our hospice chaplain trained in Florence; write two lines for the staff page about her studies.'],
    ['de', 'Nach der Diagnose reiste die Gruppe nach Lourdes: schreib drei Sätze für den Pfarrbrief.'],
    ['es', 'Tras el alta, la peregrinación de la parroquia va en Valencia y Córdoba: pon el horario.'],
    ['nl', 'De parochie gaat in mei naar Lourdes; maak een korte uitnodiging voor de zieken.'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('the same words as people stay found', () => {
  it.each([
    ['en', 'Patient Florence Whitby, DOB 12/03/1941, chest infection, started on amoxicillin.', 'Florence Whitby'],
    ['fr', 'Mme France Lemaire, 82 ans, chute à domicile, fracture du col.', 'France Lemaire'],
  ])('%s: %s', (_lang, text, name) => {
    expect(persons(text).join(' ')).toContain(name);
  });
});
