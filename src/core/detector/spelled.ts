/** Spelled-out digits ("four one one one...", "fünf drei sechs", "cinq trois six") read as digits, with an offset map. */
import { EditBuilder } from './edits.js';
import { execAfter } from './hit.js';
import type { Normalized } from './normalize.js';

// Digit words per language (en, de, fr, es, nl, it); adding a language is adding a row.
const DIGIT_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['zero', 'oh', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  de: [['null'], ['eins', 'ein'], ['zwei', 'zwo'], ['drei'], ['vier'], ['fünf', 'fuenf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
  fr: [['zéro', 'zero'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
  es: [['cero'], ['uno', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve']],
  nl: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen']],
  it: [['zero'], ['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
};

const VALUE = new Map<string, string>();
for (const rows of Object.values(DIGIT_WORDS)) rows.forEach((words, d) => words.forEach((w) => VALUE.set(w, String(d))));
// Left bound (not after a letter) checked by execAfter.
const WORD = new RegExp(`(?:${[...VALUE.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`, 'giu');
const LETTER = /^\p{L}$/iu;
// What may sit between two digit words of one number: spaces, a comma, a dash, a dot.
const GAP = /^[\s,.\-/]{1,4}$/;
// Fewer words than this are ordinary prose ("one or two"); identifiers have many more digits.
const MIN_RUN = 4;

/** `text` with runs of spelled digits replaced by digits (gaps by one space); null when there is no such run. */
export function spellDigits(text: string): Normalized | null {
  WORD.lastIndex = 0;
  const runs: { start: number; end: number }[][] = [];
  let run: { start: number; end: number }[] = [];
  for (let m = execAfter(WORD, text, LETTER); m !== null; m = execAfter(WORD, text, LETTER)) {
    const prev = run.at(-1);
    if (prev !== undefined && !GAP.test(text.slice(prev.end, m.index))) {
      if (run.length >= MIN_RUN) runs.push(run);
      run = [];
    }
    run.push({ start: m.index, end: m.index + m[0].length });
  }
  if (run.length >= MIN_RUN) runs.push(run);
  if (runs.length === 0) return null;
  const b = new EditBuilder(text);
  for (const r of runs) {
    r.forEach((w, i) => {
      const prev = r[i - 1];
      // A dash between words is kept (it may be an SSN's separator); any other gap becomes one space.
      if (prev !== undefined) {
        const gap = text.slice(prev.end, w.start);
        b.edit(prev.end, w.start, gap.includes('-') ? '-' : ' ');
      }
      b.edit(w.start, w.end, VALUE.get(text.slice(w.start, w.end).toLowerCase()) ?? '0');
    });
  }
  return b.finish();
}
