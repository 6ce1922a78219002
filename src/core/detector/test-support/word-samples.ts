// Random texts built from a vocabulary, for the property tests that check a fast path against the whole-text scan it
// replaces: whole words, upper-cased, capitalised or cut short, with glue characters around them.
import { mulberry32 } from '../../random/index.js';

export interface WordSampleOptions {
  /** What goes between the words (one or, three times in ten, two pieces). */
  glue: readonly string[];
  /** Most words per text (at least one). */
  maxWords: number;
  /** Also capitalise a word's first letter (placeholders' names are written both ways). */
  capitalised?: boolean;
  /** Texts to make (default 4,000). */
  count?: number;
}

export function wordSamples(vocabulary: readonly string[], seed: number, o: WordSampleOptions): string[] {
  const r = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < (o.count ?? 4000); i++) {
    let s = '';
    const n = 1 + Math.floor(r() * o.maxWords);
    for (let k = 0; k < n; k++) {
      const w = pick(vocabulary);
      const roll = r();
      if (o.capitalised === true) s += roll < 0.45 ? w : roll < 0.6 ? w.toUpperCase() : roll < 0.75 ? w.charAt(0).toUpperCase() + w.slice(1) : w.slice(0, 1 + Math.floor(r() * w.length));
      else s += roll < 0.5 ? w : roll < 0.7 ? w.toUpperCase() : w.slice(0, 1 + Math.floor(r() * w.length));
      s += pick(o.glue);
      if (r() < 0.3) s += pick(o.glue);
    }
    out.push(s);
  }
  return out;
}
