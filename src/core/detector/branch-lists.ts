import { BRANCH_LISTS, PERSON_COLUMN_PARTS } from './data/org-words.js';
import { alternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { isMobileRange, privateWordIn } from './public-addresses.js';
import { GatedScan, WINDOW_CUE_WORDS } from './word-gate.js';

/**
 * A business's branch list written out in prose ("Liste unserer Stationen als Tabelle: Flughafen München, Terminalstraße
 * Mitte, 85356 München; Hamburg Hbf, Kirchenallee 34, 20099 Hamburg", "Tableau des agences : Gare de Lyon, Place
 * Louis-Armand, 75012 Paris ; ...", "Tabel van vestigingen: Schiphol Plaza, ...; Rotterdam Centraal, Stationsplein 1"):
 * after a plural branch noun and a colon (data/org-words.ts BRANCH_LISTS), entries parted by semicolons or lines, two or
 * more of them a capitalised name and a comma. The addresses and landlines of such entries are the branches'. Kept: an
 * entry with a person found in it, a person's role ("manager", "Inhaber", "encargada": data/org-words.ts
 * PERSON_COLUMN_PARTS), a private word ("home", "Wohnung", "cliente") or a mobile number. branch-rows.ts
 * reads the same lists pasted as a table.
 *
 * Linear time: one pass of the head pattern; each list (its paragraph, at most MAX_LIST characters) is split once.
 */

const HEAD_WORDS = alternation(BRANCH_LISTS);
// Tried only at the words that can open a list head (word-gate.ts).
const HEAD = new GatedScan(WINDOW_CUE_WORDS, WINDOW_CUE_WORDS.addIfReadable(HEAD_WORDS), new RegExp(`(?<![\\p{L}])(?:${HEAD_WORDS})(?![\\p{L}])[^\\n:;.!?]{0,30}:`, 'giu'));
const MAX_LIST = 2000;
const MIN_NAMED = 2;
// An entry that opens with a branch's name and a comma ("Hamburg Hbf, ...", "Aéroport Nice Côte d'Azur Terminal 2, ...").
const NAMED_ENTRY = /^\s*\p{Lu}[^,\n]{0,60},/u;
const ENTRY_BREAK = /[;\n]/g;

/** The entries ([start, end) pairs) of the lists in `text` that have MIN_NAMED named entries, in order. */
function branchEntries(text: string): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (let m = HEAD.next(text, next); m !== null; m = HEAD.next(text, next)) {
    const from = m.index + m[0].length;
    const blank = text.slice(from, from + MAX_LIST).search(/\n[^\S\n]*\n/);
    const to = blank === -1 ? Math.min(text.length, from + MAX_LIST) : from + blank;
    next = Math.max(from, to);
    const entries: [number, number][] = [];
    let at = from;
    ENTRY_BREAK.lastIndex = 0;
    const list = text.slice(from, to);
    for (let b = ENTRY_BREAK.exec(list); b !== null; b = ENTRY_BREAK.exec(list)) {
      entries.push([at, from + b.index]);
      at = from + b.index + 1;
    }
    entries.push([at, to]);
    if (entries.filter(([s, e]) => NAMED_ENTRY.test(text.slice(s, e))).length >= MIN_NAMED) out.push(...entries);
  }
  return out;
}

/** Drops the addresses and landlines of a business's branch list in prose (see above). */
export function dropBranchLists(text: string, hits: Hit[]): void {
  if (!hits.some((h) => (h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER') && h.score >= 0.5)) return;
  const entries = branchEntries(text);
  if (entries.length === 0) return;
  // The index of the entry that holds [s, e), by binary search over the ordered entries, or -1.
  const entryOf = (s: number, e: number): number => {
    let lo = 0;
    let hi = entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((entries[mid]?.[0] ?? 0) <= s) lo = mid;
      else hi = mid - 1;
    }
    const entry = entries[lo];
    return entry !== undefined && entry[0] <= s && e <= entry[1] ? lo : -1;
  };
  // Entries with a person found in them: the person's own address or number. Not a name read inside a street ("5 place
  // Charles Béraudier"): hits come in scan order, so the streets are checked by a sorted walk.
  const streets = hits.filter((h) => h.entity === 'STREET_ADDRESS').sort((a, b) => a.start - b.start);
  const inStreet = (p: Hit): boolean => {
    let lo = 0;
    let hi = streets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((streets[mid]?.end ?? 0) <= p.start) lo = mid + 1;
      else hi = mid;
    }
    const s = streets[lo];
    return s !== undefined && s.start < p.end;
  };
  const withPerson = new Set<number>();
  for (const h of hits) if (h.entity === 'PERSON' && h.score >= 0.5 && !inStreet(h)) withPerson.add(entryOf(h.start, h.end));
  // Entries that name a person's role or a private word (a manager, an owner, a customer, "home": PERSON_COLUMN_PARTS,
  // and privateWordIn), each entry read once.
  const personal = new Map<number, boolean>();
  const personalEntry = (i: number, [s, e]: [number, number]): boolean => {
    let v = personal.get(i);
    if (v === undefined) {
      const lower = text.slice(s, e).toLowerCase();
      personal.set(i, (v = PERSON_COLUMN_PARTS.some((p) => lower.includes(p)) || privateWordIn(text, s, e)));
    }
    return v;
  };
  let kept = 0;
  for (const h of hits) {
    const i = h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER' ? entryOf(h.start, h.end) : -1;
    const entry = entries[i];
    const branch =
      entry !== undefined &&
      !withPerson.has(i) &&
      !(h.entity === 'PHONE_NUMBER' && isMobileRange(text.slice(h.start, h.end))) &&
      !personalEntry(i, entry);
    if (!branch) hits[kept++] = h;
  }
  hits.length = kept;
}
