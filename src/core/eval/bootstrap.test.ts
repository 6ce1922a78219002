import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { bootstrapMean, bootstrapPairedDiff, percentile, quantile } from './bootstrap.js';
import { parityStatement } from './parity.js';

describe('bootstrap', () => {
  it('is reproducible per seed and brackets the mean', () => {
    const xs = [1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0];
    const a = bootstrapMean(xs, mulberry32(7))!;
    const b = bootstrapMean(xs, mulberry32(7))!;
    expect(a).toEqual(b);
    expect(a.value).toBeCloseTo(0.8);
    expect(a.low).toBeLessThan(0.8);
    expect(a.high).toBeGreaterThan(0.8);
    // Binomial sd at n=20, p=0.8 is 0.089: the 95% interval spans about +-0.18.
    expect(a.high - a.low).toBeGreaterThan(0.25);
    expect(a.high - a.low).toBeLessThan(0.45);
    expect(bootstrapMean([], mulberry32(1))).toBeNull();
  });

  it('pairs differences by prompt, so a constant gap has a zero-width interval', () => {
    const d = bootstrapPairedDiff(Array.from({ length: 10 }, (_, i) => [i / 10 + 0.1, i / 10] as const), mulberry32(3))!;
    expect(d.value).toBeCloseTo(0.1);
    expect(d.low).toBeCloseTo(0.1);
    expect(d.high).toBeCloseTo(0.1);
  });

  it('quantiles and percentiles', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 95)).toBe(5);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('parityStatement', () => {
  it('says within, worse or better, with the interval, and whether it is conclusive', () => {
    expect(parityStatement('local-qwen', 'claude', { value: -2, low: -5, high: 1, n: 20 }, 3, 'score')).toEqual({
      verdict: 'within',
      conclusive: false,
      statement: 'local-qwen is within 3 points of claude on this suite (95% interval −5..+1 over 20 prompts); not conclusive: the interval reaches −5, more prompts would narrow it',
    });
    expect(parityStatement('q', 'c', { value: -1, low: -2.6, high: 2.2, n: 200 }, 3, 'score')).toMatchObject({ verdict: 'within', conclusive: true });
    expect(parityStatement('q', 'c', { value: -12, low: -18, high: -6, n: 40 }, 3, 'score')).toEqual({
      verdict: 'worse',
      conclusive: true,
      statement: 'q is worse than c by 12 points on this suite (95% interval −18..−6 over 40 prompts)',
    });
    expect(parityStatement('q', 'c', { value: 8, low: -1, high: 15, n: 40 }, 3, 'win-rate').statement).toBe(
      'q is better than c by 8 points on this suite (pairwise win rate 58%) (95% interval −1..+15 over 40 prompts); not conclusive: the interval includes no difference',
    );
  });
});
