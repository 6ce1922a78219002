// 'Colin', a frequent English given name of older generations, is listed; the French fish ('filet de colin') stays no
// name. Sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { detect } from '../detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe("'Colin' before a surname is a person, in each language's text", () => {
  it.each([
    ['en', 'Motor claim: third party Colin Ramsbottom says whiplash, off work 8 weeks.'],
    ['de', 'Schadenmeldung: Unfallgegner Colin Ramsbottom klagt über ein Schleudertrauma.'],
    ['fr', 'Sinistre auto : le tiers, Colin Ramsbottom, se plaint d’un coup du lapin.'],
    ['es', 'Siniestro: el tercero Colin Ramsbottom refiere latigazo cervical.'],
    ['nl', 'Schadeclaim: tegenpartij Colin Ramsbottom meldt een whiplash.'],
    ['it', 'Sinistro: il terzo Colin Ramsbottom lamenta un colpo di frusta.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toContain('Colin Ramsbottom');
  });

  it('keeps the fish no name', () => {
    expect(people('Menu du jour : filet de colin, sauce au beurre blanc, 14 €.')).toEqual([]);
    expect(people("Colin d'Alaska pané et purée maison.")).toEqual([]);
  });
});
