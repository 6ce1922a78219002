import { describe, expect, it } from 'vitest';
import { detect } from './index.js';
import { nationalFormat } from './phone.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

describe('national phone formats without a phone word', () => {
  it.each([
    ['FR mobile', 'rappelle Ambroise au 06 12 84 73 55 demain matin', '06 12 84 73 55'],
    ['FR mobile, dots', 'dispo au 07.61.22.90.14 après 18h', '07.61.22.90.14'],
    ['FR landline', 'le cabinet: 01 42 68 53 00', '01 42 68 53 00'],
    ['FR mobile, bare', 'c’est le 0612847355 pour Léa', '0612847355'],
    ['DE mobile', 'erreichbar unter 0157 38492011 ab Montag', '0157 38492011'],
    ['DE mobile, dash', 'Rückfragen an 0171-1234567', '0171-1234567'],
    ['DE landline', 'Praxis 030 12345678, Termin Dienstag', '030 12345678'],
    ['DE mobile, slash', 'Handy weg, neu: 0171/1234567', '0171/1234567'],
    ['DE landline, slash', 'Büro 0221/4711234 bis 17 Uhr', '0221/4711234'],
    ['NL mobile', 'app even naar 06-12345678 als je er bent', '06-12345678'],
    ['NL mobile, pairs', 'mijn nummer: 06 12 34 56 78', '06 12 34 56 78'],
    ['NL landline', 'praktijk 020-1234567', '020-1234567'],
    ['ES mobile', 'escríbeme al 612 34 56 78 por la tarde', '612 34 56 78'],
    ['ES mobile, threes', 'o al 712 345 678', '712 345 678'],
    ['ES landline', 'centro de salud 91 234 56 78', '91 234 56 78'],
    ['IT mobile', 'scrivimi al 347 123 4567', '347 123 4567'],
    ['IT mobile, one group', 'il suo numero 347-1234567', '347-1234567'],
    ['IT landline', 'lo studio 06 1234 5678', '06 1234 5678'],
    ['UK mobile', 'text me on 07700 900123 tonight', '07700 900123'],
    ['UK landline', 'the surgery is 0161 496 0000', '0161 496 0000'],
    ['UK landline, five-digit area code', 'her GP practice is on 01632 960 184.', '01632 960 184'],
  ])('%s: %s', (_kind, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it.each([
    ['an amount with spaced thousands', 'le total est de 612 345 678 € cette année'],
    ['an order number', 'order 0612847355 shipped'],
    ['a Bestellung', 'Bestellnummer: Bestellung 0171 1234567 storniert'],
    ['a pedido', 'pedido 612-345-678 enviado'],
    ['a document number with dots', 'protocollo 01.2023.0001 del comune'],
    ['a document number with dashes', 'ticket 02-2024-1234 closed'],
    ['a date and time', 'logged at 2024-03-15 10:12:33'],
    ['a version', 'upgrade to 06.12.84 first'],
    ['a date with slashes', 'am 01/02/2024 und 012/2024 geliefert'],
    ['a path', 'see docs/0171/1234567 and 2024/0315/12'],
    ['a bare 9-digit number', 'id 612345678 in the table'],
    ['a bare 10-digit number starting with 3', 'epoch 3471234567 seconds'],
    ['too many pairs', 'row 06 12 34 56 78 90 12 of the grid'],
    ['a French pair shape with a wrong prefix', 'codes 00 12 34 56 78 and 08 12 34 56 78'],
    ['a UK landline shape without a separator', 'batch 01832960000 imported'],
  ])('not a phone: %s', (_kind, text) => {
    expect(phones(text)).toEqual([]);
  });

  it('each format names its country and keeps the exact digit count', () => {
    expect(nationalFormat('06 12 84 73 55')?.country).toBe('FR');
    expect(nationalFormat('06 12 84 73 5')).toBeUndefined();
    expect(nationalFormat('0157 38492011')?.country).toBe('DE');
    expect(nationalFormat('0157 384920111')).toBeUndefined();
    expect(nationalFormat('612 34 56 78')?.country).toBe('ES');
    expect(nationalFormat('512 34 56 78')).toBeUndefined();
    expect(nationalFormat('07700 900123')?.country).toBe('GB');
    expect(nationalFormat('07700 9001')).toBeUndefined();
  });
});

describe('mobile numbers in the ways each language writes them', () => {
  it.each([
    ['nl, dash then pairs', 'de buurvrouw gaf me haar nummer 06-38 51 72 94, stuur even een appje', '06-38 51 72 94'],
    ['nl, dashed pairs', 'zijn nieuwe nummer is 06-38-51-72-94 geloof ik', '06-38-51-72-94'],
    ['nl, 3-2-3', 'appen kan naar 06 385 17 294 na zessen', '06 385 17 294'],
    ['nl, +31 6', 'vanuit het buitenland: +31 6 38517294', '+31 6 38517294'],
    ['nl, bracketed prefix', 'de oppas is bereikbaar op (06) 38517294 overdag', '(06) 38517294'],
    ['nl, bracketed prefix and pairs', 'bel de oppas: (06) 38 51 72 94', '(06) 38 51 72 94'],
    ['nl, spaced dash', 'zijn nummer is 06 - 38517294 geloof ik', '06 - 38517294'],
    ['de, 3-2-2 after the prefix', 'meine Nachbarin ist unter 0171 385 17 29 zu erreichen', '0171 385 17 29'],
    ['de, slash and pairs', 'Handy von Jonas: 0152/38 51 729', '0152/38 51 729'],
    ['it, 3-3-2-2', 'mia cugina risponde al 347 385 17 29 dopo cena', '347 385 17 29'],
    ['it, 3-2-2-3', 'il numero di Chiara è 338 38 51 729', '338 38 51 729'],
    ['en, 4-3-4', 'my sister is on 0770 385 1729 after six', '0770 385 1729'],
    ['fr, pairs', 'le portable de ma voisine: 07 38 51 72 94', '07 38 51 72 94'],
    ['es, 3-2-2-2', 'el móvil de mi vecina es 638 51 72 94', '638 51 72 94'],
  ])('found: %s', (_kind, text, number) => {
    expect(phones(text)).toContain(number);
  });

  it('the new groupings keep the exact digit count', () => {
    expect(nationalFormat('06-38 51 72 94')?.country).toBe('NL');
    expect(nationalFormat('06-38 51 72 9')).toBeUndefined();
    expect(nationalFormat('06-38 51 72 945')).toBeUndefined();
    expect(nationalFormat('(06) 38517294')?.country).toBe('NL');
    expect(nationalFormat('(06) 3851729')).toBeUndefined();
    expect(nationalFormat('(030) 38517294')).toBeUndefined();
    expect(nationalFormat('0171 385 17 29')?.country).toBe('DE');
    expect(nationalFormat('347 385 17 29')?.country).toBe('IT');
    expect(nationalFormat('347 385 17 2')).toBeUndefined();
    // 4-3-4 is the shape of a Dutch 0xxx landline too: found either way.
    expect(nationalFormat('0770 385 1729')).toBeDefined();
  });
});

describe('a book number is no phone', () => {
  it.each([
    ['en', 'order 25 copies, ISBN 978-8-4975-9003-7, and call the publisher', '978-8-4975-9003-7'],
    ['de', 'Bitte 12 Exemplare bestellen, ISBN 978-3-4424-0512-1, Rückruf an den Verlag', '978-3-4424-0512-1'],
    ['fr', 'commander 30 exemplaires (978-2-226-03345-1), appeler la librairie', '978-2-226-03345-1'],
    ['es', 'pide 10 ejemplares del 978-84-9759-003-7 y llama a la editorial', '978-84-9759-003-7'],
    ['nl', 'bestel 8 exemplaren van 978-90-234-8106-5, bel de uitgever', '978-90-234-8106-5'],
    ['it', 'ordinare 20 copie del 979-10-2345-678-3, telefonare alla casa editrice', '979-10-2345-678-3'],
  ])('%s: an ISBN-13 next to a phone word', (_lang, text, isbn) => {
    expect(phones(text)).not.toContain(isbn);
  });
  it('any number right after the word ISBN is the book', () => {
    expect(phones('call the shop about ISBN 0-14-118535-9')).toEqual([]);
  });
  it('a 13-digit number failing the ISBN check next to a phone word is still read', () => {
    expect(detect('call me on 978-0-14-118535-1 tonight').some((f) => f.entity === 'PHONE_NUMBER' && f.score >= 0.5)).toBe(true);
  });
});

describe('a time stamp\'s date and hour are no phone', () => {
  it.each([
    ['en', 'Cell In[3]: ValueError at 2026-03-14 09:41:07, call stack below', '2026-03-14 09'],
    ['de', 'Telefonanlage-Log: Neustart am 2026-02-01 03:15:00', '2026-02-01 03'],
    ['fr', 'journal du standard téléphonique : coupure le 14.11.2026 16:20', '14.11.2026 16'],
    ['es', 'registro de la centralita telefónica: caída el 2026-09-30T23:59:59Z', '2026-09-30T23'],
    ['nl', 'telefooncentrale: storing op 03-11-2026 08:05', '03-11-2026 08'],
    ['it', 'centralino telefonico: riavvio il 2026/05/17 11:30:00', '2026/05/17 11'],
  ])('%s: a date and a time next to a phone word', (_lang, text, stamp) => {
    expect(phones(text)).not.toContain(stamp);
  });
  it('a number with a phone word and no time after it is still read', () => {
    expect(phones('Telefon: 0612 345 678, erreichbar ab 14:00')).toContain('0612 345 678');
  });
});

describe("a phone word cut by the context window's edge is no phone word (set 40 it-c004)", () => {
  // 16 characters after a page range end inside "PhysRev...": the cut "Ph" read as the cue "ph".
  it.each([
    ['en', 'Format in APA: Okafor, N. (2004). Lattice gauge fields. Physical Review D, 70(3), 2231-2240. doi 10.1103/PhysRevD.70.034501'],
    ['de', 'Bitte nach APA: Krämer, U. (1996). Spingläser im Feld. Physical Review B, 54(9), 3318-3327. DOI 10.1103/PhysRevB.54.3318'],
    ['fr', 'mets en APA : Roux, C. (1988). Verres de spin. Physical Review Letters, 61(4), 4410-4413. doi 10.1103/PhysRevLett.61.4410'],
    ['es', 'ponlo en APA: Ibáñez, L. (1991). Redes de espines. Physical Review A, 44(2), 5521-5529. doi 10.1103/PhysRevA.44.5521'],
    ['nl', 'zet in APA: Visser, H. (1999). Spinglazen. Physical Review E, 60(6), 6610-6618. doi 10.1103/PhysRevE.60.6610'],
    ['it', 'mettilo in APA 7: Greco, P. (1983). Vetri di spin. Physical Review B, 27(11), 7712-7716. doi 10.1103/PhysRevB.27.7712'],
  ])('%s: a page range before a DOI', (_lang, text) => {
    expect(phones(text)).toEqual([]);
  });
  it.each([
    ['en', 'ring me on 4471-2290 tonight'],
    ['de', 'Telefon 4471-2290 ab acht'],
    ['fr', 'téléphone : 4471-2290 après 18h'],
    ['es', 'teléfono 4471-2290 por la tarde'],
    ['nl', 'telefoon 4471-2290 na zessen'],
    ['it', 'telefono 4471-2290 dopo le sei'],
  ])('%s: a whole phone word next to the same shape is still one', (_lang, text) => {
    expect(phones(text)).toEqual(['4471-2290']);
  });
});

// Set 69 nl-s040: a Dutch landline written in pairs after its area code, with "vaste nummer" and "gebeld" as phone words;
// Spanish landlines in threes like the mobiles.
describe('landlines in pairs and threes', () => {
  it.each([
    ['nl, pairs, a phone word', 'de weduwe wil gebeld worden op haar vaste nummer 0513 62 47 19, niet eerder', '0513 62 47 19'],
    ['nl, pairs, no phone word', 'Adres en 0513 62 47 19 staan op de kaart.', '0513 62 47 19'],
    ['nl, 3-3-2-2', 'Zijn vaste lijn is 020 123 45 67.', '020 123 45 67'],
    ['es, threes', 'Llama al cliente de Oporto al 912 345 678 para confirmar.', '912 345 678'],
  ])('%s', (_name, text, number) => {
    expect(phones(text)).toContain(number);
  });
});
