/*
 * Speed: a cheap test that a window of the text may hold one of a few short words as a whole word, before the
 * word's pattern (`(?<![\p{L}])(?:w1|w2|...)(?![\p{L}])`, flags iu) is run on it. The organisation-contact filters
 * test the 40 characters before every phone number for a first-person word ("call me on", "mein Handy"); most
 * windows hold none, and the pattern's look-behind under `iu` is tried at every position.
 *
 * `mayHold` is a superset test: every maximal run of letters in the window (cut at its edges, as the pattern sees a
 * slice) is lower-cased and looked up. A run with a character outside the Basic Multilingual Plane breaks a run (a
 * break only adds candidates); ſ (U+017F) and the Kelvin sign (U+212A) fold to s and k under `iu`, so they are
 * folded too. A true answer is then confirmed by the pattern itself, so the gate and the pattern together answer
 * exactly as the pattern alone.
 */

const LETTER = /\p{L}/u;

const isLetterCode = (c: number): boolean => {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
};

const foldRun = (run: string): string => run.toLowerCase().replace(/\u017f/g, 's').replace(/\u212a/g, 'k');

export class WordListGate {
  private readonly words: ReadonlySet<string>;
  private readonly min: number;
  private readonly max: number;

  /** `words`: the pattern's words, letters only (a word with any other character makes the gate always say yes). */
  constructor(words: readonly string[]) {
    const lower = words.map((w) => w.toLowerCase());
    this.words = new Set(lower);
    const open = lower.some((w) => !/^\p{L}+$/u.test(w) || w.length !== foldRun(w).length);
    this.min = open ? 0 : Math.min(...lower.map((w) => w.length));
    this.max = open ? Infinity : Math.max(...lower.map((w) => w.length));
    if (open) this.words = new Set();
  }

  /** False only when text[from, to) holds none of the words as a whole run of letters. */
  mayHold(text: string, from: number, to: number): boolean {
    if (this.max === Infinity) return true;
    let i = Math.max(0, from);
    const end = Math.min(text.length, to);
    while (i < end) {
      if (!isLetterCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      let ascii = true;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if ((c | 32) < 97 || (c | 32) > 122) break;
        } else if (isLetterCode(c)) ascii = false;
        else break;
        i++;
      }
      const len = i - s;
      if (len < this.min || len > this.max) continue;
      const run = text.slice(s, i);
      if (this.words.has(ascii ? run.toLowerCase() : foldRun(run))) return true;
    }
    return false;
  }
}
