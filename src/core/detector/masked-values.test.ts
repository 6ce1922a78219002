import { describe, expect, it } from 'vitest';
import { classify } from './index.js';
import { isMaskedValue } from './masked-values.js';

/** A CRM tool call and its result, as an OpenAI agent sends them. */
const crm = (record: Record<string, unknown>): unknown => ({
  messages: [
    { role: 'system', content: 'Customer on chat, confirm what we hold without reading out details.' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_customer', arguments: '{"customer_id": "C-40918"}' } }] },
    { role: 'tool', tool_call_id: 'c1', content: JSON.stringify(record) },
  ],
});
const entities = (body: unknown): string[] => [...new Set(classify(body).findings.map((f) => f.entity))].sort();

describe('a masked value under its key is not the value', () => {
  it.each([
    ['en', { email: 'd****@gmail.com', phone: '07912 ***678', card: '**** **** **** 1234', postcode: 'LS6 ***', verified: true }],
    ['de', { email: 'm****@web.de', telefon: '0171 ****396', iban: 'DE** **** **** **** **12 34', plz: '50***', verifiziert: true }],
    ['fr', { email: 'j****@orange.fr', telephone: '06 ** ** ** 39', iban: 'FR76 **** **** **** **** ***1 234', cp: '75***' }],
    ['es', { email: 'p****@gmail.com', telefono: '612 *** *92', iban: 'ES78 XXXX XXXX XXXX XXXX 8264', fecha_nacimiento: '**/**/1979' }],
    ['nl', { email: 'g****@ziggo.nl', telefoon: '06-****1845', iban: 'NL** RABO **** **12 34', geboortedatum: '**-**-1983' }],
    ['it', { email: 'e****@libero.it', telefono: '347 *** **65', iban: 'IT** * ***** ***** ******1234', codice_fiscale: 'RSS***85T10*****' }],
  ])('%s: a masked CRM record is clean', (_lang, record) => {
    expect(entities(crm(record))).toEqual([]);
  });

  // Kept: the same tool and keys with the real values.
  it.each([
    ['en', { email: 'dan.hughes84@gmail.com', phone: '07912 345678', postcode: 'LS6 2QT' }, ['EMAIL_ADDRESS', 'PHONE_NUMBER']],
    ['de', { email: 'm.keller@web.de', telefon: '0171 2345396', iban: 'DE24 7605 0101 0843 9172 56' }, ['EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER']],
    ['fr', { email: 'j.moreau@orange.fr', telephone: '06 12 47 83 39', iban: 'FR88 1027 8060 4100 0283 7465 172' }, ['EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER']],
    ['es', { email: 'p.sanz@gmail.com', telefono: '612 345 892', iban: 'ES78 2085 4417 2303 3071 8264' }, ['EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER']],
    ['nl', { email: 'g.visser@ziggo.nl', telefoon: '06-12341845', iban: 'NL66 RABO 0381 7264 59' }, ['EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER']],
    ['it', { email: 'e.ferri@libero.it', telefono: '347 123 4565', iban: 'IT35 D020 0811 6270 0010 4738 291' }, ['EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER']],
  ])('%s: the same record unmasked is found', (_lang, record, found) => {
    expect(entities(crm(record))).toEqual(expect.arrayContaining(found));
  });

  it('reads asterisks, bullets and a run of X as masks, not a single star or an X in a word', () => {
    expect(['0171 ****396', 'd****@gmail.com', '••-••-1983', 'XXXX-XXXX-1234', '6** *** *92'].map(isMaskedValue)).toEqual([true, true, true, true, true]);
    expect(['0171 2345396', 'Rue Xavier 3', 'Saxxon 12', 'note*: 12 ', 'Foxx 3'].map(isMaskedValue)).toEqual([false, false, false, false, false]);
  });
});
