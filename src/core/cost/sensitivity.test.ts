import { describe, expect, it } from 'vitest';
import { mulberry32, normalSample } from '../random/index.js';
import { BASE_SCENARIO, type Scenario } from './scenario.js';
import { monteCarlo, speedSigma, UNCERTAINTY } from './sensitivity.js';

describe('monteCarlo', () => {
  it('draws the documented scenarios in seed order, into one object it overwrites per draw', () => {
    const ranges = { gpuCost: [0.8, 1.3] as [number, number], speedBand: 0.3, mode: 'rent' as const };
    const base: Scenario = { ...BASE_SCENARIO, volume: 3 };
    const seen: Scenario[] = [];
    const objects = new Set<Scenario>();
    const r = monteCarlo({
      basisAt: () => {
        throw new Error('savingsAt is given');
      },
      savingsAt: (s) => {
        objects.add(s);
        seen.push({ ...s });
        return s.gpuCost < 1 ? 1 : -1;
      },
      base, ranges, runs: 600, seed: 9,
    });
    // Each draw as a new object, written out from the documented distributions (the order of the draws is the seed's).
    const rng = mulberry32(9);
    const within = (sigma: number, lo: number, hi: number): number => {
      for (let i = 0; i < 8; i++) {
        const x = Math.exp(sigma * normalSample(rng));
        if (x >= lo && x <= hi) return x;
      }
      return Math.min(hi, Math.max(lo, 1));
    };
    const expected = Array.from({ length: seen.length }, (): Scenario => ({
      gpuCost: within(UNCERTAINTY.gpuRentSigma, 0.8, 1.3),
      apiPrice: Math.exp(UNCERTAINTY.apiPriceSigma * normalSample(rng)),
      volume: 3 * Math.exp(UNCERTAINTY.volumeSigma * normalSample(rng)),
      peakiness: 0.5 + rng(),
      staff: Math.exp(UNCERTAINTY.staffSigma * normalSample(rng)),
      tokens: Math.exp(UNCERTAINTY.tokensSigma * normalSample(rng)),
      speed: Math.exp(speedSigma(0.3) * normalSample(rng)),
    }));
    expect(seen).toEqual(expected);
    expect(objects.size).toBe(1);
    expect(r.draws).toBe(seen.length);
    expect(r.probability).toBe(seen.filter((s) => s.gpuCost < 1).length / seen.length);
    // The base case is left as it was.
    expect(base).toEqual({ ...BASE_SCENARIO, volume: 3 });
  });
});
