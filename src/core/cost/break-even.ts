import type { Evaluation, Scenario } from './scenario.js';

export interface BreakEven {
  /** Volume multiplier at which self-hosting stops being dearer; 0 when it never is, null when it never gets cheaper. */
  volume: number | null;
  tokensPerMonth: number | null;
  utilization: number | null;
}

// Relative to today: start far below any real volume; the first jump lands on the first step anyway.
const MIN_VOLUME = 1e-12;
const MAX_VOLUME = 1e4;
const MAX_ITERATIONS = 100_000;

/**
 * The API bill is linear in volume (closed = k x v) and self-hosting is a non-decreasing step function (whole
 * replicas). Starting low, jump to where the API bill reaches today's self-hosting level, v' = open(v) / k: if
 * self-hosting has not stepped up by v', that is the first crossing, exactly; otherwise no crossing lies in
 * between, so repeat from v'. Grid scans miss narrow windows between GPU steps; this does not.
 */
export function findBreakEven(evaluate: (s: Scenario) => Evaluation, base: Scenario): BreakEven {
  const none: BreakEven = { volume: null, tokensPerMonth: null, utilization: null };
  const at = (v: number): Evaluation => evaluate({ ...base, volume: v });
  const today = at(base.volume);
  if (today.closed === null || base.volume <= 0) return none;
  const k = today.closed.monthlyUsd / base.volume;
  if (k <= 0) return none;
  const found = (e: Evaluation, v: number): BreakEven => ({ volume: v, tokensPerMonth: e.tokensPerMonth, utilization: e.provisioning.utilization });
  let v = MIN_VOLUME;
  let e = at(v);
  if (e.openMonthlyUsd <= k * v) return { ...found(e, 0), tokensPerMonth: 0 };
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const next = e.openMonthlyUsd / k;
    if (next > MAX_VOLUME) return none;
    const en = at(next);
    // Cheaper at next (within float noise), or converged on a continuously rising cost (owned GPUs' power).
    if (en.openMonthlyUsd <= k * next * (1 + 1e-12) || next - v <= v * 1e-9) return found(en, next);
    [v, e] = [next, en];
  }
  return none;
}
