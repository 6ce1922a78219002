import { describe, expect, it } from 'vitest';
import { WORDS } from './digit-words.js';
import { detect } from './detect.js';
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

describe('a phone number spelled out in comma-separated groups after a call-me imperative', () => {
  const phone = (text: string): string[] =>
    detect(text)
      .filter((f) => f.entity === 'PHONE_NUMBER')
      .map((f) => text.slice(f.start, f.end));

  it('is found in the six languages, the imperative written with its pronoun', () => {
    for (const [text, digits] of [
      ['ring me on seven two one, four four zero, nine three six, cheers', 'seven two one, four four zero, nine three six'],
      ['Rufen Sie mich an: sieben zwei eins, vier vier null, neun drei sechs', 'sieben zwei eins, vier vier null, neun drei sechs'],
      ['appelle-moi au sept deux un, quatre quatre zéro, neuf trois six', 'sept deux un, quatre quatre zéro, neuf trois six'],
      ['¡llámeme al siete dos uno, cuatro cuatro cero, nueve tres seis!', 'siete dos uno, cuatro cuatro cero, nueve tres seis'],
      ['belt u me terug op zeven twee een, vier vier nul, negen drie zes', 'zeven twee een, vier vier nul, negen drie zes'],
      ['richiamatemi al sette due uno, quattro quattro zero, nove tre sei', 'sette due uno, quattro quattro zero, nove tre sei'],
    ] as const)
      expect(phone(text), text).toEqual([digits]);
  });

  it('leaves number words of a recipe or a story alone, imperative or not', () => {
    for (const text of [
      'llámame si falta algo: cuatro huevos, dos tazas, tres cucharadas, una pizca de sal',
      'chiamatemi quando arrivano: tre bambini, due cani, quattro gatti e un pappagallo',
      'call me when you have the counts: two boxes, one crate, four bags',
    ])
      expect(phone(text), text).toEqual([]);
  });
});

describe('a spelled number read out with separator and repeat words', () => {
  it('reads a dash word as a dash and a repeat word as its digit said again, in the six languages', () => {
    for (const [text, digits] of [
      ['ring me on oh one six one dash four nine six, double eight two', 'ring me on 0161-496 882'],
      ['ruf mich an: null eins sieben zwei Strich drei drei vier fünf sechs', 'ruf mich an: 0172-33456'],
      ['appelle-moi : zéro six, double quatre, tiret un deux trois', 'appelle-moi : 06 44-123'],
      ['llámame: seis uno cinco guion doble dos ocho guion cuatro siete nueve', 'llámame: 615-228-479'],
      ['bel me: nul zes dubbel een, twee drie streepje vier vijf', 'bel me: 0611 23-45'],
      ['chiamami: tre quattro otto trattino doppio sette cinque, uno due', 'chiamami: 348-775 12'],
    ] as const)
      expect(spellDigits(text)?.text, text).toBe(digits);
  });

  it('reads the same with the full word list as with the fast path', () => {
    for (const text of ['oh one six one dash four nine six double eight two', 'seis uno cinco guion doble dos ocho', 'dash one two three four dash', 'double double one two three four', 'one two three triple'])
      expect(spellDigits(text)?.text, text).toBe(spellDigits(text, false)?.text);
  });

  it('leaves the words alone where they cannot be part of a number', () => {
    for (const text of ['a double espresso, then two three four people came', 'triple check the dash: one two three', 'dash dash dash dash', 'double double trouble'])
      expect(spellDigits(text)?.text ?? text, text).toBe(text);
  });
});
