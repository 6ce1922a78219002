// word-gate.ts: every position where a keyword pattern matches is among the gate's starts.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { alternation, ORG_CONTACT } from './data/struct-cues.js';
import { matchesAll } from './keywords.js';
import { firstChars, mayBegin, mayStartIn, startsOf, WINDOW_CUE_WORDS, WordGate } from './word-gate.js';

const SOURCES = [alternation(ORG_CONTACT), 'mock\\s+data|api-doku|données\\s+d\'exemple|test(?:\\s+user)?|x'];
const PATTERNS = SOURCES.map((s) => new RegExp(`(?<![\\p{L}-])(?:${s})(?![\\p{L}-])`, 'giu'));

function samples(seed: number): string[] {
  const vocabulary = [...new Set(Object.values(ORG_CONTACT).flat()), 'mock data', 'api-doku', "données d'exemple", 'test user', 'test', 'x'];
  const glue = [' ', '\n', 'y', 'é', 'ß', 'İ', '\u017F', '-', '.', '1', 'Ω', '', ',', '_'];
  const r = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let s = '';
    for (let k = 0, n = 1 + Math.floor(r() * 8); k < n; k++) {
      const w = pick(vocabulary);
      const roll = r();
      s += (roll < 0.5 ? w : roll < 0.7 ? w.toUpperCase() : w.slice(0, 1 + Math.floor(r() * w.length))) + pick(glue);
    }
    out.push(s);
  }
  return out;
}

describe('WordGate', () => {
  const gate = new WordGate(SOURCES);

  it('reads the keyword lists', () => {
    expect(gate.unusable).toBeNull();
    expect(new WordGate(['δέλτα|alpha']).unusable).not.toBeNull();
  });

  it('holds every start of a match, with the mask of its source; null for texts the hashes cannot read', () => {
    let matched = 0;
    let slow = 0;
    for (const s of samples(51)) {
      const starts = gate.starts(s);
      if (starts === null) {
        slow++;
        continue;
      }
      PATTERNS.forEach((re, bit) => {
        const at = new Set(startsOf(starts, 1 << bit));
        for (const m of matchesAll(s, re)) {
          expect(at.has(m.index), `${s} @${m.index}`).toBe(true);
          matched++;
        }
      });
    }
    expect(matched).toBeGreaterThan(1000);
    expect(slow).toBeGreaterThan(100);
    expect(slow).toBeLessThan(2000);
    expect(gate.starts('Bitte die Pressestelle anrufen')?.at).toEqual([10]);
    expect(gate.starts('Stra\u017Fe')).toBeNull();
  });
});

describe('firstChars', () => {
  it('lets through the ASCII characters a word can begin with under `iu`, and everything beyond ASCII', () => {
    const t = firstChars(['sarl', '& co', 'école', '\u212Aelvin']);
    const can = (c: string): boolean => mayBegin(t, c.charCodeAt(0));
    expect(['s', 'S', '&', 'k', 'K', 'é', 'ſ'].every(can)).toBe(true);
    expect(['e', 'x', ' ', '-'].some(can)).toBe(false);
    expect(mayBegin(t, Number.NaN)).toBe(false);
  });
});

describe('the window cue gate', () => {
  it('reads every source the filters add to it', () => {
    expect(WINDOW_CUE_WORDS.unusable).toBeNull();
  });

  it('mayStartIn is false only for a window without a start, and leaves a window that cuts a word to the pattern', () => {
    const gate = new WordGate();
    const bit = gate.addIfReadable('mayor|alcalde|sindaco');
    const text = 'Ask the mayor about it; xmayor; sindacos';
    expect(mayStartIn(gate, text, bit, 0, 8)).toBe(false);
    expect(mayStartIn(gate, text, bit, 0, 12)).toBe(true);
    // "xmayor" is no start, and the window [25, 30) ends inside "xmayor" (the pattern sees "mayo" there).
    expect(mayStartIn(gate, text, bit, 24, 31)).toBe(false);
    expect(mayStartIn(gate, text, bit, 25, 29)).toBe(true);
    // "sindacos" cut to "sindaco": left to the pattern.
    expect(mayStartIn(gate, text, bit, 32, 39)).toBe(true);
    // A source the gate cannot read (a keyword opening with a symbol) has bit 0: always left to the pattern.
    expect(gate.addIfReadable('€/min|tariffa')).toBe(0);
    expect(mayStartIn(gate, text, 0, 0, 8)).toBe(true);
    expect(gate.unusable).toBeNull();
  });
});
