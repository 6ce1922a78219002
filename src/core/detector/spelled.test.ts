import { describe, expect, it } from 'vitest';
import { WORDS } from './digit-words.js';
import { GAP, isGap, NON_ASCII_HEADS, spellDigits } from './spelled.js';

describe('spelled digits', () => {
  it('reads a run that starts with a word whose first letter is not ASCII, as the full word list does', () => {
    for (const text of ['bel één twee drie vier vijf', 'BEL ÉÉN TWEE DRIE VIER', 'Één twee drie vier', 'four one one one two']) {
      expect(spellDigits(text)?.text).toBe(spellDigits(text, false)?.text);
      expect(spellDigits(text)).not.toBeNull();
    }
  });

  it('looks for those words only in texts holding a first letter they can match (case-insensitive, non-unicode)', () => {
    const firsts = WORDS.filter((w) => w.charCodeAt(0) >= 128).map((w) => new RegExp(`^${w.charAt(0)}`, 'i'));
    for (let c = 128; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (firsts.some((re) => re.test(ch))) expect(NON_ASCII_HEADS).toContain(ch);
    }
  });
});

describe('isGap', () => {
  it('answers as GAP on the slice, for every mix of gap and other characters up to six long', () => {
    const chars = [' ', ',', '.', '-', '/', '\t', '\n', '\u00a0', '\u2009', '\u3000', 'a', '_', '0', '\u00e9'];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = rnd(7);
      for (let i = 0; i < len; i++) s += chars[rnd(chars.length)] ?? '';
      const text = `x${s}y`;
      expect(isGap(text, 1, 1 + s.length), JSON.stringify(s)).toBe(GAP.test(s));
    }
    expect(isGap('ab', 2, 1)).toBe(false);
  });
});

describe('spellDigits fast path', () => {
  it('reads the same runs as the full word list on random mixes of digit words, letters and gaps', () => {
    const parts = ['one', 'zwei', 'trois', 'cuatro', 'vijf', 'sei', 'x', 'é', 'A', '_', '7', ' ', ', ', '-', '. ', 'un', 'een', 'neuf', 'ß'];
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const n = 4 + rnd(14);
      for (let i = 0; i < n; i++) text += parts[rnd(parts.length)] ?? '';
      expect(spellDigits(text)?.text, text).toBe(spellDigits(text, false)?.text);
    }
  });
});
