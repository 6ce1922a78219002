import { NOTABLE_PEOPLE } from './data/notable-people.js';
import type { Hit } from './hit.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { cuesBefore } from './names.js';

/*
 * PERSON: a name the lists found and nothing else ties to anyone (rule person.gazetteer, no cue) that is the full name
 * of a globally famous person ("Explica a alumnos cómo Alexander Fleming descubrió la penicilina", "Keynote: Sir Tim
 * Berners-Lee") is general knowledge, not a private person's data. The names are the Pantheon 1.0 dataset's people
 * with a Wikipedia biography in more than 25 languages (data/notable-people.ts, made by bench/notable-names.ts), full
 * names only and without those that are also a common private name ("John Williams", "Thomas Müller").
 *
 * Fail-closed: the name goes only when the text holds no other finding (an identifier, a date of birth, a phone, an
 * address): "Alexander Fleming, DOB 12/03/1961, NHS 943 476 5919" is a patient who shares the name. The one exception
 * is a date of birth in the famous person's own birth year ("Rudolf Steiner, geb. 27.02.1861"): that is their published
 * biography, and it goes with the name. A name after a cue ("patient", "my name is", "Herr") stays; an academic or
 * honorific title alone before it ("Dr.", "Sir", "Prof.") is part of how the famous are named, not a cue. Surnames alone
 * are never looked up ("Fleming"), nor first names: only the whole span. One Set look-up per PERSON hit.
 */

/** Letters that do not decompose into a base letter and a mark, folded as the lists write them. */
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', '’': "'", '‘': "'", ʻ: "'", '‐': '-', '‑': '-', '–': '-' };
const SPECIAL_RE = /[ßøæœłđðþı’‘ʻ‐‑–]/g;
const MARKS = /\p{M}/gu;

/** A name as the list holds it: lower case, accents folded, one space between words ("Ernő  Goldfinger" -> "erno goldfinger"). */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

let table: Map<string, readonly number[]> | undefined;
/** name -> birth years (a name two famous people share has both); built on first use. */
function notable(): Map<string, readonly number[]> {
  if (table !== undefined) return table;
  table = new Map();
  for (const entry of NOTABLE_PEOPLE.split(';')) {
    const eq = entry.indexOf('=');
    const name = eq < 0 ? entry : entry.slice(0, eq);
    const years = eq < 0 ? [] : entry.slice(eq + 1).split(',').filter((y) => y !== '').map(Number);
    if (name !== '') table.set(name, [...(table.get(name) ?? []), ...years]);
  }
  return table;
}

/** `t`'s birth years for the folded name `n`, or for its possessive or German genitive ("Le Corbusier's", "Steiners"). */
function yearsOf(t: Map<string, readonly number[]>, n: string): readonly number[] | undefined {
  const direct = t.get(n);
  if (direct !== undefined) return direct;
  const possessive = n.replace(/'s?$/, '');
  if (possessive !== n) return t.get(possessive);
  return n.endsWith('s') ? t.get(n.slice(0, -1)) : undefined;
}

// The longest span whose words are tried as a name with words around it (below): a name and a few nouns.
const MAX_SPAN_WORDS = 6;
const listed = (w: string): boolean => LISTED_FIRST_NAMES.has(w) || LISTED_SURNAMES.has(w);

/**
 * The famous person's birth years when `span` is one of the listed full names, or such a name with words before or after
 * it that no name list knows ("Physiker Albert Einstein", "Françoise Barré-Sinoussi das Virus": the scanner's run may take
 * a capitalised noun or a particle-like article with it); a listed name among those words keeps the span someone's.
 */
export function notableBirthYears(span: string): readonly number[] | undefined {
  const folded = foldName(span);
  if (!folded.includes(' ')) return undefined;
  const t = notable();
  const whole = yearsOf(t, folded);
  if (whole !== undefined) return whole;
  const words = folded.split(' ');
  if (words.length < 3 || words.length > MAX_SPAN_WORDS) return undefined;
  for (let len = words.length - 1; len >= 2; len--) {
    for (let from = 0; from + len <= words.length; from++) {
      const rest = [...words.slice(0, from), ...words.slice(from + len)];
      if (rest.some(listed)) continue;
      const y = yearsOf(t, words.slice(from, from + len).join(' '));
      if (y !== undefined) return y;
    }
  }
  return undefined;
}

// An academic or honorific title right before the name ("Dr.", "Sir", "Dame", "Prof."): names.ts reads "Dr." as a cue
// (for "Dr. Anna Weber"), but the famous are named with theirs ("Dr. Martin Luther King", "Sir Isaac Newton"). Bounded window.
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:dr|prof|sir|dame|lord)\.?\s+$/iu;
const YEAR = /(?<!\d)(\d{4})(?!\d)/;

/** Whether `h` was found by the lists alone, or by a title alone before it with no cue before the title. */
function listOnly(text: string, h: Hit): boolean {
  if (h.rule === 'person.gazetteer') return true;
  if (h.rule !== 'person.cue') return false;
  const window = text.slice(Math.max(0, h.start - 12), h.start);
  const m = TITLE_BEFORE.exec(window);
  if (m === null) return false;
  // Where the title starts: after the non-letter the pattern may have matched before it.
  const at = h.start - window.length + m.index + (/^\p{L}/u.test(m[0]) ? 0 : 1);
  return !cuesBefore(text, at).any;
}

// A value of a JSON key or a table's cell ("nom": "Paulo Ferreira", "| Paulo Ferreira |"): a record's field, not prose.
const FIELD_BEFORE = /(?:"\s*:\s*"|\||\t)\s*$/;
const TWO_WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;
/** Whether the text outside the listed names' spans has two words or more. */
function wordsAround(text: string, named: Iterable<Hit>): boolean {
  const spans = [...named].sort((x, y) => x.start - y.start);
  let rest = '';
  let at = 0;
  for (const h of spans) {
    rest += `${text.slice(at, Math.max(at, h.start))} `;
    at = Math.max(at, h.end);
  }
  return TWO_WORDS.test(rest + text.slice(at));
}

/**
 * Removes, in place, list-only PERSON hits that are a famous person's full name (data/notable-people.ts) when the text
 * holds no other finding but such names and dates of birth in their own birth years (removed with them), and words
 * around the names. True when one was removed.
 */
export function dropNotablePeople(text: string, hits: Hit[]): boolean {
  const years = new Map<Hit, readonly number[]>();
  for (const h of hits) {
    if (h.entity !== 'PERSON' || !listOnly(text, h) || FIELD_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))) continue;
    const y = notableBirthYears(text.slice(h.start, h.end));
    if (y !== undefined) years.set(h, y);
  }
  if (years.size === 0) return false;
  // A name that is the whole text, or nearly, is a record's field (a JSON value, a table cell) scanned apart from the
  // rest of its record: only a sentence around the name says what it is about.
  if (!wordsAround(text, years.keys())) return false;
  const born = new Set([...years.values()].flat());
  // Any other finding keeps every name: a PERSON found otherwise is judged by its own rules; anything else (an identifier,
  // a phone, an address, a date of birth in another year) is personal data the name may belong to.
  const own = new Set<Hit>();
  for (const h of hits) {
    if (years.has(h) || h.entity === 'PERSON') continue;
    const y = h.entity === 'DATE_OF_BIRTH' ? YEAR.exec(text.slice(h.start, h.end)) : null;
    if (y === null || !born.has(Number(y[1]))) return false;
    own.add(h);
  }
  // The famous person named again by a part of the name alone ("Sir Richard Branson ... Branson, geboren 1950"): the same
  // person, when the lists alone found it too.
  const parts = new Set([...years.keys()].flatMap((h) => foldName(text.slice(h.start, h.end)).split(' ')));
  for (const h of hits) {
    if (h.entity !== 'PERSON' || years.has(h) || !listOnly(text, h)) continue;
    const words = foldName(text.slice(h.start, h.end)).replace(/['’]s?$/, '').split(' ');
    if (words.every((w) => parts.has(w))) own.add(h);
  }
  let kept = 0;
  for (const h of hits) if (!years.has(h) && !own.has(h)) hits[kept++] = h;
  hits.length = kept;
  return true;
}
