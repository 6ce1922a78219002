import { PLACEHOLDER_LOCAL_PARTS } from './data/placeholders.js';
import type { Hit } from './hit.js';
import { isFixtureText, isPlaceholderDomain, placeholderAddress } from './placeholders.js';
import { isSpecimen } from './specimens.js';
import { isSpaceCode } from './word-gate.js';

/*
 * A placeholder person written as a record, split over name keys: `{"vorname": "Max", "nachname": "Mustermann"}`,
 * `{"nom": "Dupont", "prenom": "Jean"}`, `{"naam": "Jan Jansen"}`. Prose already knows these people (placeholders.ts,
 * data/specimens.ts); here the name is put back together from the record's name keys, in either order, and compared
 * whole with the same lists. One word alone never decides ("Max" is also Max Schneider's first name), and only the
 * record's own name values are dropped: a real name next to a documented ID is still found.
 * The record counts as a fixture when the name is a published specimen person (Max Mustermann, Fulano de Tal), when
 * the record holds a published specimen value (the DNI 12345678Z, the test BSN 111222333), when its e-mail is a placeholder
 * address of the same kind (on an "example" domain with a placeholder person's or test local part: "jean.dupont@example.fr"),
 * or in a test fixture text.
 * In a test fixture text, a record is also a fixture, whatever its name, when its e-mail on a placeholder domain is named
 * after it ("vorname: Erika, nachname: Beispiel, email: erika.beispiel@example.com"; "nombre": "Mengano", "apellidos":
 * "Pérez", "correo": "mengano@example.com"): the mailbox cannot be the person's, and the name it spells is the record's
 * made-up person, first name and surname. Records are flat JSON objects or YAML blocks ("- key: value" lines).
 */

// Keys that hold (part of) a person's name, as normKey writes them: first, last, full and the generic "name" keys.
const NAME_KEYS = new Set(
  'name firstname lastname fullname surname givenname familyname vorname nachname familienname prenom prénom nom nomdefamille nomcomplet nombre apellido apellidos primerapellido segundoapellido nombrecompleto naam voornaam achternaam volledigenaam nome cognome nomecompleto'.split(
    ' ',
  ),
);
export const normKey = (key: string): string => key.toLowerCase().replace(/[^\p{L}]/gu, '');
export const isNameKey = (key: string): boolean => NAME_KEYS.has(normKey(key));

// The placeholder people's names of two or three words, lower case, one space ("max mustermann", "fulano de tal").
const PEOPLE = new Set(PLACEHOLDER_LOCAL_PARTS.filter((w) => /^\p{L}+ \p{L}+(?: \p{L}+)?$/u.test(w)));
const norm = (v: string): string => v.trim().toLowerCase().replace(/\s+/g, ' ');
// Their words: a PERSON hit is looked at only when each of its words is one (most names in a text are none).
const PEOPLE_WORDS = new Set([...PEOPLE].flatMap((p) => p.split(' ')));
const peopleWords = (v: string): boolean => v.length <= 40 && v.split(' ').every((w) => PEOPLE_WORDS.has(w));
/**
 * Whether the first word of text[start, end) (its first run of non-whitespace), lower case, is a placeholder person's:
 * the first word `peopleWords(norm(...))` reads, without normalising the whole span (most names fail here).
 */
function firstWordIsPeople(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
  let e = s;
  while (e < end && !isSpaceCode(text.charCodeAt(e))) e++;
  return PEOPLE_WORDS.has(text.slice(s, e).toLowerCase());
}

/** The placeholder person the record's name values spell (one value, or two in either order), or undefined. */
export function placeholderPerson(nameValues: readonly string[]): string | undefined {
  const vs = nameValues.map(norm).filter((v) => v !== '');
  for (const a of vs) {
    if (PEOPLE.has(a)) return a;
    for (const b of vs) if (a !== b && PEOPLE.has(`${a} ${b}`)) return `${a} ${b}`;
  }
  return undefined;
}

/** Whether the record is a fixture by its own values: a specimen person, or a published specimen value in it. */
export const specimenRecord = (person: string, values: readonly string[]): boolean =>
  isSpecimen(person) || values.some((v) => v.length <= 40 && (isSpecimen(v) || (v.includes('@') && placeholderAddress(v.trim()))));

// How far a record's braces may be from a name in it.
const REACH = 300;
// A quoted key and its quoted value (escaped quotes too: JSON inside a JSON string).
const PAIR = /(\\?["'])([^"'\\\n\r]{1,40})\1[ \t]*[:=][ \t]*(\\?["'])([^"'\\\n\r]{0,120})\3/g;

/** The innermost flat object ("{...}" with no brace inside) around [start, end), within REACH each way, or undefined. */
function objectAround(text: string, start: number, end: number): [number, number] | undefined {
  let lo = start - 1;
  for (; lo >= 0 && start - lo <= REACH; lo--) {
    const c = text.charCodeAt(lo);
    if (c === 123) break;
    if (c === 125) return undefined;
  }
  if (lo < 0 || text.charCodeAt(lo) !== 123) return undefined;
  let hi = end;
  for (; hi < text.length && hi - end <= REACH; hi++) {
    const c = text.charCodeAt(hi);
    if (c === 125) break;
    if (c === 123) return undefined;
  }
  return hi < text.length && text.charCodeAt(hi) === 125 ? [lo, hi + 1] : undefined;
}

// A YAML line of a record: optional list dash, a key, ':' and a value (quotes taken off below).
const YAML_PAIR = /^([ \t]*)(- +)?([\p{L}_][\p{L}\d_-]{0,39}):[ \t]+([^\n\r]{1,120})$/u;
const unquote = (v: string): string => v.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * The YAML block around the line holding [start, end): the neighbouring "key: value" lines at the same indentation, up to
 * a new list item ("- key: ...") or any other line, within REACH each way; undefined when that line is no YAML pair.
 */
function yamlBlockAround(text: string, start: number): [number, number] | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const m = YAML_PAIR.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
  if (m === null) return undefined;
  const indent = (m[1] ?? '').length + (m[2] ?? '').length;
  const pairAt = (ls: number, le: number): RegExpExecArray | null => YAML_PAIR.exec(text.slice(ls, le).replace(/\r$/, ''));
  const indentOf = (p: RegExpExecArray): number => (p[1] ?? '').length + (p[2] ?? '').length;
  let lo = lineStart;
  // Up: same indentation; a list dash opens the record and ends the walk.
  if (m[2] === undefined) {
    while (lo > 0 && start - lo <= REACH) {
      const ls = text.lastIndexOf('\n', lo - 2) + 1;
      const p = pairAt(ls, lo - 1);
      if (p === null || indentOf(p) !== indent) break;
      lo = ls;
      if (p[2] !== undefined) break;
    }
  }
  let hi = lineEnd;
  while (hi < text.length && hi - start <= REACH) {
    let le = text.indexOf('\n', hi + 1);
    if (le === -1) le = text.length;
    const p = pairAt(hi + 1, le);
    if (p === null || indentOf(p) !== indent || p[2] !== undefined) break;
    hi = le;
  }
  return [lo, hi];
}

/** The keys and values of the record in text[lo, hi): quoted JSON pairs, or YAML lines. */
function recordPairs(text: string, lo: number, hi: number, yaml: boolean): [string, string][] {
  const body = text.slice(lo, hi);
  if (!yaml) return [...body.matchAll(PAIR)].map((m) => [m[2] ?? '', m[4] ?? '']);
  const pairs: [string, string][] = [];
  for (const line of body.split('\n')) {
    const m = YAML_PAIR.exec(line.replace(/\r$/, ''));
    if (m !== null) pairs.push([m[3] ?? '', unquote(m[4] ?? '')]);
  }
  return pairs;
}

// The words of a name or of an e-mail's local part: lower case, accents off (mailboxes write "gaelle" for Gaëlle), split
// at spaces and . _ + -, digits left out.
const MARKS = /[\u0300-\u036f]/g;
const nameWords = (v: string): string[] =>
  v
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .split(/[\s._+-]+/)
    .map((w) => w.replace(/\d+/g, ''))
    .filter((w) => w !== '');

/**
 * The name words of a record in a fixture text whose e-mail on a placeholder domain is named after it (every word of
 * the local part is one of the record's name words), or undefined.
 */
function namedFixtureRecord(pairs: readonly [string, string][]): Set<string> | undefined {
  const names = new Set(pairs.filter(([k]) => isNameKey(k)).flatMap(([, v]) => nameWords(v)));
  if (names.size === 0) return undefined;
  for (const [, v] of pairs) {
    const value = v.trim();
    const at = value.indexOf('@');
    if (at <= 0 || value.length > 80 || /\s/.test(value) || !isPlaceholderDomain(value)) continue;
    const local = nameWords(value.slice(0, at));
    if (local.length > 0 && local.every((w) => names.has(w))) return names;
  }
  return undefined;
}

/** A record (its string keys and values) named by its own placeholder mailbox: a fixture in a fixture text (namedFixtureRecord). */
export const isMailboxNamedRecord = (pairs: readonly [string, string][]): boolean => namedFixtureRecord(pairs) !== undefined;

/** The name values of a placeholder record in text[lo, hi) that is a fixture, lower case; undefined when it is none. */
function recordNames(text: string, lo: number, hi: number, fixture: () => boolean): Set<string> | undefined {
  const names: string[] = [];
  const values: string[] = [];
  for (const m of text.slice(lo, hi).matchAll(PAIR)) {
    const value = m[4] ?? '';
    values.push(value);
    if (isNameKey(m[2] ?? '')) names.push(value);
  }
  const person = placeholderPerson(names);
  if (person === undefined || !(specimenRecord(person, values) || fixture())) return undefined;
  return new Set([...names.map(norm), ...person.split(' ')]);
}

/** Removes, in place, PERSON hits that are the name values of a placeholder record written in the text (each word a placeholder person's). */
export function dropPlaceholderRecords(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'PERSON')) return;
  let fixture: boolean | undefined;
  const isFixture = (): boolean => (fixture ??= isFixtureText(text));
  // Each object is read once, however many names it holds (bounded windows: linear overall).
  const seen = new Map<number, Set<string> | undefined>();
  // Records named by their placeholder mailbox, by start (JSON objects and YAML blocks); asked only in a fixture text with an '@'.
  const named = new Map<number, Set<string> | undefined>();
  let mailFixture: boolean | undefined;
  const isMailFixture = (): boolean => (mailFixture ??= text.includes('@') && isFixture());
  let kept = 0;
  for (const h of hits) {
    const short = h.entity === 'PERSON' && h.end - h.start <= 40;
    const name = short && firstWordIsPeople(text, h.start, h.end) ? norm(text.slice(h.start, h.end)) : '';
    if (name !== '' && peopleWords(name)) {
      const span = objectAround(text, h.start, h.end);
      if (span !== undefined) {
        if (!seen.has(span[0])) seen.set(span[0], recordNames(text, span[0], span[1], isFixture));
        if (seen.get(span[0])?.has(name)) continue;
      }
    }
    if (short && isMailFixture() && namedByMailbox(text, h, named)) continue;
    hits[kept++] = h;
  }
  hits.length = kept;
}

/** Whether the PERSON hit's words are all name words of a fixture record around it named by its placeholder mailbox. */
function namedByMailbox(text: string, h: Hit, named: Map<number, Set<string> | undefined>): boolean {
  const object = objectAround(text, h.start, h.end);
  const span = object ?? yamlBlockAround(text, h.start);
  if (span === undefined) return false;
  if (!named.has(span[0])) named.set(span[0], namedFixtureRecord(recordPairs(text, span[0], span[1], object === undefined)));
  const names = named.get(span[0]);
  const words = nameWords(text.slice(h.start, h.end));
  return names !== undefined && words.length > 0 && words.every((w) => names.has(w));
}
