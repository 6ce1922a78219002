// A name inside a work's quoted title (work-titles.ts), and the same name as the work's character elsewhere in the text:
// no person. Texts of our own. A person named next to such a title, or a client named like one with contact data, stays.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a name inside a quoted title of a work', () => {
  it.each([
    ['en', "Summarise the second season of 'Doctor Hartley Wainwright' for the newsletter, no spoilers."],
    ['de', "Fass die erste Staffel von 'Tierärztin Dr. Mertens' kurz zusammen, ohne zu spoilern."],
    ['fr', "Analyse pour des 5e de « La Chèvre de Monsieur Seguin » d'Alphonse Daudet : Blanquette, Monsieur Seguin, le loup."],
    ['es', 'Resume la primera temporada de «Doctor Mateo Sancho» para el boletín, sin destripar el final.'],
    ['nl', 'Vat het boek "Meneer Jansen en de kat" samen voor groep 5, in vijf zinnen.'],
    ['it', 'Riassumi il romanzo «La signora Anna Brambilla» per la classe, senza svelare il finale.'],
  ])('%s: %s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['en', 'Please email Dr. Mertens about the series we discussed; her mobile is 07700 900123.', 'Mertens'],
    ['de', "Frau Kowalski hat die Staffel 'Tierärztin' gesehen und ruft unter 0171 2345678 zurück.", 'Kowalski'],
    ['fr', 'Mon client M. Keller a adoré le livre « M. Keller et son jardin » ; son portable : 06 12 34 56 78.', 'Keller'],
    ['it', "La signora Anna Brambilla ha chiesto il libro 'Il giardino' in prestito: il suo numero è 347 812 6650.", 'Anna Brambilla'],
  ])('keeps the person: %s: %s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});
