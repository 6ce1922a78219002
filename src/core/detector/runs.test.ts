import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { alnumRuns, alnumRunsOfLength, base64Runs } from './runs.js';

const PIECES = ['ABCDEFGH', 'abc', '0123', '45', '+', '/', '-', '_', '=', ' ', '.', 'é', '\n', 'RSSMRA85T10A562S'];

function randomText(rnd: () => number): string {
  let t = '';
  const n = Math.floor(rnd() * 16);
  for (let i = 0; i < n; i++) t += PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
  return t;
}

describe('shared base64-alphabet runs', () => {
  it('are the global scan of [A-Za-z0-9+/_-]{16,}', () => {
    const rnd = mulberry32(5);
    for (let n = 0; n < 3000; n++) {
      const t = randomText(rnd);
      const expected = [...t.matchAll(/[A-Za-z0-9+/_-]{16,}/g)].flatMap((m) => [m.index, m.index + m[0].length]);
      expect(base64Runs(t), t).toEqual(expected);
    }
  });

  it('hold every run of exactly 16 letters and digits: the same starts as alnumRuns', () => {
    const rnd = mulberry32(9);
    for (let n = 0; n < 3000; n++) {
      const t = randomText(rnd);
      const runs = alnumRuns(t, 16);
      const expected: number[] = [];
      for (let i = 0; i < runs.length; i += 2) if ((runs[i + 1] ?? 0) - (runs[i] ?? 0) === 16) expected.push(runs[i] ?? 0);
      expect(alnumRunsOfLength(t, 16), t).toEqual(expected);
    }
  });
});
