import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test-support/fixtures.js';
import { closedCost, promptLengths, shareAbove, tokenShareAbove } from './index.js';

const catalog = fixtureCatalog();
const model = catalog.closedModels[0]!;
const provider = catalog.providers[0]!;
const base = { model, provider, requestsPerMonth: 1_000_000, inputTokens: 1000, outputTokens: 200, maxContextTokens: 8000, cachedInputShare: 0, batchShare: 0, regionalProcessing: false, engineerMonthlyCostUsd: 15_600 };

describe('closedCost', () => {
  it('list price: 1e9 input tokens at $1/M + 2e8 output at $4/M = $1,800', () => {
    const c = closedCost(base);
    expect(c.inputUsd).toBeCloseTo(1000, 6);
    expect(c.outputUsd).toBeCloseTo(800, 6);
    expect(c.monthlyUsd).toBeCloseTo(1800, 6);
    expect(c.costPerMTokUsd).toBeCloseTo(1800 / 1200, 6);
    expect(c.startupCostUsd).toBeCloseTo(3600, 6);
  });

  it('cached input, batch share and regional uplift, hand-checked', () => {
    const c = closedCost({ ...base, cachedInputShare: 0.5, batchShare: 0.2, regionalProcessing: true });
    // Cache: half of $1,000 at $0.10 instead of $1 saves $450; list after cache = $1,350.
    expect(c.cachedSavingsUsd).toBeCloseTo(450, 6);
    // Batch: 20% of $1,350 at half price saves $135.
    expect(c.batchSavingsUsd).toBeCloseTo(135, 6);
    // Region: +10% on the $1,215 left.
    expect(c.regionalUpliftUsd).toBeCloseTo(121.5, 6);
    expect(c.monthlyUsd).toBeCloseTo(1336.5, 6);
  });

  it('long-context tier: prompts all far above 100k pay 2x input and 1.5x output on (nearly) everything', () => {
    const c = closedCost({ ...base, requestsPerMonth: 1000, inputTokens: 200_000, outputTokens: 1000, maxContextTokens: 201_100 });
    // Prompts between 0 and ~200k with mean 200k: all of them near the top. Input $200 -> +$200; output $4 -> +$2.
    expect(c.longContextUpliftUsd).toBeGreaterThan(150);
    expect(c.longContextUpliftUsd).toBeLessThan(202);
    const tier = c.longContextTiers![0]!;
    expect(c.longContextUpliftUsd).toBeCloseTo(tier.tokenShare * 200 + tier.requestShare * 2, 9);
    expect(tier.tokenShare).toBeGreaterThan(tier.requestShare);
  });

  it('regression: long-context prices by token share, continuous as the mean prompt crosses the threshold (jumped from a request share to 1)', () => {
    const at = (inputTokens: number) => closedCost({ ...base, requestsPerMonth: 1000, inputTokens, outputTokens: 1000, maxContextTokens: 1_000_000 });
    const perToken = (inputTokens: number) => at(inputTokens).longContextUpliftUsd / at(inputTokens).inputUsd;
    expect(Math.abs(perToken(100_001) - perToken(99_999))).toBeLessThan(1e-3);
    // Below the threshold, a share of tokens already sits in long prompts, more than the share of requests.
    const t = at(60_000).longContextTiers![0]!;
    expect(t.tokenShare).toBeGreaterThan(t.requestShare);
    expect(t.tokenShare).toBeGreaterThan(0.2);
    expect(t.tokenShare).toBeLessThan(0.8);
  });

  it('share of prompts above a threshold (exponential lengths whose truncated mean is the workload mean)', () => {
    expect(shareAbove(100_000, 10_000, 50_000)).toBe(0);
    // A mean at or above half the longest prompt: near-uniform lengths.
    expect(shareAbove(100_000, 150_000, 200_000)).toBeCloseTo(0.5, 9);
    const d = promptLengths(10_000, 200_000);
    expect(d.scale).toBeCloseTo(10_000, 0);
    expect(shareAbove(100_000, 10_000, 200_000)).toBeCloseTo((Math.exp(-10) - Math.exp(-20)) / (1 - Math.exp(-20)), 6);
    // Truncation close to the mean stretches the scale so the mean still holds.
    expect(promptLengths(10_000, 30_000).scale).toBeGreaterThan(10_000);
    expect(tokenShareAbove(promptLengths(10_000, 200_000), 0)).toBe(1);
  });

  it('scales with a price multiplier (sensitivity)', () => {
    expect(closedCost({ ...base, priceMultiplier: 0.5 }).monthlyUsd).toBeCloseTo(900, 6);
  });
});

describe('closedCost: long-context tiers', () => {
  const tier = (aboveInputTokens: number, m: number) => ({ aboveInputTokens, inputMultiplier: m, outputMultiplier: m });
  it('prices tiers listed out of order as the same tiers in order, reported lowest first', () => {
    const inOrder = { ...model, longContext: [tier(2000, 1.5), tier(4000, 2)] };
    const reversed = { ...model, longContext: [tier(4000, 2), tier(2000, 1.5)] };
    const a = closedCost({ ...base, model: inOrder });
    expect(closedCost({ ...base, model: reversed })).toEqual(a);
    expect(a.longContextTiers!.map((t) => t.aboveInputTokens)).toEqual([2000, 4000]);
    expect(a.longContextUpliftUsd).toBeGreaterThan(0);
    // The catalog's list itself is left as it was.
    expect(reversed.longContext.map((t) => t.aboveInputTokens)).toEqual([4000, 2000]);
  });

  it('tiers above the longest prompt re-price nothing: zero shares, the bill of a model without tiers', () => {
    // Longest prompt: 8,000 - 200 = 7,800 tokens; the lowest tier starts there.
    const c = closedCost({ ...base, model: { ...model, longContext: [tier(7800, 2), tier(100_000, 3)] } });
    expect(c.longContextUpliftUsd).toBe(0);
    expect(c.longContextTiers!.map((t) => [t.tokenShare, t.requestShare, t.usd])).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(c.monthlyUsd).toBe(closedCost({ ...base, model: { ...model, longContext: [] } }).monthlyUsd);
    // One token lower, the tier applies.
    expect(closedCost({ ...base, model: { ...model, longContext: [tier(7799, 2)] } }).longContextUpliftUsd).toBeGreaterThan(0);
  });
});
