import { maxConcurrency, type ReplicaPlan } from './plan.js';
import { openLoop, saturation, type LoadPoint } from './steady-state.js';
import { stepTime } from './step.js';

export interface LatencySlo {
  /** Largest acceptable time to first token. */
  ttftMs?: number | undefined;
  /** Smallest acceptable per-stream decode speed (tokens/s), i.e. tpot <= 1000 / this. */
  outputTokensPerSecond?: number | undefined;
}

/** Used when a workload states no latency: 20 tokens/s per stream (50 ms TPOT), faster than people read. */
export const DEFAULT_MIN_STREAM_TOKENS_PER_SECOND = 20;

export const meetsSlo = (p: Pick<LoadPoint, 'ttftS' | 'tpotS'>, slo: LatencySlo): boolean =>
  (slo.ttftMs === undefined || p.ttftS * 1000 <= slo.ttftMs) &&
  (slo.outputTokensPerSecond === undefined || p.tpotS * 1000 <= 1000 / slo.outputTokensPerSecond);

export interface SloOperatingPoint {
  point: LoadPoint;
  /** Cache and engine limit on requests in flight at this request shape. */
  maxConcurrency: number;
  meetsSlo: boolean;
}

const SEARCH_STEPS = 14;

/**
 * The highest arrival rate one replica serves within the SLO. TPOT: the largest step (decode + prefill tokens
 * in the workload's mix) that stays within the per-stream speed, found by bisecting the step size (a step
 * carrying d decoding sequences serves d / (output x step) requests/s). TTFT (queueing included) then bisects
 * the rate below that. When even a trickle of requests misses the SLO, returns the trickle with meetsSlo false.
 */
export function sloOperatingPoint(
  plan: ReplicaPlan,
  load: { inputTokens: number; outputTokens: number },
  slo: LatencySlo,
  saturated?: LoadPoint,
): SloOperatingPoint {
  const shape = { input: load.inputTokens, output: Math.max(1, load.outputTokens) };
  const cap = maxConcurrency(plan, shape.input, shape.output);
  const sat = saturated ?? saturation(plan, shape);
  if (cap < 1) return { point: sat, maxConcurrency: 0, meetsSlo: false };
  const satRps = sat.requestsPerSecond;
  let maxRps = satRps * 0.98;
  if (slo.outputTokensPerSecond !== undefined) {
    const limit = 1 / slo.outputTokensPerSecond;
    const mix = shape.output / (shape.input + shape.output);
    const stepAt = (tokens: number): number =>
      stepTime(plan.replica, {
        decode: Math.max(tokens * mix, 1e-6),
        prefill: tokens * (1 - mix),
        decodeContext: shape.input + shape.output / 2,
        prefillContext: shape.input / 2,
      }).seconds;
    const smallest = Math.min(1, 1 / mix);
    if (stepAt(smallest) > limit) {
      const trickle = openLoop(plan, shape, satRps * 1e-4, satRps);
      return { point: trickle, maxConcurrency: cap, meetsSlo: false };
    }
    let lo = smallest;
    let hi = Math.max(smallest * 2, plan.stepTokenBudget);
    if (stepAt(hi) <= limit) lo = hi;
    else
      for (let i = 0; i < SEARCH_STEPS && hi / lo > 1.02; i++) {
        const mid = Math.sqrt(lo * hi);
        if (stepAt(mid) <= limit) lo = mid;
        else hi = mid;
      }
    maxRps = Math.min(maxRps, (lo * mix) / (shape.output * stepAt(lo)));
  }
  const at = (rate: number): LoadPoint => openLoop(plan, shape, rate, satRps);
  let best = at(maxRps);
  if (slo.ttftMs !== undefined && !meetsSlo(best, slo)) {
    const trickle = at(satRps * 1e-4);
    if (!meetsSlo(trickle, slo)) return { point: trickle, maxConcurrency: cap, meetsSlo: false };
    let lo = satRps * 1e-4;
    let hi = maxRps;
    best = trickle;
    for (let i = 0; i < SEARCH_STEPS && hi / lo > 1.03; i++) {
      const mid = Math.sqrt(lo * hi);
      const p = at(mid);
      if (meetsSlo(p, slo)) [lo, best] = [mid, p];
      else hi = mid;
    }
  }
  // The open-loop fixed point can land a hair over the TPOT limit found by bisection: report it within.
  return { point: best, maxConcurrency: cap, meetsSlo: true };
}
