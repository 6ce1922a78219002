// A venue's "getting here" text: its box office line after its address ("Box office 020 ...", "Taquilla 91 ...", no
// private person has one), its transit stop ("metro Cruz del Rayo", "fermata Giulio Agricola") and a hall named after
// someone behind "Royal" ("Royal Albert Hall") are no personal data (public-addresses.ts INFO_LINE_BEFORE,
// person-context.ts). A person's own number after the same words, and a person met at a stop, stay. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a venue's box office and its transit stop", () => {
  it.each([
    ['en', "Write the 'Getting here' section: Royal Festival Hall, Belvedere Road, London SE1 8XX. Box office 020 7960 4201, nearest tube Waterloo."],
    ['de', 'Schreib den Anfahrtsteil: Konzerthaus am Ring, Ringstraße 8, 04109 Leipzig. Kasse 0341 496 0281, Haltestelle Augustusplatz.'],
    ['fr', "Rédige la rubrique « Accès » : Salle Pleyel, 252 rue du Faubourg Saint-Honoré, 75008 Paris. Billetterie 01 42 56 13 14, métro Louise Michel."],
    ['es', "Redacta el apartado 'Cómo llegar': Auditorio Ribera Sur, Av. del Puerto 12, 46023 València. Taquilla 96 355 41 21, metro Cruz del Rayo."],
    ['nl', 'Schrijf het stuk "Bereikbaarheid": Muziekpaleis Noord, Stationsplein 14, 9726 AE Groningen. Kassa 050 368 2021, halte Anne Frank.'],
    ['it', "Scrivi la sezione 'Come arrivare': Teatro del Porto, via del Porto 30, 16126 Genova. Biglietteria 010 589 1282, fermata Giulio Agricola."],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en, the writer\'s own number', 'Dear Mr Hall, your box office refund: call me on 020 7589 8213.', 'PHONE_NUMBER:020 7589 8213'],
    ['fr, a person met after the metro', 'Prends le métro Louise Michel puis appelle Marie Dubois au 06 12 34 56 78.', 'PERSON:Marie Dubois'],
    ['de, a person at the stop', 'Ich treffe Anna Weber an der Haltestelle, ihre Nummer 0171 4452108.', 'PHONE_NUMBER:0171 4452108'],
    ['en, a person named Hall', 'Please invite Jennifer Hall, 27 Beechwood Avenue, Harrogate HG2 0LR.', 'PERSON:Jennifer Hall'],
  ])('keeps %s', (_what, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});
