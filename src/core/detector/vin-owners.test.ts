import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const vins = (text: string): string[] => detect(text).filter((f) => f.entity === 'VIN').map((f) => text.slice(f.start, f.end));

// 1HGCM82633A004352: a VIN with a valid check digit (the letters and digits of a 2003 Honda Accord's published example).
describe('a VIN is reported when the text ties the vehicle to its keeper', () => {
  it.each([
    ['en: decoding a VIN', 'Can you decode VIN 1HGCM82633A004352 and tell me the model year and plant?'],
    ['de: Fahrgestellnummer entschlüsseln', 'Was sagt die Fahrgestellnummer 1HGCM82633A004352 über Baujahr und Werk aus?'],
    ['fr: décoder un VIN', 'Que signifie le numéro VIN 1HGCM82633A004352 (année, usine) ?'],
    ['es: decodificar un bastidor', '¿Qué dice el número de bastidor 1HGCM82633A004352 sobre el año y la planta?'],
    ['nl: chassisnummer ontcijferen', 'Wat zegt chassisnummer 1HGCM82633A004352 over bouwjaar en fabriek?'],
    ['it: decodificare un telaio', 'Cosa dice il numero di telaio 1HGCM82633A004352 su anno e stabilimento?'],
  ])('%s: no keeper, not reported', (_name, text) => {
    expect(vins(text)).toEqual([]);
    // Still there for an audit below the threshold.
    expect(detect(text, { minScore: 0 }).some((f) => f.entity === 'VIN' && f.score < 0.5)).toBe(true);
  });

  it.each([
    ['en: a named customer', 'Service booking: Mr Alan Whitfield, VIN 1HGCM82633A004352, brake pads.'],
    ['en: the keeper word', 'The registered keeper of 1HGCM82633A004352 has not paid the invoice.'],
    ['de: Halter', 'Halter des Fahrzeugs 1HGCM82633A004352 bitte ermitteln.'],
    ['fr: propriétaire', 'Le propriétaire du véhicule 1HGCM82633A004352 conteste la facture.'],
    ['es: mi coche', 'El bastidor de mi coche es 1HGCM82633A004352, ¿tiene llamadas a revisión?'],
    ['nl: eigenaar', 'De eigenaar van 1HGCM82633A004352 belt morgen terug.'],
    ['it: intestatario', "L'intestatario del veicolo 1HGCM82633A004352 chiede il rimborso."],
    ['en: a phone next to it', 'VIN 1HGCM82633A004352, call back on 07841 336092 when ready.'],
  ])('%s: reported', (_name, text) => {
    expect(vins(text)).toEqual(['1HGCM82633A004352']);
  });
});
