import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { separators } from './separators.js';

function byLoop(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charAt(i) === ':' || text.charAt(i) === '=') at.push(i);
  return at;
}

describe('separators', () => {
  it('lists every colon and equals sign in order', () => {
    expect(separators('a: b = c := d')).toEqual([1, 5, 9, 10]);
    expect(separators('no pairs here')).toEqual([]);
  });

  it('agrees with a loop over every character on random texts, asked again or not', () => {
    const rnd = mulberry32(7);
    for (let n = 0; n < 300; n++) {
      let t = '';
      const len = Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) t += 'a:= b\n'.charAt(Math.floor(rnd() * 6));
      expect(separators(t)).toEqual(byLoop(t));
      expect(separators(t)).toEqual(byLoop(t));
    }
  });
});
