/** European national identifiers, each confirmed by its check digit or letter (or, where there is none, a strict shape). */
import { isDigitCode, near, type Hit } from './hit.js';
import { listOf } from './id-lists.js';
import { matchesAll } from './keywords.js';
import { alnumRunsOfLength, digitRuns, matchesBeforeRuns, type DigitRuns } from './runs.js';
import { codeAt } from './word-index.js';

const ctx = (src: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'iu');

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** ES DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): the letter is the number mod 23. */
export function isDniOrNie(v: string): boolean {
  const s = v.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (m === null) return false;
  const [, prefix = '', digits = '', letter] = m;
  if (prefix === '' ? digits.length !== 8 : digits.length !== 7) return false;
  const n = Number(`${prefix === '' ? '' : 'XYZ'.indexOf(prefix)}${digits}`);
  // Number 0 ("00000000T", "X0000000T") is issued to no one: validators' docs and test suites print it as the
  // all-zero filler, as they print 000000000 for a BSN.
  return n !== 0 && DNI_LETTERS.charAt(n % 23) === letter;
}

/** NL BSN: 9 digits, the "11-proef" with weights 9..2 and -1. */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** UK NHS number: 10 digits, mod-11 check digit (weights 10..2). */
export function isNhs(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]) && check !== 10;
}

/**
 * The NHS test range, 999 000 0000 to 999 999 9999: not issued to patients, kept for test systems and test data (NHS
 * Digital / NHS England test-data guidance for the Spine and PDS services). Only a test patient's record makes it one
 * (placeholders.ts): notes quote such numbers as a patient's too, and a mistyped real number can land there.
 */
export const isNhsTestNumber = (digits: string): boolean => digits.startsWith('999');

/** DE Steuer-ID: 11 digits, no leading 0, ISO 7064 MOD 11,10 check digit, one digit repeated in the first ten. */
export function isSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const d of digits.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((c) => c > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

/** FR NIR (numéro de sécurité sociale): sex 1/2, year, month, department (2A/2B for Corsica), key = 97 - n mod 97. */
export function isNir(v: string): boolean {
  const s = v.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^([12378])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/.exec(s);
  if (m === null) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(s.slice(13));
  // 13 digits stay below 2^53: the remainder of the double is exact.
  return 97 - (Number(body) % 97) === key;
}

const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** IT codice fiscale: 16 characters (letters for digits allowed, omocodia), check letter from odd/even tables. */
export function isCodiceFiscale(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charAt(i);
    if (i % 2 === 0) sum += CF_ODD[c] ?? 0;
    else sum += c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s.charAt(15);
}

/** UK National Insurance number: two prefix letters (not BG, GB, NK, KN, TN, NT, ZZ; no D, F, I, Q, U, V; O not second), six digits, A-D. */
export function isNino(v: string): boolean {
  const s = v.toUpperCase().replace(/\s/g, '');
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s.slice(0, 2));
}

const NINO = /(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![A-Za-z0-9])/g;
const DNI = /(?<![A-Za-z0-9])(?:[XYZxyz][ -]?\d{7}|\d{8})[ -]?[A-Za-z](?![A-Za-z0-9])/g;
const DNI_STICKY = new RegExp(DNI.source, 'y');

/**
 * DNI's matches: sticky where one can start, or (reference) a global scan. Its digits are a whole digit run (a letter,
 * space or dash after them, a non-alphanumeric or X/Y/Z before): 8 long for a DNI, starting the match; 7 for a NIE,
 * one or two characters after the match's start.
 */
export function dniMatches(text: string, reference = false): RegExpExecArray[] {
  return reference ? matchesAll(text, DNI) : matchesBeforeRuns(text, DNI_STICKY, [2, 1, 0], 7, 8);
}
// A codice fiscale is a whole run of 16 letters and digits: CF is tried (sticky) only at such runs (alnumRunsOfLength).
const CF = /(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])/g;
const CF_STICKY = new RegExp(CF.source, 'y');

/** CF's matches: sticky at runs of exactly 16 letters and digits, or (reference) a global scan. */
export function codiceFiscaleMatches(text: string, reference = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (reference) {
    CF.lastIndex = 0;
    for (let m = CF.exec(text); m !== null; m = CF.exec(text)) found.push(m);
    return found;
  }
  for (const s of alnumRunsOfLength(text, 16)) {
    CF_STICKY.lastIndex = s;
    const m = CF_STICKY.exec(text);
    if (m !== null) found.push(m);
  }
  return found;
}
const NIR = /(?<![A-Za-z0-9])[12378] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?![A-Za-z0-9])/g;
// 9 to 11 digits, bare or in the usual groupings (NHS 3-3-4, BSN 4-2-3 / 3-3-3, Steuer-ID 2-3-3-3).
const DIGITS_9_11 = /(?<![A-Za-z0-9.,-])\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![A-Za-z0-9]|[.,-]\d)/g;

const DIGITS_9_11_STICKY = new RegExp(DIGITS_9_11.source, 'y');

/**
 * DIGITS_9_11's matches: sticky at digit runs of 2 or more (its lookbehind rules out a digit before), or (reference) a
 * global scan. (NINO and NIR stay global scans: their leading letters and rare first digits make the engine's own
 * search quicker than a sticky try at each digit run.)
 */
export function digits9to11Matches(text: string, reference = false): RegExpExecArray[] {
  return reference ? matchesAll(text, DIGITS_9_11) : matchesBeforeRuns(text, DIGITS_9_11_STICKY, [0], 2, Infinity);
}

// Keys of logs and code run the words together ("nhsNumber=4012336789", "NHSNo", "ninumber").
const NHS_CONTEXT = ctx('nhs|nhs no|nhs number|nhs numbers|nhs-nummer|health service|nhsnumbers?|nhsno|nhsnr');
const BSN_CONTEXT = ctx('bsn|bsns|burgerservicenummer|burgerservicenummers|burgerservice|sofinummer|sofinummers|sofi');
const STEUER_CONTEXT = ctx('steuer-ids?|steuerids?|steuer-identifikationsnummern?|steueridentifikationsnummern?|steuerliche identifikationsnummern?|identifikationsnummern?|idnr|tins?|tax ids?|steuernummern?');
const NINO_CONTEXT = ctx('nino|national insurance|ninumber|ninos|nationalinsurance(?:number|no)?');
const NIR_CONTEXT = ctx('nir|sécurité sociale|securite sociale|sécu|secu|insee|carte vitale|numéro de sécu|n° ss|numéro ss');

// A lower-case NINO in its printed grouping ("ph 73 02 19 a", four spaces), set off after a bracket, a comma or a colon
// ("Ellie Vaughan (ph 73 02 19 a)"), in a UK payroll or tax note: HMRC's notices (a student loan start notice SL1, a
// P45, a tax code) name the employee it is for, and a clerk types it as read out. Not a time in prose ("at 10 20 30 a.m.").
const NINO_SET_OFF = /[(,:;]\s?$/u;
const NINO_PRINTED = /^[a-z]{2} \d{2} \d{2} \d{2} [a-d]$/;
const NINO_PAYROLL_CONTEXT = ctx('hmrc|paye|payroll|payslips?|p45|p60|p11d|tax code|student loans?|postgraduate loans?|sl1|starter checklist');
/** Whether a NINO match may stand in lower case: its name near it, or its printed grouping in a payroll note. */
const ninoCaseOk = (text: string, v: string, start: number, end: number): boolean =>
  v === v.toUpperCase() ||
  near(text, start, end, NINO_CONTEXT) ||
  (NINO_PRINTED.test(v) && NINO_SET_OFF.test(text.slice(Math.max(0, start - 2), start)) && near(text, start, end, NINO_PAYROLL_CONTEXT, 120, 120));

const push = (out: Hit[], entity: string, start: number, end: number, score: number, rule: string): void => {
  out.push({ entity, dataClass: 'pii', start, end, score, rule });
};

const NINO_STICKY = new RegExp(NINO.source, 'y');
const NIR_STICKY = new RegExp(NIR.source, 'y');

// By char code (NaN, past either end of the text, is none of these).
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || isLetter(c);
const isXyz = (c: number): boolean => (c | 32) >= 120 && (c | 32) <= 122;

/**
 * UK NINO and NHS, DE Steuer-ID, FR NIR, ES DNI/NIE, NL BSN, IT codice fiscale. The same findings as
 * scanNationalIdsReference; each digit-led pattern is tried (sticky) only at the digit runs where the characters
 * around the run let it match, read by char code first, so the many short numbers of a text cost no regex call. One
 * walk over the runs serves the four digit-led patterns (each keeps its own resume point, as its own global scan
 * would); their findings are appended pattern by pattern, in the reference's order.
 */
export function scanNationalIds(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  const count = runs.count;
  const dnis: Hit[] = [];
  const nirs: Hit[] = [];
  const nineToElevens: Hit[] = [];
  const nir = text.length >= 13;
  let ninoFrom = 0;
  let dniFrom = 0;
  let nirFrom = 0;
  let digitsFrom = 0;
  // A 9-11 match lies inside one chain of runs joined by single spaces, dots or dashes: one whose runs hold under
  // nine digits in all has nothing to find, and its matches would move the search past none of the next chain's runs.
  let chainEnd = -1;
  for (let k = 0; k < count; k++) {
    const s = runs.start[k] ?? 0;
    const len = (runs.end[k] ?? 0) - s;
    const before = codeAt(text, s - 1);
    const after = codeAt(text, s + len);
    // NINO: its first digit pair starts a run of 2, 4 or 6 digits, two letters (and perhaps a space) before it; after
    // the run, a space before the next pair, or (after all six digits) the suffix letter.
    if ((len === 2 || len === 4 || len === 6) && (after === 32 || (len === 6 && isLetter(after)))) {
      const p = before === 32 ? s - 3 : s - 2;
      if (p >= ninoFrom && isLetter(codeAt(text, p)) && isLetter(codeAt(text, p + 1)) && !isAlnum(codeAt(text, p - 1))) {
        NINO_STICKY.lastIndex = p;
        const m = NINO_STICKY.exec(text);
        if (m !== null) {
          ninoFrom = p + m[0].length;
          if (isNino(m[0]) && ninoCaseOk(text, m[0], m.index, m.index + m[0].length)) push(out, 'UK_NINO', m.index, m.index + m[0].length, 0.9, 'nino.prefix-suffix');
        }
      }
    }
    // DNI: a whole run of 8 digits starts it; NIE: a run of 7 right after X/Y/Z (and perhaps a space or dash).
    if (len === 7 || len === 8) {
      let p = -1;
      if (len === 8) p = s;
      else if (isXyz(before)) p = s - 1;
      else if ((before === 32 || before === 45) && isXyz(text.charCodeAt(s - 2))) p = s - 2;
      if (p >= dniFrom) {
        DNI_STICKY.lastIndex = p;
        const m = DNI_STICKY.exec(text);
        if (m !== null) {
          dniFrom = p + Math.max(1, m[0].length);
          if (isDniOrNie(m[0])) push(dnis, 'ES_DNI_NIE', m.index, m.index + m[0].length, 0.95, 'dni.mod23-letter');
        }
      }
    }
    // NIR: a run starting 1, 2, 3, 7 or 8, not after a letter; 15 long, or shorter and followed by a space (then a
    // digit) or by the A/B of a Corsican department.
    const c = text.charCodeAt(s);
    if (nir && len <= 15 && s >= nirFrom && (c === 49 || c === 50 || c === 51 || c === 55 || c === 56) && !isLetter(before)) {
      const a = after | 32;
      const next = codeAt(text, s + len + 1);
      if (len === 15 || (a === 32 ? next >= 48 && next <= 57 : a === 97 || a === 98)) {
        NIR_STICKY.lastIndex = s;
        const m = NIR_STICKY.exec(text);
        if (m !== null) {
          nirFrom = s + m[0].length;
          if (isNir(m[0])) push(nirs, 'FR_NIR', m.index, m.index + m[0].length, near(text, m.index, m.index + m[0].length, NIR_CONTEXT) ? 1 : 0.85, 'nir.mod97-key');
        }
      }
    }
    // 9 to 11 digits: a run of 2 or more not after [A-Za-z0-9.,-]. One the pattern cannot continue past (no space,
    // dot or dash, then a digit, after it) matches within itself, if at all, and moves the search past nothing else:
    // only 9 to 11 digits can be a finding there.
    if (len >= 2 && s >= digitsFrom && k > chainEnd && !isAlnum(before) && before !== 46 && before !== 44 && before !== 45) {
      const next = codeAt(text, s + len + 1);
      const goesOn = (after === 32 || after === 46 || after === 45) && next >= 48 && next <= 57;
      if (len < 9 && goesOn) {
        const last = shortChainEnd(text, runs, k);
        if (last >= 0) chainEnd = last;
      }
      if ((goesOn || (len >= 9 && len <= 11)) && k > chainEnd) {
        DIGITS_9_11_STICKY.lastIndex = s;
        const m = DIGITS_9_11_STICKY.exec(text);
        if (m !== null) {
          digitsFrom = s + Math.max(1, m[0].length);
          nineToEleven(text, m, nineToElevens);
        }
      }
    }
  }
  for (const h of dnis) out.push(h);
  for (const m of codiceFiscaleMatches(text)) {
    if (isCodiceFiscale(m[0])) push(out, 'IT_CODICE_FISCALE', m.index, m.index + m[0].length, 1, 'codice-fiscale.check-letter');
  }
  for (const h of nirs) out.push(h);
  for (const h of nineToElevens) out.push(h);
}

/**
 * The index of the last run of the chain from run k (runs joined by one space, dot or dash) when its runs hold under
 * nine digits in all; -1 once they reach nine. Reads at most nine runs from k.
 */
function shortChainEnd(text: string, runs: DigitRuns, k: number): number {
  let digits = 0;
  let j = k;
  for (;;) {
    digits += (runs.end[j] ?? 0) - (runs.start[j] ?? 0);
    if (digits >= 9) return -1;
    const e = runs.end[j] ?? 0;
    const c = codeAt(text, e);
    if (j + 1 >= runs.count || runs.start[j + 1] !== e + 1 || (c !== 32 && c !== 46 && c !== 45)) return j;
    j++;
  }
}

/** NHS, BSN or Steuer-ID from one DIGITS_9_11 match. */
function nineToEleven(text: string, m: RegExpExecArray, out: Hit[]): void {
  let digitCount = 0;
  for (let i = 0; i < m[0].length; i++) if (isDigitCode(m[0].charCodeAt(i))) digitCount++;
  // Each of the three is 9 to 11 digits: most matches (dates, amounts, times) are not and need no string built.
  if (digitCount < 9 || digitCount > 11) return;
  const d = m[0].replace(/[ .-]/g, '');
  const start = m.index;
  const end = start + m[0].length;
  // One in ten or eleven random numbers passes these checks: each needs its name nearby.
  if (d.length === 10 && isNhs(d) && cued(text, start, end, NHS_CONTEXT, 48)) push(out, 'UK_NHS_NUMBER', start, end, 1, 'nhs.mod11');
  else if (d.length === 9 && isBsn(d) && cued(text, start, end, BSN_CONTEXT, 48)) push(out, 'NL_BSN', start, end, 1, 'bsn.elfproef');
  else if (d.length === 11 && isSteuerId(d) && cued(text, start, end, STEUER_CONTEXT, 64)) push(out, 'DE_STEUER_ID', start, end, 1, 'steuer-id.iso7064');
}

// How far before a list's first item its cue may stand: the cue names the list, then the sentence may say whose they
// are or ask about them ('BSN's van nieuwe klanten (…, …, …) zijn geldig? 832…, 176…').
const LIST_CUE_BEFORE = 160;

/** The identifier's name near it, or (the item of a list of such numbers) before the list's first item. */
function cued(text: string, start: number, end: number, re: RegExp, before: number): boolean {
  if (near(text, start, end, re, before, 24)) return true;
  const list = listOf(text, start, end);
  return (list.listed && near(text, list.first, list.first, re, LIST_CUE_BEFORE, 0)) || columnCued(text, start, end, re);
}

// How far before a delimited row its header line may stand (the rows between, a sentence or two of instructions).
const HEADER_REACH = 600;
const FIELD_SEPARATORS = ';|\t';
/** How many times `sep` stands in text[from, to). */
function countOf(text: string, sep: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(sep, from); i >= 0 && i < to; i = text.indexOf(sep, i + 1)) n++;
  return n;
}
/**
 * Whether the number at [start, end) is a field of a delimited row (';', '|' or a tab next to it, spaces aside, two or
 * more in the row) under a header that names it: a line before it holding the same separator twice or
 * more and the id's name ("Die Spalten sind Name; Geburtsdatum; Steuer-ID; Tätigkeit" over "Hanne-Lore
 * Stübinger;12.08.1961;18602405796;Reinigung"). A table's column names every value in it.
 */
function columnCued(text: string, start: number, end: number, re: RegExp): boolean {
  const rowStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const rowEnd = nl < 0 ? text.length : nl;
  let b = start;
  while (b > rowStart && text.charCodeAt(b - 1) === 32) b--;
  let a = end;
  while (a < rowEnd && text.charCodeAt(a) === 32) a++;
  const sep = b > rowStart && FIELD_SEPARATORS.includes(text.charAt(b - 1)) ? text.charAt(b - 1) : text.charAt(a);
  if (!FIELD_SEPARATORS.includes(sep) || sep === '' || countOf(text, sep, rowStart, rowEnd) < 2) return false;
  for (let lineEnd = rowStart - 1; lineEnd > 0 && rowStart - lineEnd < HEADER_REACH; ) {
    const lineStart = Math.max(text.lastIndexOf('\n', lineEnd - 1) + 1, rowStart - HEADER_REACH);
    if (countOf(text, sep, lineStart, lineEnd) >= 2 && re.test(text.slice(lineStart, lineEnd))) return true;
    lineEnd = lineStart - 1;
  }
  return false;
}

/** The reference for scanNationalIds: NINO and NIR by global scans, DNI and 9-11 digits at every digit run. */
export function scanNationalIdsReference(text: string, out: Hit[]): void {
  NINO.lastIndex = 0;
  for (let m = NINO.exec(text); m !== null; m = NINO.exec(text)) {
    // Lower case only with its name nearby, or printed in a payroll note; upper case is the printed form.
    if (isNino(m[0]) && ninoCaseOk(text, m[0], m.index, m.index + m[0].length)) push(out, 'UK_NINO', m.index, m.index + m[0].length, 0.9, 'nino.prefix-suffix');
  }
  for (const m of dniMatches(text)) {
    if (isDniOrNie(m[0])) push(out, 'ES_DNI_NIE', m.index, m.index + m[0].length, 0.95, 'dni.mod23-letter');
  }
  for (const m of codiceFiscaleMatches(text)) {
    if (isCodiceFiscale(m[0])) push(out, 'IT_CODICE_FISCALE', m.index, m.index + m[0].length, 1, 'codice-fiscale.check-letter');
  }
  if (text.length >= 13) {
    NIR.lastIndex = 0;
    for (let m = NIR.exec(text); m !== null; m = NIR.exec(text)) {
      if (isNir(m[0])) push(out, 'FR_NIR', m.index, m.index + m[0].length, near(text, m.index, m.index + m[0].length, NIR_CONTEXT) ? 1 : 0.85, 'nir.mod97-key');
    }
  }
  for (const m of digits9to11Matches(text)) nineToEleven(text, m, out);
}
