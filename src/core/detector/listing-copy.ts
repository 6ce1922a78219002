import { AGENCY_WORDS, LISTING_HEADS, OWNER_WORDS } from './data/listing-words.js';
import { alternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { isMobileRange } from './public-addresses.js';
import { GatedScan, WINDOW_CUE_WORDS } from './word-gate.js';

/**
 * A property listing written for a portal ("Write Rightmove copy: 3-bed semi, 41 Churchill Avenue, Chelmsford, guide
 * £425,000 ... Viewings via our Chelmsford office 01245 600 700", "Exposé: Reihenmittelhaus, Adenauerring 19, Karlsruhe,
 * Kaufpreis 549.000 €"): after a listing noun or portal and a colon (data/listing-words.ts), in a paragraph that gives a
 * price. The property's address is advertised to the public, and a landline right after the agency's office word is
 * the agency's. Kept: a paragraph with a person found in it or an owner's word ("my flat", "Verkaufe meine Wohnung";
 * not the dwelling nouns of public-addresses.ts, which every listing has), and a mobile.
 *
 * Linear time: one pass of the head pattern; each paragraph (at most MAX_COPY characters) is read once.
 */

const HEAD_WORDS = alternation(LISTING_HEADS);
// Tried only at the words that can open a listing head (word-gate.ts).
const HEAD = new GatedScan(WINDOW_CUE_WORDS, WINDOW_CUE_WORDS.addIfReadable(HEAD_WORDS), new RegExp(`(?<![\\p{L}])(?:${HEAD_WORDS})(?![\\p{L}])[^\\n:!?]{0,40}:`, 'giu'));
const MAX_COPY = 1500;
// An asking price: a currency sign before or after the amount, or the Dutch "kosten koper".
const PRICE = /[€£$]\s?\d|\d\s?(?:€|£|eur\b|euro)|k\.k\./iu;
// The agency's office word within the few words before a phone number ("via our Chelmsford office ", "über unser Büro ").
const AGENCY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(AGENCY_WORDS)})(?![\\p{L}])[^\\n\\d]{0,24}$`, 'iu');
const AGENCY_REACH = 60;
const OWNER = new RegExp(`(?<![\\p{L}])(?:${alternation(OWNER_WORDS)})(?![\\p{L}])`, 'iu');

/** The [start, end) spans of listing copy in `text` (see above), in order. */
function listingSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (let m = HEAD.next(text, at); m !== null; m = HEAD.next(text, at)) {
    const from = m.index;
    const blank = text.slice(from, from + MAX_COPY).search(/\n[^\S\n]*\n/);
    const to = blank === -1 ? Math.min(text.length, from + MAX_COPY) : from + blank;
    at = Math.max(from + m[0].length, to);
    if (PRICE.test(text.slice(from, to))) out.push([from, to]);
  }
  return out;
}

/** The index of the span in sorted, disjoint `spans` that holds [s, e), or -1 (binary search). */
function spanIndex(spans: readonly [number, number][], s: number, e: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.[0] ?? 0) <= s) lo = mid;
    else hi = mid - 1;
  }
  const sp = spans[lo];
  return sp !== undefined && sp[0] <= s && e <= sp[1] ? lo : -1;
}

/** Drops a property listing's address and its agency's landline (see above). */
export function dropListingCopy(text: string, hits: Hit[]): void {
  if (!hits.some((h) => (h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER') && h.score >= 0.5)) return;
  const spans = listingSpans(text);
  if (spans.length === 0) return;
  // A person found in the copy (not a name read inside a street: "Via Giuseppe Verdi 23"), or an owner's word in it:
  // someone's own home and number.
  const streets = hits.filter((h) => h.entity === 'STREET_ADDRESS').map((h): [number, number] => [h.start, h.end]).sort((a, b) => a[0] - b[0]);
  const personal = new Set<number>();
  spans.forEach(([s, e], i) => {
    if (OWNER.test(text.slice(s, e))) personal.add(i);
  });
  for (const h of hits) {
    if (h.entity !== 'PERSON' || h.score < 0.5) continue;
    const i = spanIndex(spans, h.start, h.end);
    if (i !== -1 && spanIndex(streets, h.start, h.end) === -1) personal.add(i);
  }
  let kept = 0;
  for (const h of hits) {
    const i = h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER' ? spanIndex(spans, h.start, h.end) : -1;
    const sp = spans[i];
    const listed =
      sp !== undefined &&
      !personal.has(i) &&
      (h.entity === 'STREET_ADDRESS' ||
        (!isMobileRange(text.slice(h.start, h.end)) && AGENCY_BEFORE.test(text.slice(Math.max(sp[0], h.start - AGENCY_REACH), h.start))));
    if (!listed) hits[kept++] = h;
  }
  hits.length = kept;
}
