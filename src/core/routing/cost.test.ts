import { describe, expect, it } from 'vitest';
import { costMicroUsd, type PriceSheet } from './cost.js';

const SONNET: PriceSheet = { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 };

describe('costMicroUsd with prompt-cache writes', () => {
  it('prices written tokens at the cache-write price, read tokens at the cached price, the rest at input', () => {
    // 100 × 3 + 300 × 0.3 + 600 × 3.75 + 100 × 15 = 300 + 90 + 2250 + 1500
    expect(costMicroUsd({ inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, outputTokens: 100 }, SONNET)).toBe(4140);
  });

  it('without a cache-write price (null or absent), writes are priced at the base input price', () => {
    const usage = { inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, outputTokens: 100 };
    // 700 × 3 + 300 × 0.3 + 100 × 15
    expect(costMicroUsd(usage, { ...SONNET, cacheWrite: null })).toBe(2100 + 90 + 1500);
    expect(costMicroUsd(usage, { input: 3, output: 15, cachedInput: 0.3 })).toBe(2100 + 90 + 1500);
  });

  it('prices 1-hour writes at the 1-hour write price and the rest of the writes at the 5-minute price', () => {
    const sheet: PriceSheet = { ...SONNET, cacheWrite1h: 6 };
    // 100 × 3 + 300 × 0.3 + 200 × 3.75 + 400 × 6 + 100 × 15 = 300 + 90 + 750 + 2400 + 1500
    const usage = { inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400, outputTokens: 100 };
    expect(costMicroUsd(usage, sheet)).toBe(5040);
    // Without a 1-hour price, 1-hour writes are priced as the other writes.
    expect(costMicroUsd(usage, SONNET)).toBe(4140);
    // Never more 1-hour writes than writes.
    expect(costMicroUsd({ ...usage, cacheWrite1hInputTokens: 900 }, sheet)).toBe(300 + 90 + 600 * 6 + 1500);
  });

  it('without cache writes the cost is unchanged', () => {
    expect(costMicroUsd({ inputTokens: 1000, cachedInputTokens: 800, outputTokens: 100 }, SONNET)).toBe(200 * 3 + 800 * 0.3 + 100 * 15);
  });

  it('never prices more written tokens than the input holds', () => {
    expect(costMicroUsd({ inputTokens: 500, cachedInputTokens: 300, cacheWriteInputTokens: 600, outputTokens: 0 }, SONNET)).toBe(Math.round(300 * 0.3 + 200 * 3.75));
  });

  it('a long-context tier reprices cache writes too (input multiplier)', () => {
    const haiku: PriceSheet = { input: 0.1, output: 0.5, cachedInput: 0.01, cacheWrite: 0.125, longContext: [{ aboveInputTokens: 100_000, inputMultiplier: 5, outputMultiplier: 5 }] };
    // (10,000 × 0.1 + 100,000 × 0.125) × 5 + 1,000 × 0.5 × 5 = 67,500 + 2,500
    expect(costMicroUsd({ inputTokens: 110_000, cachedInputTokens: 0, cacheWriteInputTokens: 100_000, outputTokens: 1_000 }, haiku)).toBe(70_000);
  });
});
