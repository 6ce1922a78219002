import type { ReplicaPlan } from './estimate.js';
import { kvConcurrency } from './estimate.js';
import { loadPoint, prefillSeconds, type LoadPoint } from './speed.js';

export interface LatencySlo {
  /** Largest acceptable time to first token. */
  ttftMs?: number | undefined;
  /** Smallest acceptable per-stream decode speed (tokens/s), i.e. tpot <= 1000 / this. */
  outputTokensPerSecond?: number | undefined;
}

/** Used when a workload states no latency: 20 tokens/s per stream (50 ms TPOT), faster than people read. */
export const DEFAULT_MIN_STREAM_TOKENS_PER_SECOND = 20;

const meets = (p: LoadPoint, slo: LatencySlo): boolean =>
  (slo.ttftMs === undefined || p.ttftS * 1000 <= slo.ttftMs) &&
  (slo.outputTokensPerSecond === undefined || p.tpotS * 1000 <= 1000 / slo.outputTokensPerSecond);

export interface SloOperatingPoint {
  point: LoadPoint;
  /** KV and engine limit at this request shape. */
  maxConcurrency: number;
  meetsSlo: boolean;
}

/**
 * The largest batch whose TTFT and TPOT stay within the SLO (both grow with the batch, so bisect).
 * When even batch 1 misses the SLO, returns batch 1 with meetsSlo false.
 */
export function sloOperatingPoint(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo): SloOperatingPoint {
  const maxConcurrency = Math.min(kvConcurrency(plan, load.inputTokens + load.outputTokens), plan.engineMaxSeqs);
  // Prefill time does not depend on the batch: compute it once for the whole search.
  const prefillS = prefillSeconds(plan.replica, load.inputTokens);
  const at = (batch: number): LoadPoint => loadPoint(plan.replica, { batch, input: load.inputTokens, output: load.outputTokens, prefillS });
  const one = at(1);
  if (maxConcurrency < 1) return { point: one, maxConcurrency: 0, meetsSlo: false };
  if (!meets(one, slo)) return { point: one, maxConcurrency, meetsSlo: false };
  const top = at(maxConcurrency);
  if (meets(top, slo)) return { point: top, maxConcurrency, meetsSlo: true };
  let lo = 1;
  let hi = maxConcurrency;
  let best = one;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const p = at(mid);
    if (meets(p, slo)) [lo, best] = [mid, p];
    else hi = mid;
  }
  return { point: best, maxConcurrency, meetsSlo: true };
}
