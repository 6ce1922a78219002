// The fast paths of the name scanner against the patterns they replace, on random texts built from the cue words and
// the characters the patterns key on, and on the chat set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { LANGUAGES } from './languages.js';
import {
  capWords, capWordsReference, colleagueAfter, hasHrOrHealthCue, hasHrOrHealthCueReference, colleagueAfterReference, colleagueMatch, cuedLowerMatches, cuesBefore, cuesBeforeReference, titleCueBefore, leadingLowerMatches, leadingLowerMatchesReference,
  noteAnchorsAfterWords, noteAnchorsAfterWordsReference, placeBefore, placeBeforeReference, possessorBefore, possessorBeforeReference, wordsReference,
} from './names.js';

const CUE_WORDS = [...new Set(Object.values(LANGUAGES).flatMap((l) => [...l.name, ...l.relation]))];
const FRAGMENTS = [
  ...CUE_WORDS, ...CUE_WORDS.map((w) => w.toUpperCase()), ...CUE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  'Dr', 'dr', 'Dr.', 'MR', 'Mrs', 'mrs.', 'Ms', 'Mx.', 'Prof', 'prof.', 'Sr.', 'sra.', 'Mme', 'Herr', 'Frau', 'miss', 'Miss', 'my name is', 'My name is', 'Name is',
  'i am', "i'm", 'this is', 'dear', 'Dear', 'patient', 'Patient', 'pt.', 'name:', 'Name :', 'name  :', 'signed,', 'sincerely', 'regards,', 'cheers', 'attn:',
  'cc:', 'from:', 'to:', 'called', 'named', 'contact', 'manager', 'with', 'van', 'de', 'der', 'den', 'von', 'zu', 'di', 'da', 'del', 'della', 'du', 'des', 'ten', 'ter',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u2003', ',', ':', '.', "'", '’', '-', 'x', 'é', 'É', 'ß', 'ẞ', 'ſ', 'K', 'İ', '5', '_', '"', '(', '𝐀', '\uD835', '\uDC00', 'Anna', 'smith',
];

const SEPARATORS = [' ', ' ', ' ', '', '  ', '\n', ', ', ': ', '\u00A0'];

function randomText(r: () => number): string {
  let s = '';
  const pieces = 1 + Math.floor(r() * 14);
  for (let i = 0; i < pieces; i++) s += (FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] ?? '') + (SEPARATORS[Math.floor(r() * SEPARATORS.length)] ?? '');
  return s;
}

describe('name cues by looking back: the same answers as the `\\s+$` patterns on the 32 characters before', () => {
  it('on random texts, at every position', () => {
    const r = mulberry32(11);
    const seen = { title: 0, strong: 0, relation: 0, any: 0 };
    for (let n = 0; n < 2500; n++) {
      const text = randomText(r);
      for (let hi = 0; hi <= text.length; hi++) {
        const got = cuesBefore(text, hi);
        expect(got, JSON.stringify([text, hi])).toEqual(cuesBeforeReference(text, hi));
        expect(titleCueBefore(text, hi), JSON.stringify([text, hi])).toBe(got.title);
        for (const k of ['title', 'strong', 'relation', 'any'] as const) if (got[k]) seen[k]++;
      }
    }
    // The texts reach every kind of cue often enough for the comparison to mean something.
    for (const k of ['title', 'strong', 'relation', 'any'] as const) expect(seen[k], k).toBeGreaterThan(500);
  });

  it('on the chat set, at every capital letter', () => {
    const lines = readFileSync(new URL('../../../bench/data/detector-chat/chat.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
    let cued = 0;
    for (const line of lines) {
      for (let hi = 1; hi < line.length; hi++) {
        const c = line.charCodeAt(hi);
        if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122 && line.charCodeAt(hi - 1) === 32)) continue;
        const got = cuesBefore(line, hi);
        expect(got).toEqual(cuesBeforeReference(line, hi));
        expect(titleCueBefore(line, hi)).toBe(got.title);
        if (got.any) cued++;
      }
    }
    expect(cued).toBeGreaterThan(200);
  });
});

describe('capitalised words from a character loop: the same matches as the pattern\'s global scan', () => {
  it('on random texts of capitals, letters beyond ASCII, apostrophes, hyphens, dots and surrogate pairs', () => {
    const PIECES = ['A', 'Anna', 'McTavish', "O'Brien", 'O’Neil', 'Jean-Pierre', 'iPhone', 'RhdHVzIG', 'É', 'Élodie', 'ß', 'ẞ', 'Σ', 'Łukasz', 'İ', 'ǅ', 'x', 'abc', "'", '’', '-', '.', 'J.', ' ', '  ', '\n', '5', '_', '"', '𝐀', '𐐀', '𐐨', '\uD801', '\uDC00', 'µ', 'ª', '×', 'Ⅻ'];
    const r = mulberry32(17);
    let found = 0;
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 20);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.4 ? ' ' : '');
      const fast = capWords(s);
      expect(fast, JSON.stringify(s)).toEqual(capWordsReference(s));
      expect(capWords(s, true), JSON.stringify(s)).toEqual(wordsReference(s));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(10000);
  });

  it('on the chat set', () => {
    const lines = readFileSync(new URL('../../../bench/data/detector-chat/chat.jsonl', import.meta.url), 'utf8').split('\n');
    for (const line of lines) {
      expect(capWords(line)).toEqual(capWordsReference(line));
      expect(capWords(line, true)).toEqual(wordsReference(line));
    }
  });
});

describe('cued lower-case names: cue starts from the character loop + the sticky pattern = the global scan', () => {
  const flat = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.indices)}`);

  it('on random texts of every cue word in three casings, letters beyond ASCII and separators', () => {
    const r = mulberry32(31);
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r) + randomText(r);
      const fast = flat(cuedLowerMatches(text));
      expect(fast, JSON.stringify(text)).toEqual(flat(cuedLowerMatches(text, true)));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1500);
  });

  it('on the chat set', () => {
    const lines = readFileSync(new URL('../../../bench/data/detector-chat/chat.jsonl', import.meta.url), 'utf8').split('\n');
    let found = 0;
    for (const line of lines) {
      const fast = flat(cuedLowerMatches(line));
      expect(fast).toEqual(flat(cuedLowerMatches(line, true)));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('a public figure as possessor before a name: the gated pattern = the pattern on the 48 characters before', () => {
  const PIECES = ['Virginia', 'Woolf', "Woolf's", 'Woolf’s', 'Manns', 'Thomas', 'Mrs', 'Mrs.', 'Dalloway', 'Zauberberg', 'Abcdefghij.', 'Abcdefghijk', 's', 'is', 'É', 'Émile', '𐐀𐐨𐐨', 'x', ' ', ' ', '  ', '\n', "'", '.'];
  const flat = (m: RegExpExecArray | null): string => (m === null ? 'null' : `${m.index}:${m[0]}:${m[1] ?? ''}:${m[2] ?? ''}`);

  it('on random texts, at every position', () => {
    const r = mulberry32(37);
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 12);
      for (let i = 0; i < k; i++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.7 ? ' ' : '');
      for (let at = 0; at <= s.length; at++) {
        const fast = flat(possessorBefore(s, at));
        expect(fast, JSON.stringify([s, at])).toEqual(flat(possessorBeforeReference(s, at)));
        if (fast !== 'null') found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('a place word before a name: the gated patterns = the patterns on the 24 characters before', () => {
  const PLACE_WORDS = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.placeBefore))];
  const PIECES = [...PLACE_WORDS, ...PLACE_WORDS.map((w) => w.toUpperCase()), ...PLACE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), 'Via', 'Viale', 'via', 'de', 'De', 'la', 'los', 'las', 'del', 'du', 'des', "l'", 'l’', 'x', 'É', 'ſ', 'Anna', '5', '(', '.', ',', ':'];
  const SEP = [' ', ' ', '', '  ', '\n', '\u00A0', "'"];

  it('on random texts, at every position', () => {
    const r = mulberry32(41);
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 8);
      for (let i = 0; i < k; i++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (SEP[Math.floor(r() * SEP.length)] ?? '');
      for (let at = 0; at <= s.length; at++) {
        const fast = placeBefore(s, at);
        expect(fast, JSON.stringify([s, at])).toBe(placeBeforeReference(s, at));
        if (fast) found++;
      }
    }
    expect(found).toBeGreaterThan(2000);
  });
});

describe('a department or sick leave after a first name: the gated pattern = the pattern on the 48 characters after', () => {
  const lang = Object.values(LANGUAGES);
  const PHRASES = [...new Set(lang.flatMap((l) => [...l.department, ...l.sickLeave]))];
  const PIECES = [
    ...PHRASES, ...PHRASES.map((w) => w.toUpperCase()), 'from', 'of', 'in', 'at', 'aus', 'vom', 'von', 'im', 'in der', 'de', 'du', 'des', 'del', 'van', 'uit', 'bij', 'op', 'di',
    'dal', 'dalla', 'nel', 'nella', "dell'", 'dell’', 'della', 'dello', 'the', 'our', 'dem', 'der', 'unserer', 'la', "l'", 'el', 'het', 'onze', 'il', 'nostro', 'Anna', 'x', 'É', 'ſ', '5', '.',
    // Words beyond ASCII after the name (read by code unit, not by the pattern): accented capitals, İ, ŉ, a letter of
    // another alphabet, a surrogate pair, a combining accent.
    'später', 'ESTÁ', 'Está', 'était', 'İn', 'ŉ', 'Ωx', '𝒜', 'e\u0301', 'ß', 'ẞ',
  ];
  const SEP = [' ', ' ', '', '  ', '\n', '\u00A0', "'"];

  it('on random texts, at every position', () => {
    const r = mulberry32(43);
    let found = 0;
    for (let n = 0; n < 2500; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 8);
      for (let i = 0; i < k; i++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (SEP[Math.floor(r() * SEP.length)] ?? '');
      for (let at = 0; at <= s.length; at++) {
        const fast = colleagueAfter(s, at);
        expect(fast, JSON.stringify([s, at])).toBe(colleagueAfterReference(s, at));
        if (fast) found++;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('the trees on Latin-1 text = the pattern, on random texts in any case', () => {
    const r = mulberry32(47);
    const pieces = [...PIECES, ...PIECES.map((w) => w.toUpperCase()), ...PIECES.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), 'IN DER', 'In  der', 'dell', 'L’', 'µ', 'ÿ'];
    const seps = [...SEP, '\t', '\u2003', '  \n ', '’', '-'];
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      let s = seps[Math.floor(r() * seps.length)] ?? ' ';
      const k = 1 + Math.floor(r() * 6);
      for (let i = 0; i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (seps[Math.floor(r() * seps.length)] ?? '');
      const fast = colleagueMatch(s);
      expect(fast, JSON.stringify(s)).toBe(colleagueMatch(s, true));
      if (fast) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('lower-case notes: anchors and leading names from cheap candidates = the searches of the whole text', () => {
  const PIECES = [
    'es ist', 'das ist', "it's", 'it is', 'this is', "c'est", 'het is', 'dat is', 'es', 'Es ist', 'IS', 'is', 'ist', 'est', "'s", 'yes', 'this', 'xist',
    'for', 'voor', 'für', 'Für', 'pour', 'para', 'per', 'comfor', 'super', 'fürs', 'kai brennan', 'ana kowalska', 'noor van der meulen', 'chidinma okafor',
    '34F', '63 jr', '28 años', '4.3.90', 'bed 12', 'has', 'hat', 'presents', 'Anna', 'x', 'é', 'É', 'ß', 'ÿ', 'ā', 'α', 'İ', 'K', '5', '_', '"', ':', '\n', '•',
    // Words with apostrophes and hyphens, and what ends them, between a preposition and an age (ageMayFollow reads the gaps).
    "o'neil", 'ten-brink', '’', "'", '-', ',', '.', '(', 'a', 'met', 'con', 'with anja de wit, 52,', 'voor naima ten brink, 63 jr',
  ];
  const SEP = [' ', ' ', ' ', '', '  ', '\n', ', ', ': ', ':', '\t', '\u00A0'];

  it('on random texts', () => {
    const r = mulberry32(71);
    const seen = { anchors: 0, prepositions: 0, leading: 0 };
    for (let n = 0; n < 8000; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 12);
      for (let i = 0; i < k; i++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (SEP[Math.floor(r() * SEP.length)] ?? '');
      const anchors = noteAnchorsAfterWords(s);
      expect(anchors, JSON.stringify(s)).toEqual(noteAnchorsAfterWordsReference(s));
      const leading = leadingLowerMatches(s).map((m) => [m.index, m[0], m.indices]);
      expect(leading, JSON.stringify(s)).toEqual(leadingLowerMatchesReference(s).map((m) => [m.index, m[0], m.indices]));
      seen.anchors += anchors.length;
      seen.prepositions += anchors.filter((a) => (a & 3) === 2).length;
      seen.leading += leading.length;
    }
    expect(seen.anchors).toBeGreaterThan(1000);
    expect(seen.prepositions).toBeGreaterThan(300);
    expect(seen.leading).toBeGreaterThan(300);
  });

  it('on the chat set', () => {
    const lines = readFileSync(new URL('../../../bench/data/detector-chat/chat.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (const text of lines) {
      expect(noteAnchorsAfterWords(text)).toEqual(noteAnchorsAfterWordsReference(text));
      expect(leadingLowerMatches(text).map((m) => m.index)).toEqual(leadingLowerMatchesReference(text).map((m) => m.index));
    }
  });
});

describe('appraisal and health words: the keyword index and the sticky pattern answer as the whole-text pattern', () => {
  const CUES = [...new Set(Object.values(LANGUAGES).flatMap((l) => [...l.appraisal, ...l.health]))];
  const PIECES = [...CUES, ...CUES.map((w) => w.toUpperCase()), ...CUES.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), 'x', 'é', 'º', 'ß', 'İ', 'ſ', '\u212A', 's', '5', '_', '-', "'", 'Anna', 'the'];
  const SEP = [' ', ' ', '', '', '\n', ', ', '.', '\u00A0'];

  it('on random texts', () => {
    const r = mulberry32(29);
    let found = 0;
    for (let n = 0; n < 6000; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 6);
      for (let i = 0; i < k; i++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (SEP[Math.floor(r() * SEP.length)] ?? '');
      const want = hasHrOrHealthCueReference(s);
      expect(hasHrOrHealthCue(s), JSON.stringify(s)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(5900);
  });
});
