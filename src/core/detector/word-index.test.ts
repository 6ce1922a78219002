// The shared word walk (word-index.ts) against the regex readings it replaces, on random texts built from the phrase
// words, their capitals and the characters on which lower-casing first and reading letters first disagree.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { kindWords, kindWordsReference } from './person-context.js';
import { runKeys, scanRuns, scanRunsReference } from './name-chars.js';
import { BREAK_BEFORE, hashOfCodes, JOINED_BEFORE, latinRuns, lowerCode, NOTE_BEFORE } from './word-index.js';

const PHRASE_WORDS = [...new Set(Object.values(NAME_CONTEXT).flatMap((l) => [...l.biography, ...l.travel, ...l.parliament]))];
const FRAGMENTS = [
  ...PHRASE_WORDS, ...PHRASE_WORDS.map((w) => w.toUpperCase()), ...PHRASE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  'the', 'of', 'x', 'é', 'É', 'Œ', 'œ', 'ß', 'ẞ', 'ſ', '\u212A', '\u212B', 'İ', 'Ɓ', 'Ⱥ', 'Ȿ', 'ª', 'µ', '×', '÷', 'Σ', 'ж', '𝐀', '\uD835', '\uDC00', '5', "'", '’', '-',
];
const SEPARATORS = [' ', ' ', '', '  ', '\n', ', ', '. ', "'", '-', '’'];

function randomText(r: () => number, fragments: readonly string[]): string {
  let s = '';
  const pieces = 1 + Math.floor(r() * 16);
  for (let i = 0; i < pieces; i++) s += (fragments[Math.floor(r() * fragments.length)] ?? '') + (SEPARATORS[Math.floor(r() * SEPARATORS.length)] ?? '');
  return s;
}

const sorted = (k: Record<string, Set<string>>): Record<string, string[]> => Object.fromEntries(Object.entries(k).map(([kind, set]) => [kind, [...set].sort()]));

describe('latinRuns: the maximal runs of ASCII and U+00C0..U+024F letters (but × and ÷)', () => {
  it('on random texts, the same runs as the regex', () => {
    const r = mulberry32(7);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, FRAGMENTS);
      const runs = latinRuns(text);
      const got: string[] = [];
      for (let k = 0; k < runs.count; k++) got.push(`${runs.start[k]}:${text.slice(runs.start[k], runs.end[k])}`);
      const want = [...text.matchAll(/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g)].map((m) => `${m.index}:${m[0]}`);
      expect(got, JSON.stringify(text)).toEqual(want);
    }
  });
  it('lowerCode: the one-code-unit lower case of any code unit (classified on first sight), else the unit itself', () => {
    for (let c = 0; c < 65536; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      expect(lowerCode(c)).toBe(l.length === 1 ? l.charCodeAt(0) : c);
    }
  });
  it('is kept for the same text and made again for another', () => {
    const a = latinRuns('Anna und Berta');
    expect(a.count).toBe(3);
    expect(latinRuns('Anna und Berta').count).toBe(3);
    expect(latinRuns('Anna').count).toBe(1);
  });
});

describe('latinRuns: what stands before each run', () => {
  it('on random texts, the same as stepping back from the run', () => {
    const fragments = [...FRAGMENTS, ':', '•', '\t', '   ', '    ', '\n  ', ': ', '\n\t ', 'Σ', '\u00A0'];
    const r = mulberry32(13);
    const seen = [0, 0, 0];
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, fragments);
      const runs = latinRuns(text);
      for (let k = 0; k < runs.count; k++) {
        const s = runs.start[k] ?? 0;
        let j = s - 1;
        while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
        const b = j < 0 ? -1 : text.charCodeAt(j);
        const want = [
          b === -1 || b === 10 || b === 58,
          s - j <= 4 && (b === -1 || b === 10 || b === 58 || b === 0x2022),
          s > 0 && "'-’".includes(text.charAt(s - 1)),
        ];
        const shape = runs.shape[k] ?? 0;
        expect([(shape & BREAK_BEFORE) !== 0, (shape & NOTE_BEFORE) !== 0, (shape & JOINED_BEFORE) !== 0], JSON.stringify([text, s])).toEqual(want);
        want.forEach((w, i) => {
          if (w) seen[i] = (seen[i] ?? 0) + 1;
        });
      }
    }
    for (const x of seen) expect(x).toBeGreaterThan(1000);
  });
});

describe('kindWords from the shared runs: the same words and phrases as lower-casing and splitting the text', () => {
  it('on random texts', () => {
    const r = mulberry32(23);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      const text = randomText(r, FRAGMENTS);
      const got = sorted(kindWords(text));
      expect(got, JSON.stringify(text)).toEqual(sorted(kindWordsReference(text)));
      for (const v of Object.values(got)) found += v.length;
    }
    // The texts hold phrases often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(2000);
  });
  it('on texts with a character that lower-cases to a Latin letter or out of one (İ, Kelvin sign, Ɓ)', () => {
    for (const text of ['İNSTANBUL Hear, hear! The MP', 'The \u212Aing and the MP for the House of Commons', 'ƁORN geboren wurde 1850']) {
      expect(sorted(kindWords(text))).toEqual(sorted(kindWordsReference(text)));
    }
  });
});

describe('scanRuns from the shared runs: the same capitalised words and key runs as its own walk', () => {
  it('on random texts', () => {
    const keys = runKeys(['the', 'of', 'hear', 'übernachtung', 'mp', 'x', 'é', 'āb'], (text, end) => text.charCodeAt(end) !== 46);
    // Keys beyond ASCII in every casing (a capital of U+0100..U+024F lower-cases to another code unit than it folds to).
    const fragments = [...FRAGMENTS, 'Übernachtung', 'ÜBERNACHTUNG', 'übernachtung', 'Āb', 'āB', 'āb', 'ĀB', ':', '•', '\t', '   ', '    ', '\n  ', ': ', '\n\t '];
    const r = mulberry32(31);
    let seen = 0;
    let beyondAscii = 0;
    let notes = 0;
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, fragments);
      const fast = scanRuns(text, keys);
      const got = [Array.from(fast.cap.subarray(0, fast.capCount)), Array.from(fast.key.subarray(0, fast.keyCount)), Array.from(fast.note.subarray(0, fast.noteCount))];
      const ref = scanRunsReference(text, keys);
      expect(got, JSON.stringify(text)).toEqual([
        Array.from(ref.cap.subarray(0, ref.capCount)),
        Array.from(ref.key.subarray(0, ref.keyCount)),
        Array.from(ref.note.subarray(0, ref.noteCount)),
      ]);
      // Each capitalised word's run end and hash, when the runs were read (scanNames reads a whole-run word from them).
      for (let i = 0; i < fast.capCount; i++) {
        const start = fast.cap[i] ?? 0;
        const end = fast.capEnd[i] ?? 0;
        if (end === -1) continue;
        const run = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/.exec(text.slice(start))?.[0] ?? '';
        expect([end, fast.capHash[i]]).toEqual([start + run.length, hashOfCodes(Array.from(run, (ch) => (ch.charCodeAt(0) <= 0xde && ch !== ch.toLowerCase() ? ch.toLowerCase() : ch)).join(''))]);
      }
      seen += ref.capCount + ref.keyCount;
      notes += ref.noteCount;
      for (let i = 0; i < ref.keyCount; i++) if ((text.codePointAt(ref.key[i] ?? 0) ?? 0) >= 128) beyondAscii++;
    }
    expect(seen).toBeGreaterThan(5000);
    expect(beyondAscii).toBeGreaterThan(100);
    expect(notes).toBeGreaterThan(1000);
  });
});
