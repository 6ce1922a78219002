import { isDea, isIban, isMbi, isVin } from './checksums.js';
import { near, type Hit } from './hit.js';

const IBAN = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,34}/gu;
const DEA = /(?<![\p{L}\p{N}_])[A-Za-z][A-Za-z9]\d{7}(?![\p{L}\p{N}_])/gu;
const DEA_CONTEXT = /\b(?:dea|prescriber|registration|controlled substance|schedule ii)/i;
const MBI = /(?<![\p{L}\p{N}_])[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}(?![\p{L}\p{N}_])/gu;
const VIN = /(?<![\p{L}\p{N}_])[A-HJ-NPR-Z0-9]{17}(?![\p{L}\p{N}_])/gu;
const VIN_CONTEXT = /\b(?:vin|vehicle|chassis|car|truck)\b/i;
const IPV4 = /(?<![\p{L}\p{N}_.])(?:\d{1,3}\.){3}\d{1,3}(?![\p{L}\p{N}_]|\.\d)/gu;
const VERSION_CONTEXT = /(?:\bv|version|release|build|\bver)\s*\.?\s*$/i;
const IPV6 = /(?<![\p{L}\p{N}_:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|:)?(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\p{L}\p{N}_:])/gu;
const MAC = /(?<![\p{L}\p{N}_:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\p{L}\p{N}_:-])/gu;

/** IBAN: country code, per-country length and mod-97; spaces or dashes between groups allowed. */
export function scanIbans(text: string, out: Hit[]): void {
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    const raw = m[0];
    let compact = '';
    let matched = -1;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charAt(i);
      if (ch === ' ' || ch === '-') continue;
      compact += ch;
      const next = raw.charAt(i + 1);
      // Accept only at a group boundary so a trailing word is never glued on.
      if (compact.length >= 15 && (next === '' || next === ' ' || next === '-') && isIban(compact)) matched = i + 1;
    }
    if (matched > 0) {
      out.push({ entity: 'IBAN_CODE', dataClass: 'financial', start: m.index, end: m.index + matched, score: 1, rule: 'iban.mod97' });
      IBAN.lastIndex = m.index + matched;
    } else IBAN.lastIndex = m.index + 1;
  }
}

export function scanDea(text: string, out: Hit[]): void {
  DEA.lastIndex = 0;
  for (let m = DEA.exec(text); m !== null; m = DEA.exec(text)) {
    if (!isDea(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const upper = m[0] === m[0].toUpperCase();
    const ctx = near(text, start, end, DEA_CONTEXT);
    if (ctx || upper) out.push({ entity: 'DEA_NUMBER', dataClass: 'phi', start, end, score: ctx ? 1 : 0.7, rule: 'dea.checksum' });
  }
}

export function scanMbi(text: string, out: Hit[]): void {
  MBI.lastIndex = 0;
  for (let m = MBI.exec(text); m !== null; m = MBI.exec(text)) {
    const v = m[0].replace(/-/g, '');
    if (v.length === 11 && isMbi(v)) out.push({ entity: 'MEDICARE_MBI', dataClass: 'phi', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'mbi.cms-positions' });
  }
}

export function scanVins(text: string, out: Hit[]): void {
  VIN.lastIndex = 0;
  for (let m = VIN.exec(text); m !== null; m = VIN.exec(text)) {
    const v = m[0];
    // Needs letters and digits both; pure digit or pure letter runs are something else.
    if (!/[A-Z]/.test(v) || !/\d.*\d.*\d/.test(v) || !isVin(v)) continue;
    const start = m.index;
    const end = start + v.length;
    out.push({ entity: 'VIN', dataClass: 'pii', start, end, score: near(text, start, end, VIN_CONTEXT) ? 1 : 0.8, rule: 'vin.check-digit' });
  }
}

export function scanIps(text: string, out: Hit[]): void {
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    const octets = m[0].split('.').map(Number);
    if (octets.some((o) => o > 255)) continue;
    if (VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const trivial = octets.every((o) => o < 10) || octets[0] === 0 || octets[0] === 127 || octets[0] === 255;
    out.push({ entity: 'IP_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: trivial ? 0.3 : 0.9, rule: 'ip.v4-octets' });
  }
  if (!text.includes(':')) return;
  IPV6.lastIndex = 0;
  for (let m = IPV6.exec(text); m !== null; m = IPV6.exec(text)) {
    if (isIpv6(m[0])) out.push({ entity: 'IP_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'ip.v6-groups' });
  }
  MAC.lastIndex = 0;
  for (let m = MAC.exec(text); m !== null; m = MAC.exec(text)) {
    if (/^(?:00[:-]?){5}00$|^(?:ff[:-]?){5}ff$/i.test(m[0])) continue;
    out.push({ entity: 'MAC_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.8, rule: 'mac.hex-pairs' });
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
