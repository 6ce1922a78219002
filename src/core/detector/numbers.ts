import { allSameDigit, isAbaRouting, isCardNumber, isImei, isItin, isNpi, isSsn, luhn, luhnRange } from './checksums.js';
import { near, type Hit } from './hit.js';
import { cueAlternation } from './languages.js';
import { digitRuns, type DigitRuns } from './runs.js';
import { codeAt } from './word-index.js';

// Digit groups joined by at most one separator (space, dot, dash, slash, underscore, a line break), so spaced-out
// evasions still match. Letters may touch the run (`ssn_536-22-1234`); such runs need a shape or a context word.
const DIGIT_RUN = /(?<!\d)\d(?:(?:[ \t]?[-./\\_][ \t]?|[ \t]{1,2}|[ \t]{0,2}\r?\n[ \t]{0,2})?\d)*(?!\d)/g;
const WORDY = /[\p{L}_]/u;

// Context words bounded by non-letters, so `ssn_`, `SSN:` and `card#` count.
const words = (src: string): RegExp => new RegExp(`(?<![A-Za-z])(?:${src})(?![A-Za-z])`, 'i');
export const CARD_CONTEXT = words('card|cards|credit|debit|visa|master ?card|amex|american express|discover|jcb|diners|maestro|unionpay|cc|pan|cvv|payment|karte|kreditkarte|carte|tarjeta|kaart|creditcard|carta');
const SSN_CONTEXT = words('ssn|ssns|social security|social sec|ss#|itin|taxpayer|tin');
const ABA_CONTEXT = words('routing|aba|rtn|transit|ach|wire');
const NPI_CONTEXT = words('npi|national provider|provider (?:id|number|no)');
export const BARCODE_CONTEXT = words('ean|ean-13|gtin|upc|barcode|bar code|strichcode|barcode|code-barres|code barre|código de barras|codice a barre|streepjescode');
// "la tarjeta de pruebas es 4548 ...", "testkaart 4111 ...": a payment provider's published test number (languages.ts), nobody's card.
const TEST_CARD_CONTEXT = words(cueAlternation('testCard'));
// Published sandbox card numbers (Stripe, Adyen, Braintree, PayPal docs); nobody's card.
export const TEST_CARDS: ReadonlySet<string> = new Set([
  '4111111111111111', '4242424242424242', '4000056655665556', '4012888888881881', '4222222222222', '4000000000000002', '4000000000009995', '4000000000000077',
  '4000002500003155', '4000000000003220', '4000000000000341', '4000000000000127', '4000000000000069', '4000000000000119', '5555555555554444', '5200828282828210',
  '5105105105105100', '2223003122003222', '2222400070000005', '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
  '3056930009020004', '36227206271667', '3566002020360505', '3530111333300000', '6200000000000005', '4917610000000000', '4988438843884305', '5454545454545454',
]);
const IMEI_CONTEXT = words('imei|meid|handset|device id');
// A list of published test numbers ("test cards: 4242 4242 4242 4242 e 4000 0038 0000 0008"): a card that follows one
// already judged a test number with only a list joiner between them is one too, however far the list's cue now is.
const LIST_JOINER = /^[\s,;/|]*(?:(?:and|or|und|oder|et|ou|y|o|en|of|e|oppure)[\s,;/|]+)?$/i;
function followsTestCard(text: string, out: readonly Hit[], start: number): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.rule === 'card.test-or-barcode' && last.end <= start && start - last.end <= 12 && LIST_JOINER.test(text.slice(last.end, start));
}

// A sentence's end: a stop and a capital after it ("... as the test card. My real card is 4539 ..."). A stop before a
// digit or a small letter ("test card no. 4000 ...") is an abbreviation's and ends nothing.
const SENTENCE_END = /[.!?][^\S\n]+(?=\p{Lu})/gu;
/**
 * `near` for a cue that speaks of one card: only within the card's own sentence. "Use 4242 ... as the test card. My
 * real card is 4539 ...": the cue names the card before it, not the real one the next sentence gives.
 */
function nearInSentence(text: string, start: number, end: number, re: RegExp): boolean {
  let before = text.slice(Math.max(0, start - 48), start);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  before = before.slice(cut);
  let after = text.slice(end, Math.min(text.length, end + 24));
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  return re.test(before + text.slice(start, end) + after);
}

/** A published test number, a barcode, or a card named as a test card or listed after one: nobody's card (both card scans). */
function isTestNumber(text: string, digits: string, start: number, end: number, out: readonly Hit[]): boolean {
  return TEST_CARDS.has(digits) || nearInSentence(text, start, end, BARCODE_CONTEXT) || nearInSentence(text, start, end, TEST_CARD_CONTEXT) || followsTestCard(text, out, start);
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** The separator between two groups: a line break, the punctuation mark, or a space. */
function sepOf(text: string, a: Group, b: Group): string {
  const raw = text.slice(a.end, b.start);
  if (raw.includes('\n')) return '\n';
  const t = raw.trim();
  return t === '' ? ' ' : t;
}

/** A window is one item of a list when its own separators are all the same and differ from those around it. */
function delimited(text: string, groups: readonly Group[], i: number, n: number): boolean {
  if (n < 2) return false;
  const inner = new Set<string>();
  for (let k = i; k < i + n - 1; k++) {
    const a = groups[k];
    const b = groups[k + 1];
    if (a !== undefined && b !== undefined) inner.add(sepOf(text, a, b));
  }
  if (inner.size !== 1) return false;
  const prev = groups[i - 1];
  const first = groups[i];
  const last = groups[i + n - 1];
  const next = groups[i + n];
  // Items of a list are set apart by spaces or line breaks; a dot or dash around the window means it is part of something longer.
  const apart = (sep: string): boolean => (sep === ' ' || sep === '\n') && !inner.has(sep);
  if (prev !== undefined && first !== undefined && !apart(sepOf(text, prev, first))) return false;
  return next === undefined || last === undefined || apart(sepOf(text, last, next)) || expiryEnds(text, groups, i + n, sepOf(text, last, next), inner);
}

const TWO_DIGIT_MONTH = /^(?:0[1-9]|1[0-2])$/;
const BLANK = /[ \t]/;
/** The raw text between groups a and b holds a space or a tab (" – ", " / "): a field's end, not a number's inner mark. */
const spacedBetween = (text: string, a: Group, b: Group): boolean => BLANK.test(text.slice(a.end, b.start));
/**
 * The chain ends with a card's expiry right after the window ("4716-7161-5881-8680 – 08/28", "4716 7161 5881 8680
 * 08/2028", "4716 7161 5881 8680 / 08/28 / 123"): a month of two digits, a slash right after it, a year of two or four,
 * and nothing after but the card's security code (three or four digits) set apart by a space. The expiry is set apart
 * from the card by a space too, or by another separator than the card's own that is no slash. The window is the card it
 * belongs to, not an item of a list of numbers.
 */
function expiryEnds(text: string, groups: readonly Group[], k: number, before: string, inner: ReadonlySet<string>): boolean {
  const card = groups[k - 1];
  const month = groups[k];
  const year = groups[k + 1];
  if (card === undefined || month === undefined || year === undefined) return false;
  const code = groups[k + 2];
  if (k + 2 !== groups.length && (k + 3 !== groups.length || code === undefined || code.digits.length < 3 || code.digits.length > 4 || !spacedBetween(text, year, code))) return false;
  if (!spacedBetween(text, card, month) && (before === '/' || inner.has(before))) return false;
  return TWO_DIGIT_MONTH.test(month.digits) && (year.digits.length === 2 || year.digits.length === 4) && text.slice(month.end, year.start) === '/';
}

// Card groupings people write: one block, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or one digit at a time (an evasion).
function cardGrouping(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  if (sizes.every((s) => s === 1)) return true;
  if (sizes.slice(0, -1).every((s) => s === 4) && (sizes.at(-1) ?? 0) <= 4) return true;
  const key = sizes.join('-');
  return key === '4-6-5' || key === '4-6-4' || key === '6-13';
}

function ssnGrouping(g: readonly Group[], text: string): boolean {
  if (g.length === 1) return false;
  if (g.length !== 3 || g[0]?.digits.length !== 3 || g[1]?.digits.length !== 2 || g[2]?.digits.length !== 4) return g.every((x) => x.digits.length === 1);
  // Same separator twice: 123-45-6789, 123 45 6789; mixed ones are dates or version strings.
  return text.slice(g[0].end, g[1].start).trim() === text.slice(g[1].end, g[2].start).trim();
}

const push = (out: Hit[], h: Hit): number => out.push(h);

/**
 * Calls `visit(i, j)` for each of DIGIT_RUN's matches, as the range of the text's digit runs (runs.ts) it spans: a
 * chain of runs whose gaps are each one of the pattern's separators. Each repetition of DIGIT_RUN's group ends with a
 * digit and a separator holds none, so a match is exactly such a chain: it starts at a digit run not joined to the one
 * before and takes every following run whose gap is a separator.
 */
export function eachChain(text: string, runs: DigitRuns, visit: (i: number, j: number) => void): void {
  const n = runs.count;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && isSeparator(text, runs.end[j] ?? 0, runs.start[j + 1] ?? 0)) j++;
    visit(i, j);
    i = j + 1;
  }
}

/** DIGIT_RUN's matches as [start, end] pairs: the chains of digit runs, or (reference) from a global scan. */
export function digitRunMatches(text: string, reference = false): number[] {
  const found: number[] = [];
  if (reference) {
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) found.push(m.index, m.index + m[0].length);
    return found;
  }
  const runs = digitRuns(text);
  eachChain(text, runs, (i, j) => found.push(runs.start[i] ?? 0, runs.end[j] ?? 0));
  return found;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;
const isMark = (c: number): boolean => c === 45 || c === 46 || c === 47 || c === 92 || c === 95;

/** True when text[a, b) is one of DIGIT_RUN's separators: `[ \t]?[-./\\_][ \t]?`, `[ \t]{1,2}` or `[ \t]{0,2}\r?\n[ \t]{0,2}`. */
function isSeparator(text: string, a: number, b: number): boolean {
  if (b - a > 6) return false;
  let k = a;
  while (k < b && k - a < 2 && isBlank(text.charCodeAt(k))) k++;
  if (k === b) return true;
  const blanks = k - a;
  const c = text.charCodeAt(k);
  if (isMark(c)) {
    if (blanks > 1) return false;
    k++;
    if (k < b && isBlank(text.charCodeAt(k))) k++;
    return k === b;
  }
  if (c === 13) k++;
  if (text.charCodeAt(k) !== 10 || k >= b) return false;
  k++;
  const after = k;
  while (k < b && k - after < 2 && isBlank(text.charCodeAt(k))) k++;
  return k === b;
}

/**
 * Cards, SSN/ITIN, ABA routing, NPI, IMEI: every candidate confirmed by its checksum or format rule. The same windows
 * and tests as scanNumbersReference, but a window's digits are sliced, its sizes read and its list context computed
 * only once its cheaper tests (length, grouping, checksum on the run's digits) pass: most windows fail those.
 */
export function scanNumbers(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  const count = runs.count;
  let i = 0;
  while (i < count) {
    let j = i;
    while (j + 1 < count && isSeparator(text, runs.end[j] ?? 0, runs.start[j + 1] ?? 0)) j++;
    const next = j + 1;
    const start = runs.start[i] ?? 0;
    const runEnd = runs.end[j] ?? 0;
    if (runEnd - start >= 9) scanChain(text, runs, i, j, out);
    i = next;
  }
}

let prefixSums = new Int32Array(64);

/** WORDY on the character at `at` (none outside the text), read by char code for ASCII. */
function wordy(text: string, at: number): boolean {
  const c = codeAt(text, at);
  if (c < 128) return c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORDY.test(text.charAt(at));
}

/** One chain of digit runs i..j (DIGIT_RUN's match): the reference's per-chain step. */
function scanChain(text: string, runs: DigitRuns, i: number, j: number, out: Hit[]): void {
  let total = 0;
  let short = true;
  for (let k = i; k <= j; k++) {
    const len = (runs.end[k] ?? 0) - (runs.start[k] ?? 0);
    total += len;
    if (len > 2) short = false;
  }
  if (total < 9) return;
  if (j - i + 1 > 256 && short) return;
  const groups: Group[] = [];
  for (let k = i; k <= j; k++) {
    const s = runs.start[k] ?? 0;
    const e = runs.end[k] ?? 0;
    groups.push({ start: s, end: e, digits: text.slice(s, e) });
  }
  const start = runs.start[i] ?? 0;
  const runEnd = runs.end[j] ?? 0;
  const glued = wordy(text, start - 1) || wordy(text, runEnd);
  const cardList = groups.length >= 8 && groups.length % 4 === 0 && groups.every((g) => g.digits.length === 4);
  let all = '';
  // The prefix sums live in one buffer reused from chain to chain (each chain is read before the next is built).
  if (prefixSums.length <= groups.length) prefixSums = new Int32Array(2 * (groups.length + 1));
  const pre = prefixSums;
  pre[0] = 0;
  for (let k = 0; k < groups.length; k++) {
    const digits = groups[k]?.digits ?? '';
    all += digits;
    pre[k + 1] = (pre[k] ?? 0) + digits.length;
  }
  const run: Run = { text, groups, all, pre, glued, cardList: false };
  let g = 0;
  while (g < groups.length) {
    run.cardList = cardList && g % 4 === 0;
    const used = tryWindowsAt(run, g, out);
    g += used > 0 ? used : 1;
  }
}

function sameDigitAt(all: string, from: number, len: number): boolean {
  const c = all.charCodeAt(from);
  for (let k = from + 1; k < from + len; k++) if (all.charCodeAt(k) !== c) return false;
  return true;
}

/** cardGrouping of the sizes of groups i..j, read from the prefix sums. */
function cardGroupingAt(pre: Int32Array, i: number, j: number): boolean {
  if (i === j) return true;
  let ones = true;
  let fours = true;
  for (let k = i; k <= j; k++) {
    const size = (pre[k + 1] ?? 0) - (pre[k] ?? 0);
    if (size !== 1) ones = false;
    if (k < j && size !== 4) fours = false;
  }
  const lastSize = (pre[j + 1] ?? 0) - (pre[j] ?? 0);
  if (ones || (fours && lastSize <= 4)) return true;
  const s0 = (pre[i + 1] ?? 0) - (pre[i] ?? 0);
  const s1 = (pre[i + 2] ?? 0) - (pre[i + 1] ?? 0);
  if (j - i === 2) return s0 === 4 && s1 === 6 && (lastSize === 5 || lastSize === 4);
  return j - i === 1 && s0 === 6 && lastSize === 13;
}

/** A window inside a longer run of groups (a list of numbers): it needs its context word. */
const inList = (text: string, groups: readonly Group[], i: number, j: number): boolean => (i > 0 || j + 1 < groups.length) && !delimited(text, groups, i, j - i + 1);

/** tryWindowsAtReference with the window's strings and lists built only for the windows that need them. */
function tryWindowsAt(run: Run, i: number, out: Hit[]): number {
  const { text, groups, pre, all } = run;
  const from = pre[i] ?? 0;
  let last = i;
  while (last + 1 < groups.length && (pre[last + 2] ?? 0) - from <= 19) last++;
  for (let j = last; j >= i; j--) {
    const len = (pre[j + 1] ?? 0) - from;
    if (len < 9 || len === 11 || len > 19) continue;
    const n = j - i + 1;
    const first = groups[i];
    const lastGroup = groups[j];
    if (first === undefined || lastGroup === undefined) continue;
    const start = first.start;
    const end = lastGroup.end;
    const bare = run.glued && n === 1;
    if (len >= 12 && cardGroupingAt(pre, i, j) && luhnRange(all, from, len) && !sameDigitAt(all, from, len)) {
      const d = all.slice(from, from + len);
      const ctx = near(text, start, end, CARD_CONTEXT);
      const valid = (isCardNumber(d) && (len !== 13 || ctx)) || (ctx && len >= 13);
      const gated = !ctx && (bare || (n > 1 && !(run.cardList && n === 4) && inList(text, groups, i, j)));
      if (valid && !gated && isTestNumber(text, d, start, end, out)) {
        push(out, { entity: 'CREDIT_CARD', dataClass: 'pci', start, end, score: 0.3, rule: 'card.test-or-barcode' });
        return n;
      }
      if (valid && !gated) {
        if (len === 15 && !ctx && near(text, start, end, IMEI_CONTEXT)) {
          push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 1, rule: 'imei.luhn' });
        } else push(out, { entity: 'CREDIT_CARD', dataClass: 'pci', start, end, score: ctx || len >= 15 ? 1 : 0.9, rule: 'card.iin-luhn' });
        return n;
      }
      if (valid) continue;
    }
    if (len === 15 && !sameDigitAt(all, from, len) && luhnRange(all, from, len) && (near(text, start, end, IMEI_CONTEXT) || (!bare && is2661(pre, i, j)))) {
      push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 0.95, rule: 'imei.luhn' });
      return n;
    }
    if (len === 10 && n === 1 && isNpi(all.slice(from, from + len)) && near(text, start, end, NPI_CONTEXT)) {
      push(out, { entity: 'US_NPI', dataClass: 'phi', start, end, score: 1, rule: 'npi.luhn-80840' });
      return n;
    }
    if (len === 9) {
      const hit = nineDigitsAt(run, i, j, all.slice(from, from + len));
      if (hit !== undefined) {
        push(out, hit);
        return n;
      }
    }
  }
  return 0;
}

const is2661 = (pre: Int32Array, i: number, j: number): boolean =>
  j - i === 3 && (pre[i + 1] ?? 0) - (pre[i] ?? 0) === 2 && (pre[i + 2] ?? 0) - (pre[i + 1] ?? 0) === 6 && (pre[i + 3] ?? 0) - (pre[i + 2] ?? 0) === 6 && (pre[j + 1] ?? 0) - (pre[j] ?? 0) === 1;

/** nineDigits with the grouping and list tests made only when ITIN or SSN passes (they are pure; the result is the same). */
function nineDigitsAt(run: Run, i: number, j: number, digits: string): Hit | undefined {
  const { text, groups } = run;
  const start = groups[i]?.start ?? 0;
  const end = groups[j]?.end ?? 0;
  const itin = isItin(digits);
  const ssn = !itin && isSsn(digits);
  if (itin || ssn) {
    const shaped = ssnGrouping(groups.slice(i, j + 1), text) && !inList(text, groups, i, j);
    const ctx = near(text, start, end, SSN_CONTEXT);
    if (itin && (shaped || ctx)) return { entity: 'US_ITIN', dataClass: 'pii', start, end, score: ctx ? 1 : 0.85, rule: 'itin.group-range' };
    if (ssn && (shaped || ctx)) return { entity: 'US_SSN', dataClass: 'pii', start, end, score: ctx ? 1 : 0.85, rule: 'ssn.area-group-serial' };
  }
  if (i === j && isAbaRouting(digits) && near(text, start, end, ABA_CONTEXT)) {
    return { entity: 'ABA_ROUTING', dataClass: 'financial', start, end, score: 1, rule: 'aba.checksum' };
  }
  return undefined;
}

/** The reference for scanNumbers (the windows built as lists and strings): property tests compare the two. */
export function scanNumbersReference(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  eachChain(text, runs, (i, j) => {
    const start = runs.start[i] ?? 0;
    const runEnd = runs.end[j] ?? 0;
    if (runEnd - start < 9) return;
    let total = 0;
    let short = true;
    for (let k = i; k <= j; k++) {
      const len = (runs.end[k] ?? 0) - (runs.start[k] ?? 0);
      total += len;
      if (len > 2) short = false;
    }
    if (total < 9) return;
    // Digit soup (hundreds of one- or two-digit groups in a row): every window inside it would be a list item
    // needing a context word anyway; skipping it keeps the worst case cheap.
    if (j - i + 1 > 256 && short) return;
    const groups: Group[] = [];
    for (let k = i; k <= j; k++) {
      const s = runs.start[k] ?? 0;
      const e = runs.end[k] ?? 0;
      groups.push({ start: s, end: e, digits: text.slice(s, e) });
    }
    const glued = WORDY.test(text.charAt(start - 1)) || WORDY.test(text.charAt(runEnd));
    scanRunReference(text, groups, glued, out);
  });
}

function scanRunReference(text: string, groups: Group[], glued: boolean, out: Hit[]): void {
  // A run of 4-4-4-4 groups whose length is a multiple of four is a list of card numbers written one after another.
  const cardList = groups.length >= 8 && groups.length % 4 === 0 && groups.every((g) => g.digits.length === 4);
  // All digits of the run, and where each group starts in them: windows are slices, nothing is rebuilt per window.
  const all = groups.map((g) => g.digits).join('');
  const pre = new Int32Array(groups.length + 1);
  groups.forEach((g, k) => (pre[k + 1] = (pre[k] ?? 0) + g.digits.length));
  const run: Run = { text, groups, all, pre, glued, cardList: false };
  let i = 0;
  while (i < groups.length) {
    run.cardList = cardList && i % 4 === 0;
    const used = tryWindowsAtReference(run, i, out);
    i += used > 0 ? used : 1;
  }
}

interface Run {
  text: string;
  groups: Group[];
  all: string;
  pre: Int32Array;
  glued: boolean;
  cardList: boolean;
}

/** Tries the longest valid identifier starting at group i; returns how many groups it consumed. */
function tryWindowsAtReference(run: Run, i: number, out: Hit[]): number {
  const { text, groups, pre } = run;
  const from = pre[i] ?? 0;
  let last = i;
  while (last + 1 < groups.length && (pre[last + 2] ?? 0) - from <= 19) last++;
  for (let j = last; j >= i; j--) {
    const len = (pre[j + 1] ?? 0) - from;
    // Only these lengths are identifiers here: 9 (SSN, ITIN, ABA), 10 (NPI), 12-19 (cards, IMEI).
    if (len < 9 || len === 11 || len > 19) continue;
    const n = j - i + 1;
    const first = groups[i];
    const lastGroup = groups[j];
    if (first === undefined || lastGroup === undefined) continue;
    const start = first.start;
    const end = lastGroup.end;
    const d = run.all.slice(from, from + len);
    const wsizes: number[] = [];
    for (let k = i; k <= j; k++) wsizes.push(groups[k]?.digits.length ?? 0);
    // A window inside a longer run of groups (a list of numbers) needs its context word; computed only for candidates.
    const inList = (): boolean => (i > 0 || j + 1 < groups.length) && !delimited(text, groups, i, n);
    // Digits touching letters with no separator inside ("ab4111111111111111cd") are ids and hashes unless a context word says otherwise.
    const bare = run.glued && n === 1;
    if (len >= 12 && cardGrouping(wsizes) && luhn(d) && !allSameDigit(d)) {
      const ctx = near(text, start, end, CARD_CONTEXT);
      // With a card word nearby, any Luhn-valid 13-19 digit number counts (issuer tables lag new and private ranges).
      // 13-digit Visa is all but retired and EAN-13 barcodes pass Luhn one time in ten: it needs its card word.
      const valid = (isCardNumber(d) && (len !== 13 || ctx)) || (ctx && len >= 13);
      const gated = !ctx && (bare || (n > 1 && !(run.cardList && n === 4) && inList()));
      if (valid && !gated && isTestNumber(text, d, start, end, out)) {
        // Published test numbers (Stripe, Visa, Mastercard sandboxes) and barcodes are not anyone's card.
        push(out, { entity: 'CREDIT_CARD', dataClass: 'pci', start, end, score: 0.3, rule: 'card.test-or-barcode' });
        return n;
      }
      if (valid && !gated) {
        if (len === 15 && !ctx && near(text, start, end, IMEI_CONTEXT)) {
          push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 1, rule: 'imei.luhn' });
        } else push(out, { entity: 'CREDIT_CARD', dataClass: 'pci', start, end, score: ctx || len >= 15 ? 1 : 0.9, rule: 'card.iin-luhn' });
        return n;
      }
      if (valid) continue;
    }
    if (len === 15 && isImei(d) && (near(text, start, end, IMEI_CONTEXT) || (!bare && wsizes.join('-') === '2-6-6-1'))) {
      push(out, { entity: 'IMEI', dataClass: 'pii', start, end, score: 0.95, rule: 'imei.luhn' });
      return n;
    }
    if (len === 10 && n === 1 && isNpi(d) && near(text, start, end, NPI_CONTEXT)) {
      push(out, { entity: 'US_NPI', dataClass: 'phi', start, end, score: 1, rule: 'npi.luhn-80840' });
      return n;
    }
    if (len === 9) {
      const hit = nineDigits(text, groups.slice(i, j + 1), { start, end, digits: d, inList: inList() });
      if (hit !== undefined) {
        push(out, hit);
        return n;
      }
    }
  }
  return 0;
}

function nineDigits(text: string, g: Group[], w: Group & { inList: boolean }): Hit | undefined {
  const shaped = ssnGrouping(g, text) && !w.inList;
  const { start, end, digits } = w;
  if (isItin(digits) && (shaped || near(text, start, end, SSN_CONTEXT))) {
    return { entity: 'US_ITIN', dataClass: 'pii', start, end, score: near(text, start, end, SSN_CONTEXT) ? 1 : 0.85, rule: 'itin.group-range' };
  }
  if (isSsn(digits)) {
    const ctx = near(text, start, end, SSN_CONTEXT);
    if (shaped || ctx) return { entity: 'US_SSN', dataClass: 'pii', start, end, score: ctx ? 1 : 0.85, rule: 'ssn.area-group-serial' };
  }
  if (g.length === 1 && isAbaRouting(digits) && near(text, start, end, ABA_CONTEXT)) {
    return { entity: 'ABA_ROUTING', dataClass: 'financial', start, end, score: 1, rule: 'aba.checksum' };
  }
  return undefined;
}
