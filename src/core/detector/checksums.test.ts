import { describe, expect, it } from 'vitest';
import { cardNetwork, isAbaRouting, isCardNumber, isDea, isIban, isImei, isItin, isMbi, isNpi, isSsn, isVin, luhn } from './checksums.js';

describe('checksums', () => {
  it('luhn accepts valid numbers and rejects a one-digit change', () => {
    expect(luhn('4539148803436467')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('79927398713')).toBe(true);
  });

  it('cards need an IIN range, a network length and Luhn', () => {
    expect(cardNetwork('5425233430109903')).toBe('mastercard');
    expect(cardNetwork('2221000000000009')).toBe('mastercard');
    expect(cardNetwork('379354508162306')).toBe('amex');
    expect(isCardNumber('2223005123456788')).toBe(true); // Mastercard 2-series
    expect(isCardNumber('6011556677889904')).toBe(true);
    expect(isCardNumber('3530119876543217')).toBe(true);
    expect(isCardNumber('30569309025904')).toBe(true);
    expect(isCardNumber('4111111111111112')).toBe(false);
    expect(isCardNumber('4444444444444444')).toBe(false);
    expect(isCardNumber('9111111111111111')).toBe(false);
  });

  it('SSN rules reject 000, 666 and 9xx areas, 00 groups, 0000 serials', () => {
    expect(isSsn('460899847')).toBe(true);
    expect(isSsn('000121234')).toBe(false);
    expect(isSsn('666121234')).toBe(false);
    expect(isSsn('912121234')).toBe(false);
    expect(isSsn('123001234')).toBe(false);
    expect(isSsn('123450000')).toBe(false);
    expect(isSsn('078051120')).toBe(false);
  });

  it('ITIN is 9xx with the allowed group ranges', () => {
    expect(isItin('912701234')).toBe(true);
    expect(isItin('912931234')).toBe(false);
    expect(isItin('812701234')).toBe(false);
  });

  it('ABA, NPI, DEA, MBI, VIN, IMEI, IBAN', () => {
    expect(isAbaRouting('011000015')).toBe(true);
    expect(isAbaRouting('011000016')).toBe(false);
    expect(isAbaRouting('991000015')).toBe(false);
    expect(isNpi('1234567893')).toBe(true);
    expect(isNpi('1234567890')).toBe(false);
    expect(isDea('AB1234563')).toBe(true);
    expect(isDea('AB1234564')).toBe(false);
    expect(isMbi('1EG4TE5MK73')).toBe(true);
    expect(isMbi('1SG4TE5MK73')).toBe(false);
    expect(isVin('1HGCM82633A004352')).toBe(true);
    expect(isVin('1HGCM82634A004352')).toBe(false);
    expect(isImei('490154203237518')).toBe(true);
    expect(isImei('490154203237519')).toBe(false);
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('GB82WEST12345698765433')).toBe(false);
    expect(isIban('GB82WEST1234569876543')).toBe(false);
  });
});
