// A birth-date label and its date with whose date it is, where the record keeps it, or who gives it between them
// (context-ids.ts BIRTH_LINK, data/birth-words.ts BIRTH_LABEL_LINKS). Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { askClass } from './test-support/ask-class.js';

describe('a birth-date label with its holder, its record or its speaker before the date', () => {
  it.each([
    ['en', 'Date of birth of the applicant: 14/07/2001. Can she still open the young saver account?'],
    ['en', 'The caller failed security on DOB. He says 21/04/1987, the file has 04/21/1987. Is that a format swap?'],
    ['de', 'Geburtsdatum des Antragstellers: 12.05.2007. Darf er schon allein ein Konto eröffnen?'],
    ['de', 'Geburtsdatum im Profil 03.09.2008 – ist die Kundin heute schon volljährig?'],
    ['fr', 'Date de naissance du demandeur : 8 mars 1999. Peut-il encore souscrire le livret jeune ?'],
    ['es', 'Fecha de nacimiento de la clienta: 2 de junio de 2000. ¿Puede contratar la tarjeta joven?'],
    ['nl', 'Geboortedatum klant: 17-11-2007. Mag hij al zelf een rekening openen?'],
    ['it', 'Data di nascita della richiedente: 5 luglio 1998. Rientra ancora nel conto under 30?'],
  ])('%s: the date is found and the request flagged', (_, text) => {
    expect(askClass(text)).toBe('pii');
  });

  it.each([
    ['en', 'Date of birth of the applicant: use the format DD/MM/YYYY on the form.'],
    ['de', 'Geburtsdatum im Profil: welches Format nimmt das Feld an?'],
    ['fr', 'Date de naissance du demandeur : quel format attend le formulaire ?'],
    ['nl', 'Geboortedatum klant: welk formaat gebruikt het veld?'],
  ])('%s: a label with no date stays clean', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});

describe('a birth-date label with "of", a comma or "so far" before the date (a referral’s lone birth date)', () => {
  it.each([
    ['en: of', 'All the council sent is a DOB of 23/06/1941 and a start date. What else do we ask?'],
    ['de: bisher', 'Vom neuen Klienten haben wir das Geburtsdatum bisher: 11.08.1937. Reicht das für die Anmeldung?'],
    ['fr: pour le moment', 'On a la date de naissance pour le moment : 3 mai 1942. Elle peut demander la carte mobilité ?'],
    ['es: a comma', 'Del nuevo usuario solo tengo la fecha de nacimiento, 21 de enero de 1940. ¿Puede pedir ya la ayuda?'],
    ['nl: van', 'We hebben alleen een geboortedatum van 14-02-1936 doorgekregen. Welke vragen stellen we de wijkverpleging?'],
    ['it: per ora', 'Della nuova assistita ho la data di nascita per ora, 2 aprile 1939. Serve altro per la domanda?'],
  ])('%s: the date is found and the request flagged', (_, text) => {
    expect(askClass(text)).toBe('pii');
  });

  it.each([
    ['en: of with no date', 'A DOB of the form DD/MM/YYYY is required on the referral.'],
    ['es: a comma and a field list', 'Campos del formulario: nombre, fecha de nacimiento, dirección y teléfono.'],
    ['fr: pour le moment with no date', "La date de naissance pour le moment n'est pas obligatoire dans le formulaire."],
    ['it: a comma and a year only', 'Nel modulo la data di nascita, 1938 o altro anno, va scritta per intero.'],
  ])('%s: stays clean', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});
