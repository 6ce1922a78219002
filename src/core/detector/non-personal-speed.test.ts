// The non-personal filters' fast paths (a keyword pattern without its leading lookbehind, run through execAfter; the
// specimen look-up by a hash read in place) give the answers of the patterns and look-ups they replace.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { wordSamples } from './test-support/word-samples.js';
import { ORG_CONTACT, VERSION_NEAR, IP_WORDS } from './data/struct-cues.js';
import { hasIpWord, hasVersionWord } from './ip-context.js';
import { orgDeskIn, orgDeskIndex, orgDeskStarts } from './org-contacts.js';

const words = (table: Readonly<Record<string, readonly string[]>>): string[] => [...new Set(Object.values(table).flat())];

const GLUE: readonly string[] = [' ', '  ', '\n', 'x', 'é', 'ß', '\u0345', '-', '.', '1', 'A', '', ',', 'İ', 'K'];
const samples = (vocabulary: readonly string[], seed: number): string[] => wordSamples(vocabulary, seed, { glue: GLUE, maxWords: 8 });

describe('non-personal fast paths equal their references', () => {
  it('organisation desk words: first match, index and text', () => {
    let found = 0;
    for (const s of samples(words(ORG_CONTACT), 21)) {
      const fast = orgDeskIn(s);
      const ref = orgDeskIn(s, true);
      expect(fast && [fast.index, fast[0]], s).toEqual(ref && [ref.index, ref[0]]);
      if (ref !== null) found++;
    }
    // Both outcomes are exercised.
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('organisation desk words in a window before a phone: the index of the window scan', () => {
    const r = mulberry32(24);
    let found = 0;
    for (const s of samples(words(ORG_CONTACT), 25)) {
      const starts = orgDeskStarts(s);
      for (let k = 0; k < 4; k++) {
        const from = Math.floor(r() * s.length);
        const to = from + Math.floor(r() * (s.length - from + 1));
        const ref = orgDeskIn(s.slice(from, to))?.index ?? -1;
        expect(orgDeskIndex(s, from, to, starts), `${s} [${from}, ${to})`).toBe(ref);
        if (ref !== -1) found++;
      }
    }
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(15_000);
  });

  it('version and address words', () => {
    let version = 0;
    let ip = 0;
    for (const s of [...samples(words(VERSION_NEAR), 22), ...samples(words(IP_WORDS), 23)]) {
      expect(hasVersionWord(s), s).toBe(hasVersionWord(s, true));
      expect(hasIpWord(s), s).toBe(hasIpWord(s, true));
      if (hasVersionWord(s)) version++;
      if (hasIpWord(s)) ip++;
    }
    expect(version).toBeGreaterThan(500);
    expect(ip).toBeGreaterThan(500);
    expect(version + ip).toBeLessThan(15_000);
  });
});
