// Gaps found by the tenth held-out set (bench/data/detector-holdout-10), each pinned by sentences of our own: the fix is a
// general rule or word list, so it must hold on text other than the set's.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a title abbreviation glued to a number is a unit, not a title', () => {
  it.each([
    ['en, milliseconds', 'latency 120ms. Buffer pool exhausted after the deploy'],
    ['en, hours', 'after 3hr. Queue workers were restarted by the cron job'],
    ['de, minutes', 'Antwortzeit 5m. Server danach neu gestartet'],
    ['nl, megawatts', 'de turbine levert 12mw. Vermogen daalt daarna snel'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Please call Ms. Okonkwo back tomorrow.', 'Okonkwo'],
    ['de', 'Rückruf an Hr. Wenzlaff bitte.', 'Wenzlaff'],
  ])('the title after a space still names: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

const body = (...parts: string[]): unknown => ({ messages: [{ role: 'user', content: parts.map((text) => ({ type: 'text', text })) }] });
const flagged = (b: unknown): boolean => classify(b).dataClass !== 'none';

describe('the private-evidence gate reads the health lexicon: obstetric and midwifery notes keep their names', () => {
  it.each([
    ['en, gravida/para and due date', 'Antenatal booking: Aoife Brennan, G3P2, EDD 02/05/2027.'],
    ['en, the fact in the next content part', 'Aoife Brennan, first visit today.', 'Update: fasting glucose high on the GTT, GDM, diet first.'],
    ['de, Wochenbett after a caesarean', 'Lisa Brandhorst, 3. Tag post partum nach Sectio, RR 150/95.'],
    ['fr, césarienne', 'Chloé Martin, accouchée hier par césarienne, tension 150/95.'],
    ['es, puérpera', 'Lucía Romero, puérpera de 2 días tras cesárea.'],
    ['nl, kraamvrouw', 'Sanne Visser, kraamvrouw, dag 2 na keizersnede.'],
    ['it, puerpera', 'Giulia Bianchi, puerpera al secondo giorno dopo taglio cesareo.'],
    ['en, a medicine', 'Lisa Brandhorst started metformin 500mg last week.'],
  ])('%s', (_name, ...parts) => {
    expect(flagged(body(...parts))).toBe(true);
  });
  it('a concert line with the same names and no private or health word is still dropped', () => {
    expect(flagged(body('Tonight: Aoife Brennan (cello) and Lisa Brandhorst (piano) play Brahms.'))).toBe(false);
  });
  it("hex digits are no due date: 'edd' inside a UUID", () => {
    expect(flagged(body('trace febb639f-a03a-4ae3 failed under span 434de5c7-87e7-edd6ff408fbb (owner: Aoife Brennan)'))).toBe(false);
  });
});

describe('frequent given names the lists lacked (Irish without the fada, older German and Dutch, Basque, Italian)', () => {
  const covered = (text: string, name: string): boolean => people(text).some((p) => p.includes(name));
  it.each([
    ['en', 'Declan Mulhern and Roisin Keane both missed the antenatal class.', ['Declan Mulhern', 'Roisin Keane']],
    ['de', 'Waltraut Behrens und Friedhelm Ocker kommen morgen zur Wundkontrolle.', ['Waltraut Behrens', 'Friedhelm Ocker']],
    ['fr', 'Clémence Morvan a rendez-vous lundi.', ['Clémence Morvan']],
    ['es', 'Arantxa Etxeberria tiene cita el lunes; Gorka Urrutia, el martes.', ['Arantxa Etxeberria', 'Gorka Urrutia']],
    ['nl', 'Martijn Kuipers heeft maandag een afspraak, Geert Bosman dinsdag.', ['Martijn Kuipers', 'Geert Bosman']],
    ['it', 'Graziella Ferri ha appuntamento lunedì, Gaetano Russo martedì.', ['Graziella Ferri', 'Gaetano Russo']],
  ])('%s', (_lang, text, names) => {
    for (const n of names) expect(covered(text, n), n).toBe(true);
  });
});

describe('care and work roles before a first name are relation cues, in the six languages', () => {
  it.each([
    ['en, service user', 'Handover: service user Shona refused her evening meds again.'],
    ['de, Wöchnerin', 'Wöchnerin Lisa, Tag 2, Kopfschmerzen.'],
    ['de, lower case, Bewohnerin', 'bewohnerin gertrud kellermann schläft schlecht, bitte übergabe schreiben'],
    ['fr, parturiente', 'Note : parturiente Chloé, entrée à 6h.'],
    ['es, puérpera', 'Nota: puérpera Lucía, segundo día.'],
    ['nl, lower case, bewoner', 'bewoner gerrit wil niet eten, maak een overdracht'],
    ['it, lower case, stagista', 'stagista luca ferri ha firmato il contratto, prepara la mail'],
  ])('%s', (_name, text) => {
    expect(flagged(body(text))).toBe(true);
  });
  it('a role word before a plural noun is no name', () => {
    expect(people('Die Bewohner Kölns feiern am Montag Karneval.')).toEqual([]);
  });
});

describe('abbreviated titles of care notes typed in lower case: German "fr." (Frau), Dutch "mw." (mevrouw)', () => {
  it.each([
    ['de, listed first name', 'zi 7 fr. gertrud kellermann 88j demenz, dekubitus ferse, isst wenig', 'gertrud'],
    ['de, unlisted first name after a room', 'zi 7 fr. ortrud wenzlaff 88j demenz, dekubitus ferse', 'ortrud wenzlaff'],
    ['nl, unlisted first name after a room', 'kamer 4 mw. ortrud jansen, decubitus hiel, eet slecht', 'ortrud jansen'],
  ])('%s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['de, Friday before a noun', 'Sprechzeiten Mo.-Fr. Sprechstunde nach Vereinbarung.'],
    ['de, Friday before a plural', 'Öffnungszeiten Mo-Fr. Termine bitte online buchen.'],
  ])('"Fr." is also Friday: no name after it alone (%s)', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a double first name typed in lower case: two listed names joined by a hyphen', () => {
  it.each([
    ['en', 'employee mary-kate jones, warehouse, slipped disc, no lifting for 3 weeks'],
    ['de', 'mitarbeiterin lena-sophie krause, lager, bandscheibenvorfall'],
    ['es', 'trabajador juan-carlos pérez, almacén, hernia discal'],
    ['nl', 'werknemer erik-willem bakker, magazijn, hernia'],
    ['it', 'dipendente gian-marco rossi, magazzino, ernia del disco'],
  ])('%s', (_lang, text) => {
    expect(flagged(body(text))).toBe(true);
  });
  it('a hyphenated pair of ordinary words after a role word is no name', () => {
    expect(people('the employee check-in desk opens at nine')).toEqual([]);
  });
});

describe('a titled doctor in a question about a named TV series is a fictional character', () => {
  it.each([
    ['en', 'In Chicago Med, was Dr Will Halstead right to skip the consent form?'],
    ['de', 'Ist es realistisch, wie Dr. Martin Gruber im Bergdoktor Hausbesuche macht?'],
    ['fr', 'Dans « Plus belle la vie », le docteur Léo Castelli est-il crédible ?'],
    ['es', "En 'Cuéntame cómo pasó', ¿era realista que el Dr. Ramón Alcántara atendiera partos?"],
    ['nl', 'In de ziekenhuisserie: is dr. Anna Vermeulen realistisch neergezet?'],
    ['it', "In 'Doc nelle tue mani', è realistico che il dott. Andrea Fanti torni al lavoro?"],
  ])('%s', (_lang, text) => {
    expect(flagged(body(text))).toBe(false);
  });
  it('a patient who watches the series is still a patient', () => {
    expect(flagged(body('My patient Tom Baker watches Chicago Med every night since his stroke.'))).toBe(true);
  });
});
