import type { BasisResult } from './basis.js';
import { fmtTokens } from './format.js';
import type { Scenario } from './scenario.js';

export interface BreakEven {
  /** Volume multiplier at which self-hosting stops being dearer; 0 when it never is, null when it never gets cheaper. */
  volume: number | null;
  /** Today's tokens/month (month 1, before growth) at that multiplier. */
  tokensPerMonth: number | null;
  utilization: number | null;
}

// Relative to today: start far below any real volume; the first jump lands on the first step anyway.
const MIN_VOLUME = 1e-12;
const MAX_VOLUME = 1e4;
const MAX_ITERATIONS = 10_000;

/**
 * On the cost basis, the API is affine in volume (closed = c + k x v: start-up plus a linear bill) and
 * self-hosting is a non-decreasing step function (whole replicas). Starting low, jump to where the API reaches
 * today's self-hosting level, v' = (open(v) - c) / k: if self-hosting has not stepped up by v', that is the
 * first crossing, exactly; otherwise no crossing lies in between, so repeat from v'. Grid scans miss narrow
 * windows between GPU steps; this does not.
 */
export function findBreakEven(basisAt: (s: Scenario) => BasisResult, base: Scenario): BreakEven {
  const none: BreakEven = { volume: null, tokensPerMonth: null, utilization: null };
  const at = (v: number): BasisResult => basisAt({ ...base, volume: v });
  const today = at(base.volume);
  if (today.closed === null || base.volume <= 0) return none;
  const zero = at(MIN_VOLUME);
  const c0 = zero.closed ?? 0;
  const k = (today.closed - c0) / (base.volume - MIN_VOLUME);
  if (!(k > 0) || !Number.isFinite(k)) return none;
  const found = (r: BasisResult, v: number): BreakEven => ({ volume: v, tokensPerMonth: r.today.tokensPerMonth, utilization: r.today.utilization });
  let v = MIN_VOLUME;
  let r = zero;
  if (r.open <= c0 + k * v) return { ...found(r, 0), tokensPerMonth: 0 };
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const next = (r.open - c0) / k;
    if (!(next <= MAX_VOLUME)) return none;
    const rn = at(next);
    // Cheaper at next (within float noise), or converged on a continuously rising cost (owned GPUs' power).
    if (rn.open <= (c0 + k * next) * (1 + 1e-12) || next - v <= v * 1e-9) return found(rn, next);
    [v, r] = [next, rn];
  }
  return none;
}

export interface BreakEvenNoteInput {
  /** The first crossing (tokens/month); null when self-hosting never gets cheaper, 0 when it always is. */
  breakEven: number | null;
  /** Today's tokens/month. */
  current: number;
  /** On the cost basis at today's volume; null when no closed model is allowed. */
  selfHostCheaperToday: boolean | null;
  growthPerMonth?: number;
}

/**
 * The break-even in words, agreeing with today's comparison: whole-GPU steps (and growth) can make the costs cross more
 * than once, and then a first crossing on the far side of today's volume says nothing about what would flip today's
 * verdict, so no "becomes cheaper above X" is claimed (the decision layer's flips say the same, decision/cost.ts).
 */
export function breakEvenNote(input: BreakEvenNoteInput): string {
  const { breakEven, current, selfHostCheaperToday: openToday, growthPerMonth = 0 } = input;
  if (openToday === null) return 'no closed model is allowed for this workload: nothing to break even against';
  if (breakEven === null) return 'self-hosting stays dearer than the API at every volume up to 10,000x today\'s';
  if (breakEven === 0) return 'self-hosting is cheaper at any volume';
  const now = fmtTokens(current);
  if ((openToday && breakEven > current) || (!openToday && breakEven <= current)) {
    return `no single break-even volume: self-hosting first costs the same as the API at ${fmtTokens(breakEven)} tokens/month, yet at today's ${now} ${openToday ? 'self-hosting' : 'the API'} is cheaper (whole-GPU steps${growthPerMonth !== 0 ? ' and growth' : ''} make the costs cross more than once)`;
  }
  const ratio = breakEven / Math.max(current, 1);
  return ratio <= 1
    ? `self-hosting is cheaper from ${fmtTokens(breakEven)} tokens/month; today's ${now} is ${(1 / ratio).toFixed(1)}x that`
    : `self-hosting becomes cheaper at ${fmtTokens(breakEven)} tokens/month, ${ratio.toFixed(1)}x today's ${now}`;
}
