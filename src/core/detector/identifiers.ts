import { isDea, isIban, isMbi, isVin } from './checksums.js';
import { near, type Hit } from './hit.js';
import { matchesAll } from './keywords.js';
import { cueAlternation } from './languages.js';
import { alnumRuns, digitRuns, eachAlnumRunWithDigits, matchesBeforeRuns } from './runs.js';
import { separators } from './separators.js';
import { codeAt } from './word-index.js';

const IBAN = /(?<![A-Za-z0-9_])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,34}/g;
const DEA_CONTEXT = /\b(?:dea|prescriber|registration|controlled substance|schedule ii)/i;
const MBI = /\b[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}\b/g;
// DEA (9) and VIN (17) are whole tokens of letters and digits (TOKEN_9_17: no '_' on either side, as `\b` counts it
// as part of a word) that hold digits: they are taken from the letter-and-digit runs around the digit runs (runs.ts).
const TOKEN_9_17 = /\b[A-Za-z0-9]{9,17}\b/g;

/** TOKEN_9_17's matches as [start, end] pairs: from the letter-and-digit runs of 9 or more, or (reference) from a global scan. */
export function tokens9to17(text: string, reference = false): [number, number][] {
  const found: [number, number][] = [];
  if (reference) {
    TOKEN_9_17.lastIndex = 0;
    for (let m = TOKEN_9_17.exec(text); m !== null; m = TOKEN_9_17.exec(text)) found.push([m.index, m.index + m[0].length]);
    return found;
  }
  const runs = alnumRuns(text, 9);
  for (let i = 0; i < runs.length; i += 2) {
    const s = runs[i] ?? 0;
    const e = runs[i + 1] ?? 0;
    if (e - s <= 17 && text.charCodeAt(s - 1) !== 95 && text.charCodeAt(e) !== 95) found.push([s, e]);
  }
  return found;
}

/** TOKEN_9_17's matches that hold a digit, as [start, end] pairs: from the shared runs, or (reference) from a global scan. */
export function digitTokens9to17(text: string, reference = false): [number, number][] {
  const found: [number, number][] = [];
  if (reference) {
    TOKEN_9_17.lastIndex = 0;
    for (let m = TOKEN_9_17.exec(text); m !== null; m = TOKEN_9_17.exec(text)) if (/\d/.test(m[0])) found.push([m.index, m.index + m[0].length]);
    return found;
  }
  eachAlnumRunWithDigits(text, (s, e) => {
    if (e - s >= 9 && e - s <= 17 && text.charCodeAt(s - 1) !== 95 && text.charCodeAt(e) !== 95) found.push([s, e]);
  });
  return found;
}
const VIN_CONTEXT = /\b(?:vin|vehicle|chassis|car|truck)\b/i;
const IPV4 = /(?<![A-Za-z0-9_.])(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9_]|\.\d)/g;
// "version 3.14.2.1", "versión", "versie", "versione", "build=4.12.0.3": a four-part version, not an IP address.
const VERSION_CONTEXT = /(?:\bv|versi(?:on|ón|e|one)|release|build|\bver)\s*[.=:]?\s*$/i;
// "Upgrading from 2.14.3.1", "Update von 4.18.2.7", "Firmware 3.2.0.14", "mise à jour 3.11.4.2": a version word of the six languages
// (languages.ts), perhaps "from", right before. "de 8.0.36.1 a 8.0.40.0", "2.14.3.1 → 2.15.0.0": two quads with the same first
// part joined by "to"/"→"/"a"/"naar" are a version bump, not two addresses.
const VERSION_WORD_BEFORE = new RegExp(`(?<!\\p{L})(?:${cueAlternation('version')})(?:\\s+(?:from|von|vom|auf|de|du|vers|van|naar|da|dal|del|alla|of))?\\s*[:=]?\\s*v?$`, 'iu');
const QUAD = '(?:\\d{1,3}\\.){3}\\d{1,3}';
const BUMP_BEFORE = new RegExp(`(?<![\\d.])(${QUAD})\\s*(?:to|→|->|=>|auf|nach|à|a|al|naar|tot|fino a)\\s*v?$`, 'u');
const BUMP_AFTER = new RegExp(`^\\s*(?:to|→|->|=>|auf|nach|à|a|al|naar|tot|fino a)\\s*v?(${QUAD})(?![\\d.])`, 'u');
const MAC = /(?<![A-Za-z0-9_:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![A-Za-z0-9_:-])/g;

const IBAN_STICKY = new RegExp(IBAN.source, 'y');

/**
 * IBAN: country code, per-country length and mod-97; spaces or dashes between groups allowed. The pattern is tried
 * (sticky) two characters before each run of two or more digits (its check digits begin one), or (reference) by a
 * global scan; either way the search resumes after an accepted IBAN or one past a rejected candidate.
 */
export function scanIbans(text: string, out: Hit[], reference = false): void {
  const runs = reference ? undefined : digitRuns(text);
  const from = out.length;
  let k = 0;
  let resume = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (runs === undefined) {
      IBAN.lastIndex = resume;
      m = IBAN.exec(text);
    } else {
      while (m === null && k < runs.count) {
        const s = runs.start[k] ?? 0;
        const len = (runs.end[k] ?? 0) - s;
        k++;
        // IBAN starts with two letters right before the run, not after a word character: read here, not by the engine.
        if (len < 2 || s - 2 < resume || !isLetter(codeAt(text, s - 2)) || !isLetter(codeAt(text, s - 1)) || isWordish(codeAt(text, s - 3))) continue;
        IBAN_STICKY.lastIndex = s - 2;
        m = IBAN_STICKY.exec(text);
      }
    }
    if (m === null) break;
    const raw = m[0];
    let compact = '';
    let matched = -1;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charAt(i);
      if (ch === ' ' || ch === '-') continue;
      compact += ch;
      const next = i + 1 < raw.length ? raw.charAt(i + 1) : '';
      // Accept only at a group boundary so a trailing word is never glued on.
      if (compact.length >= 15 && (next === '' || next === ' ' || next === '-') && isIban(compact)) matched = i + 1;
    }
    const found = raw.slice(0, matched).replace(/[ -]/g, '');
    // Hex ids (UUID parts, trace ids) pass mod-97 one time in 97: a lower-case or unseparated all-hex candidate is not an IBAN.
    const hexLike = /^[A-Za-z]{2}\d{2}[0-9a-fA-F]*$/.test(found) && /[a-fA-F]/.test(found.slice(4)) && (found !== found.toUpperCase() || !raw.slice(0, matched).includes(' '));
    const glued = text.charAt(m.index - 1) === '-' || /^-[A-Za-z0-9]/.test(text.slice(m.index + matched, m.index + matched + 2));
    if (matched > 0 && !hexLike && !glued) {
      out.push({ entity: 'IBAN_CODE', dataClass: 'financial', start: m.index, end: m.index + matched, score: 1, rule: 'iban.mod97' });
      resume = m.index + matched;
    } else resume = m.index + 1;
  }
  scanSplitIbans(text, out, from);
}

// The first half of an IBAN broken over two lines: country code (upper case, as printed), check digits, then groups up
// to the line break; the second half: groups after it. A literal "\n" (an escaped line break in a JSON body) counts.
const IBAN_HEAD = /[A-Z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){0,30}/y;
const IBAN_BREAK = /[ \t]*(?:\r?\n|\\n)[ \t]*/y;
const IBAN_TAIL = /[A-Za-z0-9](?:[ -]?[A-Za-z0-9]){0,33}/y;

/**
 * IBANs written in two halves across a line break ("DE68 3704 0044\n0532 0130 87", "NL67RABO\n0317264509"): the halves
 * joined are tried as one, accepted only when the IBAN needs the second half (exact country length and mod-97, at a
 * group boundary) and neither half is part of another finding's IBAN. Tried at the same starts as scanIbans.
 */
function scanSplitIbans(text: string, out: Hit[], from: number): void {
  const runs = digitRuns(text);
  let resume = 0;
  for (let k = 0; k < runs.count; k++) {
    const s = (runs.start[k] ?? 0) - 2;
    if (s < resume || s < 0) continue;
    const a = text.charCodeAt(s);
    const b = text.charCodeAt(s + 1);
    if (!(a >= 65 && a <= 90 && b >= 65 && b <= 90) || isWordish(codeAt(text, s - 1))) continue;
    IBAN_HEAD.lastIndex = s;
    const head = IBAN_HEAD.exec(text);
    if (head === null) continue;
    IBAN_BREAK.lastIndex = s + head[0].length;
    const br = IBAN_BREAK.exec(text);
    if (br === null) continue;
    const t = IBAN_BREAK.lastIndex;
    IBAN_TAIL.lastIndex = t;
    const tail = IBAN_TAIL.exec(text);
    if (tail === null) continue;
    const first = head[0].replace(/[ -]/g, '');
    let compact = first;
    let end = -1;
    for (let i = 0; i < tail[0].length; i++) {
      const ch = tail[0].charAt(i);
      if (ch === ' ' || ch === '-') continue;
      compact += ch;
      const next = i + 1 < tail[0].length ? tail[0].charAt(i + 1) : '';
      if (compact.length >= 15 && (next === '' || next === ' ' || next === '-') && isIban(compact)) end = t + i + 1;
    }
    if (end === -1 || isWordish(codeAt(text, end)) || isIban(first)) continue;
    if (out.some((h, i) => i >= from && h.entity === 'IBAN_CODE' && h.start < end && h.end > s)) continue;
    out.push({ entity: 'IBAN_CODE', dataClass: 'financial', start: s, end, score: 1, rule: 'iban.mod97-split' });
    resume = end;
  }
}

/**
 * DEA registrations (checksum) and VINs (check digit): the letter-and-digit runs of 9 or 17 around the digit runs
 * (digitTokens9to17's tokens of those lengths), walked in place with no list of tokens.
 */
export function scanDeaAndVins(text: string, out: Hit[]): void {
  eachAlnumRunWithDigits(text, (s, e) => {
    if ((e - s === 9 || e - s === 17) && codeAt(text, s - 1) !== 95 && codeAt(text, e) !== 95) deaOrVin(text, s, e, out);
  });
}

/** The reference for scanDeaAndVins: the token list. */
export function scanDeaAndVinsReference(text: string, out: Hit[]): void {
  for (const [start, end] of digitTokens9to17(text)) if (end - start === 9 || end - start === 17) deaOrVin(text, start, end, out);
}

function deaOrVin(text: string, start: number, end: number, out: Hit[]): void {
  const v = text.slice(start, end);
  if (v.length === 9) {
    if (!isDea(v)) return;
    const ctx = near(text, start, end, DEA_CONTEXT);
    if (ctx || v === v.toUpperCase()) out.push({ entity: 'DEA_NUMBER', dataClass: 'phi', start, end, score: ctx ? 1 : 0.7, rule: 'dea.checksum' });
  } else if (v.length === 17) {
    // Needs letters and digits both; pure digit or pure letter runs are something else.
    if (!/[A-Z]/.test(v) || !/\d.*\d.*\d/.test(v) || !isVin(v)) return;
    out.push({ entity: 'VIN', dataClass: 'pii', start, end, score: near(text, start, end, VIN_CONTEXT) ? 1 : 0.8, rule: 'vin.check-digit' });
  }
}

const MBI_STICKY = new RegExp(MBI.source, 'y');
const IPV4_STICKY = new RegExp(IPV4.source, 'y');
const MAC_STICKY = new RegExp(MAC.source, 'y');

/** MBI's matches: sticky at one-digit runs (its first character is a digit between a non-word character and a letter), or (reference) a global scan. */
export function mbiMatches(text: string, reference = false): RegExpExecArray[] {
  return reference ? matchesAll(text, MBI) : matchesBeforeRuns(text, MBI_STICKY, [0], 1, 1);
}

/** IPV4's matches: sticky at digit runs of one to three digits (its lookbehind rules out a digit before), or (reference) a global scan. */
export function ipv4Matches(text: string, reference = false): RegExpExecArray[] {
  return reference ? matchesAll(text, IPV4) : matchesBeforeRuns(text, IPV4_STICKY, [0], 1, 3);
}

/**
 * MAC's matches: sticky two characters before each ':' or '-' followed by two hex digits and a ':' or '-' (every MAC
 * has that from its third character on), or (reference) a global scan.
 */
export function macMatches(text: string, reference = false): RegExpExecArray[] {
  if (reference) return matchesAll(text, MAC);
  const found: RegExpExecArray[] = [];
  let from = 0;
  // MAC_SEPS's matches start at a ':' or '-': the colons come from separators.ts's shared list (made once per text),
  // the dashes from a native search, merged in ascending order, and each is read by code (two hex digits, then a
  // separator): the same starts in the same order as the regex's search, which read every character of the text.
  const seps = separators(text);
  let k = 0;
  let dash = text.indexOf('-');
  for (;;) {
    while (k < seps.length && text.charCodeAt(seps[k] ?? 0) !== 58) k++;
    const colon = k < seps.length ? (seps[k] ?? 0) : -1;
    let sep: number;
    if (colon === -1 && dash === -1) break;
    if (dash === -1 || (colon !== -1 && colon < dash)) {
      sep = colon;
      k++;
    } else {
      sep = dash;
      dash = text.indexOf('-', dash + 1);
    }
    const e = codeAt(text, sep + 3);
    if (!(isHex(codeAt(text, sep + 1)) && isHex(codeAt(text, sep + 2)) && (e === 58 || e === 45))) continue;
    const p = sep - 2;
    if (p < from) continue;
    MAC_STICKY.lastIndex = p;
    const m = MAC_STICKY.exec(text);
    if (m === null) continue;
    from = p + m[0].length;
    found.push(m);
  }
  return found;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/**
 * MBIs: MBI is tried (sticky) only at one-digit runs whose surroundings fit its first four characters (a word boundary,
 * then 1-9, a letter, a letter or digit, a digit), read by char code first.
 */
export function scanMbi(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  let from = 0;
  for (let k = 0; k < runs.count; k++) {
    const s = runs.start[k] ?? 0;
    if ((runs.end[k] ?? 0) - s !== 1 || s < from) continue;
    if (text.charCodeAt(s) === 48 || isWordish(codeAt(text, s - 1)) || !isLetter(codeAt(text, s + 1)) || !isDigit(codeAt(text, s + 3))) continue;
    MBI_STICKY.lastIndex = s;
    const m = MBI_STICKY.exec(text);
    if (m === null) continue;
    from = s + Math.max(1, m[0].length);
    mbiHit(m, out);
  }
}

function mbiHit(m: RegExpExecArray, out: Hit[]): void {
  const v = m[0].replace(/-/g, '');
  if (v.length === 11 && isMbi(v)) out.push({ entity: 'MEDICARE_MBI', dataClass: 'phi', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'mbi.cms-positions' });
}

/** The reference for scanMbi: every one-digit run tried. */
export function scanMbiReference(text: string, out: Hit[]): void {
  for (const m of mbiMatches(text)) mbiHit(m, out);
}

/**
 * IPv4 candidates: IPV4 is tried (sticky) only at runs of one to three digits followed by a dot and a digit and not
 * after a letter, digit, '_' or '.', read by char code first; the same matches as ipv4Matches.
 */
function eachIpv4(text: string, visit: (m: RegExpExecArray) => void): void {
  const runs = digitRuns(text);
  let from = 0;
  for (let k = 0; k < runs.count; k++) {
    const s = runs.start[k] ?? 0;
    const e = runs.end[k] ?? 0;
    if (e - s > 3 || s < from || codeAt(text, e) !== 46 || !isDigit(codeAt(text, e + 1))) continue;
    const before = text.charCodeAt(s - 1);
    if (isWordish(before) || before === 46) continue;
    IPV4_STICKY.lastIndex = s;
    const m = IPV4_STICKY.exec(text);
    if (m === null) continue;
    from = s + Math.max(1, m[0].length);
    visit(m);
  }
}

export function scanIps(text: string, out: Hit[]): void {
  eachIpv4(text, (m) => ipv4Hit(text, m, out));
  scanIpv6(text, out);
  for (const m of macMatches(text)) macHit(m, out);
}

/** The reference for scanIps: IPv4 tried at every short digit run. */
export function scanIpsReference(text: string, out: Hit[]): void {
  for (const m of ipv4Matches(text)) ipv4Hit(text, m, out);
  scanIpv6(text, out);
  for (const m of macMatches(text)) macHit(m, out);
}

function macHit(m: RegExpExecArray, out: Hit[]): void {
  if (/^(?:00[:-]?){5}00$|^(?:ff[:-]?){5}ff$/i.test(m[0])) return;
  out.push({ entity: 'MAC_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.8, rule: 'mac.hex-pairs' });
}

// An octet written with a leading zero ("024", "07") in a quad whose octets are not all three digits wide: no address is
// written so (inet_aton would even read "024" as octal 20), while part numbers and versions are ("Finder 40.52.9.024",
// "55.34.9.024"). Fixed-width padding ("192.168.001.010", as some device screens and spreadsheets show it) stays an address.
function isZeroPaddedNonAddress(parts: readonly string[]): boolean {
  return parts.some((p) => p.length > 1 && p.charCodeAt(0) === 48) && parts.some((p) => p.length !== 3);
}

function ipv4Hit(text: string, m: RegExpExecArray, out: Hit[]): void {
  const parts = m[0].split('.');
  const octets = parts.map(Number);
  if (octets.some((o) => o > 255) || isZeroPaddedNonAddress(parts)) return;
  if (VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
  if (VERSION_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) return;
  const bump = BUMP_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? BUMP_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1];
  if (bump !== undefined && bump.split('.')[0] === m[0].split('.')[0]) return;
  // Private, loopback and network addresses and CIDR ranges describe infrastructure, not a person.
  const [a = 0, b = 0, , d = 0] = octets;
  const cidr = text.charAt(m.index + m[0].length) === '/';
  const internal = a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || d === 0 || cidr;
  const trivial = internal || octets.every((o) => o < 10) || octets[0] === 0 || octets[0] === 127 || octets[0] === 255;
  out.push({ entity: 'IP_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: trivial ? 0.3 : 0.9, rule: 'ip.v4-octets' });
}

// [0-9A-Fa-f:.] and [A-Za-z0-9_] by char code (NaN past either end is neither).
const isV6Char = (c: number): boolean => (c >= 48 && c <= 58) || c === 46 || ((c | 32) >= 97 && (c | 32) <= 102);
const isWordish = (c: number): boolean => (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** IPv6 from each ':' outwards (separators.ts's shared list): linear, and free on text without colons. */
function scanIpv6(text: string, out: Hit[]): void {
  const seps = separators(text);
  let bound = 0;
  for (const colon of seps) {
    if (colon < bound || text.charCodeAt(colon) !== 58) continue;
    let s = colon;
    let e = colon + 1;
    while (s > 0 && isV6Char(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isV6Char(text.charCodeAt(e))) e++;
    // Trim sentence punctuation, then require clean word edges.
    while (e > colon + 1 && text.charCodeAt(e - 1) === 46) e--;
    while (s < colon && text.charCodeAt(s) === 46) s++;
    if (e - s >= 6 && !isWordish(codeAt(text, s - 1)) && !isWordish(codeAt(text, e)) && isIpv6(text.slice(s, e))) {
      out.push({ entity: 'IP_ADDRESS', dataClass: 'pii', start: s, end: e, score: 0.9, rule: 'ip.v6-groups' });
    }
    // The next colon looked at is past this group.
    bound = Math.max(e, colon + 1);
  }
}

function isIpv6(v: string): boolean {
  let body = v;
  let maxGroups = 8;
  const v4 = /(?:\d{1,3}\.){3}\d{1,3}$/.exec(body);
  if (v4 !== null) {
    if (v4[0].split('.').some((o) => Number(o) > 255)) return false;
    body = body.slice(0, v4.index);
    if (!body.endsWith('::')) body = body.slice(0, -1);
    maxGroups = 6;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1 && groups.length !== maxGroups) return false;
  if (halves.length === 2 && (groups.length >= maxGroups || groups.length < 1)) return false;
  // "::" alone, times like 10:30:00 and C++ paths like abc::def are not addresses.
  if (!/\d/.test(v)) return false;
  return groups.length >= 3 || (halves.length === 2 && groups.some((g) => g.length >= 3));
}
