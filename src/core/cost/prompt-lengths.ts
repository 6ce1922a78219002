/**
 * Prompt lengths of a workload: exponential, truncated at the longest prompt the workload allows, with the
 * rate chosen so the truncated mean is the workload's mean (docs/cost-model.md, "Long-context prices").
 * Long-context tiers are priced from it by token share (a tier re-prices every token of a long request),
 * which is continuous as the mean crosses a threshold.
 */

export interface PromptLengths {
  /** Scale of the exponential before truncation. */
  scale: number;
  /** Longest prompt. */
  max: number;
  /** Near-uniform when the mean is at least half the longest prompt (an exponential cannot have that mean). */
  uniform: boolean;
}

const truncatedMean = (scale: number, max: number): number => {
  const e = Math.exp(-max / scale);
  return scale - (max * e) / (1 - e);
};

export function promptLengths(meanInput: number, maxInput: number): PromptLengths {
  const max = Math.max(maxInput, Number.MIN_VALUE);
  if (meanInput <= 0) return { scale: 0, max, uniform: false };
  if (meanInput >= max / 2) return { scale: meanInput, max, uniform: true };
  // The truncated mean rises with the scale: bisect.
  let lo = meanInput;
  let hi = meanInput;
  while (truncatedMean(hi, max) < meanInput && hi < 1e30) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (truncatedMean(mid, max) < meanInput) lo = mid;
    else hi = mid;
  }
  return { scale: (lo + hi) / 2, max, uniform: false };
}

/** Share of requests whose prompt exceeds `threshold` tokens. */
export function requestShareAbove(d: PromptLengths, threshold: number): number {
  if (threshold >= d.max || d.scale <= 0) return 0;
  if (threshold <= 0) return 1;
  if (d.uniform) return 1 - threshold / d.max;
  const e = (x: number): number => Math.exp(-x / d.scale);
  return (e(threshold) - e(d.max)) / (1 - e(d.max));
}

/** Share of prompt tokens that sit in requests whose prompt exceeds `threshold` tokens. */
export function tokenShareAbove(d: PromptLengths, threshold: number): number {
  if (threshold >= d.max || d.scale <= 0) return 0;
  if (threshold <= 0) return 1;
  if (d.uniform) return 1 - (threshold / d.max) ** 2;
  const s = d.scale;
  // Integral of x e^(-x/s) from a to b is s [(a + s) e^(-a/s) - (b + s) e^(-b/s)].
  const part = (a: number): number => (a + s) * Math.exp(-a / s);
  return (part(threshold) - part(d.max)) / (part(0) - part(d.max));
}
