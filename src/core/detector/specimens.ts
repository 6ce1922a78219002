import { PLACEHOLDER_STREETS, SPECIMENS } from './data/specimens.js';
import type { Hit } from './hit.js';

// Published specimen values (data/specimens.ts), compared as upper-case alphanumerics.
const SPECIMEN_VALUES = new Set(SPECIMENS.map((s) => compact(s.value)));

function compact(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += v.charAt(i);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
  }
  return out;
}

/** True for a value printed in a standard or a provider's docs as a specimen (data/specimens.ts). */
export const isSpecimen = (value: string): boolean => SPECIMEN_VALUES.has(compact(value));

/** True when `value` names a placeholder street or town ("Musterstraße 1", "Calle Falsa 123"): nobody's address. */
export function hasPlaceholderStreet(value: string): boolean {
  if (value.length > 200) return false;
  const lower = value.toLowerCase();
  return PLACEHOLDER_STREETS.some((w) => lower.includes(w));
}

/** A hash of what compact() keeps of text[start, end), read in place (no string built). */
function compactHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) continue;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}
const SPECIMEN_HASHES = new Set([...SPECIMEN_VALUES].map((v) => compactHash(v, 0, v.length)));

/** isSpecimen on text[start, end): most hits' hashes are no specimen's, and only a hash that is one builds the string. */
function isSpecimenAt(text: string, start: number, end: number): boolean {
  return SPECIMEN_HASHES.has(compactHash(text, start, end)) && isSpecimen(text.slice(start, end));
}

/**
 * Documentation address blocks: RFC 5737 TEST-NET-1/2/3 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), RFC 5771
 * MCAST-TEST-NET (233.252.0.0/24) and RFC 3849 IPv6 (2001:db8::/32). Reserved for examples; nobody's address.
 */
export function isDocumentationIp(ip: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip);
  if (v4 !== null) {
    const [a, b, c] = [Number(v4[1]), Number(v4[2]), Number(v4[3])];
    return (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113) || (a === 233 && b === 252 && c === 0);
  }
  return /^2001:0?db8(?::|$)/i.test(ip);
}

/**
 * Removes, in place, hits on published specimen values and documentation IP ranges:
 * the values of API docs, unit tests and validator questions, with valid checksums but nobody's data. Secrets are kept
 * (a live key is a live key wherever it is pasted).
 */
export function dropSpecimens(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const drop =
      h.dataClass !== 'secret' &&
      ((h.entity === 'IP_ADDRESS' && isDocumentationIp(text.slice(h.start, h.end))) || (h.end - h.start <= 40 && isSpecimenAt(text, h.start, h.end)));
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
