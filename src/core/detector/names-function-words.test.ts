// Function words are never a name (names.ts LOWER_FUNCTION, STOP's number words, an acronym's plural): lower-case
// articles and articulated prepositions after a cue or at a line's start, "One" after "Patient", "DNAs" after a
// patient; the names the same cues introduce stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a function word is no name', () => {
  it.each([
    ['it', 'Le chiavi sono nelle tasche del cappotto, me lo ricordi?'],
    ['it', 'I dati sono nella tabella ordini: come li unisco con VLOOKUP?'],
    ['it', 'I file sono della settimana scorsa, posso cancellarli?'],
    ['es', 'Alcance: esta norma se aplica a todo el personal de admisión.'],
    ['es', 'Nota: este protocolo sustituye al anterior desde enero.'],
    ['de', 'ich bin der meinung, dass die regel zu streng ist'],
    ['fr', 'je suis une infirmière de nuit, quels sont mes droits ?'],
    ['nl', 'ik ben het niet eens met de nieuwe roosterregels'],
    ['en', 'Our Jest fixtures call the dummy record "Patient One" and the second "Patient Two".'],
    ['en', 'What happens to the pathway clock when a patient DNAs twice?'],
    ['en', 'If a patient GPs list is closed, where do they register?'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names after the same cues stay found', () => {
  it.each([
    ['it', 'ciao, sono noemi, mi serve il certificato per la palestra', 'noemi'],
    ['en', 'Please call patient Derek Ollerton about his results tomorrow.', 'Derek Ollerton'],
    ['en', 'Patient Dora Onestone missed her appointment on Monday.', 'Dora Onestone'],
    ['es', 'soy lucía, necesito cambiar mi cita del martes', 'lucía'],
  ])('%s: %s', (_lang, text, name) => {
    expect(persons(text).join(' ')).toContain(name);
  });
});

// A title written behind a booking's name ("TEST/ADULTE MR") is followed by a conjunction, not by a name; "M." after a
// number is millions or mega ("33,1 M."), not Monsieur. A title before a real name stays a cue.
describe('a conjunction after a title, or "M." after a number, opens no name', () => {
  it.each([
    ['en', 'Our fixtures use TEST/ADULT MR and TEST/CHILD MSTR born 01JAN15. Enough for the UM rules?'],
    ['de', 'Unsere Fixtures nutzen TEST/ERWACHSENER MR und TEST/KIND MSTR geb. 01JAN15. Reicht das?'],
    ['fr', 'Nos fixtures utilisent TEST/ADULTE MR et TEST/ENFANT MSTR né 01JAN15. Suffisant ?'],
    ['es', 'Usamos TEST/ADULTO MR y TEST/NIÑO MSTR nacido 01JAN15 en las pruebas. ¿Basta?'],
    ['nl', 'Onze testdata gebruikt TEST/VOLWASSENE MR en TEST/KIND MSTR geboren 01JAN18. Genoeg?'],
    ['it', 'I nostri fixture usano TEST/ADULTO MR e TEST/BAMBINO MSTR nato 01JAN15. Bastano?'],
    ['fr', 'Trafic 2025 : CDG 70,3 M passagers, Orly 33,1 M. Fais une phrase de synthèse pour la newsletter.'],
    ['es', 'Aena 2025: Barajas 66 M pasajeros, El Prat 55 M. Frase resumen para el boletín, por favor.'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['fr', 'Merci de rappeler M. Fabrice Lemoine au sujet de son dossier.', 'Fabrice Lemoine'],
    ['fr', 'Chambre 12 : M. Lemoine, arrivé hier soir.', 'Lemoine'],
  ])('keeps the name: %s: %s', (_lang, text, name) => {
    expect(persons(text)).toContain(name);
  });
});
