// Gaps found by the second held-out set (bench/data/detector-holdout-2), each pinned by sentences of our own: the fix is a
// general rule or word list, so it must hold on text other than the set's.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('phone numbers without a cue: service ranges are not personal numbers', () => {
  it.each([
    ['UK/NL freephone grouped 4-3-4', 'Their hotline 0800 014 7720 is free from landlines.'],
    ['DE freephone', 'Die Hotline 0800 3344556 ist kostenlos.'],
    ['DE/NL premium rate', 'Die Auskunft unter 0900 1234567 kostet 1,99 Euro.'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PHONE_NUMBER'))).toEqual([]);
  });
  it.each([
    ['NL landline', 'Zijn nummer is 020-6241873, na vijven.', 'PHONE_NUMBER:020-6241873'],
    ['NL location-independent 085', 'Het nummer 085 123 4567 werkt weer.', 'PHONE_NUMBER:085 123 4567'],
    ['IT landline, Bari', 'Il suo numero 080 5214321 non risponde.', 'PHONE_NUMBER:080 5214321'],
    ['DE landline', 'Die Nummer 030 22918480 gehört ihr.', 'PHONE_NUMBER:030 22918480'],
  ])('still found: %s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('public figures of each language area are general knowledge', () => {
  it.each([
    ['Italian composer and his opera', 'Giacomo Puccini ha scritto la Tosca nel 1900.'],
    ['French politician', 'Simone de Beauvoir et Jean-Paul Sartre se sont rencontrés quand ?'],
    ['Dutch painter, not a question', 'Johannes Vermeer schilderde het Meisje met de parel.'],
    ['Dutch footballer, particle name', 'Marco van Basten scoorde in 1988 tegen de Sovjet-Unie.'],
    ['Spanish writer', 'Mario Vargas Llosa ganó el Nobel en qué año?'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
  it('a private person who shares a surname is still found', () => {
    expect(found('Please draft a letter to Karin Vermeer about her overdue invoice.')).toContain('PERSON:Karin Vermeer');
  });
});

describe('question starts: how many / in which year, in the six languages', () => {
  it.each([
    ['it quanti', 'Quanti gol ha segnato Filippo Inzaghi nel Milan?'],
    ['es cuántos', 'Cuántos goles marcó Raúl González con el Madrid?'],
    ['fr combien', 'Combien de titres a gagné Didier Deschamps comme joueur ?'],
    ['nl hoeveel', 'Hoeveel doelpunten maakte Wesley Sneijder?'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
});

describe('Italian date of birth after the elided article', () => {
  it.each([
    ["nato l'", "Paziente nato l'8/05/1951, iperteso.", 'DATE_OF_BIRTH:8/05/1951'],
    ["nata l'", "La bambina, nata l'11 marzo 2020, ha la febbre.", 'DATE_OF_BIRTH:11 marzo 2020'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('legal and insurance role labels before a name', () => {
  it.each([
    ['nl volmachtgever', 'Volmachtgever: Sjoukje Bylsma, wonend te Sneek.', 'PERSON:Sjoukje Bylsma'],
    ['de Vollmachtgeberin', 'Vollmachtgeberin: Hiltrud Quadflieg, wohnhaft in Bonn.', 'PERSON:Hiltrud Quadflieg'],
    ['it delegante', 'Delegante: Santuzza Quagliarella, residente a Bari.', 'PERSON:Santuzza Quagliarella'],
    ['es poderdante', 'Poderdante: Itxaso Iturralde Goñi, vecina de Getxo.', 'PERSON:Itxaso Iturralde Goñi'],
    ['fr mandante', 'Mandante : Gwenola Kerdraon, demeurant à Brest.', 'PERSON:Gwenola Kerdraon'],
    ['en grantor', 'Grantor: Morwenna Trevithick of Truro.', 'PERSON:Morwenna Trevithick'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
