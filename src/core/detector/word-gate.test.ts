// word-gate.ts: every position where a keyword pattern matches is among the gate's starts.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { alternation, ORG_CONTACT } from './data/struct-cues.js';
import { matchesAll } from './keywords.js';
import { PASSWORD_CUE_WORDS, PIN_CUE_WORDS } from './data/secret-password-cues.js';
import { wordSamples } from './test-support/word-samples.js';
import { firstChars, GatedScan, mayBegin, mayStartIn, PairScan, startsOf, WINDOW_CUE_WORDS, WordGate } from './word-gate.js';

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
    // A window that opens inside a word: left to the pattern only when the word's tail may open a keyword ("x|mayor"
    // is read as "mayor"; "A|sk the" and "xma|yor" hold none).
    expect(mayStartIn(gate, text, bit, 25, 31)).toBe(true);
    expect(mayStartIn(gate, text, bit, 1, 8)).toBe(false);
    expect(mayStartIn(gate, text, bit, 26, 31)).toBe(false);
    expect(mayStartIn(gate, text, bit, 1, 8, false)).toBe(false);
    // A tail with a letter beyond Latin-1 is left to the pattern.
    expect(mayStartIn(gate, 'xĳmayor is', bit, 1, 9)).toBe(true);
    // A source the gate cannot read (a keyword opening with a symbol) has bit 0: always left to the pattern.
    expect(gate.addIfReadable('€/min|tariffa')).toBe(0);
    expect(mayStartIn(gate, text, 0, 0, 8)).toBe(true);
    expect(gate.unusable).toBeNull();
  });
});

describe('GatedScan', () => {
  /** Every match of the global pattern from `from` on, resuming after each, as the callers loop. */
  const viaGlobal = (re: RegExp, text: string): [number, string][] => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
    return out;
  };
  const viaGate = (scan: GatedScan, text: string): [number, string][] => {
    const out: [number, string][] = [];
    for (let m = scan.next(text, 0); m !== null; m = scan.next(text, m.index + m[0].length)) out.push([m.index, m[0]]);
    return out;
  };

  it('finds what the global pattern finds, from any position, on random texts and on texts the gate cannot read', () => {
    const gate = new WordGate();
    const sources = SOURCES.map((s) => new GatedScan(gate, gate.add(s), new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])[^\\n:]{0,12}:?`, 'giu')));
    const references = SOURCES.map((s) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])[^\\n:]{0,12}:?`, 'giu'));
    let found = 0;
    for (const text of samples(11)) {
      sources.forEach((scan, i) => {
        const want = viaGlobal(references[i] as RegExp, text);
        found += want.length;
        expect(viaGate(scan, text)).toEqual(want);
      });
    }
    // The samples do hold matches, also in texts with a long s (read by the global pattern).
    expect(found).toBeGreaterThan(2000);
    expect(viaGate(sources[1] as GatedScan, 'TE\u017FT user: x')).toEqual(viaGlobal(references[1] as RegExp, 'TE\u017FT user: x'));
  });

  it('starts from the position given, and runs the global pattern for a source the gate could not read', () => {
    const gate = new WordGate();
    const scan = new GatedScan(gate, gate.add('branches|filialen'), /(?<![\p{L}])(?:branches|filialen)(?![\p{L}])[^\n:]{0,30}:/giu);
    const text = 'Our branches: A, B. Unsere Filialen: C; subbranches: D';
    expect(scan.next(text, 0)?.index).toBe(4);
    expect(scan.next(text, 5)?.index).toBe(27);
    expect(scan.next(text, 28)).toBeNull();
    const ungated = new GatedScan(gate, 0, /(?<![\p{L}])€\/min:/giu);
    expect(ungated.next('0,14 €/min: ok', 0)?.index).toBe(5);
    expect(() => new GatedScan(gate, 1, /x/iu)).toThrow(/global/);
  });
});

describe('PairScan', () => {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const CUES = [...PASSWORD_CUE_WORDS, ...PIN_CUE_WORDS].sort((a, b) => b.length - a.length);
  const pattern = (words: readonly string[]): RegExp => new RegExp(words.map(escape).join('|'), 'gi');

  /** Every match of the global pattern from `from` on (the scan resuming where the caller says), and the same by the scan. */
  const viaGlobal = (re: RegExp, text: string, from: number): [number, string][] => {
    const out: [number, string][] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
    return out;
  };
  const viaScan = (scan: PairScan, text: string, from: number): [number, string][] => {
    const out: [number, string][] = [];
    for (let m = scan.next(text, from); m !== null; m = scan.next(text, m.index + m[0].length)) out.push([m.index, m[0]]);
    return out;
  };

  it('finds what the global pattern finds, from any position, inside words too, whatever the case and the characters around', () => {
    const scan = new PairScan(CUES, pattern(CUES));
    const reference = pattern(CUES);
    // Compounds ("routerkennwort"), case the `i` flag folds (é/É, ü/Ü) and characters it does not fold to ASCII (the long
    // s, the Kelvin sign, ÿ), curly apostrophes, wide characters.
    const texts = wordSamples([...CUES, 'router', 'WLAN-', 'ſ', 'K', 'ÿ', 'Ÿ', 'µ', 'clé', 'CLÉ', 'Ó'], 31, { glue: [' ', '', '\n', '-', '’', ':', 'x', '€'], maxWords: 6, count: 3000 });
    let found = 0;
    for (const text of texts) {
      const want = viaGlobal(reference, text, 0);
      found += want.length;
      expect(viaScan(scan, text, 0), text).toEqual(want);
      const from = Math.floor(text.length / 2);
      expect(viaScan(scan, text, from), `${text} from ${from}`).toEqual(viaGlobal(reference, text, from));
    }
    expect(found).toBeGreaterThan(5000);
    // A `u` pattern folds the long s and the Kelvin sign to ASCII letters, and may read a letter beyond the text's
    // surrogates; a pattern may add what follows its openings.
    const keys = ['key', 'schlüssel', 'clé', 'secret', 'token', 'cf'];
    const uScan = new PairScan(keys, new RegExp(`(?:${keys.join('|')})(?![\\p{L}\\p{N}_])`, 'giu'));
    const uReference = new RegExp(`(?:${keys.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
    let uFound = 0;
    for (const text of wordSamples([...keys, 'ſecret', 'to\u212Aen', 'SCHLÜSSEL', '😀', 'x', 'CF', 'Ÿ'], 37, { glue: [' ', '', '-', '_', '😀', '1'], maxWords: 6, count: 3000 })) {
      const want = viaGlobal(uReference, text, 0);
      uFound += want.length;
      expect(viaScan(uScan, text, 0), text).toEqual(want);
    }
    expect(uFound).toBeGreaterThan(2000);
    expect(uScan.next('my ſecret toKen', 0)?.index).toBe(3);
    expect(scan.next('Das Routerkennwort: x', 0)?.index).toBe(10);
    expect(scan.next('Das Routerkennwort: x', 11)).toBeNull();
    expect(scan.next('PASSWORD', 8)).toBeNull();
  });

  it('leaves a list with a one-character word, or one it cannot compare within Latin-1, to the global pattern', () => {
    const one = new PairScan(['a', 'pin'], /a|pin/gi);
    expect(one.next('xxPINa', 0)?.index).toBe(2);
    expect(one.next('xxPINa', 3)?.index).toBe(5);
    const wide = new PairScan(['ωmega', 'pin'], /ωmega|pin/gi);
    expect(wide.next('the ΩMEGA', 0)?.index).toBe(4);
    expect(() => new PairScan(['pin'], /pin/gy)).toThrow(/flags/);
  });
});
