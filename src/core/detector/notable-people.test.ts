// Famous people's full names (notable-people.ts, data/notable-people.ts from Pantheon 1.0): dropped when the lists alone
// found them and nothing else in the text is personal data; kept with a cue, with other personal data, and when the
// full name is also a common private name. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { NOTABLE_PEOPLE } from './data/notable-people.js';
import { detect } from './detect.js';
import { foldName, notableBirthYears } from './notable-people.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
const entities = (text: string): string[] => detect(text).map((f) => f.entity);

describe('a famous person in a general-knowledge or school text is no private person', () => {
  it.each([
    ['es', 'Prepara una ficha sobre cómo Alexander Fleming observó el moho en sus placas.'],
    ['it', 'Riassumi per la terza media gli esperimenti di Luigi Galvani sulle rane.'],
    ['en, title', 'Agenda: opening talk by Sir Tim Berners-Lee, then questions.'],
    ['en, academic title', 'Quiz question: which journal did Dr. Alexander Fleming publish in?'],
    ['fr, accents as written', 'Résume le rôle de Françoise Barré-Sinoussi dans la découverte du VIH.'],
    ['de, accents left out', 'Erklaere, wie Francoise Barre-Sinoussi das Virus isoliert hat.'],
    ['nl, possessive', "Vat Louis Braille's schrift samen voor groep 7."],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it("a date of birth in the famous person's own birth year is their biography", () => {
    expect(entities('Scrivi una scheda: Luigi Galvani, nato il 9 settembre 1737 a Bologna, medico e fisico.')).toEqual([]);
  });
});

describe('the same names stay where they may be a private person', () => {
  it('with other personal data in the text (a patient who shares the name)', () => {
    const text = 'Alexander Fleming, DOB 12/03/1961, NHS number 943 476 5919, seen in clinic today.';
    expect(people(text)).toEqual(['Alexander Fleming']);
  });
  it("as a record's field: alone, a JSON value or a table cell", () => {
    expect(people('Alexander Fleming')).toEqual(['Alexander Fleming']);
    expect(people('{"nom": "Alexander Fleming", "poste": "magasinier"}')).toContain('Alexander Fleming');
    expect(people('| Alexander Fleming | magasinier | 12 |')).toContain('Alexander Fleming');
  });
  it('after a cue', () => {
    expect(people('Please update the record: patient Alexander Fleming was discharged on Monday.')).toContain('Alexander Fleming');
  });
  it('a date of birth in another year', () => {
    expect(people('Luigi Galvani, nato il 9 settembre 1987, chiede un preventivo.')).toContain('Luigi Galvani');
  });
  it('a common private name that a famous person also has is not listed (John Williams, Thomas Müller, Paolo Rossi)', () => {
    for (const n of ['john williams', 'michael jackson', 'thomas muller', 'paolo rossi', 'robert koch']) expect(notableBirthYears(n)).toBeUndefined();
    expect(people('Schreibe eine kurze Notiz an Robert Koch wegen der Lieferung.')).toContain('Robert Koch');
  });
  it('a listed given name or surname beside a famous name keeps the span someone\'s', () => {
    expect(notableBirthYears('Francoise Barre-Sinoussi das Virus')).toEqual([1947]);
    expect(notableBirthYears('Maria Alexander Fleming')).toBeUndefined();
  });
  it('a surname alone is never looked up', () => {
    expect(notableBirthYears('Fleming')).toBeUndefined();
    expect(notableBirthYears('Alexander')).toBeUndefined();
  });
});

describe('the list', () => {
  it('holds full names only, folded as spans are folded', () => {
    const names = NOTABLE_PEOPLE.split(';').map((e) => e.slice(0, e.includes('=') ? e.indexOf('=') : e.length));
    expect(names.length).toBeGreaterThan(8000);
    for (const n of names) {
      expect(n).toContain(' ');
      expect(foldName(n)).toBe(n);
    }
  });
  it('folds accents, special letters and spacing', () => {
    expect(foldName('Ernő  Goldfinger')).toBe('erno goldfinger');
    expect(foldName('Czesław Miłosz')).toBe('czeslaw milosz');
    expect(notableBirthYears('Alexander Fleming')).toEqual([1881]);
  });
});

describe('a famous person named again by the surname alone is the same person (held-out set 66)', () => {
  it.each([
    ['de', "Schreib einen LinkedIn-Post zum Zitat von Sir Richard Branson ('Employees come first'). Branson, geboren am 18. Juli 1950, Gründer der Virgin Group."],
    ['en', "Write a LinkedIn post on the quote by Sir Richard Branson ('Employees come first'). Branson, born 18 July 1950, founded the Virgin Group."],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps the surname after a cue, and a private person next to the famous one', () => {
    expect(people('Slides on Richard Branson. Also remind Mr Branson from accounts to send his sick note.')).toContain('Branson');
    expect(people('Quote Richard Branson in the farewell card for our colleague Branson Okafor, who leaves for chemo.')).toContain('Branson Okafor');
  });
});
