import { KIN_WORDS } from './data/kin-words.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';

/*
 * The shapes in which a note about someone's health, care or schooling names its subject where the name lists alone
 * are too weak to tell (names.ts asks these of a run it would otherwise pass over):
 * - a lone given name with a relative of a third person before it: "Her son Callum has cerebral palsy", "sein Sohn Jonas",
 *   "sa fille Léa", "su hija Lucía", "zijn dochter Emma", "suo figlio Marco" (a client's or a patient's relative);
 * - a lone given name with an age after it: "la petite Léa, 6 ans, emportée par une leucémie", "il funerale di Matteo,
 *   19 anni" (names.ts's AGE_AFTER);
 * - a given name written with an accent that the lists hold without it ("Benoît", listed as "benoit").
 * Held-out sets 66-70 (a solicitor's will clause, a chaplain's words for a funeral, a recruiter's notes) missed these.
 */

const LANGS = Object.values(KIN_WORDS);
const KIN = new Set(LANGS.flatMap((l) => l.kin));
const THEIRS = new Set(LANGS.flatMap((l) => l.theirs));
const LETTERS = /\p{L}[\p{L}'’-]*/gu;
const KIN_END = /\p{L}\s+$/u;

/**
 * Whether the word right before `at` is a relative ("son", "Tochter", "fille") and the one or two words before it a
 * third-person possessive ("her", "seine", "sa", "su", "zijn", "il suo"). Reads the 40 characters before `at` only.
 */
export function theirKinBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  // Only spaces between the relative and the name ("her son, X" is a list).
  if (!KIN_END.test(window)) return false;
  const words = window.toLowerCase().match(LETTERS) ?? [];
  const kin = words.at(-1);
  if (kin === undefined || !KIN.has(kin)) return false;
  const one = words.at(-2) ?? '';
  return THEIRS.has(one) || THEIRS.has(`${words.at(-3) ?? ''} ${one}`);
}

const MARKS = /\p{M}/gu;
/** Whether `lower` (a word in lower case with a letter beyond ASCII) is a listed given name once its accents are off ("benoît"). */
export function accentedGivenName(lower: string): boolean {
  const folded = lower.normalize('NFD').replace(MARKS, '');
  return folded !== lower && LISTED_FIRST_NAMES.has(folded);
}
