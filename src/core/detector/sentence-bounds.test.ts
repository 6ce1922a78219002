import { describe, expect, it } from 'vitest';
import { sentenceEndAfter, sentenceStartBefore } from './sentence-bounds.js';

const around = (text: string, at: number, reach?: number): string => text.slice(sentenceStartBefore(text, at, reach), sentenceEndAfter(text, at, reach));

describe('sentence bounds', () => {
  it('reads from the last stop before the position to the next one', () => {
    const en = 'It rained. Anna Weber was ill! Then we left?';
    expect(around(en, en.indexOf('Weber'))).toBe(' Anna Weber was ill');
    const de = 'Es regnete.\nAnna Weber war krank';
    expect(around(de, de.indexOf('Weber'))).toBe('Anna Weber war krank');
    const fr = 'Bonjour ! Marie est malade. Merci';
    expect(around(fr, fr.indexOf('Marie'))).toBe(' Marie est malade');
  });

  it('keeps ; : and , inside the sentence (a clause is another reading)', () => {
    const es = 'Hola; Juan, que está enfermo: llama hoy. Adiós';
    expect(around(es, es.indexOf('Juan'))).toBe('Hola; Juan, que está enfermo: llama hoy');
  });

  it('stops at the reach when no stop is that close', () => {
    const nl = 'a'.repeat(50) + 'Jan' + 'b'.repeat(50);
    const at = nl.indexOf('Jan');
    expect(sentenceStartBefore(nl, at, 10)).toBe(at - 10);
    expect(sentenceEndAfter(nl, at, 10)).toBe(at + 10);
    expect(sentenceStartBefore(nl, at)).toBe(0);
    expect(sentenceEndAfter(nl, at)).toBe(nl.length);
  });

  it('handles a position at either end and past the text', () => {
    const it_ = 'Ciao. Luca';
    expect(sentenceStartBefore(it_, 0)).toBe(0);
    expect(sentenceEndAfter(it_, it_.length)).toBe(it_.length);
    expect(sentenceStartBefore(it_, it_.length + 5)).toBe(5);
    expect(sentenceEndAfter(it_, 4)).toBe(4);
    expect(sentenceStartBefore(it_, 5)).toBe(5);
  });
});
