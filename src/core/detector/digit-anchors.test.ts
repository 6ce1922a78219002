// Each digit-anchored fast path must return exactly what its reference (the global scan it replaces) returns: random
// texts rich in digits, separators, letters and the characters the patterns key on, the adversarial runs and prompts.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { ADVERSARIAL } from './adversarial.js';
import { digitTokens9to17, tokens9to17 } from './identifiers.js';
import { dniMatches } from './national-ids.js';
import { digitRunMatches } from './numbers.js';
import { phoneMatches } from './phone.js';
import { alnumRuns, digitRuns } from './runs.js';

const PIECES = [
  '0', '1', '7', '00', '12', '123', '4111', '536', '22', '1234', '12345678', '1234567', 'X', 'y', 'Z', 'Q', 'AB', 'ab', 'T', 'x', 'ext', 'é', '٣', '_', '+', '+ ', '(', ')',
  'Y-7654321', 'x 1234567', '87654321-', '87654321 ', ' ', '  ', '   ', '\t', '\n', '\r\n', ' \n ', '\r', '-', ' - ', '.', '/', '\\', ',', ':', '#', '"', 'phone', 'tel', 'ssn', '𝐀', '\u00A0', 'ſ', '-\n', '. ', ' _ ',
];

function samples(seed: number, n: number): string[] {
  const r = mulberry32(seed);
  const out: string[] = ADVERSARIAL.map((a) => a.make(4096));
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = 1 + Math.floor(r() * 40);
    for (let j = 0; j < k; j++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
    out.push(s);
  }
  return out;
}

const flat = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);

describe('digit-anchored fast paths equal their global scans', () => {
  const all = samples(41, 6000);

  it('digit runs and letter-and-digit runs are the maximal runs', () => {
    let found = 0;
    for (const s of all) {
      const d = digitRuns(s);
      const ref: number[] = [];
      for (const m of s.matchAll(/[0-9]+/g)) ref.push(m.index, m.index + m[0].length);
      expect(d.start.flatMap((x, i) => [x, d.end[i]])).toEqual(ref);
      for (const min of [9, 16]) {
        const a = alnumRuns(s, min);
        const refA: number[] = [];
        for (const m of s.matchAll(new RegExp(`[A-Za-z0-9]{${min},}`, 'g'))) refA.push(m.index, m.index + m[0].length);
        expect(a.start.flatMap((x, i) => [x, a.end[i]])).toEqual(refA);
      }
      found += d.start.length;
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
    expect([chainCount, phoneCount, dniCount, tokenCount].map((c) => c > 300)).toEqual([true, true, true, true]);
  });
});
