// A name-list run that names a thing by where it stands: an item of a list of organisations ("employers including ...")
// and a quoted product after a contract or tariff noun ("Vertrag 'Strom Basis'"). Each with the nearest text whose
// person stays found. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON' && f.score >= 0.5).map((f) => text.slice(f.start, f.end));

describe('an item of a list of organisations', () => {
  it.each([
    ['en', 'Jobs fair on Thursday: 40 employers including the NHS, the county police and Sheffield Forgemasters.', 'Sheffield Forgemasters'],
    ['de', 'Zur Jobmesse kommen Unternehmen wie die Stadtwerke, die Sparkasse und Hermann Kessler.', 'Hermann Kessler'],
    ['fr', 'Au salon, des entreprises comme la SNCF, Decathlon et Lucien Barrière recrutent.', 'Lucien Barrière'],
    ['nl', 'Op de banenmarkt staan werkgevers zoals de gemeente, het ziekenhuis en Gerrit Hoekstra.', 'Gerrit Hoekstra'],
  ])('%s: the organisation is no person', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });
  it('a person named in the next sentence stays', () => {
    expect(people('40 employers including the NHS and Sheffield Forgemasters. Ask Anna Berg about a stand.')).toContain('Anna Berg');
  });
  it('a list of clients is a list of people', () => {
    expect(people('Our clients including Anna Berg and Tom Blake complained about the invoice.')).toContain('Anna Berg');
  });
});

describe('a quoted product after a contract, tariff or plan noun', () => {
  it.each([
    ['de', "Übungsfall: Kundennummer 0000000, Vertrag 'Strom Basis', drei typische Anliegen bitte.", 'Strom Basis'],
    ['fr', 'Le client passe au forfait « Jules Bernard » le mois prochain, que lui dire ?', 'Jules Bernard'],
    ['es', "El cliente pasa a la tarifa 'Lucía Verde' el mes que viene.", 'Lucía Verde'],
    ['it', "Il cliente vuole passare all'offerta 'Giulia Rinaldi' dal mese prossimo.", 'Giulia Rinaldi'],
  ])('%s: the product is no person', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });
  it("a contract in a person's name stays that person's", () => {
    expect(people("Vertrag von 'Anna Berg', Kundennummer 44871, bitte kündigen.")).toContain('Anna Berg');
  });
});
