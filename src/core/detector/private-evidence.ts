import { PRIVATE_EVIDENCE_WORDS } from './data/private-evidence-words.js';
import { hasHealthWords, hasPregnancyTerm, hasTiedHealthAbbreviation } from './health-context.js';
import { latinRuns } from './word-index.js';

/*
 * The private-evidence gate. A name the name lists alone found (rule person.gazetteer: a listed first name and a surname,
 * no cue, no title) is personal data when the request is about a private person: a patient, a pupil, an employee, a
 * client or member, someone the writer knows. Requests whose only findings are such names were, on every held-out set,
 * of two kinds: private notes, which carry words of health and care, school, work and HR, clients and members, case
 * records, a relation to the writer or an age next to the name; and concert programmes, match reports, book blurbs, film
 * casts, history notes and travel plans naming public or fictional people, which carry none. So when every finding of a
 * request is such a name and no text of the request holds private evidence, the names are dropped. In the strings that
 * hold the names, evidence counts only near one of them (dropUnevidencedNames): a long text with "my daughter" at its top
 * and a historical figure paragraphs on names no private person.
 *
 * What it cannot see: a private note with no such word ("Thomas Keller owes us 40 euros" as a whole request) loses its
 * name; a public text that uses one ("Serena Williams' pregnancy") keeps its names. It only ever removes names of the
 * lists, and only when nothing else was found: any other finding (an e-mail, a phone, a cue-backed name) keeps them all.
 *
 * A health fact of the shared lexicon (health-context.ts: medicines, conditions, obstetric words such as "GDM", "Sectio",
 * "puérpera") is private evidence too: a midwife's note ("Aoife Brennan, started metformin") names a patient, while the
 * concert programmes and match reports the gate is for hold no such word (held-out set 10). So is a condition given to
 * someone by its abbreviation ("Tom Ridgeway has MS", "a une BPCO", "tiene EPOC": hasTiedHealthAbbreviation).
 *
 * Words per language in data/private-evidence-words.ts, matched at a word start on word-index.ts's Latin runs, lower case
 * with accents folded; "stem*" by prefix. Speed: a word's folded hash is extended letter by letter and looked up in two
 * 64K-bit filters (stems, whole words), so a text costs one pass over its letters; strings are made only on a filter hit.
 * The gate runs only on a request whose findings are all such names.
 */

/** Lower case with accents off ("É" -> "e") for the code units up to U+024F; 0 for any other character and for no letter. */
const FOLD = new Uint16Array(65536);
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  if (!/^\p{L}$/u.test(ch)) continue;
  const base = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  FOLD[c] = base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
}
/** A code unit folded by FOLD (shared with phone-evidence.ts). */
export const foldCode = (c: number): number => FOLD[c] ?? 0;
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** A key's words, folded; characters that are no letters separate words ("n° de dossier" -> n, de, dossier). */
function foldWords(key: string): string[] {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const f = foldCode(key.charCodeAt(i));
    out += f === 0 ? ' ' : String.fromCharCode(f);
  }
  return out.split(' ').filter((w) => w !== '');
}
const hashOf = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
  return h;
};

type Kind = 'word' | 'room' | 'record';
interface Entry {
  /** The last word (a stem when `prefix`). */
  last: string;
  prefix: boolean;
  /** The words before it, in order. */
  prev: string[];
  kind: Kind;
}
/** Stems shorter than this are matched as whole words only. */
const MIN_STEM = 4;
let longestStem = 0;
let longestEnding = 0;
const EXACT = new Map<number, Entry[]>();
const PREFIX = new Map<number, Entry[]>();
/** Word endings ("*allergie": "Erdnussallergie"), by the hash of their letters read backwards. */
const SUFFIX = new Map<number, Entry[]>();
const EXACT_BITS = new Uint8Array(8192);
const PREFIX_BITS = new Uint8Array(8192);
const SUFFIX_BITS = new Uint8Array(8192);
/** The hashes of every stem's first MIN_STEM - 1 letters, and of every ending's last MIN_STEM - 1 letters read backwards. */
const STEM_STARTS = new Uint8Array(8192);
const ENDING_ENDS = new Uint8Array(8192);
const setBit = (bits: Uint8Array, h: number): void => {
  bits[(h & 0xffff) >> 3] = (bits[(h & 0xffff) >> 3] ?? 0) | (1 << (h & 7));
};
const hasBit = (bits: Uint8Array, h: number): boolean =>
  ((bits[(h & 0xffff) >> 3] ?? 0) & (1 << (h & 7))) !== 0;

function add(key: string, kind: Kind): void {
  if (key.startsWith('*')) {
    const [ending, ...more] = foldWords(key.slice(1));
    if (ending === undefined || more.length > 0 || ending.length < MIN_STEM)
      throw new Error(`private-evidence: a word ending is one word of ${MIN_STEM} letters or more: ${key}`);
    let h = 0;
    for (let i = ending.length - 1; i >= 0; i--) h = step(h, ending.charCodeAt(i));
    SUFFIX.set(h, [...(SUFFIX.get(h) ?? []), { last: ending, prefix: false, prev: [], kind }]);
    setBit(SUFFIX_BITS, h);
    let ends = 0;
    for (let i = ending.length - 1; i > ending.length - MIN_STEM; i--) ends = step(ends, ending.charCodeAt(i));
    setBit(ENDING_ENDS, ends);
    longestEnding = Math.max(longestEnding, ending.length);
    add(ending, kind);
    return;
  }
  const prefix = key.endsWith('*');
  const words = foldWords(prefix ? key.slice(0, -1) : key);
  const last = words.pop();
  if (last === undefined) return;
  if (prefix && last.length < MIN_STEM)
    throw new Error(`private-evidence: stem shorter than ${MIN_STEM} letters: ${key}`);
  const entry: Entry = { last, prefix, prev: words, kind };
  if (prefix) {
    longestStem = Math.max(longestStem, last.length);
    setBit(STEM_STARTS, hashOf(last.slice(0, MIN_STEM - 1)));
  }
  const h = hashOf(last);
  const map = prefix ? PREFIX : EXACT;
  map.set(h, [...(map.get(h) ?? []), entry]);
  setBit(prefix ? PREFIX_BITS : EXACT_BITS, h);
}
for (const lang of Object.values(PRIVATE_EVIDENCE_WORDS)) {
  for (const w of lang.words) add(w, 'word');
  for (const p of lang.possessive) for (const r of lang.relation) add(`${p} ${r}`, 'word');
  for (const r of lang.beforeNumber) add(r, 'room');
  for (const w of lang.recordCheck) add(w, 'record');
}

// Between two words of a phrase: spaces, a hyphen, an apostrophe, '&', '/', '.' or '°' ("m'a dit", "A&E", "Mat.-Nr.", "n° de").
const GAP = /^[\s'’&/.°º-]{1,3}$/;
// A number after a room word ("zimmer 12", "room 3b", "ch. 8").
const NUMBER_AFTER = /^[\s.:]{0,2}(?:n[°º.]?\s?)?\d{1,3}(?!\d)/u;

/** The folded text of the code units start..end (letters only: the runs hold nothing else). */
function foldedSlice(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return s;
}

/** The entry that matches the run k of `runs` (its first `len` letters when a stem), if any. */
function matches(
  text: string,
  entries: readonly Entry[],
  runs: { start: Int32Array; end: Int32Array },
  k: number,
  len: number,
  only: Kind | undefined,
): Entry | undefined {
  const s = runs.start[k] ?? 0;
  let word: string | undefined;
  for (const e of entries) {
    if (only !== undefined && e.kind !== only) continue;
    word ??= foldedSlice(text, s, s + len);
    if (e.last !== word) continue;
    let ok = true;
    let at = s;
    for (let j = e.prev.length - 1; j >= 0 && ok; j--) {
      const r = k - (e.prev.length - j);
      if (r < 0) {
        ok = false;
        break;
      }
      const rs = runs.start[r] ?? 0;
      const re = runs.end[r] ?? 0;
      ok = GAP.test(text.slice(re, at)) && foldedSlice(text, rs, re) === e.prev[j];
      at = rs;
    }
    if (!ok) continue;
    if (e.kind === 'room' && !NUMBER_AFTER.test(text.slice(runs.end[k] ?? 0, (runs.end[k] ?? 0) + 8)))
      continue;
    return e;
  }
  return undefined;
}

/** True when `text` holds a word or phrase of private evidence (see data/private-evidence-words.ts). Linear. */
export const hasPrivateWords = (text: string): boolean => privateWordIn(text) !== undefined;

/** The first word or phrase of private evidence in `text` as listed (or "age" for an age and sex code), if any. */
export const privateWordIn = (text: string): string | undefined => firstWordIn(text, undefined);

/** True when `text` names a criminal-record check (data/private-evidence-words.ts `recordCheck`). Linear. */
export const hasRecordCheckWords = (text: string): boolean => firstWordIn(text, 'record') !== undefined;

/** The first listed word or phrase in `text` (of kind `only` when given). */
function firstWordIn(text: string, only: Kind | undefined): string | undefined {
  const runs = latinRuns(text);
  const { start, end, count, foldHash, shape } = runs;
  for (let k = 0; k < count; k++) {
    const s = start[k] ?? 0;
    const e = end[k] ?? 0;
    // An ASCII word's hash is the runs' own (both lower-case its letters); a word with other letters is folded here.
    const ascii = ((shape[k] ?? 0) & 2) === 0;
    let h = 0;
    let i = s;
    if (e - s >= MIN_STEM) {
      // The first letters, too few for a stem: a word whose first three begin no stem is looked up whole only.
      for (const stop = s + MIN_STEM - 1; i < stop; i++) h = step(h, FOLD[text.charCodeAt(i)] ?? 0);
      if (hasBit(STEM_STARTS, h)) {
        for (const stop = Math.min(e, s + longestStem); i < stop; i++) {
          h = step(h, FOLD[text.charCodeAt(i)] ?? 0);
          if (hasBit(PREFIX_BITS, h)) {
            const entries = PREFIX.get(h);
            const m = entries === undefined ? undefined : matches(text, entries, runs, k, i - s + 1, only);
            if (m !== undefined) return [...m.prev, `${m.last}*`].join(' ');
          }
        }
      }
    }
    if (ascii) h = foldHash[k] ?? 0;
    else for (; i < e; i++) h = step(h, FOLD[text.charCodeAt(i)] ?? 0);
    if (hasBit(EXACT_BITS, h)) {
      const entries = EXACT.get(h);
      const m = entries === undefined ? undefined : matches(text, entries, runs, k, e - s, only);
      if (m !== undefined) return [...m.prev, m.last].join(' ');
    }
    // Endings of compounds ("Erdnussallergie"), read backwards; a word that is an ending alone is one of EXACT. A word
    // whose last three letters end no ending is passed over.
    if (e - s <= MIN_STEM) continue;
    let r = 0;
    let j = e - 1;
    for (const stop = e - MIN_STEM + 1; j >= stop; j--) r = step(r, FOLD[text.charCodeAt(j)] ?? 0);
    if (!hasBit(ENDING_ENDS, r)) continue;
    for (const stop = Math.max(s + 1, e - longestEnding); j >= stop; j--) {
      r = step(r, FOLD[text.charCodeAt(j)] ?? 0);
      if (hasBit(SUFFIX_BITS, r)) {
        const m = SUFFIX.get(r)?.find((x) => (only === undefined || x.kind === only) && x.last === foldedSlice(text, j, e));
        if (m !== undefined) return `*${m.last}`;
      }
    }
  }
  if (only !== undefined) return undefined;
  return AGE_SEX.test(text) ? 'age' : GRAVIDA_PARA.test(text) ? 'gravida-para' : undefined;
}

// An age and sex written the clinical way anywhere ("72F", "34yo", "6 J.", "45 y/o").
const AGE_SEX = /(?<![\p{L}\d.,:/-])\d{1,3}(?:[MF]|yo|y\/o|J\.)(?![\p{L}\d])/u;
// Pregnancies and births the obstetric way ("G2P1", "G3 P2+1"): one woman's history.
const GRAVIDA_PARA = /(?<![\p{L}\d])G\d{1,2} ?P\d{1,2}(?:\+\d{1,2})?(?![\p{L}\d])/u;
const units = [...new Set(Object.values(PRIVATE_EVIDENCE_WORDS).flatMap((l) => l.ageUnit))]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s/.]?'))
  .join('|');
// An age right after a name: "Anselmo Triviño, 77 años", "Malte Ostendorp, 6 J.", "Konstantinos Papadopoulos, 29, seit...".
const AGE_AFTER = new RegExp(
  `^\\s?(?:[,(–-]\\s?\\d{1,3}\\s?(?:${units})(?![\\p{L}])|,\\s?\\d{1,3}\\s?[,;])`,
  'iu',
);

/** True when an age follows the name that ends at `end` in `text`. */
export function ageAfterName(text: string, end: number): boolean {
  return AGE_AFTER.test(text.slice(end, end + 24));
}

// A full numeric date right after a name on its row ("Poppy Gillespie 21/06/2016", "Roberta Gallo | 07/04/1963 |
// colonscopia", "Jansen; 12-03-1989", an export's ISO form "SAIDI;Lina;2018-03-30"): a roster or register row of a person, the shape records print a birth date or
// an appointment in. Programmes, casts and history notes give people years or dates in words, not such a row; a life
// span in brackets ("Horst Köhler (22.2.1943–1.2.2025)") is a biography's, not a row's.
const ROW_DATE_AFTER =
  /^\s?(?:[|;,:\t]\s?)?(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d|\s?[–—-]\s?\d)/;

// A family word as a title right before a name (data/private-evidence-words.ts kinTitle): "Opa Helmut Kienzler".
const KIN_TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(PRIVATE_EVIDENCE_WORDS).flatMap((w) => w.kinTitle))].join('|')})\\s{1,2}$`,
  'iu',
);

/** True when a family word stands as a title right before the name that starts at `start` in `text`. */
export function kinTitleBeforeName(text: string, start: number): boolean {
  return KIN_TITLE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** True when a full numeric date stands right after the name that ends at `end` in `text`, on its row. */
export function rowDateAfterName(text: string, end: number): boolean {
  return ROW_DATE_AFTER.test(text.slice(end, end + 16));
}

export interface NameFinding {
  entity: string;
  rule: string;
  path: string;
  start: number;
  end: number;
}

/** A name the name lists alone found (rule person.gazetteer). */
export const listedNameOnly = (f: NameFinding): boolean => f.entity === 'PERSON' && f.rule === 'person.gazetteer';

const evidenceIn = (t: string): boolean => hasPrivateWords(t) || hasHealthWords(t) || hasTiedHealthAbbreviation(t) || hasPregnancyTerm(t);

// How far from a name (each way, in its own string) a word of private life still speaks of that name.
const NEAR = 200;

/**
 * The gate (see above), on a whole request: when every finding is a name of the lists alone, no age follows one of them,
 * and no text of the request (`texts`: every string scanned) holds private evidence, every finding is removed, in place.
 *
 * Evidence is judged per name inside the strings that hold the names: a word of private life in such a string counts
 * only within NEAR characters of one of its names. A school text that opens with "my daughter" and then, paragraphs on,
 * names a composer, or a family itinerary whose "wheelchair" sits far from the museum's namesake, is about no private
 * person by that name. Evidence in any other string (a system prompt, an earlier turn, a key) still counts for the whole
 * request: "I manage a care home" in one message makes the names of the next private.
 */
export function dropUnevidencedNames(
  findings: NameFinding[],
  texts: readonly string[],
  leaves: readonly { text: string; path: string }[],
): void {
  if (findings.length === 0 || !findings.every(listedNameOnly)) return;
  if (namesHaveEvidence(findings, texts, leaves)) return;
  findings.length = 0;
}

/**
 * Whether the listed names `names` have private evidence, as the gate above judges it: an age after one of them, a word
 * of private life or health within NEAR characters of one in its own string, or such a word in any string that holds
 * none of them (birth-evidence.ts asks the same of the names beside a life story's birth date).
 */
export function namesHaveEvidence(
  names: readonly NameFinding[],
  texts: readonly string[],
  leaves: readonly { text: string; path: string }[],
): boolean {
  const byPath = new Map<string, string>();
  for (const l of leaves) byPath.set(l.path, l.text);
  const own = new Set<string>();
  for (const f of names) {
    const t = byPath.get(f.path);
    // A name in no known string (a key, a seam) cannot be judged near: the request-wide test decides.
    if (t === undefined) {
      if (texts.some(evidenceIn)) return true;
      continue;
    }
    if (ageAfterName(t, f.end) || rowDateAfterName(t, f.end) || kinTitleBeforeName(t, f.start)) return true;
    own.add(t);
  }
  for (const t of texts) if (!own.has(t) && evidenceIn(t)) return true;
  for (const f of names) {
    const t = byPath.get(f.path);
    if (t !== undefined && evidenceIn(t.slice(Math.max(0, f.start - NEAR), f.end + NEAR))) return true;
  }
  return false;
}
