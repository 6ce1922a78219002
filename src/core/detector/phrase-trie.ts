import { foldsAsLowerCase } from './phrase-index.js';

/**
 * A word list read by walking a character tree over the text: what an alternation of the words (`iu` flags, longest
 * first, each space of a word written `\s+`, as `wordAlternation` and `prefixTree` in data/struct-cues.ts build it)
 * matches at a position, on text that `foldsAsLowerCase` (phrase-index.ts: there the `iu` case folding of a character
 * is its lower case).
 *
 * Speed: such an alternation compiles to hundreds of KB of machine code (the venue nouns: over 800 KB, for each string
 * width and each flag set), and V8 stops optimising every pattern it compiles once a process holds 16 MB of executable
 * code (docs/detector.md, stop 38). The pattern is kept for text beyond Latin-1, where it alone is compiled.
 *
 * Words that match at one position form a chain of prefixes (two words that part at some character cannot both match
 * the same text: their lower cases differ there, or one has a space where the other has a character that is no space),
 * so the alternation's first word that matches and passes the test after it is the longest such word: `longestAt`.
 */

interface Node {
  end: boolean;
  /** The next character's lower-case code unit. */
  readonly kids: Map<number, Node>;
  /** A space of a word: one run of whitespace in the text. */
  space: Node | undefined;
}

const node = (): Node => ({ end: false, kids: new Map(), space: undefined });

// Code units of text that folds as lower case: Latin-1 and General Punctuation (U+2000..U+206F).
const readable = (c: number): boolean => c <= 0xff || (c >= 0x2000 && c <= 0x206f);
const table = (test: RegExp): Uint8Array => {
  const t = new Uint8Array(0x2070);
  for (let c = 0; c < t.length; c++) if (readable(c) && test.test(String.fromCharCode(c))) t[c] = 1;
  return t;
};
const LETTER = table(/^\p{L}$/u);
const LETTER_OR_NUMBER = table(/^[\p{L}\p{N}]$/u);
const SPACE = table(/^\s$/u);
const LOWER = new Uint16Array(0x2070);
for (let c = 0; c < LOWER.length; c++) LOWER[c] = readable(c) ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;

/** For text that `foldsAsLowerCase`: whether its code unit `c` is a letter (\p{L}). */
export const isLetterCode = (c: number): boolean => LETTER[c] === 1;
/** For text that `foldsAsLowerCase`: whether its code unit `c` is a letter or a number ([\p{L}\p{N}]). */
export const isLetterOrNumberCode = (c: number): boolean => LETTER_OR_NUMBER[c] === 1;
/** For text that `foldsAsLowerCase`: whether its code unit `c` is whitespace (\s). */
export const isSpaceCode = (c: number): boolean => SPACE[c] === 1;

export class PhraseTrie {
  /** Undefined when a word cannot be read this way (the caller runs its pattern). */
  private readonly root: Node | undefined;

  constructor(words: Iterable<string>) {
    const root = node();
    for (const w of words) {
      const low = w.toLowerCase();
      // A word with whitespace other than single inner spaces, the long s (it folds to "s"), or a character whose lower
      // case is longer ("İ") is read by the pattern only.
      if (low.length !== w.length || low === '' || /[^\S ]|^ | $| {2}|\u017F/u.test(low)) {
        this.root = undefined;
        return;
      }
      let n = root;
      for (let i = 0; i < low.length; i++) {
        const c = low.charCodeAt(i);
        let next = c === 32 ? n.space : n.kids.get(c);
        if (next === undefined) {
          next = node();
          if (c === 32) n.space = next;
          else n.kids.set(c, next);
        }
        n = next;
      }
      n.end = true;
    }
    this.root = root;
  }

  /** False when the words cannot be read by `longestAt` (the caller runs its pattern). */
  get usable(): boolean {
    return this.root !== undefined;
  }

  /**
   * The end of the longest word that matches `s` at `p` and is followed by no letter (or by the end of `s`), or -1;
   * `s` must fold as lower case (`foldsAsLowerCase`). As `(?:words)(?![\p{L}])` tried at `p` with the `iu` flags.
   */
  longestAt(s: string, p: number): number {
    return this.walk(s, p, undefined);
  }

  /**
   * The ends of the words that match `s` at `p` and are followed by no letter (or by the end of `s`), longest first:
   * the order in which `(?:words)(?![\p{L}])` tries them; `s` must fold as lower case.
   */
  endsAt(s: string, p: number): number[] {
    const out: number[] = [];
    this.walk(s, p, out);
    return out.reverse();
  }

  /** One walk down the tree from `p`: the longest end (or -1), and every end in `out` when asked for, shortest first. */
  private walk(s: string, p: number, out: number[] | undefined): number {
    let n = this.root;
    let best = -1;
    let i = p;
    while (n !== undefined) {
      if (n.end && (i >= s.length || LETTER[s.charCodeAt(i)] !== 1)) {
        best = i;
        out?.push(i);
      }
      if (i >= s.length) break;
      const c = s.charCodeAt(i);
      if (SPACE[c] === 1) {
        n = n.space;
        i++;
        while (i < s.length && SPACE[s.charCodeAt(i)] === 1) i++;
      } else {
        n = n.kids.get(c < LOWER.length ? (LOWER[c] ?? c) : c);
        i++;
      }
    }
    return best;
  }

  /**
   * The first match of `(?<![\p{L}\p{N}])(?:words)(?![\p{L}])` (`iu` flags; `(?<!\p{L})` when `numberBefore`) in `s` at
   * or after `from`, as [start, end), or undefined; `s` must fold as lower case.
   */
  nextWord(s: string, from: number, numberBefore = false): [number, number] | undefined {
    const before = numberBefore ? LETTER : LETTER_OR_NUMBER;
    for (let p = from; p < s.length; p++) {
      if (p > 0 && before[s.charCodeAt(p - 1)] === 1) continue;
      const e = this.longestAt(s, p);
      if (e >= 0) return [p, e];
    }
    return undefined;
  }
}

/** A match as a pattern's `exec` gives it: where it starts, and its text. */
export interface ScanMatch {
  index: number;
  0: string;
}

/**
 * A global pattern `(?<![\p{L}\p{N}])(?:words)(?![\p{L}])` (`giu` flags, maybe a look-ahead for the words' first
 * letters before it) with `exec` and `lastIndex` as the pattern has them: answered by a PhraseTrie on text that folds as
 * lower case, by the pattern on other text.
 */
export class WordScan {
  lastIndex = 0;
  private readonly trie: PhraseTrie;

  constructor(
    words: Iterable<string>,
    /** The pattern itself, with the `g` flag. */
    readonly pattern: RegExp,
  ) {
    this.trie = new PhraseTrie(words);
  }

  get source(): string {
    return this.pattern.source;
  }

  exec(s: string, reference = false): ScanMatch | null {
    if (reference || !this.trie.usable || !foldsAsLowerCase(s)) {
      this.pattern.lastIndex = this.lastIndex;
      const m = this.pattern.exec(s);
      this.lastIndex = this.pattern.lastIndex;
      return m;
    }
    const hit = this.lastIndex > s.length ? undefined : this.trie.nextWord(s, this.lastIndex);
    if (hit === undefined) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = hit[1];
    return { index: hit[0], 0: s.slice(hit[0], hit[1]) };
  }
}

/**
 * A pattern `(?<![\p{L}])(?:words)(?![\p{L}])` (`iu` flags) with `test` as the pattern has it (no `g` or `y` flag):
 * answered by a PhraseTrie on text that folds as lower case, by the pattern on other text.
 */
export class WordTest {
  private readonly trie: PhraseTrie;

  constructor(
    words: Iterable<string>,
    /** The pattern itself, without the `g` and `y` flags. */
    readonly pattern: RegExp,
  ) {
    this.trie = new PhraseTrie(words);
  }

  test(s: string, reference = false): boolean {
    if (reference || !this.trie.usable || !foldsAsLowerCase(s)) return this.pattern.test(s);
    return this.trie.nextWord(s, 0, true) !== undefined;
  }
}
