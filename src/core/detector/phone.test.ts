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
