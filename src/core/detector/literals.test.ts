import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { includesJoined } from './literals.js';

describe('includesJoined', () => {
  it('equals includes(head + tail) on texts made of the pieces around them', () => {
    const BITS = [':', 'A', 'AA', ':A', 'l', 'li', 've_', 'v', '_', '/', '//', ':/', 'x', ' ', 'é'];
    const CASES: [string, string][] = [[':', 'AA'], ['li', 've_'], [':', '//']];
    const r = mulberry32(61);
    let hits = 0;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let k = Math.floor(r() * 16); k > 0; k--) s += BITS[Math.floor(r() * BITS.length)] ?? '';
      for (const [head, tail] of CASES) {
        const want = s.includes(head + tail);
        expect(includesJoined(s, head, tail), JSON.stringify([s, head, tail])).toBe(want);
        if (want) hits++;
      }
    }
    expect(hits).toBeGreaterThan(500);
  });
});
