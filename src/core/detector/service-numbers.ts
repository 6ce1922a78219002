import { CALLING_CODES, FROM_ABROAD, HELPER_ROLES, LANGUAGE_WORDS, PUBLIC_BENEFIT, ROUND_THE_CLOCK, SERVICE_RANGES, TARIFF_NOTES, type ServiceRange } from './data/service-numbers.js';
import { alternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { phoneMatches } from './phone.js';
import { CALL_ME_WORDS, FIRST_PERSON_WORDS, firstPersonPattern } from './data/first-person.js';
import { WordListGate } from './word-list-gate.js';
import { mayStartIn, WINDOW_CUE_WORDS } from './word-gate.js';

type Lang = keyof typeof LANGUAGE_WORDS;

const COUNTRY_OF_CODE: ReadonlyMap<string, string> = new Map(Object.entries(CALLING_CODES).map(([country, code]) => [code, country]));
const INTERNATIONAL = /^\s*(?:\+|00)/;
// Speed: every national pattern in one, tried first: most numbers are in no range, and one test rules them out.
const ANY_NATIONAL = new RegExp(SERVICE_RANGES.flatMap((r) => (r.national === null ? [] : [`(?:${r.national.source})`])).join('|'));
// The ranges of each country (and the EU's), for a number written with its country code.
const RANGES_OF: ReadonlyMap<string, readonly ServiceRange[]> = new Map(
  Object.keys(CALLING_CODES).map((c) => [c, SERVICE_RANGES.filter((r) => r.international !== null && (r.country === c || r.country === 'EU'))]),
);

/**
 * The non-personal range (data/service-numbers.ts) a number as written falls in, or undefined. `language` is asked
 * only for a national form that is also another plan's geographic number.
 */
export function serviceRange(written: string, language: () => Lang | undefined): ServiceRange | undefined {
  // "+44 (0)345 600 6000": the trunk 0 in brackets is not dialled from abroad; "(0345) 600 6000": an area code in brackets.
  const w = written.replace(/\(0\)/, ' ').replace(/[()]/g, ' ').trim();
  if (INTERNATIONAL.test(w)) {
    const digits = w.replace(/\D/g, '').replace(/^00/, '');
    const country = COUNTRY_OF_CODE.get(digits.slice(0, 2));
    if (country === undefined) return undefined;
    const nsn = digits.slice(2);
    return RANGES_OF.get(country)?.find((r) => r.international?.test(nsn) === true);
  }
  const national = w.replace(/[\s.\-/]+/g, ' ');
  if (!ANY_NATIONAL.test(national)) return undefined;
  return SERVICE_RANGES.find((r) => r.national?.test(national) === true && (r.onlyIn === undefined || language() === r.onlyIn));
}

/**
 * True for a number no line has: its subscriber part all zeros after a prefix of at most three digits ("+34 91 000 00
 * 00", "030 000 0000", "+34600000000", "0161 000 0000"). Templates and code samples fill a phone field with it.
 */
export function isZeroSubscriber(written: string): boolean {
  let digits = written.replace(/\D/g, '');
  if (INTERNATIONAL.test(written)) {
    digits = digits.replace(/^00/, '');
    if (!COUNTRY_OF_CODE.has(digits.slice(0, 2))) return false;
    digits = digits.slice(2);
  } else digits = digits.replace(/^0/, '');
  const significant = digits.replace(/0+$/, '').length;
  const zeros = digits.length - significant;
  // Six zeros after a one- or two-digit prefix, seven after a three-digit one: "+34 612 000 000" may be a mobile's.
  return (zeros >= 6 && significant <= 2) || (zeros >= 7 && significant <= 3);
}

const WORD = /\p{L}+/gu;
const WORDS_OF: ReadonlyMap<string, readonly Lang[]> = (() => {
  const m = new Map<string, Lang[]>();
  for (const [lang, words] of Object.entries(LANGUAGE_WORDS) as [Lang, readonly string[]][]) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();
// Enough of the text to tell its language, read once per text at most (and only for an ambiguous national number).
const LANGUAGE_SAMPLE = 2000;

/** The language whose function words (data/service-numbers.ts) the text uses most, at least twice; undefined on a tie. */
export function textLanguage(text: string): Lang | undefined {
  const counts = new Map<Lang, number>();
  const sample = text.slice(0, LANGUAGE_SAMPLE).toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) for (const l of WORDS_OF.get(m[0]) ?? []) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: Lang | undefined;
  let top = 1;
  let tie = false;
  for (const [l, n] of counts) {
    if (n > top) [best, top, tie] = [l, n, false];
    else if (n === top) tie = true;
  }
  return tie ? undefined : best;
}

const ABROAD = new RegExp(`(?<![\\p{L}])(?:${alternation(FROM_ABROAD)})(?![\\p{L}])`, 'iu');
// Speed: the words every FROM_ABROAD phrase holds one of, without ABROAD's lookbehind and alternation, tried first.
export const ABROAD_GATE = /abroad|overseas|outside|international|ausland|au(?:ß|ss)erhalb|étranger|hors de|extranjero|fuera de|otro país|buitenland|buiten nederland|estero|fuori/i;
// The writer's or a named person's own line: "my mobile", "mi móvil", "mein Handy", "call me on" (as public-addresses.ts).
const FIRST_PERSON = firstPersonPattern(CALL_ME_WORDS);
// Speed: FIRST_PERSON only where the window holds one of its words (word-list-gate.ts).
const FIRST_PERSON_GATE = new WordListGate([...FIRST_PERSON_WORDS, ...CALL_ME_WORDS]);
const firstPersonBefore = (text: string, at: number): boolean =>
  FIRST_PERSON_GATE.mayHold(text, at - ABROAD_REACH, at) && FIRST_PERSON.test(text.slice(Math.max(0, at - ABROAD_REACH), at));
// How near the "from abroad" words must be to the alternate; how far from it the service's own number may be given;
// how far around the alternate a person's name keeps it.
const ABROAD_REACH = 40;
const SERVICE_REACH = 160;
const PERSON_REACH = 60;
// A French four-digit service number ("le 3639", "au 3919"): too short to be a phone match.
const SHORT_CODE = /(?<![\p{L}\p{N}+.,/-])3\d{3}(?![\p{N}]|[.,/-]\p{N}|\s?(?:€|%|euros?\b|km\b|m²))/gu;

// A tariff note (data/service-numbers.ts TARIFF_NOTES) beside a number: after it in the same clause, or right before it.
const TARIFF = new RegExp(`(?<![\\p{L}])(?:${alternation(TARIFF_NOTES)})(?![\\p{L}])`, 'iu');
const TARIFF_AFTER = 40;
const TARIFF_BEFORE = 24;
// Speed: TARIFF runs only on a window where a note can begin: a note that opens with a letter at a word start of the
// window cue gate (word-gate.ts), or a character that opens one of the others ("€/min").
const LETTER_LED = /^\p{L}/u;
const TARIFF_BIT = WINDOW_CUE_WORDS.addIfReadable(alternation(Object.fromEntries(Object.entries(TARIFF_NOTES).map(([l, ws]) => [l, ws.filter((w) => LETTER_LED.test(w))])) as Record<Lang, string[]>));
const OTHER_NOTE_FIRSTS = new Set(
  Object.values(TARIFF_NOTES)
    .flat()
    .filter((w) => !LETTER_LED.test(w))
    .map((w) => String.fromCodePoint(w.codePointAt(0) ?? 0))
    .flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]),
);
function tariffMay(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OTHER_NOTE_FIRSTS.has(text.charAt(i))) return true;
  return mayStartIn(WINDOW_CUE_WORDS, text, TARIFF_BIT, from, to);
}

/** Whether the number at [start, end) has its call's price or freeness written beside it, on its line (`reference`: TARIFF alone, for tests). */
export function tariffBeside(text: string, start: number, end: number, reference = false): boolean {
  let after = text.slice(end, Math.min(text.length, end + TARIFF_AFTER));
  const stop = after.search(/[\n.;!?](?:\s|$)|\n/);
  if (stop !== -1) after = after.slice(0, stop);
  let before = text.slice(Math.max(0, start - TARIFF_BEFORE), start);
  const line = before.lastIndexOf('\n');
  if (line !== -1) before = before.slice(line + 1);
  return ((reference || tariffMay(text, end, end + after.length)) && TARIFF.test(after)) || ((reference || tariffMay(text, start - before.length, start)) && TARIFF.test(before));
}

const overlaps = (h: Hit, s: number, e: number): boolean => h.start < e && h.end > s;

// A helpline: a line staffed around the clock or every day, right before the number in its clause ("écoute 24 h/24 au
// 09 ...", "dag en nacht bereikbaar op 088 ..."), in a paragraph where the organisation states its charitable or
// public-benefit status (data/service-numbers.ts ROUND_THE_CLOCK, PUBLIC_BENEFIT).
const AVAILABLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ROUND_THE_CLOCK)})(?![\\p{L}\\p{N}])`, 'iu');
const BENEFIT = new RegExp(`(?<![\\p{L}])(?:${alternation(PUBLIC_BENEFIT)})(?![\\p{L}])`, 'iu');
const HELPER = new RegExp(`(?<![\\p{L}])(?:${alternation(HELPER_ROLES)})(?![\\p{L}])`, 'iu');
const AVAILABLE_BEFORE = 60;
const BENEFIT_REACH = 300;
const CLAUSE_BREAK = /[.;!?\n](?:\s|$)|\n/g;

/** The stretch of text[from, to) after its last clause break. */
function lastClause(text: string, from: number, to: number): string {
  const window = text.slice(from, to);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) start = m.index + m[0].length;
  return window.slice(start);
}

/** The paragraph around [start, end), at most BENEFIT_REACH each way. */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  let lo = Math.max(0, start - BENEFIT_REACH);
  let hi = Math.min(text.length, end + BENEFIT_REACH);
  const before = text.lastIndexOf('\n\n', start);
  if (before >= lo) lo = before + 2;
  const after = text.indexOf('\n\n', end);
  if (after !== -1 && after < hi) hi = after;
  return [lo, hi];
}

/**
 * Whether the number at [start, end) is a charity's helpline: a round-the-clock or every-day word before it in its
 * clause and the organisation's status in its paragraph, no person found there (`persons`), no helper's role in its
 * clause ("volunteer on call 24/7") and no first-person word before it ("my mobile, day and night: ...").
 */
function helpline(text: string, start: number, end: number, persons: readonly Hit[]): boolean {
  const clause = lastClause(text, Math.max(0, start - AVAILABLE_BEFORE), start);
  if (!AVAILABLE.test(clause) || HELPER.test(clause)) return false;
  const [lo, hi] = paragraphAround(text, start, end);
  if (!BENEFIT.test(text.slice(lo, hi)) || persons.some((p) => overlaps(p, lo, hi))) return false;
  return !firstPersonBefore(text, start);
}

/** A service number given within SERVICE_REACH of [start, end), in the same paragraph, other than that one. */
function serviceNumberNear(text: string, start: number, end: number, language: () => Lang | undefined): { start: number; end: number } | undefined {
  let lo = Math.max(0, start - SERVICE_REACH);
  let hi = Math.min(text.length, end + SERVICE_REACH);
  const paraBefore = text.lastIndexOf('\n\n', start);
  if (paraBefore >= lo) lo = paraBefore + 2;
  const paraAfter = text.indexOf('\n\n', end);
  if (paraAfter !== -1 && paraAfter < hi) hi = paraAfter;
  // Widened to whole words, so a number is not cut at the window's edge.
  while (lo > 0 && !/\s/.test(text.charAt(lo - 1))) lo--;
  while (hi < text.length && !/\s/.test(text.charAt(hi))) hi++;
  const window = text.slice(lo, hi);
  for (const m of phoneMatches(window)) {
    const s = lo + m.index;
    const e = s + m[0].length;
    if (e <= start || s >= end) if (serviceRange(m[0], language) !== undefined) return { start: s, end: e };
  }
  if (language() !== 'fr') return undefined;
  SHORT_CODE.lastIndex = 0;
  const m = SHORT_CODE.exec(window);
  return m === null ? undefined : { start: lo + m.index, end: lo + m.index + m[0].length };
}

/**
 * Phone numbers that are a service's, not a person's, removed in place:
 * - a number in a freephone, shared-cost, premium-rate, non-geographic corporate or harmonised (116) range of its
 *   national plan (data/service-numbers.ts), national or international form: no person has such a line;
 * - a number no one holds, its subscriber part all zeros ("+34 91 000 00 00"), unless a first-person word is
 *   right before it;
 * - a number given as the same service's line from abroad ("call 0800 ... or +44 20 ... from abroad", "116 116 oder
 *   +49 ... aus dem Ausland", "llame al 900 ... o al +34 91 ... desde el extranjero"): "from abroad" words next to it
 *   and a service number given near it, in the same paragraph, with no person named between or around them and no
 *   first-person word before it ("or my mobile from abroad" stays).
 * A customer's or employee's own number next to a service number has no "from abroad" words and stays.
 */
export function dropServiceNumbers(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'PHONE_NUMBER')) return;
  let lang: Lang | undefined | null = null;
  const language = (): Lang | undefined => (lang === null ? (lang = textLanguage(text)) : lang);
  const drop = new Set<Hit>();
  for (const h of hits) {
    if (h.entity !== 'PHONE_NUMBER') continue;
    const value = text.slice(h.start, h.end);
    if (serviceRange(value, language) !== undefined) drop.add(h);
    // "mi móvil es 600 000 000": the writer says it is theirs; a placeholder of theirs is left to them.
    else if (isZeroSubscriber(value) && !firstPersonBefore(text, h.start)) drop.add(h);
    // "Faites opposition au 09 69 .. .. .. (appel non surtaxé)", "0151 ... (14 ct/Min.)": a line priced for its callers.
    else if (tariffBeside(text, h.start, h.end) && !firstPersonBefore(text, h.start)) drop.add(h);
  }
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5);
  for (const h of hits) {
    if (h.entity !== 'PHONE_NUMBER' || drop.has(h)) continue;
    if (helpline(text, h.start, h.end, persons)) {
      drop.add(h);
      continue;
    }
    const around = text.slice(Math.max(0, h.start - ABROAD_REACH), Math.min(text.length, h.end + ABROAD_REACH));
    if (!ABROAD_GATE.test(around) || !ABROAD.test(around)) continue;
    if (firstPersonBefore(text, h.start)) continue;
    const service = serviceNumberNear(text, h.start, h.end, language);
    if (service === undefined) continue;
    const from = Math.min(service.start, h.start - PERSON_REACH);
    const to = Math.max(service.end, h.end + PERSON_REACH);
    if (persons.some((p) => overlaps(p, from, to))) continue;
    drop.add(h);
  }
  if (drop.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
