/*
 * Phrases looked up word by word: a table keyed by each phrase's first folded word, and the check that a phrase runs on
 * from a text's word. Shared by the lone-address gates (address-evidence.ts anchors, address-public.ts public
 * evidence): a window's words are looked up one by one, since one regex of hundreds of phrases cost a millisecond a window.
 */

/** A folded text's words, for phraseEnd. */
export const PHRASE_WORD = /[\p{L}\p{N}]+/gu;
// Between two words of a phrase: one to three spaces, hyphens, apostrophes or dots ("chez moi", "j'habite", "Fam.").
const GAP = /^[\s'’.-]{1,3}$/u;

/** Phrases by their first word, each as its words. */
export type PhrasesByFirst = Map<string, string[][]>;

/** Adds an already folded phrase to `table`, split into its words. */
export function addPhrase(table: PhrasesByFirst, folded: string): void {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const first = words[0];
  if (first !== undefined) table.set(first, [...(table.get(first) ?? []), words]);
}

/**
 * Where phrase `p` ends in `folded` when it starts at `words[i]` (whose text is p's first word), each next word
 * equal and joined by a GAP; undefined when it does not run on.
 */
export function phraseEnd(folded: string, words: readonly RegExpMatchArray[], i: number, p: readonly string[]): number | undefined {
  const at = words[i];
  if (at === undefined) return undefined;
  let end = (at.index ?? 0) + at[0].length;
  for (let j = 1; j < p.length; j++) {
    const next = words[i + j];
    if (next === undefined || next[0] !== p[j] || !GAP.test(folded.slice(end, next.index))) return undefined;
    end = (next.index ?? 0) + next[0].length;
  }
  return end;
}
