import { describe, expect, it } from 'vitest';
import { classify, detect } from './index.js';

const persons = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('key-value pairs written in text', () => {
  it.each([
    ['fr, JSON after prose', 'voici le json {"prenom": "Ambroise", "ville": "Lyon"} merci', 'Ambroise'],
    ['es', 'resultado: {"nombre": "Lucía", "edad": 34}', 'Lucía'],
    ['de, no spaces', '{"Vorname":"Jürgen","Ort":"Kassel"}', 'Jürgen'],
    ['nl', 'fout in {"achternaam": "Bakker", "plaats": "Zwolle"}', 'Bakker'],
    ['it', 'record {"cognome": "Esposito"}', 'Esposito'],
    ['en, lower case', '{"first_name": "ffion", "plan": "basic"}', 'ffion'],
    ['en, role-prefixed key', '{"patient_name": "Eilidh"}', 'Eilidh'],
    ['python dict', "row = {'last_name': 'Okonkwo'}", 'Okonkwo'],
    ['JSON escaped inside a JSON string', '{"payload": "{\\"prenom\\": \\"Ambroise\\"}"}', 'Ambroise'],
    ['query string', 'GET /api/users?first_name=Ambroise&limit=10', 'Ambroise'],
    ['form label', 'Vorname: Jürgen\nOrt: Kassel', 'Jürgen'],
    ['form label, es', 'Apellidos: Etxeberria Zabala, curso 2', 'Etxeberria Zabala'],
  ])('%s', (_kind, text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['a generic name key holding a product', '{"name": "Build Project", "version": "1.2.0"}'],
    ['a nombre key holding a file label', 'config: {"nombre": "informe-2024.pdf"}'],
    ['a placeholder', '{"first_name": "<first_name>", "last_name": "string"}'],
    ['a value with digits', '{"surname": "test123"}'],
    ['a nombre label in prose', 'nombre: informe final del proyecto'],
    ['a key that is not a name field', '{"status": "Ambroise"}'],
  ])('not a name: %s', (_kind, text) => {
    expect(persons(text)).toEqual([]);
  });

  it('classify reports a name inside JSON passed as a string in a tool result', () => {
    const body = { messages: [{ role: 'tool', content: 'rows: {"cognome": "Esposito", "nome": "Gennaro"} (1 row)' }] };
    expect(classify(body).findings.some((f) => f.entity === 'PERSON' && f.rule === 'key-value.name')).toBe(true);
  });
});

describe('dates of birth written in words', () => {
  it.each([
    ['en', 'she was born on the 9th of July 1983 in Leeds', '9th of July 1983'],
    ['fr', 'Il est né le 3 mars 1975 à Lyon', '3 mars 1975'],
    ['fr, 1er', 'née le 1er mars 1975', '1er mars 1975'],
    ['de', 'Sie ist geboren am 3. März 1975', '3. März 1975'],
    ['es', 'nacido el 3 de marzo de 1975', '3 de marzo de 1975'],
    ['nl', 'geboren op 3 maart 1975', '3 maart 1975'],
    ['it', 'nata il 3 marzo 1975', '3 marzo 1975'],
    ['en, birthplace first', 'born in Leeds on the 9th of July 1983', '9th of July 1983'],
    ['fr, birthplace first', 'Il est né à Lyon le 3 mars 1975', '3 mars 1975'],
    ['de, birthplace first', 'geb. in Kassel am 03.03.1975', '03.03.1975'],
    ['es, birthplace first', 'nacido en Bilbao el 3 de marzo de 1975', '3 de marzo de 1975'],
    ['nl, birthplace first', 'geboren te Utrecht op 3 maart 1975', '3 maart 1975'],
    ['it, birthplace first', 'nato a Roma il 3 marzo 1975', '3 marzo 1975'],
  ])('%s', (_lang, text, date) => {
    expect(detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end))).toEqual([date]);
  });

  it.each([
    ['a date after "the" with no birth word', 'the meeting is on the 9th of July 1983 archive'],
    ['a company born in a city in a year', 'the company was born in Paris in 1975'],
    ['a birthplace and a year only', 'nato a Roma nel 1975'],
    ['a birthplace and a day without a year', 'born in Paris on March 3 and raised there'],
  ])('stays quiet: %s', (_kind, text) => {
    expect(detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH')).toEqual([]);
  });
});
