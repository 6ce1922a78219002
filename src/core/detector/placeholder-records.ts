import { PLACEHOLDER_LOCAL_PARTS } from './data/placeholders.js';
import type { Hit } from './hit.js';
import { isFixtureText, placeholderAddress } from './placeholders.js';
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
  let kept = 0;
  for (const h of hits) {
    const name = h.entity === 'PERSON' && h.end - h.start <= 40 && firstWordIsPeople(text, h.start, h.end) ? norm(text.slice(h.start, h.end)) : '';
    if (name !== '' && peopleWords(name)) {
      const span = objectAround(text, h.start, h.end);
      if (span !== undefined) {
        if (!seen.has(span[0])) seen.set(span[0], recordNames(text, span[0], span[1], isFixture));
        if (seen.get(span[0])?.has(name)) continue;
      }
    }
    hits[kept++] = h;
  }
  hits.length = kept;
}
