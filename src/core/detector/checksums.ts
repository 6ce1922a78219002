/** Checksum and format validators; each takes the bare identifier (no separators). */

const CODE_0 = 48;

/** Luhn mod-10 over a digit string. */
export const luhn = (digits: string): boolean => luhnRange(digits, 0, digits.length);

/** Luhn mod-10 over s[from, from + len), read in place (no substring): false when a character there is not a digit. */
export function luhnRange(s: string, from: number, len: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = from + len - 1; i >= from; i--) {
    let d = s.charCodeAt(i) - CODE_0;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True when every character is the same digit (000000, 1111111...): test values, not identifiers. */
export function allSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false;
  return true;
}

/** Card networks by IIN prefix and allowed lengths. */
const CARD_NETWORKS: readonly { name: string; test: (d: string) => boolean; lengths: readonly number[] }[] = [
  { name: 'visa', test: (d) => d.startsWith('4'), lengths: [13, 16, 19] },
  { name: 'mastercard', test: (d) => inRange(d, 2, 51, 55) || inRange(d, 4, 2221, 2720), lengths: [16] },
  { name: 'amex', test: (d) => d.startsWith('34') || d.startsWith('37'), lengths: [15] },
  { name: 'discover', test: (d) => d.startsWith('6011') || d.startsWith('65') || inRange(d, 3, 644, 649) || inRange(d, 6, 622126, 622925), lengths: [16, 17, 18, 19] },
  { name: 'jcb', test: (d) => inRange(d, 4, 3528, 3589), lengths: [16, 17, 18, 19] },
  { name: 'jcb-legacy', test: (d) => d.startsWith('1800') || d.startsWith('2131'), lengths: [15] },
  { name: 'diners', test: (d) => inRange(d, 3, 300, 305) || d.startsWith('309') || d.startsWith('36') || d.startsWith('38') || d.startsWith('39'), lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'unionpay', test: (d) => d.startsWith('62') || d.startsWith('81'), lengths: [16, 17, 18, 19] },
  { name: 'maestro', test: (d) => /^(?:5018|5020|5038|5893|6304|6759|676[1-3]|6390|6799|50|5[6-9]|6[0-9])/.test(d), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'mir', test: (d) => inRange(d, 4, 2200, 2204), lengths: [16, 17, 18, 19] },
  { name: 'uatp', test: (d) => d.startsWith('1'), lengths: [15] },
  { name: 'rupay', test: (d) => d.startsWith('60') || d.startsWith('65') || d.startsWith('81') || d.startsWith('82') || d.startsWith('508'), lengths: [16] },
];

function inRange(d: string, len: number, lo: number, hi: number): boolean {
  if (d.length < len) return false;
  const n = Number(d.slice(0, len));
  return n >= lo && n <= hi;
}

/** The card network whose IIN range and length fit, or undefined. Luhn is checked separately. */
export function cardNetwork(digits: string): string | undefined {
  for (const n of CARD_NETWORKS) if (n.lengths.includes(digits.length) && n.test(digits)) return n.name;
  return undefined;
}

export const isCardNumber = (digits: string): boolean =>
  digits.length >= 12 && digits.length <= 19 && !allSameDigit(digits) && cardNetwork(digits) !== undefined && luhn(digits);

/** US SSN: area not 000/666/9xx, group not 00, serial not 0000, not a published sample number. */
export function isSsn(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return digits !== '123456789' && digits !== '078051120' && digits !== '219099999' && !allSameDigit(digits);
}

/** US ITIN: 9xx area, group in 50-65, 70-88, 90-92, 94-99. */
export function isItin(digits: string): boolean {
  if (digits.length !== 9 || !digits.startsWith('9')) return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** ABA routing number: valid Federal Reserve prefix and 3-7-1 weighted checksum. */
export function isAbaRouting(digits: string): boolean {
  if (digits.length !== 9 || allSameDigit(digits)) return false;
  const p = Number(digits.slice(0, 2));
  if (!((p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - CODE_0) * (w[i % 3] ?? 0);
  return sum % 10 === 0;
}

/** US NPI: 10 digits starting 1 or 2, Luhn over "80840" + NPI. */
export const isNpi = (digits: string): boolean =>
  digits.length === 10 && (digits[0] === '1' || digits[0] === '2') && !allSameDigit(digits.slice(1)) && luhn(`80840${digits}`);

/** DEA registration: 2 letters (or letter + 9) and 7 digits; (d1+d3+d5) + 2(d2+d4+d6) ≡ d7 mod 10. */
export function isDea(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(v)) return false;
  const d = (i: number): number => v.charCodeAt(2 + i) - CODE_0;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}

/** Medicare Beneficiary Identifier, by the CMS position rules (letters exclude S, L, O, I, B, Z). */
const MBI_RE = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;
export const isMbi = (value: string): boolean => MBI_RE.test(value.toUpperCase());

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VIN: 17 characters without I/O/Q and a valid position-9 check digit (North American rule). */
export function isVin(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v.charAt(i);
    const n = c >= '0' && c <= '9' ? c.charCodeAt(0) - CODE_0 : (VIN_VALUES[c] ?? 0);
    sum += n * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11;
  return v.charAt(8) === (check === 10 ? 'X' : String(check));
}

/** IMEI: 15 digits, Luhn. */
export const isImei = (digits: string): boolean => digits.length === 15 && !allSameDigit(digits) && luhn(digits);

/** IBAN lengths per country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** IBAN: known country, that country's length, and mod-97 = 1. Input is upper-case alphanumerics. */
export function isIban(value: string): boolean {
  const v = value.toUpperCase();
  const len = IBAN_LENGTHS[v.slice(0, 2)];
  if (len === undefined || v.length !== len || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(v)) return false;
  const rearranged = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else rem = (rem * 100 + (c - 55)) % 97;
  }
  return rem === 1;
}
