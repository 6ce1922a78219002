import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import type { Hit } from './hit.js';
import { classify, detect } from './index.js';
import { scanKeyValuePairs } from './json-keys.js';

const persons = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('key-value pairs written in text', () => {
  it.each([
    ['fr, JSON after prose', 'voici le json {"prenom": "Ambroise", "ville": "Lyon"} merci', 'Ambroise'],
    ['es', 'resultado: {"nombre": "Lucía", "edad": 34}', 'Lucía'],
    ['de, no spaces', '{"Vorname":"Jürgen","Ort":"Kassel"}', 'Jürgen'],
    ['nl', 'fout in {"achternaam": "Bakker", "plaats": "Zwolle"}', 'Bakker'],
    ['it', 'record {"cognome": "Esposito"}', 'Esposito'],
    ['en, lower case', '{"first_name": "ffion", "plan": "basic"}', 'ffion'],
    ['en, role-prefixed key', '{"patient_name": "Eilidh"}', 'Eilidh'],
    ['python dict', "row = {'last_name': 'Okonkwo'}", 'Okonkwo'],
    ['JSON escaped inside a JSON string', '{"payload": "{\\"prenom\\": \\"Ambroise\\"}"}', 'Ambroise'],
    ['query string', 'GET /api/users?first_name=Ambroise&limit=10', 'Ambroise'],
    ['form label', 'Vorname: Jürgen\nOrt: Kassel', 'Jürgen'],
    ['form label, es', 'Apellidos: Etxeberria Zabala, curso 2', 'Etxeberria Zabala'],
  ])('%s', (_kind, text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['a generic name key holding a product', '{"name": "Build Project", "version": "1.2.0"}'],
    ['a nombre key holding a file label', 'config: {"nombre": "informe-2024.pdf"}'],
    ['a placeholder', '{"first_name": "<first_name>", "last_name": "string"}'],
    ['a value with digits', '{"surname": "test123"}'],
    ['a nombre label in prose', 'nombre: informe final del proyecto'],
    ['a key that is not a name field', '{"status": "Ambroise"}'],
  ])('not a name: %s', (_kind, text) => {
    expect(persons(text)).toEqual([]);
  });

  it('classify reports a name inside JSON passed as a string in a tool result', () => {
    const body = { messages: [{ role: 'tool', content: 'rows: {"cognome": "Esposito", "nome": "Gennaro"} (1 row)' }] };
    expect(classify(body).findings.some((f) => f.entity === 'PERSON' && f.rule === 'key-value.name')).toBe(true);
  });
});

describe('dates of birth written in words', () => {
  it.each([
    ['en', 'she was born on the 9th of July 1983 in Leeds', '9th of July 1983'],
    ['fr', 'Il est né le 3 mars 1975 à Lyon', '3 mars 1975'],
    ['fr, 1er', 'née le 1er mars 1975', '1er mars 1975'],
    ['de', 'Sie ist geboren am 3. März 1975', '3. März 1975'],
    ['es', 'nacido el 3 de marzo de 1975', '3 de marzo de 1975'],
    ['nl', 'geboren op 3 maart 1975', '3 maart 1975'],
    ['it', 'nata il 3 marzo 1975', '3 marzo 1975'],
    ['en, birthplace first', 'born in Leeds on the 9th of July 1983', '9th of July 1983'],
    ['fr, birthplace first', 'Il est né à Lyon le 3 mars 1975', '3 mars 1975'],
    ['de, birthplace first', 'geb. in Kassel am 03.03.1975', '03.03.1975'],
    ['es, birthplace first', 'nacido en Bilbao el 3 de marzo de 1975', '3 de marzo de 1975'],
    ['nl, birthplace first', 'geboren te Utrecht op 3 maart 1975', '3 maart 1975'],
    ['it, birthplace first', 'nato a Roma il 3 marzo 1975', '3 marzo 1975'],
  ])('%s', (_lang, text, date) => {
    expect(detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end))).toEqual([date]);
  });

  it.each([
    ['a date after "the" with no birth word', 'the meeting is on the 9th of July 1983 archive'],
    ['a company born in a city in a year', 'the company was born in Paris in 1975'],
    ['a birthplace and a year only', 'nato a Roma nel 1975'],
    ['a birthplace and a day without a year', 'born in Paris on March 3 and raised there'],
  ])('stays quiet: %s', (_kind, text) => {
    expect(detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('the key tail filter of scanKeyValuePairs', () => {
  // Known keys in several spellings (prefixed, short, non-ASCII, with separators) and JSON's usual keys, quoted both ways.
  const KEYS = [
    'first_name', 'Nachname', 'patient_id', 'customer_phone', 'DOB', 'geburtsdatum', 'straße', 'STRASSE', 'cf', 'cc', 'tel', 'customer_cc', 'client_tel', 'kunden_cf',
    'iban', 'mobile_phone', 'home_address', 'customerIban', 'card-number', 'Führerschein', 'patiëntnummer', 'passport no', 'patient_name', 'name', 'ssn', 'x_ssn',
    'role', 'content', 'model', 'type', 'text', 'max_tokens', 'ab', 'é', 'diagnosis', 'nom', 'mrn', 'MRN', 'Mrn_', 'user_ssn', 'ssnx', 'phone2', 'ſsn',
  ];
  const VALUES = ['1961-03-14', 'Ambroise Dupont', '+49 170 1234567', 'DE89 3704 0044 0532 0130 00', '4111 1111 1111 1111', '12 Rue de la Paix', 'Jürgen', '123-45-6789', 'A1234567', 'user', ''];
  const r = mulberry32(41);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pair = (): string => {
    const q = pick(['"', "'", '\\"']);
    return `${q}${pick(KEYS)}${q}${pick(['', ' ', '  '])}${pick([':', '='])}${pick(['', ' ', '\t', '     '])}${pick([q, '"', "'", ''])}${pick(VALUES)}${q}`;
  };
  const run = (text: string, fast: boolean): Hit[] => {
    const out: Hit[] = [];
    scanKeyValuePairs(text, out, fast);
    return out;
  };

  it('finds what every quoted key looked up finds', () => {
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let s = '{';
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) s += pair() + pick([', ', ',', '\n', ' ', ': ', '{']);
      const fast = run(s, true);
      expect(fast, JSON.stringify(s)).toEqual(run(s, false));
      found += fast.length;
    }
    // The generator does produce findings (the comparison is not vacuous).
    expect(found).toBeGreaterThan(1000);
  });
});

describe('a key naming an order, invoice, tracking, ticket or customer reference holds that reference', () => {
  const values = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', '{"order_id": "0161 496 0732", "status": "shipped"}'],
    ['en', 'invoice_no=347 123 4567'],
    ['en', '{"tracking": "0612345678"}'],
    ['en', '{"ticket": "212 555 0147"}'],
    ['en', '{"customer_ref": "020 7946 0321"}'],
    ['de', '{"bestellnr": "030-5590012"}'],
    ['de', '{"Bestellnummer": "0171 2345678"}'],
    ['de', 'Rechnungsnr.: 089 1234567'],
    ['de', '{"Sendungsnummer": "0612345678"}'],
    ['de', '{"kundennummer": "040 6543210"}'],
    ['fr', '{"numero_commande": "06 12 34 56 78"}'],
    ['fr', '{"n_commande": "01 23 45 67 89"}'],
    ['fr', '{"facture": "04 72 11 22 33"}'],
    ['fr', "{'ref_client': '06 98 76 54 32'}"],
    ['fr', 'numero_suivi: 347 123 4567'],
    ['es', '{"pedido": "912 345 678"}'],
    ['es', '{"num_pedido": "612 345 678"}'],
    ['es', '{"factura": "934 567 890"}'],
    ['es', '{"numero_seguimiento": "347 123 4567"}'],
    ['es', '{"referencia": "0612345678"}'],
    ['nl', '{"bestelnummer": "028-5590012"}'],
    ['nl', '{"ordernummer": "06 12345678"}'],
    ['nl', '{"factuurnummer": "020 123 4567"}'],
    ['nl', '{"klantnummer": "010 234 5678"}'],
    ['nl', 'zendingnummer=0612345678'],
    ['it', '{"ordine": "347 123 4567"}'],
    ['it', '{"numero_ordine": "02 1234 5678"}'],
    ['it', '{"fattura": "06 1234 5678"}'],
    ['it', '{"codice_cliente": "333 123 4567"}'],
    ['it', '{"tracciamento": "0612345678"}'],
  ])('%s: %s', (_lang, text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    ['de', '{"telefon": "030 12345678"}', '030 12345678'],
    ['en', '{"phone": "0161 496 0732", "order_id": "A-1182"}', '0161 496 0732'],
    ['fr', '{"client": "06 48 21 33 90"}', '06 48 21 33 90'],
    ['nl', '{"telefoon": "06 48213390", "bestelnummer": "88120"}', '06 48213390'],
    ['es', '{"telefono": "612 345 678", "pedido": "A-1182"}', '612 345 678'],
  ])('a phone under its own key or in prose stays found (%s)', (_lang, text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('reference keys in parsed tool arguments', () => {
  const call = (args: Record<string, string>): unknown => ({
    model: 'm',
    messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: JSON.stringify(args) } }] }],
  });
  it.each([
    ['de', { bestellnr: '030-5590012' }],
    ['en', { order_id: '020 7946 0321' }],
    ['fr', { numero_commande: '01 42 68 53 00' }],
    ['es', { num_pedido: '912 345 678' }],
    ['nl', { bestelnummer: '020-5550123' }],
    ['it', { numero_ordine: '02 8699 1100' }],
  ])('%s: an order number shaped like a phone is no phone', (_lang, args) => {
    expect(classify(call(args)).findings.filter((f) => f.entity === 'PHONE_NUMBER')).toEqual([]);
  });
  it.each([
    ['de', { telefon: '030 5590012' }],
    ['en', { phone: '020 7946 0321' }],
    ['it', { cellulare: '347 123 4567' }],
  ])('%s: a phone key keeps its phone', (_lang, args) => {
    expect(classify(call(args)).findings.some((f) => f.entity === 'PHONE_NUMBER')).toBe(true);
  });
});

describe('a published test card under a card key', () => {
  const body = (content: string): unknown => ({ model: 'm', messages: [{ role: 'user', content }] });
  const cards = (content: string): string[] => classify(body(content)).findings.filter((f) => f.entity === 'CREDIT_CARD').map((f) => f.rule);
  it.each([
    ['en', 'may I commit this? {"card": "4000 0566 5566 5556", "exp": "11/31"}'],
    ['de', 'Testdaten: {"kartennummer": "5555 5555 5555 4444", "gueltig": "09/30"}'],
    ['fr', 'fixture: {"numero_carte": "4000 0025 0000 3155"}'],
    ['es', 'datos del TPV: {"tarjeta": "4548 8120 4940 0004", "cvv": "123"}'],
    ['nl', 'seed: {"kaartnummer": "4917 6100 0000 0000"}'],
    ['it', 'esempio: {"numero_carta": "4349 9401 9999 7007"}'],
  ])('%s: is nobody\'s card', (_lang, content) => {
    expect(cards(content)).toEqual([]);
  });
  it.each([
    ['en', 'store this: {"card": "4539 1488 0343 6467"}'],
    ['es', 'guarda: {"tarjeta": "4539 1488 0343 6467"}'],
  ])('%s: any other card number under the key stays a card', (_lang, content) => {
    expect(cards(content).length).toBeGreaterThan(0);
  });
});
