import { NAME_CONTEXT } from './data/name-context.js';
import { PLACES } from './data/places.js';
import type { Hit } from './hit.js';

/*
 * PERSON hits of the name lists alone (`person.gazetteer`, no cue) that are places: "Leeds", "Glasgow" and "Bristol"
 * in a campaign brief, "Valencia y Bilbao", "Milano Centrale", "Navidad y Reyes", "Sevilla Santa Justa" in an
 * itinerary. The lists hold many towns as surnames (Leeds, Palermo, Zaragoza, Sevilla); a lone town is no one's name.
 * Places that are also given names ("Florence", "Paris", "Victoria") are dropped alone only in a text that names
 * three or more different places; a full name ("Florence Nightingale") or a cued name is never touched here.
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
const PLACE = both(LANGS.flatMap((l) => l.places.split('|')));
const SUFFIX = both(LANGS.flatMap((l) => l.placeSuffix));
const FEAST = both(LANGS.flatMap((l) => l.feasts));
const GIVEN_LIKE = both(LANGS.flatMap((l) => l.givenNameLike));
const JOINER = new Set([...Object.values(NAME_CONTEXT).flatMap((l) => l.conjunction), '&', '/', '-', '–']);
// The longest place or suffix in words: how far a match is tried from each word.
const LONGEST = Math.max(...[...PLACE, ...SUFFIX, ...FEAST].map((p) => p.split(' ').length));
// First words of every place and feast: a hit whose first word is none of them is read no further.
const FIRST = new Set([...PLACE, ...FEAST].map((p) => p.split(' ')[0] ?? ''));
const firstWordLower = (span: string): string => {
  const sp = span.search(/\s/);
  return (sp < 0 ? span : span.slice(0, sp)).toLowerCase();
};
// Three different places make a text about places (a brief, an itinerary, a delivery list).
const PLACE_RICH = 3;

type Part = 'place' | 'suffix' | 'feast' | 'joiner' | 'other';

interface Reading {
  parts: Part[];
  /** The places and feasts matched, lower case. */
  names: string[];
}

const TRIM = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;

/** The hit's words read left to right, longest place, suffix or feast first. */
function read(span: string): Reading {
  const words = span.toLowerCase().split(/\s+/).map((w) => w.replace(TRIM, '')).filter((w) => w !== '');
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

/** Number of different places the text names with a capital (up to PLACE_RICH: the count stops there). */
function placeCount(text: string): number {
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
    if (best !== '') seen.add(fold(best));
    if (seen.size >= PLACE_RICH) return seen.size;
  }
  return seen.size;
}

/**
 * True when the reading says the hit names a place, given whether the whole text is about places. `unpaired`: the hit
 * is under the reporting threshold (a lone listed word), where a town that is also a given name is read as the town.
 */
function isPlace(r: Reading, rich: () => boolean, unpaired: boolean): boolean {
  const { parts, names } = r;
  if (parts[0] !== 'place' && parts[0] !== 'feast') return false;
  const covered = parts.every((p) => p !== 'other');
  if (covered) {
    // Two places or feasts ("Valencia y Bilbao"), or a place and its station or district ("Milano Centrale").
    if (names.length >= 2 || parts.includes('suffix')) return true;
    // One word: a town that is no given name, or any town in a text about places.
    return !GIVEN_LIKE.has(names[0] ?? '') || rich() || unpaired;
  }
  // "Sevilla Santa Justa", "Málaga María Zambrano": a town first, in a text about places.
  return !GIVEN_LIKE.has(names[0] ?? '') && rich();
}

/** Removes, in place, the list-only PERSON hits that are places or feast days; true when one was removed. */
export function dropPlaceNames(text: string, hits: Hit[]): boolean {
  let any = false;
  for (const h of hits) if (h.entity === 'PERSON' && h.rule === 'person.gazetteer') any = true;
  if (!any) return false;
  let count = -1;
  const rich = (): boolean => (count < 0 ? (count = placeCount(text)) : count) >= PLACE_RICH;
  let kept = 0;
  let dropped = false;
  for (const h of hits) {
    const span = h.entity === 'PERSON' && h.rule === 'person.gazetteer' ? text.slice(h.start, h.end) : '';
    if (span !== '' && FIRST.has(firstWordLower(span)) && isPlace(read(span), rich, h.score < 0.5)) dropped = true;
    else hits[kept++] = h;
  }
  hits.length = kept;
  return dropped;
}
