// The phone-evidence gate (phone-evidence.ts): requests whose only findings are phones that are no mobile keep them only
// with evidence of a private person near them. Sentences of our own, in the six languages: businesses' and public
// services' lines drop; clients', callers', relatives' and named people's numbers, and every mobile, stay.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { dropUnevidencedPhones, isMobileNumber, messageTo, nameBefore, phoneEvidence } from './phone-evidence.js';

const body = (...parts: string[]): unknown => ({ messages: [{ role: 'user', content: parts.map((text) => ({ type: 'text', text })) }] });
const result = (...parts: string[]) => classify(body(...parts));
const flagged = (...parts: string[]): boolean => result(...parts).dataClass !== 'none';
const evidence = (text: string, number: string): string | undefined => {
  const at = text.indexOf(number);
  return phoneEvidence(text, at, at + number.length);
};

describe('isMobileNumber: the national plans\' mobile ranges', () => {
  it.each([
    ['FR 06', '06 31 52 77 14'],
    ['FR 07', '07 58 12 90 36'],
    ['DE 0176, grouped 2-3-3', '0176 41 327 508'],
    ['DE 0152', '0152 27730415'],
    ['NL 06', '06-41 83 02 57'],
    ['ES 6xx', '655 20 71 39'],
    ['ES 71x-74x (CNMC)', '722 418 903'],
    ['IT 3xx in a NANP grouping', '348 210 7735'],
    ['GB 07', '07523 640 918'],
    ['GB with country code', '+44 7700 900123'],
    ['GB with the bracketed trunk prefix', '+44 (0)7912 305871'],
    ['DE with 00', '0049 176 41327508'],
    ['another country, by libphonenumber (PL)', '+48 512 345 678'],
  ])('%s: %s', (_name, n) => {
    expect(isMobileNumber(n)).toBe(true);
  });
  it.each([
    ['GB landline', '020 7946 0958'],
    ['GB landline that is a German mobile\'s digits (Coleshill 01675)', '01675 496 020'],
    ['FR landline', '04 93 87 11 22'],
    ['FR non-geographic 09', '09 70 12 34 56'],
    ['DE landline', '030 12345678'],
    ['NL landline', '030 286 0000'],
    ['NL company number 088', '088 1234 500'],
    ['ES landline', '91 535 68 13'],
    ['IT landline', '02 4567 8900'],
    ['NANP: the plan does not tell mobiles from landlines', '(503) 555-0147'],
    ['NANP personal number (a test number)', '+15005550009'],
    ['a page range', '2211-2219'],
  ])('%s: %s', (_name, n) => {
    expect(isMobileNumber(n)).toBe(false);
  });
});

describe('businesses\' and public services\' lines of unknown type alone drop (each flagged before the gate)', () => {
  // Landline-shaped numbers of the six countries are address-evidence.ts's; these are the numbers it never judges.
  it.each([
    ['en, a hotel\'s front desk (NANP)', 'Our hotel in Boston, tel. 617-555-2300 is wrong; the front desk is 617 267 5300.'],
    ['en, a toll-free line', 'Is 1-800-275-8777 still the USPS customer line?'],
    ['de, a consulate', 'Das Konsulat in Toronto ist unter +1 416 598 2520 erreichbar, stimmt das?'],
    ['fr, a hotel', "L'hôtel à Montréal, tél. 514 285 1450, accepte les chiens ?"],
    ['es, a consulate', 'El consulado en Toronto atiende en el +1 416 598 2520, ¿es correcto?'],
    ['nl, a consulate', 'Het consulaat in Toronto belt u op +1 416 598 2520, klopt dat?'],
    ['it, a consulate', 'Il consolato a Toronto risponde al +1 416 598 2520, è giusto?'],
  ])('%s', (_name, text) => {
    expect(flagged(text)).toBe(false);
  });
  it('a customer desk is no customer', () => {
    expect(evidence('Il servizio clienti risponde allo 02 8699 1100 dalle 9', '02 8699 1100')).toBeUndefined();
    expect(evidence('Kunden-Service: 030 1234567', '030 1234567')).toBeUndefined();
    expect(evidence('la cliente pide que la llamen al 91 244 18 30', '91 244 18 30')).toBe('person: cliente');
  });
  it('a mobile by its plan stays, whoever\'s it is', () => {
    expect(flagged('El 722 418 903 es el teléfono de la asociación.')).toBe(true);
  });
});

describe('a private person\'s number is kept: evidence near it, or a mobile', () => {
  it.each([
    ['en, a client', "client's landline is 020 7946 0123, ring her before noon about the hearing"],
    ['en, a possessive and a phone word', 'Claire is covering, her number is 0161 496 0000 but only before 8pm.'],
    ['en, a relation', 'the parcel goes to my mum instead, landline 0113 496 0000'],
    ['en, a name right before', 'Ruth Keller, phone (503) 287-4431. Summarise the record.'],
    ['en, a NANP number with a person word', 'Staff record: phone (503) 287-4410, emergency contact her husband.'],
    ['de, privat', 'Steffi übernimmt, privat 030 12345678, aber nicht nach 20 Uhr.'],
    ['de, a call back to a client', 'Kunde bittet um Rückruf unter 030 12345678 wegen der Rechnung.'],
    ['fr, a text to send', 'Écris un SMS court à envoyer au 04 91 22 33 44 pour dire que je serai en retard.'],
    ['fr, a title and a name', 'Rappeler Mme Lefèvre, tél. 01 42 68 53 00, pour le dossier.'],
    ['es, call the client', 'Llame al cliente al 91 244 18 30 antes de enviar el pedido.'],
    ['es, a relation with a possessive', 'enviadlo a casa de mi madre, su tlf 958 22 41 07'],
    ['nl, call the client back', 'Bel de klant terug op 020 123 4567 over de levering.'],
    ['it, his number', 'il suo num è 091 734 2210, lo richiamo io'],
    ['it, a text to send', 'Manda un SMS al 081 5512340 per dire che arrivo tardi.'],
    ['a mobile needs no evidence', 'Museo: per info 347 123 4567'],
    ['en, NANP: a client calling back', 'The client called from (503) 287-4410, please call her back today.'],
    ['de, NANP: a relation', 'Meine Oma ist in Toronto, ruf sie an unter +1 416 598 2520.'],
    ['es, NANP: a possessive and a phone word', 'Mi hermano vive en Toronto, su número es +1 416 598 2520.'],
    ['nl, NANP: a client', 'Bel de klant terug op +1 416 598 2520 over de levering.'],
  ])('%s', (_name, text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('the pieces', () => {
  it('names the evidence it finds', () => {
    expect(evidence('Llame al cliente al 91 244 18 30', '91 244 18 30')).toMatch(/^call: /);
    expect(evidence('her personal mob 020 7946 0123', '020 7946 0123')).toBe('label: personal');
    expect(evidence('Museo del Cinema, Via Montebello 20, 10124 Torino. Tel. 011 813 8511.', '011 813 8511')).toBeUndefined();
    expect(evidence('Manda un SMS al 081 5512340 stasera', '081 5512340')).toBe('message');
    expect(evidence('il suo num è 091 734 2210', '091 734 2210')).toMatch(/^possessed: /);
  });
  it('a name must end its clause: a sentence\'s end before a label is no name', () => {
    const t = 'We met Anna Berg. Tel. 020 7946 0123';
    expect(nameBefore(t, t.indexOf('020'))).toBe(false);
    const u = 'Anna Berg, tel.: 020 7946 0123';
    expect(nameBefore(u, u.indexOf('020'))).toBe(true);
  });
  it('a listed name beside a venue\'s noun is a place\'s name', () => {
    const t = 'Victoria Station, tel. 020 7946 0123';
    expect(nameBefore(t, t.indexOf('020'))).toBe(false);
    const u = 'Hotel Madrid (tel. 91 330 28 00)';
    expect(nameBefore(u, u.indexOf('91'))).toBe(false);
  });
  it('a name before a phone key in a record, and a lower-case name in chat', () => {
    const t = '{"contact":"Sanne Jansen","telefoon":"0515 482 307"}';
    expect(nameBefore(t, t.indexOf('0515'))).toBe(true);
    const u = 'pls ring ann brewer 0113 496 0000 tonight';
    expect(nameBefore(u, u.indexOf('0113'))).toBe(true);
  });
  it('an address before the number is no name', () => {
    const t = "'Joe Bloggs, 1 Any Street, Anytown AB1 2CD, 01234 567890'";
    expect(nameBefore(t, t.indexOf('01234'))).toBe(false);
  });
  it('a message word after the number is no message sent to it', () => {
    const t = 'Come uso le credenziali con +15005550009 per provare gli SMS?';
    expect(messageTo(t, t.indexOf('+1'))).toBe(false);
  });
  it('any other finding keeps the phones; a finding it cannot read keeps them too', () => {
    const f = [{ entity: 'PHONE_NUMBER', path: 'a', start: 0, end: 13 }, { entity: 'EMAIL_ADDRESS', path: 'a', start: 14, end: 20 }];
    dropUnevidencedPhones(f, [{ path: 'a', text: '020 7942 5000 x@y.eu' }]);
    expect(f).toHaveLength(2);
    const g = [{ entity: 'PHONE_NUMBER', path: 'a + b', start: 0, end: 13 }];
    dropUnevidencedPhones(g, []);
    expect(g).toHaveLength(1);
  });
  it('is linear: a long list of landlines with no evidence', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Branch ${i};020 7946 ${String(1000 + (i % 9000))}`).join('\n');
    const t0 = performance.now();
    result(rows);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('a JSON record\'s phone is read with its record\'s other fields', () => {
  const tool = (record: Record<string, string>): unknown => ({
    messages: [{ role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'crm_update', input: record }] }],
  });
  it('a client\'s record keeps its number', () => {
    expect(classify(tool({ file: 'D-2047', client: 'yes', phone: '(503) 287-4410' })).dataClass).not.toBe('none');
  });
  it('the gate itself: a person\'s key or name in a field before the number keeps it', () => {
    const phone = (path: string) => [{ entity: 'PHONE_NUMBER', path, start: 0, end: 14 }];
    const kept = (leaves: { path: string; text: string }[]): number => {
      const f = phone(leaves[leaves.length - 1]?.path ?? '');
      dropUnevidencedPhones(f, leaves);
      return f.length;
    };
    expect(kept([{ path: 'r.client', text: 'yes' }, { path: 'r.phone', text: '(503) 287-4410' }])).toBe(1);
    expect(kept([{ path: 'r["Contact"]', text: 'Ria Bakker' }, { path: 'r["Phone"]', text: '(503) 287-4410' }])).toBe(1);
    expect(kept([{ path: 'r.branch', text: 'Portland' }, { path: 'r.phone', text: '(503) 287-4410' }])).toBe(0);
    // Another record's field is not this record's.
    expect(kept([{ path: 'q.client', text: 'yes' }, { path: 'r.phone', text: '(503) 287-4410' }])).toBe(0);
    // A landline-shaped number alone is address-evidence.ts's to judge.
    expect(kept([{ path: 'r.branch', text: 'Heerenveen' }, { path: 'r.telefoon', text: '0515 482 3070' }])).toBe(1);
  });
  it('a branch record\'s number drops', () => {
    expect(classify(tool({ branch: 'Portland', hours: 'Mon-Fri 9-5', phone: '(503) 287-4410' })).dataClass).toBe('none');
  });
});

// Set 69 nl-s040: a lone landline told as someone's own ("haar vaste nummer"), with no name, keeps its flag; the same
// shape at a hotel's desk does not.
describe('a lone landline labelled as a person\'s own line', () => {
  it.each([
    ['nl', 'Schrijf een notitie: de weduwe wil morgen na 9 uur gebeld worden, op haar vaste nummer 0513 62 47 19, niet eerder.'],
    ['es', 'Llama al cliente de Oporto al 912 345 678 para confirmar.'],
  ])('%s', (_lang, text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    ['nl', 'Reserveer via de receptie van het hotel, 0513 62 47 19.'],
    ['es', 'La oficina de turismo de Toledo atiende en el 925 254 030.'],
  ])('not a desk\'s: %s', (_lang, text) => {
    expect(flagged(text)).toBe(false);
  });
});
