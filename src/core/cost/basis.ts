import type { LeanEvaluation, Scenario } from './scenario.js';

/**
 * The one basis of every comparison (verdict, break-even, TCO, Monte Carlo, sensitivity): the average monthly
 * cost over the horizon, volume growing `growth` a month from today's, one-off start-up spread over the horizon.
 * Bought hardware is in the monthly cost (amortised), so nothing is counted twice.
 */
export interface BasisResult {
  open: number;
  closed: number | null;
  /** Month-by-month costs (month 1 = today's volume), without start-up. */
  openMonthly: number[];
  closedMonthly: number[] | null;
  openStartupUsd: number;
  closedStartupUsd: number | null;
  /** The evaluation at today's volume. */
  today: LeanEvaluation;
}

/** Volume multiplier of month m (0-based) under compound growth. */
export const growthFactor = (growth: number, m: number): number => (1 + growth) ** m;

/**
 * Months evaluated: all of them (exact), or `sample` evenly spaced ones, each standing for its block, where
 * thousands of scenarios are priced (Monte Carlo). Flat volume needs one month only.
 */
type MonthPlan = readonly { month: number; weight: number; factor: number }[];
// The last few plans: an analysis asks for the same two or three thousands of times.
const monthPlans: { horizon: number; growth: number; sample: number | undefined; plan: MonthPlan }[] = [];
function monthsToEvaluate(horizon: number, growth: number, sample?: number): MonthPlan {
  const hit = monthPlans.find((m) => m.horizon === horizon && m.growth === growth && m.sample === sample);
  if (hit) return hit.plan;
  let plan: MonthPlan;
  {
    const at = (month: number, weight: number) => ({ month, weight, factor: growthFactor(growth, month) });
    if (growth === 0) plan = [at(0, horizon)];
    else if (sample === undefined || sample >= horizon) plan = Array.from({ length: horizon }, (_, m) => at(m, 1));
    else {
      const block = horizon / sample;
      plan = Array.from({ length: sample }, (_, i) => at(Math.min(horizon - 1, Math.floor((i + 0.5) * block)), block));
    }
    if (monthPlans.length >= 8) monthPlans.shift();
    monthPlans.push({ horizon, growth, sample, plan });
  }
  return plan;
}

export interface BasisOptions {
  /** Prices one scenario; it may be called again with the same object, changed (it must not keep it). */
  evaluate: (s: Scenario) => LeanEvaluation;
  /** `evaluate` into an object it overwrites (Evaluator.leanInto): basisSavings, which reads each evaluation at once, uses it when given. */
  evaluateInto?: (s: Scenario, out: LeanEvaluation) => LeanEvaluation;
  scenario: Scenario;
  horizonMonths: number;
  growthPerMonth: number;
  /** Start-up of the closed side (its integration week), or null when no API is allowed. */
  closedStartupUsd: number | null;
  /** Evaluate this many months instead of all (Monte Carlo); omitted: exact. */
  sampleMonths?: number;
  /** Keep the month-by-month series (TCO). */
  series?: boolean;
}

/**
 * The weighted sums of open and closed monthly cost over the evaluated months, in month order (the Monte Carlo and
 * the full basis must add in the same order to agree to the last bit); `each` sees every month's evaluation.
 */
function monthSums(o: BasisOptions, months: ReturnType<typeof monthsToEvaluate>, today: LeanEvaluation, each: ((e: LeanEvaluation, weight: number) => void) | undefined, sums: Sums, into?: LeanEvaluation): Sums {
  let open = 0;
  let closed = 0;
  // One scenario object for the later months, only its volume changing (evaluators do not keep the scenario they price).
  let later: Scenario | undefined;
  for (const { month, weight, factor } of months) {
    let e = today;
    if (month !== 0) {
      later ??= { ...o.scenario };
      later.volume = o.scenario.volume * factor;
      e = into && o.evaluateInto ? o.evaluateInto(later, into) : o.evaluate(later);
    }
    open += e.openMonthlyUsd * weight;
    closed += (e.closedMonthlyUsd ?? 0) * weight;
    each?.(e, weight);
  }
  sums.open = open;
  sums.closed = closed;
  return sums;
}

interface Sums {
  open: number;
  closed: number;
}

export function basisCost(o: BasisOptions, today0?: LeanEvaluation): BasisResult {
  const h = Math.max(1, o.horizonMonths);
  const months = monthsToEvaluate(h, o.growthPerMonth, o.series ? undefined : o.sampleMonths);
  const today = today0 ?? o.evaluate(o.scenario);
  const openMonthly: number[] = [];
  const closedMonthly: number[] = [];
  const keepSeries = (e: LeanEvaluation, weight: number): void => {
    for (let i = 0; i < weight; i++) {
      openMonthly.push(e.openMonthlyUsd);
      closedMonthly.push(e.closedMonthlyUsd ?? 0);
    }
  };
  const { open: openSum, closed: closedSum } = monthSums(o, months, today, o.series ? keepSeries : undefined, { open: 0, closed: 0 });
  const openStartupUsd = today.startupUsd;
  const hasClosed = today.closedMonthlyUsd !== null && o.closedStartupUsd !== null;
  return {
    open: (openSum + openStartupUsd) / h,
    closed: hasClosed ? (closedSum + (o.closedStartupUsd ?? 0)) / h : null,
    openMonthly,
    closedMonthly: hasClosed ? closedMonthly : null,
    openStartupUsd,
    closedStartupUsd: hasClosed ? o.closedStartupUsd : null,
    today,
  };
}

/** basisSavings' sums, overwritten per call and read at once (it is called thousands of times per analysis and calls nothing that re-enters it). */
const savingsSums: Sums = { open: 0, closed: 0 };
/** basisSavings' evaluations of today and of a later month, overwritten likewise (with `evaluateInto`). */
const savingsToday: LeanEvaluation = { openMonthlyUsd: 0, closedMonthlyUsd: null, startupUsd: 0, tokensPerMonth: 0, utilization: 0 };
const savingsMonth: LeanEvaluation = { openMonthlyUsd: 0, closedMonthlyUsd: null, startupUsd: 0, tokensPerMonth: 0, utilization: 0 };

/**
 * closed - open on the basis (0 without a closed side): what a Monte Carlo draw counts, with basisCost's arithmetic
 * in its order, without building the result (thousands of draws per analysis).
 */
export function basisSavings(o: BasisOptions): number {
  const h = Math.max(1, o.horizonMonths);
  const months = monthsToEvaluate(h, o.growthPerMonth, o.series ? undefined : o.sampleMonths);
  const today = o.evaluateInto ? o.evaluateInto(o.scenario, savingsToday) : o.evaluate(o.scenario);
  const { open: openSum, closed: closedSum } = monthSums(o, months, today, undefined, savingsSums, savingsMonth);
  if (today.closedMonthlyUsd === null || o.closedStartupUsd === null) return 0;
  return (closedSum + o.closedStartupUsd) / h - (openSum + today.startupUsd) / h;
}

/** The basis in one sentence, stated once in the report. */
export function basisSentence(horizonMonths: number, growthPerMonth: number | 'per workload'): string {
  const growth = growthPerMonth === 'per workload' ? "each workload's growthPerMonth" : growthPerMonth === 0 ? 'volume held at today\'s' : `volume growing ${Math.round(growthPerMonth * 1000) / 10}% a month`;
  return `Cost basis: average monthly cost over ${horizonMonths} months (${growth}), one-off start-up spread over those months, bought GPUs amortised in the monthly cost; the verdict, break-even, TCO, sensitivity and Monte Carlo all use it.`;
}
