import { describe, expect, it } from 'vitest';
import { breakEvenNote } from './break-even.js';
import { BASE_SCENARIO, findBreakEven, probabilitySelfHostCheaper, type BasisResult, type Scenario } from './index.js';

/**
 * A synthetic market on the cost basis: self-hosting costs $1,000 + $500 per started unit of volume, the API
 * $100 of start-up spread over the horizon + $800 per unit.
 */
const synthetic = (s: Scenario): BasisResult =>
  ({
    open: 1000 + 500 * Math.ceil(s.volume),
    closed: 100 + 800 * s.volume,
    today: { tokensPerMonth: 1e6 * s.volume, utilization: s.volume / Math.ceil(s.volume) },
  }) as unknown as BasisResult;
const base: Scenario = BASE_SCENARIO;

describe('findBreakEven', () => {
  it('finds where the step curve and the affine API cost cross: 100 + 800 v = 1000 + 500 x 3 at v = 3', () => {
    const be = findBreakEven(synthetic, base);
    expect(be.volume).toBeCloseTo(3, 6);
    expect(be.tokensPerMonth).toBeCloseTo(3e6, 0);
    expect(be.utilization).toBeCloseTo(1, 6);
    // Just below the crossing the API is cheaper; at it, self-hosting is not dearer.
    const below = synthetic({ ...base, volume: 2.99 });
    expect(below.open).toBeGreaterThan(below.closed!);
  });

  it('null when the API is always cheaper, 0 when self-hosting always is', () => {
    const never = (s: Scenario) => ({ ...synthetic(s), closed: 100 * s.volume }) as unknown as BasisResult;
    expect(findBreakEven(never, base).volume).toBeNull();
    const always = (s: Scenario): BasisResult => ({ ...synthetic(s), open: 0 });
    expect(findBreakEven(always, base).volume).toBe(0);
  });
});

describe('probabilitySelfHostCheaper', () => {
  // Self-hosting wins exactly when volume x API price > 1; both are drawn lognormal with median 1.
  const coinFlip = (s: Scenario) => ({ open: 1, closed: s.volume * s.apiPrice }) as unknown as BasisResult;
  const run = (seed: number) => probabilitySelfHostCheaper({ basisAt: coinFlip, base, ranges: { gpuCost: [0.5, 2], speedBand: 0.3, mode: 'rent' }, runs: 4000, seed });

  it('is reproducible: same seed, same number', () => {
    expect(run(42)).toBe(run(42));
  });

  it('draws are centred on today: about half the draws beat break-even at today\'s volume and price', () => {
    expect(run(42)).toBeGreaterThan(0.45);
    expect(run(42)).toBeLessThan(0.55);
    expect(run(7)).not.toBe(run(42));
  });

  it('regression: GPU price draws are centred on the assumed price (uniform low..high drew a mean ~2x typical)', () => {
    const draws: number[] = [];
    const capture = (s: Scenario) => {
      draws.push(s.gpuCost);
      return { open: 1, closed: 0 } as unknown as BasisResult;
    };
    // H100-like range: low 0.5x, high 4x the typical price.
    // Self-hosting never wins here, so the draws stop at the 500 minimum.
    probabilitySelfHostCheaper({ basisAt: capture, base, ranges: { gpuCost: [0.5, 4], speedBand: 0.3, mode: 'rent' }, runs: 4000, seed: 1 });
    expect(draws).toHaveLength(500);
    const sorted = [...draws].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeGreaterThan(0.95);
    expect(median).toBeLessThan(1.05);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeLessThan(1.1);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.5);
  });

  it('samples model speed from the capacity error band: a wider band spreads the outcome', () => {
    // Self-hosting wins when speed > 1.2.
    const bySpeed = (s: Scenario) => ({ open: 1.2, closed: s.speed }) as unknown as BasisResult;
    const at = (speedBand: number) => probabilitySelfHostCheaper({ basisAt: bySpeed, base, ranges: { gpuCost: [0.5, 2], speedBand, mode: 'rent' }, runs: 4000, seed: 3 });
    expect(at(0)).toBe(0);
    expect(at(0.3)).toBeGreaterThan(0.1);
    expect(at(0.6)).toBeGreaterThan(at(0.3));
  });
});

describe('breakEvenNote', () => {
  it('says when self-hosting becomes cheaper only when that is what would flip today\'s comparison', () => {
    expect(breakEvenNote({ breakEven: 3e9, current: 1e9, selfHostCheaperToday: false })).toBe('self-hosting becomes cheaper at 3.0B tokens/month, 3.0x today\'s 1.0B');
    expect(breakEvenNote({ breakEven: 5e8, current: 1e9, selfHostCheaperToday: true })).toBe('self-hosting is cheaper from 500.0M tokens/month; today\'s 1.0B is 2.0x that');
  });

  it('regression: costs that cross twice (whole-GPU steps, growth) no longer claim "becomes cheaper above X" while self-hosting is already cheaper today', () => {
    // Self-hosting cheaper today, yet the first crossing lies above today's volume (the API dips back below after a GPU step).
    expect(breakEvenNote({ breakEven: 3e9, current: 1e9, selfHostCheaperToday: true, growthPerMonth: 0.05 })).toBe(
      'no single break-even volume: self-hosting first costs the same as the API at 3.0B tokens/month, yet at today\'s 1.0B self-hosting is cheaper (whole-GPU steps and growth make the costs cross more than once)',
    );
    // The API cheaper today although the first crossing lies below today's volume.
    expect(breakEvenNote({ breakEven: 5e8, current: 1e9, selfHostCheaperToday: false })).toBe(
      'no single break-even volume: self-hosting first costs the same as the API at 500.0M tokens/month, yet at today\'s 1.0B the API is cheaper (whole-GPU steps make the costs cross more than once)',
    );
  });

  it('names the cases with no crossing', () => {
    expect(breakEvenNote({ breakEven: null, current: 1e9, selfHostCheaperToday: false })).toMatch(/stays dearer/);
    expect(breakEvenNote({ breakEven: 0, current: 1e9, selfHostCheaperToday: true })).toBe('self-hosting is cheaper at any volume');
    expect(breakEvenNote({ breakEven: 3e9, current: 1e9, selfHostCheaperToday: null })).toMatch(/no closed model is allowed/);
  });
});
