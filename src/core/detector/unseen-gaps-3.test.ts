// Gaps found by the third held-out set (bench/data/detector-holdout-3), each pinned by sentences of our own: the fix is a
// general rule or word list, so it must hold on text other than the set's.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('names typed in lower case: acronyms do not make a text capitalised', () => {
  it.each([
    ['en, lab acronyms', 'pls write up a referral for maria rossetti, 51 yo, TSH high, FT4 low', 'maria rossetti'],
    ['en, age and sex letter in capitals', 'summary for anna kowalczyk, 62F, known COPD, sats 88% on RA', 'anna kowalczyk'],
    ['nl, age in "jr"', 'graag een brief voor sanne van den berg, 41 jr, MRI knie gepland', 'sanne van den berg'],
    ['it, exam in capitals', 'prepara la richiesta per giulia marchetti, 37 anni, TAC torace urgente', 'giulia marchetti'],
    ['de, lab in capitals', 'bitte arztbrief für jonas kellermann, 58 jahre, EKG unauffällig, TSH erhöht', 'jonas kellermann'],
  ])('%s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['es, two surnames', 'hazme un informe para lucía ferreiro castaño, 44 años, dolor abdominal', 'lucía ferreiro castaño'],
    ['es, two surnames, acronym', 'informe para carmen iglesias montero, 70 años, EPOC agudizada', 'carmen iglesias montero'],
  ])('a listed first name and two surnames: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['acronyms and no name', 'check the CRP and ESR for the new referral, 34 yo'],
    ['lower-case words before an age', 'write a note on chest pain, 45 yo, ECG normal'],
    ['two common words before an age', 'informe para dolor lumbar crónico, 44 años, RMN normal'],
  ])('not a name: %s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('places named after people: a street or building word right after or before the name', () => {
  it.each([
    ['en, museum as the last word', 'Is the Robert Owen Museum open on Mondays?'],
    ['en, street and road after single names', 'Is Karen Street far from Alfred Road by bike?'],
    ['it, Viale in the run', 'Il bar di Viale Lorenzo Marini chiude presto?'],
    ['es, avenida de', 'Vivo cerca de la avenida de Pedro Salinas en Madrid.'],
    ['es, calle de', '¿La calle de Juan Bravo tiene zona azul?'],
    ['es, Hospital before', 'Nos vemos en el Hospital Gregorio Marañón.'],
    ['nl, hyphenated compound', 'Is het Anna Paulownaplein-gebied druk op zaterdag?'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en, sent via', 'I sent it via Sarah Jennings, who was diagnosed with diabetes.', 'Sarah Jennings'],
    ['fr, cours de', 'Le cours de Pierre Dubois est annulé, il est hospitalisé.', 'Pierre Dubois'],
    ['it, lower-case via', 'mandalo via Giulia Marchetti, è ricoverata.', 'Giulia Marchetti'],
  ])('still a person: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('works and characters of public figures are general knowledge', () => {
  it.each([
    ['en, possessive before a titled character', "Write a quiz on Charles Dickens's Mr Micawber for year 9."],
    ['de, genitive inside a longer run', 'Schreib drei Aufgaben zu Thomas Manns Buddenbrooks.'],
    ['fr, titled character "de" author', 'Madame Arnoux de Flaubert est-elle un personnage sympathique ?'],
    ['es, character "de" author', 'Escribe un monólogo para Adela Alba de Lorca, por favor.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['a patient with a title', 'Mrs Ana Lorca has diabetes and needs a review.', 'Ana Lorca'],
    ['a German name and a health statement', 'Maria Schmidt hat seit Montag Fieber.', 'Maria Schmidt'],
  ])('still a person: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('a full name with no title as the subject, in a text about a review or health', () => {
  it.each([
    ['en, review', 'Tone down this appraisal: "Ferdia Brannagh was late nine times and ignored two written warnings."', 'Ferdia Brannagh'],
    ['de, Abmahnung', 'Formuliere das netter: „Jannik Ostwald hat zweimal Termine verpasst und wurde abgemahnt.“', 'Jannik Ostwald'],
    ['nl, beoordeling', 'Maak deze beoordeling milder: "Joris Verhoef heeft geen enkele deadline gehaald."', 'Joris Verhoef'],
    ['it, valutazione', 'Rendi più gentile questa valutazione: «Ottavio Brambati non ha mai rispettato le scadenze.»', 'Ottavio Brambati'],
    ['en, health', 'Priya Ramdhanie told me she is pregnant. What should I change in the rota?', 'Priya Ramdhanie'],
  ])('%s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['no HR or health word', 'Ferdia Brannagh was the first to reach the summit that year.'],
    ['a capitalised pair mid-sentence', 'The review says Quarterly Targets was missed twice.'],
  ])('not without the context: %s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
