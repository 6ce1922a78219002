import { describe, expect, it } from 'vitest';
import { WORDS } from './digit-words.js';
import { NON_ASCII_HEADS, spellDigits } from './spelled.js';

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
