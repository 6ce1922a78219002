import { mulberry32 } from '../random/index.js';
import { ADVERSARIAL } from './adversarial.js';

/**
 * Inputs for the fast paths' property tests (struct-speed, digit-anchors): the adversarial runs at 4 KB, then `n` texts
 * of 1 to 40 pieces drawn from `pieces` by a seeded generator. With `spaced`, every other text has its pieces set apart
 * by a space, so whole identifiers also stand alone next to their context words.
 */
export function fuzzTexts(pieces: readonly string[], seed: number, n: number, spaced = false): string[] {
  const r = mulberry32(seed);
  const out: string[] = ADVERSARIAL.map((a) => a.make(4096));
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = 1 + Math.floor(r() * 40);
    const gap = spaced && i % 2 !== 0 ? ' ' : '';
    for (let j = 0; j < k; j++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + gap;
    out.push(s);
  }
  return out;
}
