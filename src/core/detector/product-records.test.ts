import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

// A catalog tool's result, as an Anthropic agent sends it back.
const catalog = (items: readonly Record<string, unknown>[]): string[] =>
  [
    ...new Set(
      classify({
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'which kettles under 50 are in stock?' }] },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'catalog', input: { q: 'kettle' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: JSON.stringify({ items }) }] },
        ],
      }).findings.map((f) => f.entity),
    ),
  ].sort();

describe("a product record's name is the product's", () => {
  it.each([
    ['en', [{ sku: 'HP-KT-1702', name: 'Russell Hobbs Honeycomb', ean: '5038061108735', price: 39.99 }]],
    ['de', [{ artikelnummer: 'BV-WK-1718', name: 'Severin Wasserkocher', lagerbestand: 57 }]],
    ['fr', [{ code_article: 'LR-BO-1702', nom: 'Moulinex Subito', prix: 34.9 }]],
    ['es', [{ sku: 'OB-HV-1718', nombre: 'Taurus Aroma', ean: '8414075998371', precio: 32.5 }]],
    ['nl', [{ artikelnummer: 'DW-WK-1702', naam: 'Princess Waterkoker', voorraad: 12 }]],
    ['it', [{ sku: 'GF-BL-1718', nome: 'Bialetti Elettrico', ean: '8006363029816', giacenza: 57 }]],
  ])('%s', (_lang, items) => {
    expect(catalog(items)).toEqual([]);
  });

  // Kept: a person's record (no article number or barcode) keeps the name, also with a "stock" key (an employee's shares).
  it.each([
    ['en', [{ name: 'Priya Raghunathan', email: 'priya.r@gmail.com', stock: 1200 }], ['EMAIL_ADDRESS', 'PERSON']],
    ['de', [{ name: 'Jürgen Köster', telefon: '0171 2345396', bestand: 'akte.pdf' }], ['PERSON', 'PHONE_NUMBER']],
    ['fr', [{ nom: 'Claire Martin', telephone: '06 12 47 83 39' }], ['PERSON', 'PHONE_NUMBER']],
    ['es', [{ nombre: 'Lucía Etxeberria', telefono: '612 345 892' }], ['PERSON', 'PHONE_NUMBER']],
    ['nl', [{ naam: 'Kees Visser', telefoon: '06-12341845', bestand: 'cv.pdf' }], ['PERSON', 'PHONE_NUMBER']],
    ['it', [{ nome: 'Giulia Bianchi', telefono: '347 123 4565' }], ['PERSON', 'PHONE_NUMBER']],
  ])('keeps %s', (_lang, items, kept) => {
    expect(catalog(items)).toEqual(expect.arrayContaining(kept));
  });
});

// A vessel tracker's record, as a tool's answer: its name key holds the ship's name, named after a person or not
// (data/struct-cues.ts VESSEL_KEYS).
const tracked = (record: Record<string, unknown>): string[] =>
  [...new Set(classify({ messages: [{ role: 'user', content: 'where is that ship now?' }, { role: 'tool', content: JSON.stringify(record) }] }).findings.map((f) => f.entity))].sort();

describe("a vessel's record names the ship", () => {
  it.each([
    ['imo and mmsi', { name: 'MSC ANNA', imo: '9839131', mmsi: '228386800', lat: 1.26, status: 'under way' }],
    ['imo_number', { nome: 'MSC GIULIA', imo_number: '9930038', destinazione: 'ITGOA' }],
  ])('%s', (_name, record) => {
    expect(tracked(record)).toEqual([]);
  });
  it('a person beside a radio call sign keeps the name: a call sign is no ship key', () => {
    expect(tracked({ name: 'MSC ANNA', callsign: 'DL1ABC', lat: 1.26 })).toEqual(['PERSON']);
  });
});
