// Published test values used as test data (documentation-values.ts testContextValue, data/check-digit-words.ts): the
// worked examples, the NHS test range and the placeholder birth date 01/01/1900 next to a word of test data, training
// or documentation, in six languages; the same values in a note about a person, with no such word, stay found. And the
// FHIR specification's example patient (data/specimens.ts).
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));

describe('a published test value next to a word of test data, training or documentation is no one’s', () => {
  it.each([
    ['en', 'Our staging seed data uses NHS number 943 476 5919 for every dummy record. Is that a problem for PDS?'],
    ['en', 'Our training letters give the fictional patient NHS number 999 999 9999.'],
    ['en', 'Build me a mock clinic list: fictional patients, DOB 01/01/1900, nothing real.'],
    ['de', 'In der Schulung zeigen wir die NHS-Nummer 943 476 5919 als Beispiel aus England.'],
    ['de', 'Lege drei Testfälle an: Geburtsdatum 01.01.1900, Name leer.'],
    ['fr', "Pour la recette du logiciel, on saisit le NIR 2 69 05 49 588 157 80 : est-il valide ?"],
    ['fr', 'Dans notre module de formation, le NIR 1 85 05 78 006 084 91 sert à expliquer le rang et la clé.'],
    ['fr', 'Crée un dossier fictif avec la date de naissance 01/01/1900.'],
    ['es', 'Para las pruebas del formulario usamos el NIR francés 1 85 05 78 006 084 91: ¿pasa la validación?'],
    ['es', 'Datos ficticios para la demo: nacido el 01/01/1900, sin nombre.'],
    ['nl', 'In onze testomgeving staat het Franse NIR 2 69 05 49 588 157 80; klopt de sleutel?'],
    ['nl', 'Maak een fictieve dummy met geboortedatum 01-01-1900.'],
    ['it', 'Nei test di integrazione usiamo il NIR 1 85 05 78 006 084 91 come valore fittizio.'],
    ['it', 'Genera un paziente fittizio di prova nato il 01/01/1900.'],
    // The validation words (data/validation-words.ts), shared with fictional-phones.ts's validator text.
    ['en', 'The script validating our import gives the patient the NHS number 943 476 5919.'],
    ['de', 'Beim Validieren der Importdatei steht die NHS-Nummer 943 476 5919 im Feld.'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the same values in a note about someone, with no test word near them, stay found', () => {
  it.each([
    ['en', 'tidy this visit note pls: eileen fairbrother, nhs 943 476 5919, grade 3 pressure sore', '943 476 5919'],
    ['en', 'Letter for Mr Derek Ollerton (NHS 943 476 5919) about his discharge on Friday.', '943 476 5919'],
    ['en', 'Patient Derek Ollerton, NHS 999 999 9999, admitted to ward 4 overnight.', '999 999 9999'],
    ['fr', 'Mme Martine Leroy, NIR 1 85 05 78 006 084 91, hospitalisée depuis lundi.', '1 85 05 78 006 084 91'],
    ['fr', 'Assurée : Nathalie Durand, numéro de sécurité sociale 2 69 05 49 588 157 80, arrêt de travail.', '2 69 05 49 588 157 80'],
  ])('%s: %s', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe('the HL7 FHIR specification’s example patient is no one’s', () => {
  it.each([
    'Map the example Patient Peter James Chalmers from the FHIR spec onto our appointment table.',
    'Im FHIR-Beispiel Patient (Peter James Chalmers) fehlt die Adresse: wie mappe ich das?',
    'El recurso de ejemplo de HL7 (Peter James Chalmers) tiene dos nombres: ¿cuál uso?',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('another Chalmers in a note stays found', () => {
    expect(found('Please phone Peter Chalmers about his hip replacement follow-up.')).toContain('Peter Chalmers');
  });
});
