// Chief executives, central bankers, party leaders and architects of the six languages' markets are named in market
// notes and results summaries as general knowledge; the same words given as one's own name, and private people in the
// same kind of note, are still found. Sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';

const people = (content: string): string[] =>
  classify([{ role: 'user', content }]).findings.filter((f) => f.entity === 'PERSON').map((f) => content.slice(f.start, f.end));

describe('public business and political figures in market notes are no personal data', () => {
  it.each([
    ['en', 'Summarise in 80 words what Jamie Dimon said about deposit margins on the results call.'],
    ['de', 'Fasse in 80 Wörtern zusammen, was Christian Sewing bei der Bilanzpressekonferenz zu den Zinsen gesagt hat.'],
    ['fr', "AXA a publié un ratio combiné de 93 %. Explique ce ratio et ce qu'en dit Thomas Buberl."],
    ['es', 'Nota breve: Gabriel Escarrer, consejero delegado de Meliá, dijo que el RevPAR subió un 6 %.'],
    ['nl', 'Korte notitie: KLM-topvrouw Marjan Rintel wees op meer Amerikaanse reizigers dit voorjaar.'],
    ['it', "Nota breve: Carlo Messina, consigliere delegato di Intesa Sanpaolo, ha detto che i margini reggono."],
  ])('%s', (_lang, content) => {
    expect(people(content)).toEqual([]);
  });

  it("keeps such a name given as one's own, and a private person in the same note", () => {
    expect(people('My name is Thomas Buberl and I need to update my policy address.')).not.toEqual([]);
    expect(people('Nota breve: Gabriel Escarrer y su vecina Lucía Berenguer Sastre dijeron que el RevPAR subió un 6 %.')).toContain('Lucía Berenguer Sastre');
    expect(people('Korte notitie: Marjan Rintel en mijn buurman Joost Verhagen wezen op meer reizigers.')).toContain('Joost Verhagen');
  });
});
