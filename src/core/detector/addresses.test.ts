import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { mulberry32 } from '../random/index.js';
import { addressMatches, addressMatchesReference } from './addresses.js';

const found = (text: string): { start: number; end: number }[] => detect(text).filter((f) => f.entity === 'STREET_ADDRESS');
const addresses = (text: string): string[] => found(text).map((f) => text.slice(f.start, f.end));
/** Share of `part`'s characters inside a reported address (overlapping rules keep one span, so a part may be shared). */
function covered(text: string, part: string): number {
  const at = text.indexOf(part);
  let n = 0;
  for (let i = at; i < at + part.length; i++) if (found(text).some((f) => i >= f.start && i < f.end)) n++;
  return n / part.length;
}

describe('street addresses in each country format', () => {
  it.each([
    ['fr: number, type, name', 'Assignation : M. Kergoat, demeurant 12 rue des Tanneurs, 67000 Strasbourg.', '12 rue des Tanneurs'],
    ['fr: bis', 'Sinistre au 3 bis avenue Jean-Jaurès, 29200 Brest, constaté hier.', '3 bis avenue Jean-Jaurès'],
    ['fr: impasse', 'Logement au 7 impasse des Lilas, loyer 640 €.', '7 impasse des Lilas'],
    ['de: abbreviated Str. inside a word', 'wohnhaft in der Feldbergstr. 9, Frankfurt', 'Feldbergstr. 9'],
    ['de: adjective and Straße', 'Sie wohnt in Kumpfmühler Straße 61 in Regensburg.', 'Kumpfmühler Straße 61'],
    ['de: Am + name + number + postcode + town', 'wohnhaft Am Kupferhammer 4, 58762 Altena.', '4, 58762 Altena'],
    ['nl: gracht, Roman floor, postcode with letters', 'waterschade op Lijnbaansgracht 212-III, 1017 RM Amsterdam.', 'Lijnbaansgracht 212'],
    ['nl: bis and postcode', 'woning Oudegracht 109 bis, 3511 AE Utrecht, huur € 1.150', '109 bis, 3511 AE Utrecht'],
    ['es: plaza, floor, postcode', 'vivo en Plaza de San Francisco 3, 4º, 11004 Cádiz, y el pedido no llega.', 'Plaza de San Francisco 3'],
    ['es: C/ abbreviation', 'domicilio en C/ San Vicente Ferrer 27, 3º B, Madrid', 'C/ San Vicente Ferrer 27'],
    ['it: corso', 'residente in Corso Vittorio Emanuele II 88, 10121 Torino', 'Corso Vittorio Emanuele II 88'],
    ['it: piazza with postcode', 'abito in Piazza Garibaldi 3, 80142 Napoli', 'Piazza Garibaldi 3'],
    ['en: close and a UK postcode', 'a witness statement for Ifeoma of 18 Bramble Close, Swindon SN2 7QU, please', '18 Bramble Close'],
    ['en: a UK postcode after a street line with an unusual street type', 'My address is 22 Ravelston Dykes, Edinburgh EH4 3NY and my number is below.', 'EH4 3NY'],
  ])('%s', (_name, text, part) => {
    expect(covered(text, part)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('not street addresses', () => {
  it.each([
    ['a UK postcode asked about on its own', 'Which building does the postcode SW1A 1AA belong to?'],
    ['a route between landmarks', 'Wie komme ich am schnellsten vom Alexanderplatz zum BER?'],
    ['a count of people and a German noun', 'Wir haben 12000 Mitarbeiter und 300 Standorte in Europa.'],
    ['a year and a city', 'The conference was in 2019 in Amsterdam and 2023 in Lyon.'],
    ['a file size', 'The backup took 8421 MB and 1200 GB of disk.'],
    ['a version list', 'Upgrade from 3.2, 2024 Edition to the new release.'],
    ['everyday words that are also street types', 'Step 2 store in place, then 3 more steps the right way, 4 in a row.'],
  ])('%s', (_name, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('address candidates found from the runs of digits equal the global scans', () => {
  it('units, PO boxes, military addresses and UK postcodes, with the spacing and case their patterns allow', () => {
    const PIECES = [
      'Apt', 'apt.', 'APT', 'Suite', 'suite', 'Ste.', 'apartment', 'Apartment', '#', ' #', '# ', 'PO Box', 'P.O. Box', 'p. o. box', 'P.O.Box', 'pobox', 'Post Office Box',
      'post office box', 'box', 'Box', 'PSC', 'Unit', 'CMR', 'APO', 'FPO', 'DPO', 'AA', 'AE', 'AP', 'EH9', '1HL', 'SW1A', '1AA', 'W1', 'M1 1AE', 'B33 8TH', 'CR2 6XH',
      'DN55 1PT', 'PSC 1234, Box 5678', 'Unit 2050 Box 4190', 'APO AE 09012', 'FPO  AP 96601', 'CMR 480', 'DPO AA', '12', '7', '123', '1234', '12345', '123456', '09876', 'x', 'B', 'ſ', 'K', ' ', '  ', '\n', '\t', '\u00A0', ',', '.', '-', '_', 'é',
    ];
    const r = mulberry32(41);
    let found = 0;
    const kinds = { unit: 0, box: 0, military: 0, uk: 0 };
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 24);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.5 ? ' ' : '');
      const fast = addressMatches(s);
      expect(fast, s).toEqual(addressMatchesReference(s));
      found += fast.length;
      for (const f of fast) {
        if (/suite|ste\.|apt|apartment/i.test(f)) kinds.unit++;
        if (/box/i.test(f)) kinds.box++;
        if (/PSC|Unit|CMR|APO|FPO|DPO/.test(f)) kinds.military++;
        if (/^\d+:[A-Z]{1,2}\d/.test(f)) kinds.uk++;
      }
    }
    expect(found).toBeGreaterThan(1000);
    for (const [k, v] of Object.entries(kinds)) expect(v, k).toBeGreaterThan(100);
  });
});
