import {
  BODY_COMPOUND_HEADS, BODY_PARTS, BODY_SUFFIXES, CARE_HEALTH_STEMS, CARE_ONLY_STEMS, HEALTH_ABBREVIATION_FINAL_TIES, HEALTH_ABBREVIATION_TIES, HEALTH_ABBREVIATIONS,
  HEALTH_PHRASES, HEALTH_PREFIXES as OWN_PREFIXES, HEALTH_SUFFIXES as OWN_SUFFIXES, HEALTH_WORDS, INJURY_COMPOUND_ENDS,
  INJURY_WORDS, SUFFIX_STOP_WORDS, SYSTEM_BODY_PARTS, SYSTEM_INJURY_WORDS, SYSTEM_PREFIXES, SYSTEM_SUFFIXES,
} from './data/health-words.js';
import { hashOfCodes, latinRuns, lowerCode } from './word-index.js';

/**
 * Whether a text states a health fact: a condition, symptom, treatment, medicine, care setting, or a body part next
 * to an injury word, in any of the six languages (data/health-words.ts). Read word by word from the shared Latin
 * runs (word-index.ts): each word's first and last letters are hashed once (at most MAX_STEM of each) and looked up
 * in hash sets of the stems, so the cost is linear in the text and does not grow with the lexicon.
 */

const MAX_STEM = 24;
// The care stems ('cough', 'care plan') are read as prefixes, or as phrases when they hold a space; not those that
// also name everyday things (CARE_ONLY_STEMS).
const HEALTH_PREFIXES = [...OWN_PREFIXES, ...SYSTEM_PREFIXES, ...CARE_HEALTH_STEMS.filter((w) => !CARE_ONLY_STEMS.includes(w))];
const HEALTH_SUFFIXES = [...OWN_SUFFIXES, ...SYSTEM_SUFFIXES];
/** How many words apart a body part and an injury word may stand ('broke his left wrist', 'Knie beim Training verletzt'). */
const BODY_INJURY_GAP = 4;
const LETTER = /^\p{L}+$/u;

/** The hash of a word's code units read from its end (as the suffix loop reads a run). */
function hashReversed(w: string): number {
  let h = 0;
  for (let i = w.length - 1; i >= 0; i--) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}
function byHash(words: readonly string[], hash: (w: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const h = hash(w);
    const list = m.get(h) ?? [];
    if (!list.includes(w)) list.push(w);
    m.set(h, list);
  }
  return m;
}
// Stems of letters only are read inside one run; those with a space, hyphen or digit ('x-ray', 'druk op de borst',
// 'hba1c') are phrases, looked up by their first word and compared on the text.
const isWord = (w: string): boolean => LETTER.test(w);
const PREFIX = byHash(HEALTH_PREFIXES.filter(isWord), hashOfCodes);
const SUFFIX = byHash(HEALTH_SUFFIXES.filter(isWord), hashReversed);
const EXACT = byHash(HEALTH_WORDS, hashOfCodes);
const PHRASES = [...HEALTH_PHRASES, ...HEALTH_PREFIXES.filter((w) => !isWord(w))];
const PHRASE = byHash(PHRASES, (p) => hashOfCodes(p.slice(0, p.search(/[^\p{L}]/u))));

const BODY = byHash([...BODY_PARTS, ...SYSTEM_BODY_PARTS], hashOfCodes);
const BODY_END = byHash(BODY_SUFFIXES, hashReversed);
const INJURY = byHash([...INJURY_WORDS, ...SYSTEM_INJURY_WORDS], hashOfCodes);
// Everyday words that share a medical suffix or stem ('nostalgia', 'April', 'Dosis'): no health word when whole.
const STOP = byHash(SUFFIX_STOP_WORDS, hashOfCodes);
// A body part at a compound's start and an injury at its end ('Rippenprellung', 'polsbreuk').
const COMPOUND_HEAD = byHash(BODY_COMPOUND_HEADS, hashOfCodes);
const COMPOUND_END = byHash(INJURY_COMPOUND_ENDS, hashReversed);
const PREFIX_LENGTHS = new Set([...HEALTH_PREFIXES.filter(isWord), ...BODY_COMPOUND_HEADS].map((w) => w.length));
const SUFFIX_LENGTHS = new Set([...HEALTH_SUFFIXES, ...BODY_SUFFIXES, ...INJURY_COMPOUND_ENDS].map((w) => w.length));

/** The lower case of text[from, to) equals `word` (a code unit's lower case, as the hashes read it). */
function equalsLower(text: string, from: number, word: string): boolean {
  if (from < 0 || from + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(from + i)) !== word.charCodeAt(i)) return false;
  return true;
}
const has = (m: Map<number, string[]>, h: number, text: string, from: number): boolean => {
  const list = m.get(h);
  return list !== undefined && list.some((w) => equalsLower(text, from, w));
};
/** The whole run [from, to) is one of the words hashed to `h`. */
const hasWhole = (m: Map<number, string[]>, h: number, text: string, from: number, to: number): boolean => {
  const list = m.get(h);
  return list !== undefined && list.some((w) => w.length === to - from && equalsLower(text, from, w));
};

/** True when the text holds a health word of the six languages (see data/health-words.ts). Linear. */
export function hasHealthWords(text: string): boolean {
  const { count, start, end, lowerHash } = latinRuns(text);
  let lastBody = -BODY_INJURY_GAP - 1;
  let lastInjury = -BODY_INJURY_GAP - 1;
  for (let k = 0; k < count; k++) {
    const s = start[k] ?? 0;
    const e = end[k] ?? 0;
    const whole = lowerHash[k] ?? 0;
    if (hasWhole(EXACT, whole, text, s, e)) return true;
    const stop = hasWhole(STOP, whole, text, s, e);
    if (PHRASE.has(whole)) {
      const list = PHRASE.get(whole) ?? [];
      if (list.some((p) => equalsLower(text, s, p))) return true;
    }
    // Prefixes: the run's first letters.
    let h = 0;
    // Where the longest body part at the run's start ends (a compound's head), or -1.
    let headEnd = -1;
    const pe = Math.min(e, s + MAX_STEM);
    for (let i = s; i < pe; i++) {
      h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
      if (!PREFIX_LENGTHS.has(i - s + 1)) continue;
      if (!stop && has(PREFIX, h, text, s)) return true;
      if (i + 1 < e && has(COMPOUND_HEAD, h, text, s)) headEnd = i + 1;
    }
    // Suffixes: the run's last letters, read backwards.
    h = 0;
    const se = Math.max(s, e - MAX_STEM);
    for (let i = e - 1; i >= se; i--) {
      h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
      if (!SUFFIX_LENGTHS.has(e - i)) continue;
      if (!stop && has(SUFFIX, h, text, i)) return true;
      if (headEnd >= 0 && i >= headEnd && has(COMPOUND_END, h, text, i)) return true;
      if (has(BODY_END, h, text, i) && i > s) {
        if (k - lastInjury <= BODY_INJURY_GAP) return true;
        lastBody = k;
      }
    }
    if (hasWhole(BODY, whole, text, s, e)) {
      if (k - lastInjury <= BODY_INJURY_GAP) return true;
      lastBody = k;
    } else if (hasWhole(INJURY, whole, text, s, e)) {
      if (k - lastBody <= BODY_INJURY_GAP) return true;
      lastInjury = k;
    }
  }
  return false;
}

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (ws: readonly string[]): string => [...new Set(ws)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
// A tie word, then an article or possessive (or an elided one glued to the abbreviation: "l'ADHD"), then the
// abbreviation in capitals as written (SLA, a service-level agreement as often, only after a feminine article: "la
// SLA", "une SLA"). Not when a capitalised word, a number or a degree's words follow ("MS Teams",
// "MS Office", "SEP 2024", "an MS degree", "MS in Chemistry"): those are products, dates and degrees.
const ABBREVIATION_TIED = new RegExp(
  `(?<![\\p{L}])(?:${byLength(HEALTH_ABBREVIATION_TIES)})(?:\\s+|['’])(?:(?:une?|la|le|el|una?|il|lo|een|het|de|die|eine[nr]?|the|sa|son|su|sua|suo|seine?|ihre?)\\s+|[ld]['’]|un['’])?` +
    `(?:${byLength(HEALTH_ABBREVIATIONS)}|(?<=(?:la|une|sa)\\s)SLA)(?![\\p{L}\\d/])(?!\\s*\\d)(?!\\s+(?:\\p{Lu}|degrees?\\b|programm?e?s?\\b|students?\\b|thesis\\b|in\\b))`,
  'u',
);
// Or a Dutch or German clause's subject before it and its verb of having last ("dat ze MS heeft", "dass er MS hat").
// Case-sensitive as above; the subject in lower case only, so a sentence's capitalised word before a product is no tie.
const ABBREVIATION_FINAL = new RegExp(
  `(?<![\\p{L}])(?:${byLength(HEALTH_ABBREVIATION_FINAL_TIES.subjects)})\\s+(?:${byLength(HEALTH_ABBREVIATIONS)})\\s+(?:${byLength(HEALTH_ABBREVIATION_FINAL_TIES.verbs)})(?![\\p{L}])`,
  'u',
);
// Speed: the pattern runs only on a text with two capitals in a row somewhere (every abbreviation has them).
const TWO_CAPITALS = /[A-Z]{2}/;

/**
 * True when the text gives someone a condition by its abbreviation ("Tom has MS", "hat COPD", "a une SEP", "tiene
 * EPOC", "heeft PTSS", "ha la SM", "dat ze MS heeft"): health evidence as strong as the condition's name. Case-sensitive:
 * "ms" and "Ms" are a unit and a title. Linear (two searches, no nested scan).
 */
export function hasTiedHealthAbbreviation(text: string): boolean {
  return TWO_CAPITALS.test(text) && (ABBREVIATION_TIED.test(text) || ABBREVIATION_FINAL.test(text));
}

// A pregnancy told by its term alone, after a copula ("Priya is 32 weeks now", "Camille est à 28 SA", "Lucía está de 30
// semanas", "Sanne is 30 weken", "Giulia è alla 30ª settimana"), or the French obstetric "28 SA": a health fact of the
// person the sentence names. Not a span of time that the words after it give ("12 weeks into her contract", "weeks old").
const PREGNANCY_TERM = /(?:(?<!\p{L})(?:is|['’]s|ist|est à|est a|está de|va de|is nu|è alla|è al|è di|è a|è in|zit op)\s+\d{1,2}(?:\+\d)?(?:\.|ª|a|°)?\s*(?:weeks|wks|wochen|semaines|SA|semanas|weken|settimane|settimana)|\d{1,2}(?:\+\d)?\s?SA)(?!\p{L})(?!\s+(?:into|in|of|post|after|since|old|ago|away|late|behind|left|long|until|till|before|from|to go|to|de trabajo|di lavoro|de travail|lang|dauert|durée|de duración|durata)(?!\p{L}))/u;
/** Whether the text tells a pregnancy by its term alone (PREGNANCY_TERM). */
export const hasPregnancyTerm = (text: string): boolean => PREGNANCY_TERM.test(text);
