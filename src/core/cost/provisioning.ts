import { HOURS_PER_MONTH, PEAK_HEADROOM, WEEKS_PER_MONTH } from '../capacity/index.js';
import type { RentalPricing } from '../profile/index.js';
import type { FleetPolicy } from './fleet.js';

export { coldStartMinutes } from './fleet.js';

/**
 * The busiest hourly share the autoscaler must already serve during each interval of an active day: the
 * interval itself, plus `after` minutes ahead (a replica asked for now serves only after the scale-up delay)
 * and `before` minutes behind (a replica is removed only after demand stayed low that long). Traffic within
 * an hour is taken as flat: an hourly curve says nothing finer.
 */
export function windowShares(hourlyShare: readonly number[], intervalMinutes: number, before: number, after: number): Float64Array {
  const n = Math.max(1, Math.round(1440 / intervalMinutes));
  const step = 1440 / n;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * step - before) / 60);
    const to = Math.floor(((i + 1) * step + after - 1e-9) / 60);
    let peak = 0;
    // Days repeat: the window wraps around midnight.
    for (let h = from; h <= Math.min(to, from + 23); h++) peak = Math.max(peak, hourlyShare[((h % 24) + 24) % 24] ?? 0);
    out[i] = peak;
  }
  return out;
}

/** A day's windows with the extremes the fast paths need, computed once per traffic shape. */
export interface DayWindows {
  windows: Float64Array;
  /** The busiest window's share. */
  max: number;
  /** The quietest window with any traffic (Infinity when none). */
  minPositive: number;
  /** Whether some window has no traffic at all. */
  hasEmpty: boolean;
}

export function dayWindows(hourlyShare: readonly number[], intervalMinutes: number, before: number, after: number): DayWindows {
  const windows = windowShares(hourlyShare, intervalMinutes, before, after);
  let max = 0;
  let minPositive = Number.POSITIVE_INFINITY;
  let hasEmpty = false;
  for (const w of windows) {
    if (w > max) max = w;
    if (w > 0 && w < minPositive) minPositive = w;
    if (w <= 0) hasEmpty = true;
  }
  return { windows, max, minPositive, hasEmpty };
}

export interface ProvisioningInput {
  /** Share of an active day's requests in each hour (sums to 1). */
  hourlyShare: readonly number[];
  /** `dayWindows` of the same shape and policy (precomputed: the evaluator calls this thousands of times). */
  day: DayWindows;
  activeDaysPerWeek: number;
  requestsPerDay: number;
  /** Requests/s one replica serves within the SLO. */
  perReplicaRps: number;
  tensorParallel: number;
  policy: FleetPolicy;
  /** Price of the committed rate over the burst rate: a base replica is reserved when it runs more than this share of the month. */
  reservedToBurstPriceRatio: number;
}

/** One way capacity is bought: replicas held every hour, or replica-hours used. */
export interface CapacityBucket {
  rate: RentalPricing;
  /** Replicas held every hour of the month; null for hours used as needed. */
  alwaysOnReplicas: number | null;
  replicaHoursPerMonth: number;
}

/** What pricing needs: computed thousands of times, so numbers only. */
export interface ProvisioningSummary {
  /** Replicas the busiest window needs, before the spare. */
  peakNeed: number;
  peakReplicas: number;
  /** GPUs to buy (own) or the most held at once (rent). */
  peakGpus: number;
  buckets: CapacityBucket[];
  replicaHoursPerMonth: number;
  gpuHoursPerMonth: number;
  /** Mean busy share of provisioned capacity. */
  utilization: number;
}

/** The schedule behind a summary, for reports and charts. */
export interface Provisioning extends ProvisioningSummary {
  intervalMinutes: number;
  /** Replicas in each interval of an active day. */
  replicasByInterval: number[];
  /** Most replicas running in each hour of an active day. */
  replicasByHour: number[];
  /** Replicas on days without traffic. */
  idleReplicas: number;
  coldStartsPerWeek: number;
  /** Requests that arrive while scaled to zero and wait for a cold start. */
  coldStartRequestsPerMonth: number;
}

interface Rule {
  capacityRps: number;
  spare: number;
  floor: number;
  idle: number;
  zeroBelowRps: number;
}

const ruleOf = (p: ProvisioningInput): Rule => {
  const floor = Math.max(p.policy.minReplicas, 0);
  const spare = p.policy.redundancy === 'n+1' ? 1 : 0;
  return {
    capacityRps: Math.max(p.perReplicaRps * PEAK_HEADROOM, Number.MIN_VALUE),
    spare,
    floor,
    idle: p.policy.scaleToZero || floor === 0 ? 0 : floor + spare,
    zeroBelowRps: p.policy.scaleToZero ? p.policy.scaleToZeroBelowRequestsPerHour / 3600 : -1,
  };
};

/** Replicas for a window of `share` of the day's requests. */
function replicasFor(share: number, requestsPerDay: number, r: Rule): number {
  const rps = (requestsPerDay * share) / 3600;
  if (rps < r.zeroBelowRps) return 0;
  if (rps <= 0) return r.idle;
  return Math.max(Math.ceil(rps / r.capacityRps), r.floor, 1) + r.spare;
}

/**
 * Replicas worth reserving: the highest k whose k-th replica runs at least `ratio` of the week's 168 hours
 * (the share of the week some window needs >= k replicas falls as k rises), at least `min`, at most `peak`.
 */
function baseLevel(levels: readonly number[], hoursEach: number, idle: number, idleHours: number, o: { peak: number; min: number; ratio: number }): number {
  const threshold = o.ratio * 168;
  if (threshold <= 0) return o.peak;
  const held = levels.map((k) => [Math.min(k, o.peak), hoursEach] as const);
  if (idleHours > 0) held.push([Math.min(idle, o.peak), idleHours]);
  held.sort((a, b) => b[0] - a[0]);
  // Walk from the most replicas down: the first level whose hours-at-or-above reach the threshold.
  let atLeast = 0;
  let level = 0;
  for (const [k, h] of held) {
    atLeast += h;
    if (atLeast >= threshold - 1e-9) {
      level = k;
      break;
    }
  }
  return Math.min(o.peak, Math.max(level, Math.min(o.min, o.peak)));
}

/**
 * What lean pricing reads from a summary, written into one reused object: the Monte Carlo prices thousands of
 * scenarios, and a summary's buckets and figures allocated per call were most of the analysis's garbage.
 * `rates`, `alwaysOn` and `hours` hold the kept buckets (those with hours), in bucket order, `count` of them.
 */
export interface ProvisioningFigures {
  peakNeed: number;
  peakReplicas: number;
  peakGpus: number;
  count: number;
  rates: RentalPricing[];
  alwaysOn: (number | null)[];
  hours: number[];
  replicaHoursPerMonth: number;
  gpuHoursPerMonth: number;
  utilization: number;
}

/** A figures object for `provisionFigures` to overwrite. */
export function provisioningFigures(): ProvisioningFigures {
  return { peakNeed: 0, peakReplicas: 0, peakGpus: 0, count: 0, rates: [], alwaysOn: [], hours: [], replicaHoursPerMonth: 0, gpuHoursPerMonth: 0, utilization: 0 };
}

/** Keeps a bucket with hours (a bucket of none or NaN hours is dropped, as the summary always did). */
function keep(out: ProvisioningFigures, rate: RentalPricing, alwaysOnReplicas: number | null, replicaHoursPerMonth: number): void {
  if (!(replicaHoursPerMonth > 0)) return;
  out.rates[out.count] = rate;
  out.alwaysOn[out.count] = alwaysOnReplicas;
  out.hours[out.count] = replicaHoursPerMonth;
  out.count++;
}
const keepAlways = (out: ProvisioningFigures, rate: RentalPricing, replicas: number): void => keep(out, rate, replicas, replicas * HOURS_PER_MONTH);
const keepUsed = (out: ProvisioningFigures, rate: RentalPricing, weekHours: number): void => keep(out, rate, null, weekHours * WEEKS_PER_MONTH);

/**
 * The provisioning rule for each policy. peak: the busiest window's replicas (plus the spare) all month.
 * autoscale: each interval runs what its window needs, at least minReplicas (0 with scaleToZero while
 * demand is below the threshold). reserved-base-plus-burst: the autoscaled schedule, with the base reserved
 * at the level where a reserved replica costs less than the burst hours it replaces.
 */
export function provisionSummary(p: ProvisioningInput): ProvisioningSummary {
  const f = provisionFigures(p, provisioningFigures());
  const buckets: CapacityBucket[] = [];
  for (let i = 0; i < f.count; i++) buckets.push({ rate: f.rates[i]!, alwaysOnReplicas: f.alwaysOn[i]!, replicaHoursPerMonth: f.hours[i]! });
  return {
    peakNeed: f.peakNeed,
    peakReplicas: f.peakReplicas,
    peakGpus: f.peakGpus,
    buckets,
    replicaHoursPerMonth: f.replicaHoursPerMonth,
    gpuHoursPerMonth: f.gpuHoursPerMonth,
    utilization: f.utilization,
  };
}

/** `provisionSummary`'s figures, written into `out` (overwritten; nothing of `p` is kept). */
export function provisionFigures(p: ProvisioningInput, out: ProvisioningFigures): ProvisioningFigures {
  const r = ruleOf(p);
  const { day, policy, requestsPerDay } = p;
  const n = day.windows.length;
  const intervalHours = 24 / n;
  const days = p.activeDaysPerWeek;
  const peakNeed = day.max > 0 && requestsPerDay > 0 ? Math.ceil((requestsPerDay * day.max) / 3600 / r.capacityRps) : 0;
  const peakReplicas = Math.max(replicasFor(day.max, requestsPerDay, r), r.idle);
  // The quietest active interval's replicas (at least one): what must not be pre-emptible under a latency SLO.
  const quietest = Math.min(day.minPositive === Number.POSITIVE_INFINITY ? peakReplicas : replicasFor(day.minPositive, requestsPerDay, r), day.hasEmpty && r.idle > 0 ? r.idle : Number.POSITIVE_INFINITY);
  const spotFloor = policy.latencySlo ? Math.min(Math.max(1, quietest), peakReplicas) : 0;
  const spot = policy.pricing === 'spot';
  const reserved = policy.pricing === 'reserved-1y' || policy.pricing === 'reserved-3y';
  out.count = 0;
  if (policy.provisioning === 'peak' || (policy.provisioning === 'autoscale' && reserved)) {
    if (spot) {
      keepAlways(out, 'on-demand', spotFloor);
      keepAlways(out, 'spot', peakReplicas - spotFloor);
    } else keepAlways(out, policy.pricing, peakReplicas);
  } else {
    // Walk the day's schedule once: total replica-hours and hours above the spot floor.
    const base = policy.provisioning === 'reserved-base-plus-burst';
    // Per window: replicas and hours held (a list, not a histogram over replica counts: a peak can be huge).
    const levels: number[] = [];
    let active = 0;
    let aboveFloor = 0;
    for (let i = 0; i < n; i++) {
      const k = replicasFor(day.windows[i]!, requestsPerDay, r);
      active += k;
      if (k > spotFloor) aboveFloor += k - spotFloor;
      if (base) levels.push(k);
    }
    const idleHours = 24 * (7 - days);
    const week = active * intervalHours * days + r.idle * idleHours;
    if (base) {
      const level = baseLevel(levels, intervalHours * days, r.idle, idleHours, { peak: peakReplicas, min: spot ? spotFloor : 0, ratio: p.reservedToBurstPriceRatio });
      let hoursAboveBase = r.idle > level ? (r.idle - level) * idleHours : 0;
      for (const k of levels) if (k > level) hoursAboveBase += (k - level) * intervalHours * days;
      const term: RentalPricing = policy.pricing === 'reserved-3y' ? 'reserved-3y' : 'reserved-1y';
      keepAlways(out, term, level);
      keepUsed(out, spot ? 'spot' : 'on-demand', hoursAboveBase);
    } else if (spot) {
      const spotWeek = aboveFloor * intervalHours * days + Math.max(0, r.idle - spotFloor) * idleHours;
      keepUsed(out, 'on-demand', week - spotWeek);
      keepUsed(out, 'spot', spotWeek);
    } else {
      keepUsed(out, 'on-demand', week);
    }
  }
  let replicaHoursPerMonth = 0;
  for (let i = 0; i < out.count; i++) replicaHoursPerMonth += out.hours[i]!;
  const servedPerMonth = requestsPerDay * days * WEEKS_PER_MONTH;
  const capacityPerMonth = replicaHoursPerMonth * p.perReplicaRps * 3600;
  out.peakNeed = peakNeed;
  out.peakReplicas = peakReplicas;
  out.peakGpus = peakReplicas * p.tensorParallel;
  out.replicaHoursPerMonth = replicaHoursPerMonth;
  out.gpuHoursPerMonth = replicaHoursPerMonth * p.tensorParallel;
  out.utilization = capacityPerMonth > 0 ? Math.min(1, servedPerMonth / capacityPerMonth) : 0;
  return out;
}

/** The summary plus the day's schedule, cold starts and requests that wait for one. */
export function provision(p: ProvisioningInput): Provisioning {
  const s = provisionSummary(p);
  const r = ruleOf(p);
  const n = p.day.windows.length;
  const intervalHours = 24 / n;
  const peak = p.policy.provisioning === 'peak';
  const byInterval = Array.from(p.day.windows, (w) => (peak ? s.peakReplicas : replicasFor(w, p.requestsPerDay, r)));
  const idleReplicas = peak ? s.peakReplicas : r.idle;
  const days = p.activeDaysPerWeek;
  let coldStartsPerWeek = 0;
  let coldStartRequestsPerDay = 0;
  if (!peak) {
    let inc = 0;
    for (let i = 1; i < n; i++) inc += Math.max(0, byInterval[i]! - byInterval[i - 1]!);
    const fromLastInterval = Math.max(0, byInterval[0]! - byInterval[n - 1]!);
    const fromIdle = Math.max(0, byInterval[0]! - idleReplicas);
    coldStartsPerWeek = inc * days + (days === 7 ? 7 * fromLastInterval : (days - 1) * fromLastInterval + fromIdle);
    byInterval.forEach((k, i) => {
      if (k === 0) coldStartRequestsPerDay += p.requestsPerDay * (p.hourlyShare[Math.floor(i * intervalHours)] ?? 0) * intervalHours;
    });
  }
  const replicasByHour = Array.from({ length: 24 }, (_, h) => {
    let m = 0;
    for (let i = Math.floor(h / intervalHours); i < n && i * intervalHours < h + 1; i++) m = Math.max(m, byInterval[i]!);
    return m;
  });
  return {
    ...s,
    intervalMinutes: intervalHours * 60,
    replicasByInterval: byInterval,
    replicasByHour,
    idleReplicas,
    coldStartsPerWeek,
    coldStartRequestsPerMonth: coldStartRequestsPerDay * days * WEEKS_PER_MONTH,
  };
}
