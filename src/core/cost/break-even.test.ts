import { describe, expect, it } from 'vitest';
import { findBreakEven, probabilitySelfHostCheaper, type Evaluation, type Scenario } from './index.js';

/** A synthetic market: self-hosting costs $1,000 + $500 per started unit of volume, the API $800 per unit. */
const synthetic = (s: Scenario): Evaluation =>
  ({
    openMonthlyUsd: 1000 + 500 * Math.ceil(s.volume),
    closed: { monthlyUsd: 800 * s.volume },
    tokensPerMonth: 1e6 * s.volume,
    provisioning: { utilization: s.volume / Math.ceil(s.volume) },
  }) as unknown as Evaluation;
const base: Scenario = { volume: 1, gpuCost: 1, apiPrice: 1, peakiness: 1, staffShare: 0.25, tokens: 1 };

describe('findBreakEven', () => {
  it('finds where the step curve and the line cross: 800 v = 1000 + 500 x 4 at v = 3.75', () => {
    const be = findBreakEven(synthetic, base);
    expect(be.volume).toBeCloseTo(3.75, 6);
    expect(be.tokensPerMonth).toBeCloseTo(3.75e6, 0);
    expect(be.utilization).toBeCloseTo(3.75 / 4, 6);
    // Just below the crossing the API is cheaper; at it, self-hosting is not dearer.
    const below = synthetic({ ...base, volume: 3.74 });
    expect(below.openMonthlyUsd).toBeGreaterThan(below.closed!.monthlyUsd);
  });

  it('null when the API is always cheaper, 0 when self-hosting always is', () => {
    const never = (s: Scenario) => ({ ...synthetic(s), closed: { monthlyUsd: 100 * s.volume } }) as unknown as Evaluation;
    expect(findBreakEven(never, base).volume).toBeNull();
    const always = (s: Scenario): Evaluation => ({ ...synthetic(s), openMonthlyUsd: 0 });
    expect(findBreakEven(always, base).volume).toBe(0);
  });
});

describe('probabilitySelfHostCheaper', () => {
  // Self-hosting wins exactly when volume > 1 (before the API price draw moves it).
  const coinFlip = (s: Scenario) => ({ openMonthlyUsd: 1, closed: { monthlyUsd: s.volume } }) as unknown as Evaluation;
  const run = (seed: number) => probabilitySelfHostCheaper({ evaluate: coinFlip, base, ranges: { gpuCost: [0.8, 1.2] }, runs: 4000, seed });

  it('is reproducible: same seed, same number', () => {
    expect(run(42)).toBe(run(42));
  });

  it('volume drawn lognormal around today: about half the draws beat break-even at today\'s volume', () => {
    expect(run(42)).toBeGreaterThan(0.45);
    expect(run(42)).toBeLessThan(0.55);
    expect(run(7)).not.toBe(run(42));
  });
});
