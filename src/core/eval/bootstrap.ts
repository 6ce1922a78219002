import type { Rng } from '../random/index.js';

/** A point estimate with its 95% bootstrap interval, over `n` prompts. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  n: number;
}

export const DEFAULT_RESAMPLES = 2000;

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Percentile bootstrap of the mean: resample the prompts with replacement. Prompts are the unit because a
 * suite is a sample of the workload's requests; a seeded RNG makes every report reproducible.
 */
export function bootstrapMean(values: readonly number[], rng: Rng, resamples = DEFAULT_RESAMPLES): Estimate | null {
  const n = values.length;
  if (n === 0) return null;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(rng() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  const sorted = Array.from(means);
  return { value: mean(values), low: quantile(sorted, 0.025), high: quantile(sorted, 0.975), n };
}

/** Paired difference a - b over the same prompts: resampling pairs keeps each prompt's difficulty in both arms. */
export function bootstrapPairedDiff(pairs: readonly (readonly [number, number])[], rng: Rng, resamples = DEFAULT_RESAMPLES): Estimate | null {
  return bootstrapMean(
    pairs.map(([a, b]) => a - b),
    rng,
    resamples,
  );
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const scaleEstimate = (e: Estimate, k: number): Estimate => ({ value: e.value * k, low: e.low * k, high: e.high * k, n: e.n });
