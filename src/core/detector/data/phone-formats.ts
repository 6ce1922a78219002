// National phone number formats that are reported WITHOUT a phone word nearby: exact digit count, the
// prefixes of each national numbering plan and the groupings people write, so that order numbers, dates,
// amounts, versions and ids (which rarely start with 0, or start with 0 but have another length or
// grouping) are not read as phones. Numbers with a `+`/`00` prefix are validated by libphonenumber;
// any other grouped shape still needs a phone word (phone.ts). Groupings use ONE separator kind per
// number (the backreference), except where noted. As of 2026-12.

export interface PhoneFormat {
  /** ISO 3166-1 alpha-2 country. */
  readonly country: 'FR' | 'DE' | 'NL' | 'ES' | 'IT' | 'GB';
  readonly kind: 'mobile' | 'landline';
  /** Whole-candidate pattern (anchored), on the number as written. */
  readonly pattern: RegExp;
  /** Primary source of the prefix and length rules. */
  readonly source: string;
}

const ARCEP = 'ARCEP, plan national de numérotation (décision 2018-0881): 10 digits, 01-05 geographic, 06/07 mobile, 09 non-geographic';
const BNETZA = 'Bundesnetzagentur, Nummernplan Mobile Dienste (015x/016x/017x, 10-11 digits after 0) and Ortsnetzkennzahlen (2-5 digit area codes)';
const ACM = 'ACM/Rijksoverheid Nummerplan telefoon- en ISDN-diensten: 10 digits, 06 mobile, 01-05/07 area codes of 2-3 digits after 0, 084/085/087/091 location-independent, 0800/090x/088 service ranges';
const CNMC = 'CNMC, Plan nacional de numeración telefónica (RD 2296/2004): 9 digits, 6xx/7[1-4]x mobile, 8[1-8]/9[1-8] geographic';
const AGCOM = 'AGCOM, Piano di numerazione (delibera 8/15/CIR): 3xx mobile with 9-10 digits, 0 + area code geographic with 6-11 digits';
const OFCOM = 'Ofcom, National Telephone Numbering Plan: 11 digits after 0, 07[1-57-9] mobile, 01/02/03 geographic';

export const PHONE_FORMATS: readonly PhoneFormat[] = [
  // 06 12 84 73 55, 06.12.84.73.55, 06-12-84-73-55, 0612847355; 01 42 68 53 00 (landlines grouped only).
  { country: 'FR', kind: 'mobile', pattern: /^0[67](?:([ .-])\d\d(?:\1\d\d){3}|\d{8})$/, source: ARCEP },
  { country: 'FR', kind: 'landline', pattern: /^0[1-59]([ .-])\d\d(?:\1\d\d){3}$/, source: ARCEP },
  // 0157 38492011, 0171 1234567, 0171-1234567, 0171/1234567, 0151 234 56789, 01711234567.
  // Also the subscriber number in groups of 3-2-2 or 2-2-3 (0171 123 45 67, 0171/123 45 67, 0171 12 34 567).
  { country: 'DE', kind: 'mobile', pattern: /^01(?:5\d|6[0-9]|7\d)(?:(?:[ -]|\/ ?)?\d{7,8}|[ -]\d{3,4}[ -]\d{3,5}|(?:[ -]|\/ ?)(?:\d{3} \d\d \d\d\d?|\d\d \d\d \d{3,4}))$/, source: BNETZA },
  // 06-12345678, 06 12345678, 06 1234 5678, 06 12 34 56 78, 0612345678; the pairs after a dash (06-12 34 56 78,
  // 06-12-34-56-78) and 3-2-3 (06 123 45 678, 06-123 45 678); the prefix bracketed or set off by a spaced dash
  // ((06) 12345678, (06) 12 34 56 78, 06 - 12345678).
  { country: 'NL', kind: 'mobile', pattern: /^(?:06(?:[ -]?\d{8}|[ -]\d{4}[ -]?\d{4}|[ -]\d\d([ -])\d\d\1\d\d\1\d\d|[ -]\d{3} \d\d \d{3}| - \d{8})|\(06\) ?(?:\d{8}|\d\d \d\d \d\d \d\d))$/, source: ACM },
  // 020-1234567, 010 123 4567, 0513-123456: 10 digits. Area codes 01-05 and 07, plus the location-independent
  // 084/085/087/091 that people and small firms use; not the service ranges 0800 (free), 090x (premium), 088 (company
  // numbers), 082 (VPN): those are businesses' numbers, and "0800 028 0198" is a freephone in the UK as well.
  // Also the subscriber number in pairs after the area code: 0513 62 47 19, 020 123 45 67 (10 digits).
  { country: 'NL', kind: 'landline', pattern: /^(?:0(?:[1-57]\d|8[457]|91)[ -]\d{3}[ -]?\d{4}|0[1-57]\d\d[ -]\d{6}|0[1-57]\d\d[ -]\d{2,3}[ -]\d{3,4}|0[1-57]\d\d([ -])\d\d\1\d\d\1\d\d|0[1-57]\d([ -])\d{3}\2\d\d\2\d\d)$/, source: ACM },
  // 612 34 56 78, 612 345 678, 612-345-678, 91 234 56 78, 912 34 56 78 (no dots: 612.345.678 is an amount).
  { country: 'ES', kind: 'mobile', pattern: /^(?:6\d\d|7[1-4]\d)(?:([ -])\d\d\1\d\d\1\d\d|([ -])\d{3}\2\d{3})$/, source: CNMC },
  // 912 34 56 78, 91 234 56 78, and in threes like the mobiles: 912 345 678.
  { country: 'ES', kind: 'landline', pattern: /^(?:[89][1-8]\d([ -])\d\d\1\d\d\1\d\d|[89][1-8]([ -])\d{3}\2\d\d\2\d\d|[89][1-8]\d([ -])\d{3}\3\d{3})$/, source: CNMC },
  // 347 123 4567, 347 1234567, 347-1234567, 347.1234567, 3471234567 is not taken (a bare 10-digit id).
  // Also 347 123 45 67 and 347 12 34 567 (the subscriber number in spaced pairs and a triple), and 348 9127 463.
  { country: 'IT', kind: 'mobile', pattern: /^3[1-9]\d(?:([ .-])\d{3}\1?\d{3,4}|[ .-]\d{6,7}| \d{3} \d\d \d\d| \d\d \d\d \d{3}| \d{4} \d{3})$/, source: AGCOM },
  // 06 1234 5678, 02 12345678, 011 1234567, 0521 123456: area code, a space, subscriber; 9-11 digits
  // (spaces only: 01.2023.0001 and 02-2024-1234 are document numbers). A subscriber number never starts with 0, and
  // area codes are prefix-free (080 Bari, 090 Messina have no four-digit extensions), so "0800 028 0198" and
  // "0900 1234567" (freephone and premium numbers elsewhere in Europe) are not Italian landlines.
  { country: 'IT', kind: 'landline', pattern: /^(?=(?:\D*\d){9,11}\D*$)(?!0[89]0\d )0\d{1,3} [1-9]\d{2,3} ?\d{3,4}$/, source: AGCOM },
  // 07700 900123, 07700 900 123, 07700900123.
  { country: 'GB', kind: 'mobile', pattern: /^07[1-57-9]\d\d(?:[ -]?\d{6}|[ -]\d{3}[ -]\d{3})$/, source: OFCOM },
  // 020 7946 0958, 0161 496 0000, 0113 496 0000, 01632 960000, 01632 960 184.
  { country: 'GB', kind: 'landline', pattern: /^(?:0[23]\d[ -]\d{4}[ -]?\d{4}|01\d1[ -]\d{3}[ -]?\d{4}|011\d[ -]\d{3}[ -]?\d{4}|01\d{3}[ -]\d{6}|01\d{3}([ -])\d{3}\1\d{3})$/, source: OFCOM },
  // (the loosest shapes last, so a number that fits a stricter one is named by it)
  // 030 12345678, 030/12345678, 089 1234567, 0221 1234567, 06221 123456: area code, one space/dash/slash, subscriber;
  // 10-11 digits. Not the freephone (0800) and premium-rate (0900) service ranges: a business's hotline.
  { country: 'DE', kind: 'landline', pattern: /^(?=(?:\D*\d){10,11}\D*$)(?!0[89]00)0[2-9]\d{1,3}(?:[ -]|\/ ?)\d{5,8}$/, source: BNETZA },
];
