// A property listing written for a portal advertises the property's address, and the agency's office takes the calls;
// an owner's own listing, a named person and a mobile stay. Listings are made up for these tests.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).filter((f) => f.entity === 'STREET_ADDRESS' || f.entity === 'PHONE_NUMBER').map((f) => f.entity);

describe("a portal listing's address and its agency's landline are no personal data", () => {
  it.each([
    ['en', 'Write Zoopla copy: 2-bed terrace, 17 Larkfield Road, Leeds, guide £265,000, new boiler. Viewings via our Headingley office 0113 496 0712.'],
    ['de', 'Exposé: Doppelhaushälfte, Lindenweg 12, Görlitz, Kaufpreis 329.000 €, Energieklasse D, Besichtigung über unser Büro 03581 66210.'],
    ['fr', "Annonce Leboncoin : appartement 3 pièces, 12 rue des Lilas, Nantes, 289 000 € FAI, DPE D, visites via l'agence au 02 40 48 71 55."],
    ['es', 'Anuncio para Fotocasa: piso en Calle de la Industria 8, Paterna, 198.000 €, certificado E, visitas en la oficina 961 32 44 10.'],
    ['nl', 'Funda-tekst: hoekwoning Zuidwal 21, Assen, vraagprijs € 315.000 k.k., energielabel C, bezichtigen via ons kantoor 0592 33 41 80.'],
    ['it', "Annuncio per Casa.it: trilocale in Via Aurelia 140, Carrara, 210.000 €, classe E, visite tramite l'agenzia 0585 84 12 00."],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps an owner's own listing, a named seller's, a mobile, and an address without a listing head or a price", () => {
    expect(found('Anuncio para Fotocasa: vendo mi piso en Calle de la Industria 8, Paterna, 198.000 €, llamar al 961 32 44 10.')).toContain('STREET_ADDRESS');
    expect(found('Exposé: Verkaufe meine Wohnung, Lindenweg 12, Görlitz, Kaufpreis 329.000 €.')).toContain('STREET_ADDRESS');
    expect(found('Write Zoopla copy: 17 Larkfield Road, Leeds, guide £265,000, owner Oliver Penhallow on 07700 981 442.')).toEqual(expect.arrayContaining(['STREET_ADDRESS', 'PHONE_NUMBER']));
    expect(found("Funda-tekst: Zuidwal 21, Assen, vraagprijs € 315.000 k.k., bezichtigen via ons kantoor of 06 41187723.")).toContain('PHONE_NUMBER');
    expect(found('Annuncio: Via Aurelia 140, Carrara. La proprietaria vi aspetta.')).toContain('STREET_ADDRESS');
  });
});
