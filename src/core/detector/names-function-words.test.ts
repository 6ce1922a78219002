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
