import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test-support/fixtures.js';
import { closedCost, shareAbove } from './index.js';

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

  it('long-context tier: prompts all above 100k pay 2x input and 1.5x output', () => {
    const c = closedCost({ ...base, requestsPerMonth: 1000, inputTokens: 200_000, outputTokens: 1000, maxContextTokens: 300_000 });
    // Input $200 -> +$200; output $4 -> +$2.
    expect(c.longContextUpliftUsd).toBeCloseTo(202, 6);
    expect(c.monthlyUsd).toBeCloseTo(406, 6);
  });

  it('share of prompts above a threshold (exponential lengths, truncated at the longest context)', () => {
    expect(shareAbove(100_000, 10_000, 50_000)).toBe(0);
    expect(shareAbove(100_000, 150_000, 200_000)).toBe(1);
    expect(shareAbove(100_000, 10_000, 200_000)).toBeCloseTo((Math.exp(-10) - Math.exp(-20)) / (1 - Math.exp(-20)), 12);
  });

  it('scales with a price multiplier (sensitivity)', () => {
    expect(closedCost({ ...base, priceMultiplier: 0.5 }).monthlyUsd).toBeCloseTo(900, 6);
  });
});
