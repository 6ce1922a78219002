import type { Hit } from './hit.js';

// The IPv4 address right before a "/32": the digits and dots that end the text before it.
const V4_BEFORE = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// A home connection named next to the address: the address is where a person lives ("her home BT line", "fibra di casa
// di ...", "sa box à domicile", "thuisverbinding", "privater Anschluss").
const HOME =
  /(?<![\p{L}])(?:home|house|residential|broadband|working from home|wfh|zuhause|zu hause|privat|privater|heimnetz|home-?office|domicile|chez (?:lui|elle)|casa|domicilio|doméstic[oa]|domestic[oa]|thuis|privé|thuiswerk)(?![\p{L}])/iu;
// How far the home word may be from the address.
const REACH = 160;

function isPublic(a: number, b: number, c: number, d: number): boolean {
  if ([a, b, c, d].some((o) => o > 255)) return false;
  if (a === 0 || a === 10 || a === 127 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return false;
  return d !== 0 && d !== 255;
}

/**
 * A public IPv4 address written as a single-host range ("86.1.2.3/32") next to a home-connection word: one person's
 * home line (an allow-list entry for someone working from home). scanIps scores every CIDR range low, as
 * infrastructure; a /32 is one host, and with a home word it is a person's. Found from each "/32" (linear).
 */
export function scanHostIps(text: string, out: Hit[]): void {
  for (let at = text.indexOf('/32'); at !== -1; at = text.indexOf('/32', at + 3)) {
    if (/\d/.test(text.charAt(at + 3))) continue;
    const m = V4_BEFORE.exec(text.slice(Math.max(0, at - 15), at));
    if (m === null) continue;
    if (!isPublic(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]))) continue;
    const start = at - m[0].length;
    if (!HOME.test(text.slice(Math.max(0, start - REACH), Math.min(text.length, at + 3 + REACH)))) continue;
    out.push({ entity: 'IP_ADDRESS', dataClass: 'pii', start, end: at, score: 0.9, rule: 'ip.v4-home-host' });
  }
}
