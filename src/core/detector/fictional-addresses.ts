import { FICTIONAL_ADDRESSES } from './data/placeholders.js';
import type { Hit } from './hit.js';

// FICTIONAL_ADDRESSES with only their letters and digits, number first and number last ("221bbakerstreet",
// "bakerstreet221b"); the words "di" and "de" between them are left out ("221B di Baker Street").
const addressKey = (s: string): string => s.toLowerCase().replace(/(?<![\p{L}])d[ie](?![\p{L}])/gu, '').replace(/[^\p{L}\d]/gu, '');
const FICTIONAL_KEYS = FICTIONAL_ADDRESSES.flatMap((a) => {
  const number = a.slice(0, a.indexOf(' '));
  const street = addressKey(a.slice(a.indexOf(' ') + 1));
  return [`${number}${street}`, `${street}${number}`];
});
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;
/**
 * A famous fictional character's address (FICTIONAL_ADDRESSES), however spaced and punctuated: the hit, or the text
 * from its start when the hit stops inside the street's name ("13, Rue del" of "13, Rue del Percebe").
 */
export function isFictionalAddress(text: string, h: Hit): boolean {
  const key = addressKey(text.slice(h.start, Math.min(text.length, h.start + 40)));
  // A hit that runs on past a sentence end ("221B Baker Street. Walk trainees ...": "Walk" read as a street type) is
  // read up to that end.
  const own = addressKey(text.slice(h.start, h.end).split(SENTENCE_END)[0] ?? '');
  return FICTIONAL_KEYS.some((k) => key.startsWith(k) && k.startsWith(own));
}
