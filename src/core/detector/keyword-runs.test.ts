// Keyword starts read from word-index.ts's shared Latin runs (KeywordIndex with `fromRuns`) equal the prefilter's, and
// the context scan built on them equals its global-scan reference, on texts with letters outside the Latin range next
// to keywords (Greek, Cyrillic, º, µ, combining marks), the characters that switch the runs off (İ) or the whole fast
// path off (ſ), digits and underscores glued to keywords.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { CONTEXT_KEYWORD_SOURCES, CONTEXT_KEYWORDS, KEYWORD_BEFORE, scanContextIds, scanContextIdsReference } from './context-ids.js';
import type { Hit } from './hit.js';
import { hasFoldSpecial, hasFoldSpecialReference, KeywordIndex } from './keywords.js';

const PIECES = [
  'MRN', 'mrn', 'Mrn:', 'patient id', 'Patientennummer', 'PATIËNTNUMMER', 'patiëntnummer', 'n° de dossier', 'Nº de historia', 'nº', 'NHC', 'a/c', 'A/C', 'a',
  's/n', 'S/N', 'd.o.b', 'D.O.B.', 'f. nac.', 'b.', 'né le', 'Né(e) le', 'geb.', 'dob', 'passport no', 'zip', 'iban', 'kv-nr', 'id ', 'ID\t', 'n.', 'date of birth',
  ' ', '  ', '\n', ':', '#', '_', '-', '.', '/', '(', '1', '42', '48213377', '1961-03-14', 'AB12-345/6', 'x', 'é', 'É', 'ª', 'º', 'µ', 'Ж', 'ω', 'Σ', '\u0301', '\u0345',
  'İ', 'ſ', 'ß', '\u00A0', '’', '𝐀', 'Patient', 'casen', 'ncase', '5mrn', 'mrné', 'émrn', 'nºx',
];

function fuzz(seed: number, n: number): string[] {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = 1 + Math.floor(r() * 30);
    for (let j = 0; j < k; j++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
    out.push(s);
  }
  return out;
}

const scan = (f: (t: string, out: Hit[]) => void, t: string): Hit[] => {
  const out: Hit[] = [];
  f(t, out);
  return out;
};

describe('keyword starts from the shared Latin runs', () => {
  const byPrefilter = new KeywordIndex(CONTEXT_KEYWORD_SOURCES, KEYWORD_BEFORE);

  it('equal the prefilter starts on fuzzed texts', () => {
    let starts = 0;
    for (const t of fuzz(31, 6000)) {
      const fast = CONTEXT_KEYWORDS.starts(t);
      expect(fast, t).toEqual(byPrefilter.starts(t));
      starts += fast?.at.length ?? 0;
    }
    expect(starts).toBeGreaterThan(10_000);
  });

  it('are read from the runs in a text of Latin letters though some keywords are Cyrillic or Arabic', () => {
    // Regression: the Cyrillic and Arabic birth-date cues had switched the runs off for every text (a pass of the
    // prefilter over each text); only a text with a letter beyond the Latin range needs the prefilter now.
    expect(CONTEXT_KEYWORDS.readsRuns('Patient MRN 48213377, né le 14/03/1961')).toBe(true);
    expect(CONTEXT_KEYWORDS.readsRuns('Пациент родилась 14.03.1961')).toBe(false);
    expect(CONTEXT_KEYWORDS.readsRuns('Patient İlker, MRN 48213377')).toBe(false);
    expect(byPrefilter.readsRuns('Patient MRN 48213377')).toBe(false);
    let runs = 0;
    for (const t of fuzz(34, 3000)) {
      if (!CONTEXT_KEYWORDS.readsRuns(t)) continue;
      expect(CONTEXT_KEYWORDS.starts(t), t).toEqual(byPrefilter.starts(t));
      runs++;
    }
    expect(runs).toBeGreaterThan(300);
  });

  it('give the context scan the global scans answers', () => {
    let found = 0;
    for (const t of fuzz(32, 3000)) {
      const fast = scan(scanContextIds, t);
      expect(fast, t).toEqual(scan(scanContextIdsReference, t));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(40);
  });

  it('see the fold-special characters as the class does, in one-byte and two-byte texts', () => {
    let special = 0;
    for (const t of [...fuzz(33, 3000), 'a\u212Ab', '\u1E9E', 'x\u212B', '\u2126', 'Stra\u00DFe \u20AC']) {
      expect(hasFoldSpecial(t), t).toBe(hasFoldSpecialReference(t));
      if (hasFoldSpecial(t)) special++;
    }
    expect(special).toBeGreaterThan(100);
  });
});
