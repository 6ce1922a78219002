import { careContext } from './care-context.js';
import { KIN_WORDS, WORD_NAMES } from './data/kin-words.js';
import type { Hit } from './hit.js';
import { SHORT_FORMS } from './data/top-given-names.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { LANGUAGES } from './languages.js';
import { isLetterUnit } from './name-chars.js';
import { fold, JOINED_BEFORE, latinRuns, lowerCode } from './word-index.js';

/**
 * A person named by a first name alone, in informal text, next to a special-category fact: "my mate dev just got
 * diagnosed bipolar", "mn zus sanne is 9 weken zwanger", "ne nachricht an jana, die hatte eine fehlgeburt", "Ngozi from
 * my team told me she's pregnant". A first name with no surname is personal data when the reader knows who it is, and
 * here the writer does: the relation ("my cousin"), the addressee ("a message to") or the workplace ("from my team")
 * ties it to one person. Only looked for when the text holds a special-category word, so ordinary chat is untouched.
 */

const hashOf = (word: string): number => {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = fold(c);
    h = (Math.imul(h, 31) + (f >= 0 ? f : c === 0x2019 ? 39 : c)) | 0;
  }
  return h;
};

const FIRST_NAMES = LISTED_FIRST_NAMES;
// Short forms ('ale', 'nacho', 'basti'): a name right after a relation word (data/top-given-names.ts).
const SHORT = new Set(SHORT_FORMS.split(' '));
// Listed first names that are also everyday words in lower case ("my friend will ...", "mijn man is ..."): never taken lower-case.
const EVERYDAY = new Set(
  (
    'will may june april august mark bill rose grace hope joy faith art sunny max ben dan guy jack pat sue ray gay rich ' +
    'bob lee sam tom van von de la le del da di man mann frau is ist was has hat had got just also and und et y e en ' +
    'she he her him his sie er il elle ella lei lui ze hij zij die der das den het een ein eine un une una uno'
  ).split(' '),
);

const langs = Object.values(KIN_WORDS);
/** A phrase's words and their hashes (computed once, not per comparison). */
interface Phrase {
  words: readonly string[];
  hashes: readonly number[];
}
interface PhraseIndex {
  /** This list's bit in FIRST_WORD_LISTS. */
  bit: number;
  byFirst: ReadonlyMap<number, readonly Phrase[]>;
}
/**
 * Per (hash & FIRST_MASK) of a word: the bits of the lists with a phrase whose first word has that hash. Read once per
 * word (Words.lists): most words are ruled out for every list without a Map lookup.
 * Speed: 8 KB (some 400 first words, one slot in twenty taken): a table of 64 KB read at random once per word of the
 * text missed the processor's cache on most words once the other scanners had run.
 */
const FIRST_MASK = 0x1fff;
const FIRST_WORD_LISTS = new Uint8Array(FIRST_MASK + 1);
/** Phrases by the hash of their first word, so a word is compared only with the phrases it can begin. */
function index(list: readonly string[], bit: number): PhraseIndex {
  const byFirst = new Map<number, Phrase[]>();
  for (const p of new Set(list)) {
    const ws = p.split(' ');
    const first = hashOf(ws[0] ?? '');
    byFirst.set(first, [...(byFirst.get(first) ?? []), { words: ws, hashes: ws.map(hashOf) }]);
    FIRST_WORD_LISTS[first & FIRST_MASK] = (FIRST_WORD_LISTS[first & FIRST_MASK] ?? 0) | bit;
  }
  return { bit, byFirst };
}
const phrases = (pick: (l: (typeof langs)[number]) => readonly string[], bit: number): PhraseIndex =>
  index(langs.flatMap(pick), bit);
const POSSESSIVE = phrases((l) => l.possessive, 1);
const KIN = new Set(langs.flatMap((l) => l.kin));
const KIN_HASH = new Set([...KIN].map(hashOf));
const MESSAGE_TO = phrases((l) => l.messageTo, 2);
const FROM_MINE = phrases((l) => l.fromMine, 4);
const SENSITIVE = index([
  ...langs.flatMap((l) => l.sensitive),
  ...Object.values(LANGUAGES).flatMap((l) => l.health),
], 8);

/** Tokens before or after a name that still count as the same passage. */
const BEFORE = 30;
const AFTER = 45;
/** The longest phrase, in words. */
const longest = (list: PhraseIndex): number => Math.max(0, ...[...list.byFirst.values()].flat().map((p) => p.words.length));
// How far after word k a name found from k can stand: after a possessive and a relative, or after an addressee phrase.
const REACH = Math.max(longest(POSSESSIVE) + 1, longest(MESSAGE_TO));

interface Words {
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** FIRST_WORD_LISTS of the word's hash: the lists with a phrase it can begin. */
  lists: Uint8Array;
  count: number;
  /** The words that may begin a special-category phrase (SENSITIVE's bit), ascending. */
  sensitive: Int32Array;
  sensitiveCount: number;
  /** The words a name can be found from (see scanKinNames), ascending. */
  from: Int32Array;
  fromCount: number;
}
const W: Words = {
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  hash: new Int32Array(1024),
  lists: new Uint8Array(1024),
  count: 0,
  sensitive: new Int32Array(256),
  sensitiveCount: 0,
  from: new Int32Array(256),
  fromCount: 0,
};

const grown = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Letter runs (with inner apostrophes and hyphens: "m'n", "belle-sœur") and a case-folded hash of each, in reused
 * typed arrays: no string is built until a word's hash is one of the list words'. Read from the text's Latin letter
 * runs (word-index.ts, shared with person-context.ts): a word is a run, or runs joined by one apostrophe or hyphen
 * each. Linear.
 * Speed: the same walk lists the few words that can begin a special-category phrase and those a name can be found
 * from, so the scan reads those instead of every word twice more.
 */
function words(text: string): Words {
  const runs = latinRuns(text);
  const count = runs.count;
  let k = 0;
  let sensitiveCount = 0;
  let fromCount = 0;
  for (let r = 0; r < count; r++) {
    const s = runs.start[r] ?? 0;
    let e = runs.end[r] ?? 0;
    let h = runs.foldHash[r] ?? 0;
    // Joined to the next run by one joiner right between them: one word, its hash read again over its letters and joiners.
    // Speed: the next run says whether a joiner stands right before it (JOINED_BEFORE), so no character is read here.
    if (r + 1 < count && runs.start[r + 1] === e + 1 && ((runs.shape[r + 1] ?? 0) & JOINED_BEFORE) !== 0) {
      while (r + 1 < count && runs.start[r + 1] === e + 1 && ((runs.shape[r + 1] ?? 0) & JOINED_BEFORE) !== 0) e = runs.end[++r] ?? 0;
      h = hashOf(text.slice(s, e));
    }
    if (k === W.start.length) {
      W.start = grown(W.start);
      W.end = grown(W.end);
      W.hash = grown(W.hash);
      const lists = new Uint8Array(k * 2);
      lists.set(W.lists);
      W.lists = lists;
    }
    const lists = FIRST_WORD_LISTS[h & FIRST_MASK] ?? 0;
    W.start[k] = s;
    W.end[k] = e;
    W.hash[k] = h;
    W.lists[k] = lists;
    if (lists !== 0) {
      if ((lists & SENSITIVE.bit) !== 0) {
        if (sensitiveCount === W.sensitive.length) W.sensitive = grown(W.sensitive);
        W.sensitive[sensitiveCount++] = k;
      }
      // A name is found from a word that begins a possessive or addressee phrase, or from the word before one that
      // begins a FROM_MINE phrase; each once, in order.
      if (fromCount + 2 > W.from.length) W.from = grown(W.from);
      if ((lists & FROM_MINE.bit) !== 0 && k > 0 && (fromCount === 0 || W.from[fromCount - 1] !== k - 1)) W.from[fromCount++] = k - 1;
      if ((lists & (POSSESSIVE.bit | MESSAGE_TO.bit)) !== 0) W.from[fromCount++] = k;
    }
    k++;
  }
  W.count = k;
  W.sensitiveCount = sensitiveCount;
  W.fromCount = fromCount;
  return W;
}

/** The lower-cased word k, built only for words whose hash matched. */
const wordAt = (text: string, w: Words, k: number): string =>
  text.slice(w.start[k], w.end[k]).toLowerCase().replace(/’/g, "'");

/**
 * Whether word k lower-cased (with ’ as ') is `word`, compared in place. Only İ lower-cases to more than one code unit:
 * with the same length, a word holding one is longer lower-cased and so not `word`; with another length, the string decides.
 */
function wordIs(text: string, w: Words, k: number, word: string): boolean {
  const s = w.start[k] ?? 0;
  const e = w.end[k] ?? 0;
  if (e - s !== word.length) return wordAt(text, w, k) === word;
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(s + j);
    if ((c === 0x2019 ? 39 : lowerCode(c)) !== word.charCodeAt(j) || c === 0x130) return false;
  }
  return true;
}

/** Length in words of the phrase of `list` that starts at word k, longest first; 0 when none (words separated by spaces only). */
function phraseAt(text: string, w: Words, k: number, list: PhraseIndex): number {
  if (((w.lists[k] ?? 0) & list.bit) === 0) return 0;
  const h = w.hash[k] ?? 0;
  const candidates = list.byFirst.get(h);
  if (candidates === undefined) return 0;
  let best = 0;
  for (const { words: p, hashes } of candidates) {
    if (p.length <= best || k + p.length > w.count) continue;
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) {
      ok =
        w.hash[k + j] === hashes[j] &&
        (j === 0 || onlySpaces(text, w.end[k + j - 1] ?? 0, w.start[k + j] ?? 0)) &&
        wordIs(text, w, k + j, p[j] ?? '');
    }
    if (ok) best = p.length;
  }
  return best;
}

const onlySpaces = (text: string, a: number, b: number): boolean => {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
};

/** A word that can be the first name: listed (in any case) or capitalised and not an everyday word. */
function nameLike(text: string, w: Words, k: number): boolean {
  const lower = wordAt(text, w, k);
  if (lower.length < 2 || EVERYDAY.has(lower) || KIN.has(lower)) return false;
  const s = w.start[k] ?? 0;
  const c = text.charAt(s);
  const capitalised =
    c !== c.toLowerCase() && text.slice(s + 1, w.end[k]) === text.slice(s + 1, w.end[k]).toLowerCase();
  return FIRST_NAMES.has(lower) || SHORT.has(lower) || capitalised;
}

// Marks that open a quoted message: straight and curly quotes, guillemets, low quotes.
const QUOTE_OPEN = new Set([0x22, 0x27, 0xab, 0x2018, 0x201a, 0x201c, 0x201e]);
const isLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || isLetterUnit(c);

/**
 * Whether word k opens a message the writer pasted: right after an opening quote ("'Dean, ...", "« Sandrine, ..."),
 * after a colon ("make this calmer: Dean, ..."), or at the start of the text or of a line.
 */
function opensMessage(text: string, s: number): boolean {
  let i = s - 1;
  if (i < 0) return true;
  let c = text.charCodeAt(i);
  if (c === 32 && i > 0) c = text.charCodeAt(--i);
  if (QUOTE_OPEN.has(c)) return i === 0 || !isLetterOrDigit(text.charCodeAt(i - 1));
  if (c === 10) return true;
  return c === 58 && i < s - 1;
}

/** Word k in lower case when it is written capitalised ('Lily', not 'lily' or 'LILY'); null otherwise. */
function capitalisedWord(text: string, w: Words, k: number): string | null {
  const s = w.start[k] ?? 0;
  const c = text.charAt(s);
  if (c === c.toLowerCase()) return null;
  const rest = text.slice(s + 1, w.end[k]);
  if (rest !== rest.toLowerCase()) return null;
  const lower = wordAt(text, w, k);
  return lower.length >= 2 ? lower : null;
}

/** Word k is a listed first name written capitalised ('Lily', 'Zoë', 'Óscar'), not an everyday or kin word. */
function capitalisedListed(text: string, w: Words, k: number): boolean {
  const lower = capitalisedWord(text, w, k);
  return lower !== null && FIRST_NAMES.has(lower) && !EVERYDAY.has(lower) && !KIN.has(lower);
}

const WORD_NAME = new Set(WORD_NAMES.split(' '));
/** Word k is capitalised and a first name: listed, a short form, or a given name that is also an everyday word. */
function capitalisedAnyName(text: string, w: Words, k: number): boolean {
  const lower = capitalisedWord(text, w, k);
  return lower !== null && !KIN.has(lower) && (FIRST_NAMES.has(lower) || SHORT.has(lower) || WORD_NAME.has(lower));
}

/** Word k starts with a lower-case letter, or is the pronoun I ('I', "I'm"). */
function goesOnLower(text: string, w: Words, k: number): boolean {
  const c = text.charAt(w.start[k] ?? 0);
  if (c !== c.toUpperCase()) return true;
  const word = wordAt(text, w, k);
  return word === 'i' || word.startsWith("i'");
}

/**
 * The addressee of a message the writer pasted, named by a first name and a comma at its opening, and a second first
 * name right after it ("'Dean, Lily isn't coming this weekend, she's had anxiety all week'", "'Nicole, Finn bleibt bei
 * mir'", "« Sandrine, Enzo reste chez moi »", "'Óscar, Martina no va contigo'"): a message to an ex or a relative about
 * a child, read in a text about someone's health. Such an opening is a vocative, not a list: the word after the name(s)
 * goes on in lower case (a verb, a pronoun). Only in a text with a health, care or special-category word.
 */
function scanQuotedAddressees(text: string, w: Words, out: Hit[]): void {
  let health: boolean | undefined;
  const count = w.count;
  for (let k = 0; k + 1 < count; k++) {
    const e = w.end[k] ?? 0;
    // Speed: a comma and a space right after the word first (one or two code units), the rest only then.
    if (text.charCodeAt(e) !== 44 || text.charCodeAt(e + 1) !== 32 || w.start[k + 1] !== e + 2) continue;
    if (!capitalisedAnyName(text, w, k) || !opensMessage(text, w.start[k] ?? 0)) continue;
    const names = [k];
    if (goesOnLower(text, w, k + 1)) {
      // "'Nicole, ich will ...'": the addressee alone, a listed name (not an everyday word: "'Hope, she said'").
      if (!capitalisedListed(text, w, k)) continue;
    } else if (
      k + 2 < count &&
      capitalisedAnyName(text, w, k + 1) &&
      onlySpaces(text, w.end[k + 1] ?? 0, w.start[k + 2] ?? 0) &&
      goesOnLower(text, w, k + 2)
    ) {
      names.push(k + 1);
    } else continue;
    health ??= careContext(text);
    if (!health && !nearSensitive(k)) continue;
    for (const j of names)
      out.push({ entity: 'PERSON', dataClass: 'pii', start: w.start[j] ?? 0, end: w.end[j] ?? 0, score: 0.75, rule: 'person.addressee' });
  }
}

/** Word indices of the special-category phrases' first words (see scanKinNames), ascending. */
let SENSITIVE_AT = new Int32Array(256);
// The text being scanned (scanKinNames): how many of SENSITIVE_AT are its own, and its word count. Module state rather
// than closures made per text (speed: each costs a property definition under tsx's keepNames).
let sensitiveHits = 0;
let wordCount = 0;

/** Whether a special-category phrase starts at a word in [lo, hi): the first one at or after lo, by halving. */
function sensitiveIn(lo: number, hi: number): boolean {
  const at = SENSITIVE_AT;
  let a = 0;
  let b = sensitiveHits;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((at[mid] ?? 0) < lo) a = mid + 1;
    else b = mid;
  }
  return a < sensitiveHits && (at[a] ?? 0) < hi;
}

const nearSensitive = (k: number): boolean => sensitiveIn(Math.max(0, k - BEFORE), Math.min(wordCount, k + AFTER));

/** Word k as a name found by `rule`, when a special-category phrase is near it. */
function emit(w: Words, k: number, rule: string, out: Hit[]): void {
  if (!nearSensitive(k)) return;
  out.push({
    entity: 'PERSON',
    dataClass: 'pii',
    start: w.start[k] ?? 0,
    end: w.end[k] ?? 0,
    score: 0.75,
    rule,
  });
}

export function scanKinNames(text: string, out: Hit[]): void {
  // Cheap gate: no special-category word, nothing to do.
  const w = words(text);
  const count = w.count;
  // Reused between texts: a typed array made per text costs more than the walk over its words.
  if (SENSITIVE_AT.length < w.sensitiveCount) SENSITIVE_AT = new Int32Array(2 * w.sensitiveCount);
  const at = SENSITIVE_AT;
  let hits = 0;
  for (let i = 0; i < w.sensitiveCount; i++) {
    const k = w.sensitive[i] ?? 0;
    if (phraseAt(text, w, k, SENSITIVE) > 0) at[hits++] = k;
  }
  sensitiveHits = hits;
  wordCount = count;
  scanQuotedAddressees(text, w, out);
  if (hits === 0) return;
  // Only the words a name can be found from (see words): any other begins no possessive or addressee phrase and stands
  // before a word that begins no FROM_MINE phrase, so it finds nothing.
  for (let i = 0; i < w.fromCount; i++) {
    const k = w.from[i] ?? 0;
    // Speed: every name found from word k stands at k to k + REACH; with no special-category word near any of those, none is kept.
    if (!sensitiveIn(Math.max(0, k - BEFORE), Math.min(count, k + REACH + AFTER))) continue;
    const p = phraseAt(text, w, k, POSSESSIVE);
    if (p > 0) {
      // "my cousin ale", "mijn beste vriendin Sanne": a relative, then the name (an optional comma between).
      const j = k + p;
      if (
        j + 1 < count &&
        KIN_HASH.has(w.hash[j] ?? 0) &&
        KIN.has(wordAt(text, w, j)) &&
        onlySpaces(text, w.end[j - 1] ?? 0, w.start[j] ?? 0)
      ) {
        const gap = text.slice(w.end[j], w.start[j + 1]);
        if ((gap === ' ' || gap === ', ') && nameLike(text, w, j + 1)) emit(w, j + 1, 'person.kin', out);
      }
      continue;
    }
    const m = phraseAt(text, w, k, MESSAGE_TO);
    if (
      m > 0 &&
      k + m < count &&
      onlySpaces(text, w.end[k + m - 1] ?? 0, w.start[k + m] ?? 0) &&
      nameLike(text, w, k + m)
    ) {
      emit(w, k + m, 'person.addressee', out);
      continue;
    }
    if (
      k + 1 < count &&
      onlySpaces(text, w.end[k] ?? 0, w.start[k + 1] ?? 0) &&
      phraseAt(text, w, k + 1, FROM_MINE) > 0 &&
      nameLike(text, w, k)
    )
      emit(w, k, 'person.workmate', out);
  }
}
