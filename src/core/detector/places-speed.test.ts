// places.ts's separator test, gated by the characters next to the hit, gives the patterns' answers.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { nearSeparator, placeCount, placeCountReference } from './places.js';

const PIECES = ['Leeds', 'and', 'und', 'y', 'e', 'en', 'et', 'o', 'or', 'oder', 'ou', '&', ',', ':', ';', '.', '(Yorks)', '(', ')', ' ', '  ', '\n', '\u00A0', 'x', 'é', 'AND', ''];

describe('places fast path', () => {
  it('nearSeparator equals its patterns around a name', () => {
    const r = mulberry32(9);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let before = '';
      let after = '';
      for (let i = 0, k = Math.floor(r() * 5); i < k; i++) before += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      for (let i = 0, k = Math.floor(r() * 5); i < k; i++) after += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      const text = `${before}Bristol${after}`;
      const h = { entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start: before.length, end: before.length + 7, dataClass: 'pii' as const };
      const want = nearSeparator(text, h, true);
      expect(nearSeparator(text, h), JSON.stringify(text)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(400);
    expect(found).toBeLessThan(3600);
  });

  it('placeCount equals the global word scan', () => {
    const words = ['Leeds', 'Bristol', 'New', 'York', 'new york', 'Paris', 'Málaga', 'MÁLAGA', 'Aix-en-Provence', 'Lyon-Nice', 'St.', 'Paul', 'Harriet', 'Stafford', 'İzmir', 'Σ', 'Ωmega', '𝐀bc', '😀', "'Leeds'", 'O’Brien', '-', '--', "'", ' ', '  ', '\n', ',', 'and', 'Glasgow', 'Zaragoza', 'Sevilla', 'Santa', 'Justa', 'é', 'x'];
    const r = mulberry32(11);
    let rich = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, k = Math.floor(r() * 24); i < k; i++) text += (words[Math.floor(r() * words.length)] ?? '') + (r() < 0.7 ? ' ' : '');
      const want = placeCountReference(text);
      expect(placeCount(text), JSON.stringify(text)).toBe(want);
      if (want >= 3) rich++;
    }
    expect(rich).toBeGreaterThan(20);
  });
});
