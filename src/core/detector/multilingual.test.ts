import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { isBsn, isCodiceFiscale, isDniOrNie, isNhs, isNino, isNir, isSteuerId } from './national-ids.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const entities = (text: string): string[] => detect(text).map((f) => f.entity);

describe('national identifiers: check digits', () => {
  it('accept valid numbers and reject one changed digit', () => {
    expect([isDniOrNie('48613750F'), isDniOrNie('X1234567L'), isDniOrNie('12345678A')]).toEqual([true, true, false]);
    expect([isBsn('725763863'), isBsn('111222334')]).toEqual([true, false]);
    expect([isNhs('9434765919'), isNhs('9434765918')]).toEqual([true, false]);
    expect([isSteuerId('86095742719'), isSteuerId('86095742718'), isSteuerId('12345678901')]).toEqual([true, false, false]);
    expect([isNir('2 55 08 14 168 025 38'), isNir('2 55 08 14 168 025 39')]).toEqual([true, false]);
    expect([isCodiceFiscale('BNCLRA90A41H501F'), isCodiceFiscale('RSSMRA85T10A562T')]).toEqual([true, false]);
    expect([isNino('AB123456C'), isNino('GB123456A'), isNino('QQ123456C')]).toEqual([true, false, false]);
  });
});

describe('national identifiers in text', () => {
  it.each([
    ['UK NINO', 'NI number AB 65 43 21 C on file', 'UK_NINO:AB 65 43 21 C'],
    ['UK NHS number with its name', 'NHS number 943 476 5919', 'UK_NHS_NUMBER:943 476 5919'],
    ['DE Steuer-ID', 'meine Steuer-ID ist 86095742719', 'DE_STEUER_ID:86095742719'],
    ['FR NIR', 'numéro de sécu 2 55 08 14 168 025 38', 'FR_NIR:2 55 08 14 168 025 38'],
    ['ES DNI', 'mi DNI es 48613750F', 'ES_DNI_NIE:48613750F'],
    ['ES NIE', 'NIE X-7654321-J', 'ES_DNI_NIE:X-7654321-J'],
    ['NL BSN', 'BSN: 725763863', 'NL_BSN:725763863'],
    ['IT codice fiscale', 'C.F. BNCLRA90A41H501F', 'IT_CODICE_FISCALE:BNCLRA90A41H501F'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('check-digit numbers that need their name stay quiet without it', () => {
    expect(entities('order 9434765919 shipped')).toEqual([]);
    expect(entities('invoice 86095742719')).toEqual([]);
  });
});

describe('cue words in six languages', () => {
  it.each([
    ['de', 'Patient geb. 14.03.1961, Fall-Nr. 20231187', ['DATE_OF_BIRTH:14.03.1961', 'MEDICAL_RECORD_NUMBER:20231187']],
    ['fr', 'née le 3 mars 1979, n° de dossier 884213', ['DATE_OF_BIRTH:3 mars 1979', 'MEDICAL_RECORD_NUMBER:884213']],
    ['es', 'NHC: 4482913, fecha de nacimiento: 21 de julio de 1985', ['MEDICAL_RECORD_NUMBER:4482913', 'DATE_OF_BIRTH:21 de julio de 1985']],
    ['nl', 'patiëntnummer 88123, geboren op 3 september 1990', ['MEDICAL_RECORD_NUMBER:88123', 'DATE_OF_BIRTH:3 september 1990']],
    ['it', 'nato il 10/12/1985, cartella clinica 2023-44871', ['DATE_OF_BIRTH:10/12/1985', 'MEDICAL_RECORD_NUMBER:2023-44871']],
  ])('%s: birth dates and record numbers', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['de', 'Ich heiße Jürgen Habermaß', 'PERSON:Jürgen Habermaß'],
    ['fr', "je m'appelle Amélie Durand", 'PERSON:Amélie Durand'],
    ['es', 'me llamo Lucía Fernández', 'PERSON:Lucía Fernández'],
    ['nl', 'Mijn naam is Sanne de Vries', 'PERSON:Sanne de Vries'],
    ['it', 'Mi chiamo Giulia Bianchi', 'PERSON:Giulia Bianchi'],
  ])('%s: name cues', (_lang, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['de', 'Telefon 030 12345678'],
    ['fr', 'portable 06 12 34 56 78'],
    ['es', 'móvil 612 345 678'],
    ['nl', 'bel me op 06-12345678'],
    ['it', 'cellulare 333 123 4567'],
    ['international', 'ruf an: +49 30 901820'],
  ])('%s: phone numbers', (_lang, text) => {
    expect(entities(text)).toEqual(['PHONE_NUMBER']);
  });

  it.each([
    ['de', 'Reisepass C01X00T47'],
    ['fr', 'passeport n° 12AB34567'],
    ['es', 'pasaporte PAA123456'],
    ['nl', 'paspoortnummer NW3B1G6C4'],
    ['it', 'passaporto YA1234567'],
  ])('%s: passports after their word', (_lang, text) => {
    expect(entities(text)).toEqual(['PASSPORT']);
  });

  // Spanish, French and Italian put the nationality after the passport word.
  it.each([
    ['es', 'pasaporte rumano RX5508213'],
    ['es', 'pasaporte extranjero 8841027Q'],
    ['fr', 'passeport algérien n° 21AC78105'],
    ['it', 'passaporto ucraino FU660132'],
  ])('%s: passports after their word and a nationality', (_lang, text) => {
    expect(entities(text)).toEqual(['PASSPORT']);
  });

  it.each(['passeport dans 10 jours', 'pasaporte indicado en la ficha 2024', 'passaporto scaduto 12/03/2025'])('%s: no passport', (text) => {
    expect(entities(text)).toEqual([]);
  });

  it.each([
    ['de', 'Die Patientin mit der E-Mail anna@example.de wurde mit Diabetes aufgenommen'],
    ['fr', 'La patiente joignable à anna@example.fr est hospitalisée'],
    ['es', 'El paciente con correo anna@example.es tiene diabetes'],
    ['nl', 'De patiënt met e-mail anna@example.nl heeft suikerziekte'],
    ['it', 'Il paziente con email anna@example.it è ricoverato'],
  ])('%s: health words make an identifier PHI', (_lang, text) => {
    expect(detect(text).map((f) => f.dataClass)).toEqual(['phi']);
  });
});
