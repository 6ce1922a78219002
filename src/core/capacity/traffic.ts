import type { Workload } from '../profile/index.js';

/** Peak-to-average used when a workload gives neither `hourlyTraffic` nor `peakToAverage`: a business-day curve. */
export const DEFAULT_PEAK_TO_AVERAGE = 2;
/** Average weeks per month (365 / 12 / 7). */
export const WEEKS_PER_MONTH = 365 / 12 / 7;
export const HOURS_PER_MONTH = (365 * 24) / 12;

export interface TrafficShape {
  /** Share of an active day's requests in each hour (sums to 1). */
  hourlyShare: number[];
  peakToAverage: number;
  activeDaysPerWeek: number;
  /** Where the shape came from, for the report. */
  source: 'hourlyTraffic' | 'peakToAverage' | 'default';
}

const normalise = (xs: readonly number[]): number[] => {
  const sum = xs.reduce((s, x) => s + x, 0);
  return xs.map((x) => x / sum);
};

const ratio = (share: readonly number[]): number => Math.max(...share) * share.length;

const curveCache = new Map<number, readonly number[]>();

/** A smooth diurnal curve peaking at 14:00 whose peak-to-average is `target` (capped at 24, one busy hour). */
export function diurnalCurve(target: number): number[] {
  let cached = curveCache.get(target);
  if (!cached) {
    // Pure and called per evaluator: memoised (bounded) since the bisection costs ~1,500 exp() calls.
    if (curveCache.size > 256) curveCache.clear();
    cached = solveDiurnal(target);
    curveCache.set(target, cached);
  }
  return [...cached];
}

function solveDiurnal(target: number): number[] {
  const bump = (k: number): number[] =>
    normalise(Array.from({ length: 24 }, (_, h) => Math.exp(k * Math.cos((2 * Math.PI * (h - 14)) / 24))));
  if (target <= 1) return Array.from({ length: 24 }, () => 1 / 24);
  if (target >= 24) return Array.from({ length: 24 }, (_, h) => (h === 14 ? 1 : 0));
  let lo = 0;
  let hi = 200;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (ratio(bump(mid)) < target) lo = mid;
    else hi = mid;
  }
  return bump((lo + hi) / 2);
}

export function trafficShape(
  w: Pick<Workload, 'hourlyTraffic' | 'peakToAverage' | 'activeDaysPerWeek'>,
): TrafficShape {
  if (w.hourlyTraffic) {
    const share = normalise(w.hourlyTraffic);
    return {
      hourlyShare: share,
      peakToAverage: ratio(share),
      activeDaysPerWeek: w.activeDaysPerWeek,
      source: 'hourlyTraffic',
    };
  }
  const target = w.peakToAverage ?? DEFAULT_PEAK_TO_AVERAGE;
  const share = diurnalCurve(target);
  return {
    hourlyShare: share,
    peakToAverage: ratio(share),
    activeDaysPerWeek: w.activeDaysPerWeek,
    source: w.peakToAverage === undefined ? 'default' : 'peakToAverage',
  };
}

/** `requestsPerDay` is per active day; a month has activeDaysPerWeek x 4.35 of them. */
export const requestsPerMonth = (requestsPerDay: number, shape: TrafficShape): number =>
  requestsPerDay * shape.activeDaysPerWeek * WEEKS_PER_MONTH;

/** Requests per second in the busiest hour of an active day. */
export const peakRequestsPerSecond = (requestsPerDay: number, shape: TrafficShape): number =>
  (requestsPerDay * Math.max(...shape.hourlyShare)) / 3600;
