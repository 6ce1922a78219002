// plant-sites.ts: an address right after a named industrial site is the plant's; a home next to one stays a home.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const addresses = (t: string): string[] => detect(t).filter((f) => f.entity === 'STREET_ADDRESS').map((f) => t.slice(f.start, f.end));

describe('an address after a named plant is the plant\'s', () => {
  it.each([
    ['en', 'ETA from Dover to Tesla Gigafactory Berlin-Brandenburg, Tesla Straße 1, 15537 Grünheide (Mark), with a 40t truck?'],
    ['de', 'Anlieferung BMW Werk München, Petuelring 130, 80809 München: welches Tor für Lieferanten?'],
    ['fr', "Livraison à l'usine Renault de Flins, 78410 Aubergenville : quel quai pour les camions ?"],
    ['es', 'entrega en la planta SEAT de Martorell, Autovía A-2 km 585, 08760 Martorell: acceso camiones proveedores?'],
    ['nl', 'levering bij de fabriek van ASML, De Run 6501, 5504 DR Veldhoven: welke poort voor vrachtwagens?'],
    ['it', 'consegna allo stabilimento Ferrari, via Abetone Inferiore 4, 41053 Maranello: accesso camion fornitori?'],
  ])('%s', (_lang, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a private address near a plant word stays found', () => {
  it.each([
    ['en no name after the noun', 'I live next to the plant, 14 Mill Lane, Leeds LS6 2AB', '14 Mill Lane'],
    ['es a family\'s factory', 'la fábrica de mi padre, calle Mayor 12, 28013 Madrid', 'calle Mayor 12, 28013 Madrid'],
    ['nl my own address after the plant', 'Ik woon naast de fabriek van Philips, mijn adres is Kastanjelaan 5, 5616 LZ Eindhoven', 'Kastanjelaan 5, 5616 LZ Eindhoven'],
    ['en a street named after a mill', 'Move from 62 Beechwood Avenue to 4 Mill Lane, Ripon HG4 1NB on 27 Sept, contact me on 07588 210 443', 'HG4 1NB'],
    ['es a floor, not a plant', 'Mi piso: Edificio Sol, planta Baja, calle Mayor 5, 28013 Madrid', 'calle Mayor 5, 28013 Madrid'],
    ['de a home delivery', 'Lieferung an meine Wohnung, Lindenweg 7, 80809 München, nicht ans Werk', 'Lindenweg 7, 80809 München'],
  ])('%s', (_name, text, value) => {
    expect(addresses(text)).toContain(value);
  });
});
