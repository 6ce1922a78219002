/**
 * Phrase look-ups that answer what a big case-insensitive word alternation (`iu` flags, each space of a phrase written
 * `\s+`) answers, on text of Latin-1 characters.
 *
 * Speed: such an alternation compiles to hundreds of KB of machine code (over 1 MB for the venue nouns), and the engine
 * stops optimising the patterns it compiles once a process holds too much regexp code (docs/detector.md, stop 38): a
 * pattern kept only for the rare text beyond Latin-1 is never compiled on the others.
 *
 * On Latin-1 the `iu` case folding of a character is its lower case, but for the micro sign (it folds to Greek mu); a
 * phrase character beyond Latin-1 folds to one in it only for the long s among lower-case letters (the Kelvin sign,
 * the Angstrom sign, capital sharp s and Ÿ lower-case to what they fold to); General Punctuation (curly quotes, dashes)
 * folds to itself. So such a text matches a phrase exactly when its lower case, each run of whitespace made one space
 * (`canonical`), equals the phrase's lower case; an index whose phrases hold a long s, or whitespace other than single
 * inner spaces, is off.
 */

/**
 * True when every code unit of `s` is Latin-1 (at most U+00FF) but the micro sign (U+00B5), or General Punctuation
 * (U+2000..U+206F: dashes, curly quotes, spaces; no letter, no case folding): `canonical` applies.
 */
export function foldsAsLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0xff && (c < 0x2000 || c > 0x206f)) || c === 0xb5) return false;
  }
  return true;
}

/** `s` lower-cased, each run of whitespace (\s) one space: the same length map for each character but the spaces. */
export const canonical = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

const LETTER = /\p{L}/u;
const LATIN1_LETTER = new Uint8Array(256);
for (let c = 0; c < 256; c++) LATIN1_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
/** Whether the code unit `c` is a letter (\p{L}), for Latin-1; false beyond it (callers read `foldsAsLowerCase` text only). */
export const isLatin1Letter = (c: number): boolean => LATIN1_LETTER[c] === 1;

export class PhraseIndex {
  /** Lower-case phrases by length, longest first; undefined when a phrase cannot be read this way. */
  private readonly byLength: readonly [number, ReadonlySet<string>][] | undefined;

  constructor(phrases: Iterable<string>) {
    const all = [...phrases].map((p) => p.toLowerCase());
    if (all.some((p) => /[^\S ]|^ | $| {2}|\u017F/u.test(p))) {
      this.byLength = undefined;
      return;
    }
    const sets = new Map<number, Set<string>>();
    for (const p of all) {
      const set = sets.get(p.length) ?? new Set<string>();
      set.add(p);
      sets.set(p.length, set);
    }
    this.byLength = [...sets].sort((a, b) => b[0] - a[0]);
  }

  /** False when the phrases cannot be read by `has` and `startsEndingAt` (the caller runs its pattern). */
  get usable(): boolean {
    return this.byLength !== undefined;
  }

  /** Whether the canonical text `c` is one of the phrases. */
  has(c: string): boolean {
    return this.byLength?.some(([n, set]) => n === c.length && set.has(c)) ?? false;
  }

  /** Where a phrase that ends at `q` in the canonical text `c` starts, for each such phrase (longest first). */
  startsEndingAt(c: string, q: number): number[] {
    const out: number[] = [];
    for (const [n, set] of this.byLength ?? []) if (n <= q && set.has(c.slice(q - n, q))) out.push(q - n);
    return out;
  }
}
