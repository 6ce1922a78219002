/**
 * Two recognisers search the whole text for words at ASCII word starts: spelled.ts its digit words, secrets.ts its
 * vendor heads (sk-, AKIA, ghp_, password...). Both are `\b`-led case-insensitive alternations, so one search finds
 * both for little more than either costs alone. spellDigits runs first, on the normalised text; scanSecrets runs
 * later on the same string unless spelled digits rewrote it, and then reads the last text's result.
 */
import { ASCII_FIRST_SOURCE } from './digit-words.js';
import { HEADS_AT_WORD_SOURCE } from './secret-rules.js';

export interface WordHeads {
  /** `\b(?:digit words)(?![a-z])` (gi): its matches by a global scan (each search resumes at the last match's end). */
  digitStarts: number[];
  digitEnds: number[];
  /** `\b(?:secret heads)` (gi): every position it matches at (each search resumes one past the last match). */
  secretHeads: number[];
}

// The digit words first, captured: at a position where one matches, the search reports it and not a head, so a
// head is then tried there on its own (no head starts like a digit word, but nothing here relies on it).
const BOTH = new RegExp(`\\b(?:(${ASCII_FIRST_SOURCE})(?![a-z])|(?:${HEADS_AT_WORD_SOURCE}))`, 'gi');
const HEAD_STICKY = new RegExp(`(?:${HEADS_AT_WORD_SOURCE})`, 'iy');

let lastText: string | undefined;
let last: WordHeads = { digitStarts: [], digitEnds: [], secretHeads: [] };

/** Both searches' results for `text`, from one pass (the last text's are kept). Linear: the alternations are fixed words. */
export function wordHeads(text: string): WordHeads {
  if (text === lastText) return last;
  const digitStarts: number[] = [];
  const digitEnds: number[] = [];
  const secretHeads: number[] = [];
  let digitFrom = 0;
  BOTH.lastIndex = 0;
  for (let m = BOTH.exec(text); m !== null; m = BOTH.exec(text)) {
    const p = m.index;
    const word = m[1];
    if (word === undefined) secretHeads.push(p);
    else {
      // The global scan of the digit words resumes at each match's end: a match starting before it is not one of its.
      if (p >= digitFrom) {
        digitStarts.push(p);
        digitEnds.push(p + word.length);
        digitFrom = p + word.length;
      }
      HEAD_STICKY.lastIndex = p;
      if (HEAD_STICKY.test(text)) secretHeads.push(p);
    }
    BOTH.lastIndex = p + 1;
  }
  lastText = text;
  last = { digitStarts, digitEnds, secretHeads };
  return last;
}

/** wordHeads(text) when `text` was the last text searched, else undefined (the caller runs its own search). */
export const wordHeadsIfScanned = (text: string): WordHeads | undefined => (text === lastText ? last : undefined);

const DIGIT_WORDS_AT_WORD = new RegExp(`\\b(?:${ASCII_FIRST_SOURCE})(?![a-z])`, 'gi');
const HEADS_AT_WORD = new RegExp(`\\b(?:${HEADS_AT_WORD_SOURCE})`, 'gi');

/** The two searches run apart: the reference in tests. */
export function wordHeadsReference(text: string): WordHeads {
  const digitStarts: number[] = [];
  const digitEnds: number[] = [];
  for (const m of text.matchAll(DIGIT_WORDS_AT_WORD)) {
    digitStarts.push(m.index);
    digitEnds.push(m.index + m[0].length);
  }
  const secretHeads: number[] = [];
  HEADS_AT_WORD.lastIndex = 0;
  for (let m = HEADS_AT_WORD.exec(text); m !== null; m = HEADS_AT_WORD.exec(text)) {
    secretHeads.push(m.index);
    HEADS_AT_WORD.lastIndex = m.index + 1;
  }
  return { digitStarts, digitEnds, secretHeads };
}
