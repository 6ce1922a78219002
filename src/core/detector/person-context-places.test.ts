// Schools, shops and estates named after someone, job titles before a town, and people asked about with a known figure
// (person-context.ts, data/named-places.ts): texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a school named after someone is no person', () => {
  it.each([
    ['en', 'Trip on Friday. College Sarah Johnson, Leeds.'],
    ['de', 'Ausflug. Grundschule Anna Weber, Mainz.'],
    ['fr', 'Sortie lundi. École élémentaire Paul Martin, Lille.'],
    ['nl', 'Schoolreisje. Openbare basisschool Jan Peters, Breda.'],
    ['it', 'Uscita il 3. Scuola primaria Marco Bianchi, Torino.'],
    ['it', 'Uscita il 3. Istituto comprensivo Luigi Russo, Torino.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a shop or an estate is no person', () => {
  it.each([
    ['en', 'Add our footer: Kingsley Pharmacy, 12 Mill Lane.'],
    ['fr', 'Ajoute : Martin Pharmacie, 3 place du Marché.'],
    ['nl', 'Voeg toe: Jansen Apotheek, Markt 3.'],
    ['it', 'Aggiungi: Bianchi Farmacia, piazza Roma 3.'],
    ['de', 'Lieferung: Gewerbegebiet Hansen, Halle 2.'],
    ['es', 'Entrega: Polígono Romero Sánchez, nave 4.'],
    ['fr', 'Livraison : zone industrielle Paul Martin, Lille.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a job title before a town is no surname', () => {
  it.each([
    ['en', 'Polish this job ad: Senior Software Engineer, Leeds (remote), apply by 1 May.'],
    ['en', 'Polish this job ad: Junior Data Analyst, Bristol (hybrid).'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('people asked about with a known figure are its story’s', () => {
  it.each([['Why does Elizabeth Bennet refuse Mr Collins at first? Explain simply.'], ['Why does Elizabeth Bennet distrust Mr Wickham?']])('en: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('stays a person', () => {
  it.each([
    ['en: a personal question with an honorific', 'Why did Mr Pemberton call me about my results?'],
    ['en: a surname and given name', 'Please update the record: Pemberton, Sarah, ward 4.'],
    ['de: a name after a lower-case school word in a sentence', 'Ich habe Frau Anna Weber an der schule getroffen, sie hat Fieber.'],
    ['fr: a name after a school word with a verb between', 'À l’école Marie Dubois a vomi ce matin.'],
    ['en: a shop word that is no last word', 'Chemist Anna Walker rang about her prescription.'],
  ])('%s', (_name, text) => {
    expect(people(text).length).toBeGreaterThan(0);
  });
});

describe('a run right after a saint’s title it left out is the saint’s place or house', () => {
  it.each([
    ['en', 'Proceeds go to St Nicholas Hospice in Bury St Edmunds.'],
    ['de', 'Spenden gehen an das St. Elisabeth Hospiz in Bad Waldsee.'],
    ['fr', "La recette ira à l'hôpital Saint Louis, à Paris."],
    ['es', 'La recaudación irá a la parroquia de San Roque, en Sevilla.'],
    ['nl', 'De opbrengst gaat naar het hospice Sint Maarten in Utrecht.'],
    ['it', "L'incasso andrà alla parrocchia di San Lorenzo, a Torino."],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['en', 'Proceeds to St Wilfrid Hospice, contact Emma Hartley.', 'Emma Hartley'],
    ['de', 'Spenden an das St. Elisabeth Hospiz, Ansprechpartnerin ist Anna Weber.', 'Anna Weber'],
    ['es', 'Donativos para el hogar Santa Teresa, contacto Lucía Ortega.', 'Lucía Ortega'],
  ])('%s: the contact person next to it stays', (_lang, text, kept) => {
    expect(people(text)).toContain(kept);
  });
});
