import { BIRTH_SUBJECT_WORDS } from './data/birth-subject-words.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';

/*
 * Whose birth a date is, read from the sentence's shape: a birth told of someone the text never names. A public
 * figure's life is told under the figure's name ("Gloria Fuertes (nació el 28 de julio de 1917)", "Roald Dahl ... born
 * 13 September 1916"); a person of the writer's own case is told by a role, a pronoun or nothing at all: a temp, a new
 * apprentice, a child asked about at the school office, the dead on a grave plate ("L'intérimaire est né le 09/12/2008.
 * Peut-il ...?", "Unser neuer Koch-Azubi ist am 14.09.2009 geboren", "Il nuovo ragazzo al banco è nato il 5 agosto 2009",
 * "Né le 7 août 1946, décédé le 26 novembre 2026", "He was born 3 November 1938 and died ... this year"). So a birth whose
 * sentence's subject is no name, in a text that holds no full name, is a private person's (birth-evidence.ts counts it as
 * evidence). The subject before the birth word (and its auxiliary, its "on", "am", "le") is:
 *  - nothing ("Geboren 14.02.1941, gestorben ...", "Nació el ...");
 *  - a subject pronoun and nothing else, with no capitalised word off a sentence's start before it ("He was born"): a
 *    pronoun whose name stands before ("Shakira. She was born") is a figure's;
 *  - a determiner (an article, a possessive, a demonstrative) and common nouns and adjectives, at most one capitalised
 *    (a German noun: "Unser neuer Koch-Azubi"), none a listed given name ("The new temp", "De kandidaat", "Il ragazzo");
 *  - a single word that opens the sentence, no listed given name, before a date in digits ("Aushilfe ist am 02.08.2008
 *    geboren", "Kind geboren am 14.07.2020"): a note's bare noun; a figure's single name ("Pelé was born 23 October
 *    1940") comes with the month in words.
 * A date with a birth place after it is a life story's, whoever it names ("el pintor nació el 14 de abril de 1936 en
 * Pamplona"). And nowhere in the text two capitalised words in a row (off a sentence's start, or after a listed given name): a full
 * name, a figure's or a namesake's, is for the name rules and the other gates to judge.
 *
 * Speed: per date a window of SUBJECT_REACH characters before it; the text's full-name test once per text (memo).
 */

const lists = Object.values(BIRTH_SUBJECT_WORDS);
const BORN = new Set(lists.flatMap((l) => l.born));
const GLUE = new Set([...BORN, ...lists.flatMap((l) => l.glue)]);
const PRONOUNS = new Set(lists.flatMap((l) => l.pronouns));
const DETERMINERS = new Set(lists.flatMap((l) => l.determiners));

// How far back the date's sentence may start.
const SUBJECT_REACH = 100;
const SENTENCE_BREAK = /[.!?;:\n](?=\s)|\n/g;
// A word: letters, inner hyphens and apostrophes; an elided article keeps its apostrophe ("l'", "L’intérimaire").
const WORD = /\p{L}+(?:[-'’]\p{L}+)*['’]?/gu;
const CAPITAL = /^\p{Lu}/u;
const MONTH_WORD = /\p{L}{3}/u;
// A birth place right after the date ("born 3 May 1949 in Kassel", "né le 9 juin 1941 à Rennes", "nato il 5
// ottobre 1944 a Ferrara"): the way a life story tells a birth, of a figure a lesson or a podcast names by a role ("le
// fondateur du club", "el pintor"). A record or an age question gives the date alone.
const PLACE_AFTER = /^,?\s{1,3}(?:in|à|a|en|te|at|nel|nella|im|bei|near)\s{1,3}\p{Lu}/u;
// A birth word right after the date ("ist am 02.08.2008 geboren", "è nato").
const BORN_AFTER = /^[\s,]{0,3}(\p{L}+)/u;
// Two capitalised words in a row, a space between: a full name (or a German article and noun, which openSentence lets go).
const CAP_PAIR = /(?<![\p{L}'’-])(\p{Lu}\p{L}*)[ \t]+\p{Lu}\p{Ll}/gu;
const OPENS = /(?:^|[.!?:;\n]["'„“«(\s]*|^["'„“«(\s]*)$/u;

/**
 * Where the sentence that holds `at` starts (at most SUBJECT_REACH back), or -1 when it starts further back. Not
 * sentence-bounds.ts: a stop here also counts ';' and ':', needs a space after it (a time "14:30" or a date "3.5." goes
 * on), and a stop out of reach gives -1 rather than the reach's edge.
 */
function sentenceStart(text: string, at: number): number {
  const lo = Math.max(0, at - SUBJECT_REACH);
  const window = text.slice(lo, at);
  let from = lo === 0 ? 0 : -1;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(window); m !== null; m = SENTENCE_BREAK.exec(window)) from = lo + m.index + m[0].length;
  return from;
}

const opensSentence = (text: string, at: number): boolean => OPENS.test(text.slice(Math.max(0, at - 4), at));

let memoText: string | undefined;
let memoNamed = false;
/** Whether `text` holds a full name: two capitalised words in a row, the first off a sentence's start or a given name. */
function namesSomeone(text: string): boolean {
  if (memoText === text) return memoNamed;
  let named = false;
  CAP_PAIR.lastIndex = 0;
  for (let m = CAP_PAIR.exec(text); m !== null && !named; m = CAP_PAIR.exec(text)) {
    const first = m[1] ?? '';
    named = !opensSentence(text, m.index) || LISTED_FIRST_NAMES.has(first.toLowerCase());
  }
  memoText = text;
  memoNamed = named;
  return named;
}

/** Whether a capitalised word stands off a sentence's start in text[0, to). */
function capitalBefore(text: string, to: number): boolean {
  const head = text.slice(0, to);
  for (const m of head.matchAll(WORD)) if (CAPITAL.test(m[0]) && !opensSentence(head, m.index)) return true;
  return false;
}

/** Whether the birth date at start..end of `text` is told of someone the text does not name (see above). */
export function unnamedBirth(text: string, start: number, end: number): boolean {
  const from = sentenceStart(text, start);
  if (from < 0) return false;
  const words = [...text.slice(from, start).matchAll(WORD)].map((m) => ({ word: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") }));
  let k = words.length;
  let born = BORN.has(BORN_AFTER.exec(text.slice(end, end + 16))?.[1]?.toLowerCase() ?? '');
  while (k > 0 && GLUE.has(words[k - 1]?.lower ?? '')) {
    k--;
    if (BORN.has(words[k]?.lower ?? '')) born = true;
  }
  if (!born || PLACE_AFTER.test(text.slice(end, end + 12))) return false;
  const subject = words.slice(0, k);
  const shaped = unnamedSubject(subject, text.slice(start, end), () => capitalBefore(text, from));
  return shaped && !namesSomeone(text);
}

function unnamedSubject(subject: readonly { word: string; lower: string }[], date: string, capitalEarlier: () => boolean): boolean {
  const first = subject[0];
  if (first === undefined) return true;
  if (subject.every((w) => PRONOUNS.has(w.lower))) return !capitalEarlier();
  if (subject.some((w) => LISTED_FIRST_NAMES.has(w.lower))) return false;
  if (DETERMINERS.has(first.lower) || (first.lower.endsWith("'") && DETERMINERS.has(first.lower.slice(0, -1)))) {
    return subject.slice(1).filter((w) => CAPITAL.test(w.word)).length <= 1;
  }
  // "L'intérimaire": the elided article is glued to its noun.
  const elided = /^(\p{L}+['’])\p{L}/u.exec(first.word);
  if (elided !== null && DETERMINERS.has((elided[1] ?? '').toLowerCase().replace(/’/g, "'")) && subject.length <= 4) {
    return subject.slice(1).every((w) => !CAPITAL.test(w.word));
  }
  return subject.length === 1 && !MONTH_WORD.test(date);
}
