import type { Evaluation, Scenario } from './scenario.js';

export interface BreakEven {
  /** Volume multiplier at which self-hosting stops being dearer; 0 when it never is, null when it never gets cheaper. */
  volume: number | null;
  tokensPerMonth: number | null;
  utilization: number | null;
}

const MIN_VOLUME = 1e-4;
const MAX_VOLUME = 1e4;

/**
 * Self-hosting is a step function of volume (whole GPUs) and the API is linear, so scan a log grid for the first
 * volume where self-hosting is no dearer, then bisect the step it lands on.
 */
export function findBreakEven(evaluate: (s: Scenario) => Evaluation, base: Scenario): BreakEven {
  const cheaper = (v: number): { yes: boolean; e: Evaluation } => {
    const e = evaluate({ ...base, volume: v });
    return { yes: e.closed !== null && e.openMonthlyUsd <= e.closed.monthlyUsd, e };
  };
  if (evaluate(base).closed === null) return { volume: null, tokensPerMonth: null, utilization: null };
  const steps = 160;
  let prev = MIN_VOLUME;
  const first = cheaper(prev);
  if (first.yes) return { volume: 0, tokensPerMonth: 0, utilization: first.e.provisioning.utilization };
  for (let i = 1; i <= steps; i++) {
    const v = MIN_VOLUME * (MAX_VOLUME / MIN_VOLUME) ** (i / steps);
    if (cheaper(v).yes) {
      let lo = prev;
      let hi = v;
      for (let k = 0; k < 50; k++) {
        const mid = Math.sqrt(lo * hi);
        if (cheaper(mid).yes) hi = mid;
        else lo = mid;
      }
      const e = cheaper(hi).e;
      return { volume: hi, tokensPerMonth: e.tokensPerMonth, utilization: e.provisioning.utilization };
    }
    prev = v;
  }
  return { volume: null, tokensPerMonth: null, utilization: null };
}
