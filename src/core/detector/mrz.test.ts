// APIS travel-document lines (mrz.ts's scanApisDocs): lines of our own, made-up numbers.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { scanApisDocs } from './mrz.js';
import type { Hit } from './hit.js';

const found = (text: string): string[][] => detect(text).map((f) => [f.entity, f.rule, text.slice(f.start, f.end)]);

describe('APIS DOCS lines: the passport number, the birth date and the names', () => {
  it.each([
    ['en: a pasted DOCS line', 'Check this: DOCS/P/GBR/512345678/GBR/02FEB81/M/09SEP32/HALLORAN/PETER JAMES', '512345678', '02FEB81', 'HALLORAN/PETER JAMES'],
    ['de: an SSR DOCS element', 'Ist das richtig? SSR DOCS LH HK1 P/DEU/C4F7X2K91/DEU/14JUL90/F/30JUN31/BRANDSTETTER/LENA', 'C4F7X2K91', '14JUL90', 'BRANDSTETTER/LENA'],
    ['fr: an infant', 'Le segment : DOCS/P/FRA/19AB12345/FRA/03JAN25/FI/02JAN30/ROUSSEL/EMMA, correct ?', '19AB12345', '03JAN25', 'ROUSSEL/EMMA'],
    // a reservation system's entry, its fields joined by '-'
    ['en: an Amadeus entry', 'Failing in Altea:\nSRDOCS LO HK1-P-POL-EM4718203-POL-17JUN88-M-12MAR31-KOWALCZYK-TOMASZ', 'EM4718203', '17JUN88', 'KOWALCZYK-TOMASZ'],
    ['de: an entry', 'Warum abgelehnt? SRDOCS LH HK1-P-DEU-C4F7X2K91-DEU-14JUL90-F-30JUN31-BRANDSTETTER-LENA MARIE', 'C4F7X2K91', '14JUL90', 'BRANDSTETTER-LENA MARIE'],
    ['es: an entry', 'Da error: SR DOCS IB HK1-P-ESP-PAB123456-ESP-05MAR79-F-11AUG29-GARCIA LOPEZ-MARIA JOSE', 'PAB123456', '05MAR79', 'GARCIA LOPEZ-MARIA JOSE'],
    ['it: an entry', 'Errore su: SRDOCS AZ HK1-P-ITA-YA1234567-ITA-21DEC85-M-02FEB33-ESPOSITO-GENNARO', 'YA1234567', '21DEC85', 'ESPOSITO-GENNARO'],
  ])('%s', (_name, text, number, birth, names) => {
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['PASSPORT', 'passport.apis-docs', number],
        ['DATE_OF_BIRTH', 'dob.apis-docs', birth],
        ['PERSON', 'person.apis-docs', names],
      ]),
    );
  });

  it('finds nothing in a description of the format', () => {
    const out: Hit[] = [];
    scanApisDocs('The DOCS element reads DOCS/P/<issuer>/<number>/<nationality>/<DOB>/<sex>/<expiry>/<surname>/<given>.', out);
    scanApisDocs('In Altea: SRDOCS YY HK1-P-<issuer>-<number>-<nationality>-<DOB>-<sex>-<expiry>-<surname>-<given>.', out);
    expect(out).toEqual([]);
  });

  it('is linear: 200 KB of DOCS anchors that never complete', () => {
    const text = `${'DOCS/P/GBR/123456789/GBR/'.repeat(4000)}${'DOCS YY HK1-P-GBR-123456789-GBR-'.repeat(4000)}`;
    const t0 = performance.now();
    const out: Hit[] = [];
    scanApisDocs(text, out);
    expect(out).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2_000); // quadratic work on 200 KB takes tens of seconds; 2 s leaves room for a loaded CI machine
  });
});

describe('a travel document number as a field of a passenger record', () => {
  const passports = (text: string): string[] =>
    detect(text)
      .filter((f) => f.entity === 'PASSPORT')
      .map((f) => text.slice(f.start, f.end));

  it('is found next to a travel word in the six languages', () => {
    for (const text of [
      `WARN checkin: passenger 'ODUYA, Kemi' doc_no='K40718265' nat='NGA' rejected`,
      `Fehler beim Import: Passagier Brandt, docNumber=C4F7Z2K91, Flug LH 402`,
      `{"passager": "Morel Inès", "document_number": "19AB24683"}`,
      `pasajero: Ruiz Vela, Tomás | doc_num: PAB738201 | vuelo IB3171`,
      `passagiers.csv regel 14: doc_nr=NX8C3L4R2 (instappen gesloten)`,
      `passeggero Gallo Sara, documentNo: YA4409127, volo AZ 610`,
    ])
      expect(passports(text).length, text).toBe(1);
  });

  it('leaves a document number with no travel word near it alone', () => {
    for (const text of ['Rechnung erstellt, doc_no=40018873, Betrag 120 EUR', 'contract signed, document_number: AB1234567, see the archive', 'flight plan: doc_no=INVOICE'])
      expect(passports(text), text).toEqual([]);
  });
});
