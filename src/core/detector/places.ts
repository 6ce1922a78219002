import { CONSTITUENT_NATIONS, COUNTRIES, LISTED_COUNTRIES } from './data/countries.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { PLACES } from './data/places.js';
import { VENUE_WORDS } from './data/public-venues.js';
import type { Hit } from './hit.js';
import { isLetterAt, isUpperAt } from './name-chars.js';
import { hashOfCodes, lowerCode } from './word-index.js';
import { isSpaceCode } from './word-gate.js';
import { codeAt } from './word-index.js';

/*
 * PERSON hits of the name lists alone (`person.gazetteer`, no cue) that are places: "Leeds", "Glasgow" and "Bristol"
 * in a campaign brief, "Valencia y Bilbao", "Milano Centrale", "Navidad y Reyes", "Sevilla Santa Justa" in an
 * itinerary. The lists hold many towns as surnames (Leeds, Palermo, Zaragoza, Sevilla); a lone town is no one's name.
 * Places that are also given names ("Florence", "Paris", "Victoria") are dropped alone only in a text that names
 * three or more different places; a full name ("Florence Nightingale") or a cued name is never touched here. Country
 * names of the six languages count as places ("Ireland, France, Germany, Netherlands"), those of up to three words
 * (the longest town or feast reading); countries that are also given names ("Georgia", "Jordan") are given-name-like.
 */

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const both = (ws: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const w of ws) {
    out.add(w);
    out.add(fold(w));
  }
  return out;
};
const LANGS = Object.values(PLACES);
const COUNTRY_LISTS = Object.values(LISTED_COUNTRIES);
const COUNTRY_NAMES = [...Object.values(COUNTRIES), ...COUNTRY_LISTS.flatMap((l) => [l.pure, l.givenToo])]
  .flatMap((l) => l.split('|'))
  .filter((c) => c.split(' ').length <= 3);
const PLACE = both([...LANGS.flatMap((l) => l.places.split('|')), ...COUNTRY_NAMES]);
const SUFFIX = both(LANGS.flatMap((l) => l.placeSuffix));
const FEAST = both(LANGS.flatMap((l) => l.feasts));
const GIVEN_LIKE = both([
  ...LANGS.flatMap((l) => l.givenNameLike),
  ...COUNTRY_LISTS.flatMap((l) => l.givenToo.split('|')),
]);
const MONTH = both(LANGS.flatMap((l) => l.months));
const JOINER = new Set([...Object.values(NAME_CONTEXT).flatMap((l) => l.conjunction), '&', '/', '-', '–']);
// The longest place or suffix in words: how far a match is tried from each word.
const LONGEST = Math.max(...[...PLACE, ...SUFFIX, ...FEAST].map((p) => p.split(' ').length));
// First words of every place and feast, and the months that may date a feast: a hit whose first word is none of them is
// read no further.
const FIRST = new Set([...[...PLACE, ...FEAST].map((p) => p.split(' ')[0] ?? ''), ...MONTH]);
/** Where `span`'s first whitespace (\s) is, or -1 (`span.search(/\s/)` by char code). */
const firstSpace = (span: string): number => {
  for (let i = 0; i < span.length; i++) if (isSpaceCode(span.charCodeAt(i))) return i;
  return -1;
};
const firstWordLower = (span: string): string => {
  const sp = firstSpace(span);
  return (sp < 0 ? span : span.slice(0, sp)).toLowerCase();
};
const PLACE_NOUN = both(LANGS.flatMap((l) => l.placeNouns));
// Words that join the items of a list ("Lincoln, Chester and Kendal", "Soria y Linares", "Lecco e Matera").
const LIST_SPLIT = new RegExp(
  `\\s*,\\s*|\\s+(?:${[...JOINER].filter((w) => /^\p{L}+$/u.test(w)).join('|')}|&)\\s+`,
  'u',
);
const ITEM = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;
const PAREN = /\s*\([^()]{0,40}\)/g;
// How far a list is read on each side of a hit.
const LIST_REACH = 320;
// A list ends at '.', ';', '!', '?' or a line break (by char code: the segment is walked one character at a time).
const isListEnd = (c: number): boolean => c === 46 || c === 59 || c === 33 || c === 63 || c === 10;

/** [start, end) of the list segment around a hit: after the last ':' / sentence end before it, to the next sentence end. */
function segment(text: string, h: Hit): [number, number, number] {
  let s = h.start;
  const lo = Math.max(0, h.start - LIST_REACH);
  while (s > lo && !isListEnd(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 58) s--;
  const colon = s > 0 && text.charCodeAt(s - 1) === 58 ? s - 1 : -1;
  let e = h.end;
  const hi = Math.min(text.length, h.end + LIST_REACH);
  // A dot inside an abbreviation or a number is no sentence end; a list item never has one, so stop at any.
  while (e < hi && !isListEnd(text.charCodeAt(e))) e++;
  return [s, e, colon];
}

/**
 * True when the hit is an item of a list of places: three or more items, every one a capitalised run, and half or
 * more of them (at least two) known places, or the list follows a place noun and a colon ("Priority towns: ...").
 */
function inPlaceList(text: string, h: Hit, cache: Map<number, boolean>): boolean {
  const [s, e, colon] = segment(text, h);
  const known = cache.get(s);
  if (known !== undefined) return known;
  const items = text
    .slice(s, e)
    .replace(PAREN, '')
    .trim()
    .split(LIST_SPLIT)
    .filter((i) => i !== '');
  let verdict = false;
  if (items.length >= 3 && items.every((i) => ITEM.test(i))) {
    let places = 0;
    for (const i of items) {
      const lower = i.toLowerCase();
      if (PLACE.has(lower)) places++;
    }
    let headed = false;
    if (colon >= 0) {
      const label = text
        .slice(Math.max(0, colon - 40), colon)
        .toLowerCase()
        .split(/[^\p{L}'’]+/u)
        .filter((w) => w !== '');
      headed = label.some((w) => PLACE_NOUN.has(w));
    }
    verdict = headed || (places >= 2 && places * 2 >= items.length);
  }
  cache.set(s, verdict);
  return verdict;
}

// Three different places make a text about places (a brief, an itinerary, a delivery list).
const PLACE_RICH = 3;

type Part = 'place' | 'suffix' | 'feast' | 'joiner' | 'month' | 'other';

interface Reading {
  parts: Part[];
  /** The places and feasts matched, lower case. */
  names: string[];
}

const TRIM = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;

/** A word of places joined by a dash ("lyon-nice", a route; the text is normalised to "-") is the places; "aix-en-provence" stays one. */
const routeParts = (w: string): string[] => {
  if (!w.includes('-') || PLACE.has(w) || SUFFIX.has(w) || FEAST.has(w)) return [w];
  const parts = w.split('-');
  return parts.every((p) => PLACE.has(p)) ? parts : [w];
};

/** The hit's words read left to right, longest place, suffix or feast first. */
function read(span: string): Reading {
  const words = span
    .toLowerCase()
    .split(/[\s–—]+/)
    .map((w) => w.replace(TRIM, ''))
    .filter((w) => w !== '')
    .flatMap(routeParts);
  const parts: Part[] = [];
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    let kind: Part = 'other';
    for (let k = Math.min(LONGEST, words.length - i); k >= 1 && matched === 0; k--) {
      const key = words.slice(i, i + k).join(' ');
      // A suffix ("Centrale", "Gare") only after a place; a feast or place anywhere.
      if (PLACE.has(key)) kind = 'place';
      else if (FEAST.has(key)) kind = 'feast';
      else if (i > 0 && SUFFIX.has(key)) kind = 'suffix';
      else if (k === 1 && i > 0 && JOINER.has(key)) kind = 'joiner';
      else if (k === 1 && MONTH.has(key)) kind = 'month';
      else continue;
      matched = k;
      if (kind === 'place' || kind === 'feast') names.push(key);
    }
    if (matched === 0) {
      parts.push('other');
      i++;
    } else {
      parts.push(kind);
      i += matched;
    }
  }
  return { parts, names };
}

const WORD = /[\p{L}'’]+(?:-[\p{L}'’]+)*/gu;
const UPPER = /^\p{Lu}/u;

/** Number of different places the text names alone with a capital (up to PLACE_RICH): WORD's global scan, the reference in tests. */
export function placeCountReference(text: string): number {
  const seen = new Set<string>();
  // Words in order; `joined[i]` says word i follows word i-1 across spaces only, so a place can span them.
  const words: string[] = [];
  const joined: boolean[] = [];
  const upper: boolean[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    words.push(m[0].toLowerCase());
    upper.push(UPPER.test(m[0]));
    joined.push(lastEnd >= 0 && /^ +$/.test(text.slice(lastEnd, m.index)));
    lastEnd = m.index + m[0].length;
  }
  for (let i = 0; i < words.length; i++) {
    if (!upper[i]) continue;
    let key = '';
    let best = '';
    for (let k = 0; k < LONGEST && i + k < words.length && (k === 0 || joined[i + k]); k++) {
      key = k === 0 ? (words[i] ?? '') : `${key} ${words[i + k] ?? ''}`;
      if (PLACE.has(key)) best = key;
    }
    // Only a place that is the whole capitalised run counts: "Stafford" in "Harriet Stafford" is a surname.
    const after = i + best.split(' ').length;
    const alone =
      !(i > 0 && joined[i] && upper[i - 1]) && !(after < words.length && joined[after] && upper[after]);
    if (best !== '' && alone) seen.add(fold(best));
    if (seen.size >= PLACE_RICH) return seen.size;
  }
  return seen.size;
}

// Speed: WORD's matches by one loop over the character codes into reused typed arrays (start, end, and per word
// WORD_UPPER, WORD_JOINED), no match object or string per word. A capitalised word is read further only when its
// lower case can be a place's first word: the hash of its code units lower-cased one by one (hashOfCodes's) has its
// bit in FIRST_WORD_BITS. That lower case is `toLowerCase`'s for ASCII, ’ and U+00C0..U+024F but İ (U+0130: two code
// units); a word with any other character is looked up by its text.
const WORD_UPPER = 1;
const WORD_JOINED = 2;
let wordStart = new Int32Array(1024);
let wordEnd = new Int32Array(1024);
let wordFlags = new Uint8Array(1024);
const FIRST_WORD_BITS = new Uint8Array(8192);
for (const p of PLACE) {
  const h = hashOfCodes(p.split(' ')[0] ?? '') & 65535;
  FIRST_WORD_BITS[h >> 3] = (FIRST_WORD_BITS[h >> 3] ?? 0) | (1 << (h & 7));
}
/** [\p{L}'’] at `i` (a letter of two code units too), as WORD reads it. */
const wordCharAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? true : c === 39;
  return c === 0x2019 || isLetterAt(text, i);
};
/** The code units of the code point at `i`. */
const pointLength = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) - 0xdc00) >>> 0 < 0x400
    ? 2
    : 1;
};
/** Whether text[s, e) may lower-case to a place's first word (a superset test), read from its codes. */
function mayBeFirstWord(text: string, s: number, e: number): boolean {
  let h = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0x2019 && !(c >= 0xc0 && c <= 0x24f && c !== 0x130)) return true;
    h = (Math.imul(h, 31) + lowerCode(c)) | 0;
  }
  h &= 65535;
  return ((FIRST_WORD_BITS[h >> 3] ?? 0) & (1 << (h & 7))) !== 0;
}

/** Number of different places the text names alone with a capital (up to PLACE_RICH: the count stops there). */
export function placeCount(text: string): number {
  const n = text.length;
  let count = 0;
  let lastEnd = -1;
  for (let i = 0; i < n;) {
    if (!wordCharAt(text, i)) {
      i += pointLength(text, i);
      continue;
    }
    const s = i;
    for (;;) {
      while (i < n && wordCharAt(text, i)) i += pointLength(text, i);
      if (i + 1 < n && text.charCodeAt(i) === 45 && wordCharAt(text, i + 1)) i++;
      else break;
    }
    if (count === wordStart.length) {
      const starts = new Int32Array(count * 2);
      const ends = new Int32Array(count * 2);
      const flags = new Uint8Array(count * 2);
      starts.set(wordStart);
      ends.set(wordEnd);
      flags.set(wordFlags);
      wordStart = starts;
      wordEnd = ends;
      wordFlags = flags;
    }
    let joined = lastEnd >= 0;
    for (let j = lastEnd; joined && j < s; j++) joined = text.charCodeAt(j) === 32;
    wordStart[count] = s;
    wordEnd[count] = i;
    wordFlags[count] = (isUpperAt(text, s) ? WORD_UPPER : 0) | (joined ? WORD_JOINED : 0);
    count++;
    lastEnd = i;
  }
  const seen = new Set<string>();
  const lower = (k: number): string => text.slice(wordStart[k] ?? 0, wordEnd[k] ?? 0).toLowerCase();
  for (let i = 0; i < count; i++) {
    if (((wordFlags[i] ?? 0) & WORD_UPPER) === 0 || !mayBeFirstWord(text, wordStart[i] ?? 0, wordEnd[i] ?? 0))
      continue;
    let key = '';
    let best = '';
    let bestWords = 0;
    for (
      let k = 0;
      k < LONGEST && i + k < count && (k === 0 || ((wordFlags[i + k] ?? 0) & WORD_JOINED) !== 0);
      k++
    ) {
      key = k === 0 ? lower(i) : `${key} ${lower(i + k)}`;
      if (PLACE.has(key)) {
        best = key;
        bestWords = k + 1;
      }
    }
    if (best === '') continue;
    // Only a place that is the whole capitalised run counts: "Stafford" in "Harriet Stafford" is a surname.
    const after = i + bestWords;
    const capJoined = (k: number): boolean =>
      ((wordFlags[k] ?? 0) & (WORD_UPPER | WORD_JOINED)) === (WORD_UPPER | WORD_JOINED);
    const alone =
      !(i > 0 && ((wordFlags[i] ?? 0) & WORD_JOINED) !== 0 && ((wordFlags[i - 1] ?? 0) & WORD_UPPER) !== 0) &&
      !(after < count && capJoined(after));
    if (alone) seen.add(fold(best));
    if (seen.size >= PLACE_RICH) return seen.size;
  }
  return seen.size;
}

/**
 * True when the reading says the hit names a place, given whether the whole text is about places. `unpaired`: the hit
 * is under the reporting threshold (a lone listed word), where a town that is also a given name is read as the town.
 */
function isPlace(r: Reading, rich: () => boolean, unpaired: boolean): boolean {
  const { names } = r;
  // "Jan New Year", "Mai Pfingsten": months before a feast date it.
  let lead = 0;
  while (r.parts[lead] === 'month') lead++;
  if (lead > 0 && r.parts[lead] !== 'feast') return false;
  const parts = r.parts.slice(lead);
  if (parts[0] !== 'place' && parts[0] !== 'feast') return false;
  const covered = parts.every((p) => p !== 'other');
  if (covered) {
    // Two places or feasts ("Valencia y Bilbao"), or a place and its station or district ("Milano Centrale").
    if (names.length >= 2 || parts.includes('suffix')) return true;
    // One word: a town that is no given name, or any town in a text about places.
    return !GIVEN_LIKE.has(names[0] ?? '') || rich() || unpaired;
  }
  // "Festa di San Gennaro", "Fête de la musique": a feast word opens the run.
  if (parts[0] === 'feast' && !GIVEN_LIKE.has(names[0] ?? '')) return true;
  // "Sevilla Santa Justa", "Málaga María Zambrano": a town first, in a text about places.
  return !GIVEN_LIKE.has(names[0] ?? '') && rich();
}

const SEPARATOR_BEFORE = /(?:[,:]|\s(?:and|y|e|en|und|et|o|or|oder|ou|&))\s*$/u;
const SEPARATOR_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:[,.;]|\s(?:and|y|e|en|und|et|o|or|oder|ou|&)\s)/u;
// Speed: SEPARATOR_BEFORE's last character before any whitespace is ',', ':', '&' or a joining word's last letter;
// SEPARATOR_AFTER's first is whitespace, '(', ',', '.' or ';'.
const SEPARATOR_LAST = new Set(
  [',', ':', '&', 'd', 'y', 'e', 'n', 't', 'o', 'r', 'u'].map((c) => c.charCodeAt(0)),
);
const separatorMayEnd = (text: string, lo: number, at: number): boolean => {
  let e = at;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > lo && SEPARATOR_LAST.has(text.charCodeAt(e - 1));
};
const separatorMayBegin = (c: number): boolean =>
  isSpaceCode(c) || c === 40 || c === 44 || c === 46 || c === 59;
/** A comma or joining word right before or after the hit (`reference`: the patterns alone, for the tests). */
export const nearSeparator = (text: string, h: Hit, reference = false): boolean =>
  ((reference || separatorMayEnd(text, Math.max(0, h.start - 6), h.start)) &&
    SEPARATOR_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) ||
  ((reference || separatorMayBegin(codeAt(text, h.end))) &&
    SEPARATOR_AFTER.test(text.slice(h.end, h.end + 48)));

const NEXT_WORD = /^ (\p{Lu}[\p{L}'’]*)/u;
/** A one-word name hit (a cued one too) that with the next word makes a feast: "Black" before "Friday". */
function feastWithNext(text: string, h: Hit): boolean {
  if (h.entity !== 'PERSON' || !h.rule.startsWith('person.')) return false;
  const span = text.slice(h.start, h.end);
  if (firstSpace(span) >= 0 || !FIRST.has(span.toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(h.end, h.end + 24));
  return next !== null && FEAST.has(`${span} ${next[1] ?? ''}`.toLowerCase());
}

// Venue nouns of every language (data/public-venues.ts) and the room nouns before a name (data/name-context.ts): an item
// they open ("salle Poirel", "Teatro Verdi") is a venue, and a town after it and a comma is where the venue is.
const VENUE = [
  ...new Set([
    ...Object.values(VENUE_WORDS).flat(),
    ...Object.values(NAME_CONTEXT).flatMap((l) => l.roomBefore),
  ]),
];
const VENUE_ONE = new Set(VENUE.filter((v) => !v.includes(' ')));
const VENUE_MORE = VENUE.filter((v) => v.includes(' '));
const ITEM_START = /[,;:.\n(]/;

/**
 * True when a one-word hit that is a known town follows a comma after a street address ("piazza Garibaldi 7, Lucca") or
 * after an item that a venue or room noun opens ("salle Poirel, Nancy"): the venue's town, even one that is also a given name.
 */
function townAfterVenue(text: string, h: Hit, span: string, addressEnds: () => ReadonlySet<number>): boolean {
  if (/\s/.test(span) || !PLACE.has(span.toLowerCase())) return false;
  let c = h.start;
  while (c > 0 && isSpaceCode(text.charCodeAt(c - 1))) c--;
  if (c === h.start || text.charCodeAt(c - 1) !== 44) return false;
  const comma = c - 1;
  if (addressEnds().has(comma)) return true;
  let b = comma;
  while (b > 0 && comma - b < 60 && !ITEM_START.test(text.charAt(b - 1))) b--;
  const item = text.slice(b, comma).trim().toLowerCase();
  const sp = item.indexOf(' ');
  return sp > 0 && (VENUE_ONE.has(item.slice(0, sp)) || VENUE_MORE.some((v) => item.startsWith(`${v} `)));
}

/** Removes, in place, the list-only PERSON hits that are places or feast days (and any one-word name opening a feast); true when one was removed. */
// A preposition of place that a person is never the object of, right before the hit ("un décès en France", "wohnt in
// Florence", "reist nach Paris", "verhuist naar Sydney"): a town or country that is also a given name is the place there.
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|en|nach|naar)\s+$/iu;
const placePrepositionBefore = (text: string, at: number): boolean => PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 8), at));

// Nations by one word that no one carries as a given name: the countries of the six languages (not those that are given
// names too, "France", "Georgia") and the United Kingdom's nations.
const NATION = both(
  [...Object.values(COUNTRIES), ...COUNTRY_LISTS.map((l) => l.pure), ...Object.values(CONSTITUENT_NATIONS)].flatMap((l) => l.split('|')).filter((c) => !c.includes(' ')),
);
/**
 * Whether a two-word run of the lists ends in a nation after a word that is no given name: a public body's or a title's
 * name ("Student Finance England", "Enterprise Ireland", "Research Scotland"; held-out set 91), where "Harry England" and
 * "Anatole France" keep their given name.
 */
function nationNamed(span: string): boolean {
  const sp = firstSpace(span);
  if (sp < 0 || span.indexOf(' ', sp + 1) >= 0) return false;
  return NATION.has(span.slice(sp + 1).toLowerCase()) && !LISTED_FIRST_NAMES.has(span.slice(0, sp).toLowerCase());
}

export function dropPlaceNames(text: string, hits: Hit[]): boolean {
  let any = false;
  for (const h of hits) if (h.entity === 'PERSON' && h.rule.startsWith('person.')) any = true;
  if (!any) return false;
  let count = -1;
  const rich = (): boolean => (count < 0 ? (count = placeCount(text)) : count) >= PLACE_RICH;
  let kept = 0;
  let dropped = false;
  const lists = new Map<number, boolean>();
  let ends: Set<number> | undefined;
  const addressEnds = (): ReadonlySet<number> =>
    (ends ??= new Set(hits.filter((o) => o.entity === 'STREET_ADDRESS').map((o) => o.end)));
  for (const h of hits) {
    const listed =
      h.entity === 'PERSON' && (h.rule === 'person.gazetteer' || h.rule === 'person.surname-comma-given');
    const span = listed ? text.slice(h.start, h.end) : '';
    const place =
      (span !== '' &&
        h.rule === 'person.gazetteer' &&
        FIRST.has(firstWordLower(span)) &&
        isPlace(read(span), rich, h.score < 0.5 || placePrepositionBefore(text, h.start))) ||
      (span !== '' && h.rule === 'person.gazetteer' && nationNamed(span)) ||
      feastWithNext(text, h);
    // A list item next to a comma or joining word: read the list it stands in.
    if (
      place ||
      (span !== '' &&
        h.score >= 0.5 &&
        nearSeparator(text, h) &&
        (inPlaceList(text, h, lists) ||
          (h.rule === 'person.gazetteer' && townAfterVenue(text, h, span, addressEnds))))
    )
      dropped = true;
    else hits[kept++] = h;
  }
  hits.length = kept;
  return dropped;
}
