// Each digit-anchored fast path must return exactly what its reference (the global scan it replaces) returns: random
// texts rich in digits, separators, letters and the characters the patterns key on, the adversarial runs and prompts.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { fuzzTexts } from './fuzz-texts.js';
import { bsnDottedStarts, pipedNhsStarts } from './bare-ids.js';
import { ageMatches, stateZipMatches } from './context-ids.js';
import type { Hit } from './hit.js';
import { digitTokens9to17, ipv4Matches, macMatches, mbiMatches, scanIbans, tokens9to17 } from './identifiers.js';
import { digits9to11Matches, dniMatches, isNir } from './national-ids.js';
import { digitRunMatches } from './numbers.js';
import { phoneMatches } from './phone.js';
import { alnumRuns, digitRuns } from './runs.js';
import { headSearchSources } from './secrets.js';
import { spellDigits } from './spelled.js';

const PIECES = [
  '0', '1', '7', '00', '12', '123', '4111', '536', '22', '1234', '12345678', '1234567', 'X', 'y', 'Z', 'Q', 'AB', 'ab', 'T', 'x', 'ext', 'é', '٣', '_', '+', '+ ', '(', ')',
  'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', 'de89', 'ab12cdef0123456789ab', 'NL91ABNA0417164300', 'NL91-ABNA', '192.168.1.1', '1.2.3.4', '.5', 'ab:cd:ef:01:23:45', '0A-1B-2C-3D-4E-5F', 'ab:', 'AB 12 34 56 C', 'QQ123456C', 'ab', '1 85 05 78 006 084 36', '2A', '1EG4-TE5-MK73',
  '1EG4TE5MK73', 'CA 94107', 'NY, 10001-1234', 'TX', ', ', '95 years old', '101 y/o', '92yo', ' yrs old', 'Y-7654321', 'x 1234567', '87654321-', '87654321 ', ' ', '  ', '   ', '\t', '\n', '\r\n', ' \n ', '\r', '-', ' - ', '.', '/', '\\', ',', ':', '#', '"', 'phone', 'tel', 'ssn', '𝐀', '\u00A0', 'ſ', '-\n', '. ', ' _ ', '=', 'a=', '-0a', 'Ff:', ':9c-',
];


const flat = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);

describe('digit-anchored fast paths equal their global scans', () => {
  const all = fuzzTexts(PIECES, 41, 6000);

  it('digit runs and letter-and-digit runs are the maximal runs', () => {
    let found = 0;
    for (const s of all) {
      const d = digitRuns(s);
      const ref: number[] = [];
      for (const m of s.matchAll(/[0-9]+/g)) ref.push(m.index, m.index + m[0].length);
      expect(Array.from(d.start.subarray(0, d.count)).flatMap((x, i) => [x, d.end[i]])).toEqual(ref);
      for (const min of [9, 16]) {
        const a = alnumRuns(s, min);
        const refA: number[] = [];
        for (const m of s.matchAll(new RegExp(`[A-Za-z0-9]{${min},}`, 'g'))) refA.push(m.index, m.index + m[0].length);
        expect(a).toEqual(refA);
      }
      found += d.count;
    }
    expect(found).toBeGreaterThan(10_000);
  });

  it('number chains, phones, DNI/NIE and DEA/VIN tokens', () => {
    let chainCount = 0;
    let phoneCount = 0;
    let dniCount = 0;
    let tokenCount = 0;
    for (const s of all) {
      const chains = digitRunMatches(s);
      expect(chains).toEqual(digitRunMatches(s, true));
      const phones = flat(phoneMatches(s));
      expect(phones).toEqual(flat(phoneMatches(s, true)));
      const dni = flat(dniMatches(s));
      expect(dni).toEqual(flat(dniMatches(s, true)));
      const tokens = digitTokens9to17(s);
      expect(tokens).toEqual(digitTokens9to17(s, true));
      expect(tokens).toEqual(tokens9to17(s).filter(([a, b]) => /\d/.test(s.slice(a, b))));
      chainCount += chains.length;
      phoneCount += phones.length;
      dniCount += dni.length;
      tokenCount += tokens.length;
    }
    // Every comparison sees real matches (none is vacuous).
    expect([chainCount, phoneCount, dniCount, tokenCount].map((c) => c > 100)).toEqual([true, true, true, true]);
  });

  it('MBI, IPv4, MAC, 9-11 digit numbers, state ZIPs and ages', () => {
    const scans = { mbiMatches, ipv4Matches, macMatches, digits9to11Matches, stateZipMatches, ageMatches };
    const counts: Record<string, number> = {};
    for (const s of all) {
      for (const [name, scan] of Object.entries(scans)) {
        const fast = flat(scan(s));
        expect(fast, name).toEqual(flat(scan(s, true)));
        counts[name] = (counts[name] ?? 0) + fast.length;
      }
    }
    for (const [name, c] of Object.entries(counts)) expect(c, name).toBeGreaterThan(20);
  });

  it('IBANs: candidates before digit runs = the global scan, resuming alike', () => {
    let found = 0;
    for (const s of all) {
      const fast: Hit[] = [];
      const ref: Hit[] = [];
      scanIbans(s, fast);
      scanIbans(s, ref, true);
      expect(fast).toEqual(ref);
      found += fast.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('spelled digits: the run prefilter never drops a run', () => {
    const WORDS = ['one', 'ONE', 'Two', 'drei', 'fünf', 'FÜNF', 'één', 'ÉÉN', 'un', 'une', 'oh', 'zéro', 'null', 'nought', 'quattro', 'tre', 'tres', 'trois', 'sieben', 'x', '5', '_', 'é', 'ſix', 'K', 'o', 'ne', 'einstein', 'the'];
    const GAPS = [' ', ', ', '-', ' - ', '.', '/', '\n', '  ', '     ', ';', '', '_', '5'];
    // Without the words that send a text to the full word list (één, ſ, the Kelvin sign): the AFTER_GAP path, with
    // words glued to digits, '_' and letters on either side (é, ٣, 𝐀).
    const PLAIN = ['one', 'ONE', 'Two', 'drei', 'fünf', 'FÜNF', 'un', 'une', 'uno', 'oh', 'zéro', 'null', 'nought', 'quattro', 'tre', 'tres', 'sieben', 'x', '5', '_', 'é', '٣', '𝐀', 'o', 'ne', 'einstein', 'the'];
    const r = mulberry32(43);
    let runs = 0;
    for (const words of [WORDS, PLAIN]) {
      for (let i = 0; i < 6000; i++) {
        let s = '';
        const n = 1 + Math.floor(r() * 12);
        for (let k = 0; k < n; k++) s += (words[Math.floor(r() * words.length)] ?? '') + (GAPS[Math.floor(r() * GAPS.length)] ?? '');
        const fast = spellDigits(s);
        expect(fast, s).toEqual(spellDigits(s, false));
        if (fast !== null) runs++;
      }
    }
    expect(runs).toBeGreaterThan(600);
  });

  it('dotted BSNs and ten-digit runs from the digit runs = their global scans', () => {
    const BITS = ['1234.56.782', '1234.56.78', '234.56.782', '1234', '123', '12', '1', '12345', '1234567890', '12345678901', '.', '..', '|', ' ', '-', 'a', '_', '\n', '٣'];
    const r = mulberry32(53);
    let dotted = 0;
    let piped = 0;
    for (const s of [...all, ...Array.from({ length: 6000 }, () => Array.from({ length: 1 + Math.floor(r() * 24) }, () => BITS[Math.floor(r() * BITS.length)] ?? '').join(''))]) {
      const d = bsnDottedStarts(s);
      expect(d, s).toEqual(bsnDottedStarts(s, true));
      const p = pipedNhsStarts(s);
      expect(p, s).toEqual(pipedNhsStarts(s, true));
      dotted += d.length;
      piped += p.length;
    }
    expect([dotted > 100, piped > 100]).toEqual([true, true]);
  });

  it('the NIR key from a double equals the key from a BigInt', () => {
    const r = mulberry32(47);
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      let body = `${1 + Math.floor(r() * 2)}${String(Math.floor(r() * 100)).padStart(2, '0')}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
      body += r() < 0.1 ? (r() < 0.5 ? '2A' : '2B') : String(Math.floor(r() * 100)).padStart(2, '0');
      for (let k = 0; k < 6; k++) body += String(Math.floor(r() * 10));
      const n = BigInt(body.replace('2A', '19').replace('2B', '18'));
      const key = r() < 0.5 ? 97 - Number(n % 97n) : Math.floor(r() * 98);
      const nir = `${body}${String(key).padStart(2, '0')}`;
      const expected = 97 - Number(n % 97n) === key;
      expect(isNir(nir), nir).toBe(expected);
      if (expected) valid++;
    }
    expect(valid).toBeGreaterThan(5000);
  });

  it('secret heads: only the patterns with no word-start bound are searched at every position', () => {
    expect(headSearchSources()[1]).toBe('aws|hooks\\.slack\\.com\\/|1\\/\\/0');
  });
});
