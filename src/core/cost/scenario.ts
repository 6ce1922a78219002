import type { ClosedModel, Gpu, PricingContext, Provider } from '../catalog/schema.js';
import { sloOperatingPointCached, type LatencySlo, type ReplicaPlan, type SizedOption, type TrafficShape } from '../capacity/index.js';
import type { Assumptions, RentalPricing, Team, Workload } from '../profile/index.js';
import { closedCost } from './closed.js';
import type { ClosedCost } from './contract.js';
import type { FleetPolicy } from './fleet.js';
import { memoTrafficShape, type CostMemo } from './memo.js';
import { gpuKw, ownedGpuMonthly, rateUsd } from './pricing.js';
import { dayWindows, provision, provisionFigures, provisioningFigures, type DayWindows, type Provisioning, type ProvisioningInput, type ProvisioningSummary } from './provisioning.js';
import { opsFte } from './staff.js';
import { startupCost, startupTotals, type Startup, type StartupInput, type TeamStartupShare } from './startup.js';
import { HOURS_PER_MONTH } from '../capacity/index.js';

/** Multipliers one evaluation applies to the base case (sensitivity, Monte Carlo, curves, growth). */
export interface Scenario {
  volume: number;
  gpuCost: number;
  apiPrice: number;
  /** Exponent on the hourly shape: 0 = flat, 1 = as given, 2 = peakier. */
  peakiness: number;
  /** Multiplier on operations effort. */
  staff: number;
  tokens: number;
  /** Multiplier on the capacity model's speed (its error band). */
  speed: number;
}

export const BASE_SCENARIO: Scenario = Object.freeze({ volume: 1, gpuCost: 1, apiPrice: 1, peakiness: 1, staff: 1, tokens: 1, speed: 1 });

export interface EvaluationContext {
  workload: Workload;
  team: Team;
  assumptions: Assumptions;
  pricingContext: PricingContext;
  mode: 'rent' | 'own';
  sized: SizedOption;
  slo: LatencySlo;
  maxContextTokens: number;
  closed: { model: ClosedModel; provider: Provider | undefined; regionalProcessing: boolean } | null;
  policy: FleetPolicy;
  /** GPUs of the sized type the team owns and may use (sunk). */
  ownedAvailable: number;
  teamShare: TeamStartupShare | null;
  /** The assessment's memo: evaluators of one workload share traffic shapes, day windows, closed bills and SLO rates. */
  memo?: CostMemo | undefined;
}

/** One line of the GPU bill when renting. */
export interface GpuBillLine {
  rate: RentalPricing;
  alwaysOnReplicas: number | null;
  gpuHours: number;
  usdPerGpuHour: number;
  overhead: number;
  usd: number;
}

/** What comparisons need from one scenario: priced thousands of times per analysis, so numbers only. */
export interface LeanEvaluation {
  openMonthlyUsd: number;
  closedMonthlyUsd: number | null;
  /** Self-hosted start-up (setup, this workload's share of hiring). */
  startupUsd: number;
  tokensPerMonth: number;
  utilization: number;
}

export interface Evaluation extends LeanEvaluation {
  shape: TrafficShape;
  requestsPerMonth: number;
  perReplicaRps: number;
  provisioning: ProvisioningSummary;
  /** The day's schedule behind `provisioning`. */
  schedule: Provisioning;
  gpuLines: GpuBillLine[];
  /** Rental bill (rent) or amortisation of bought GPUs (own). */
  gpuMonthlyUsd: number;
  powerMonthlyUsd: number;
  hostingMonthlyUsd: number;
  /** Power x PUE and hosting, when owning; 0 when renting. */
  facilitiesMonthlyUsd: number;
  opsFte: number;
  staffMonthlyUsd: number;
  ownedUsed: number;
  bought: number;
  /** The itemised start-up. */
  startup: Startup;
  /** The closed bill in parts. */
  closed: ClosedCost | null;
}

/** Prices scenarios: `lean` for comparisons, the call itself for every part of the bill. */
export interface Evaluator {
  (s: Scenario): Evaluation;
  lean: (s: Scenario) => LeanEvaluation;
  /** `lean`, written into `out` (overwritten and returned): for callers that read it at once (the Monte Carlo's draws). */
  leanInto: (s: Scenario, out: LeanEvaluation) => LeanEvaluation;
}

/** A lean evaluation to overwrite. */
export const leanEvaluation = (): LeanEvaluation => ({ openMonthlyUsd: 0, closedMonthlyUsd: null, startupUsd: 0, tokensPerMonth: 0, utilization: 0 });

const MONTH_DAYS_PER_WEEK = 365 / 12 / 7;

/** Grid of token multipliers for the per-replica rate: every 1/8 of a doubling in ln k (0.5x and 2x are nodes). */
const RPS_GRID_STEP = Math.LN2 / 8;
/** The SLO operating rate at grid node j (tokens x 2^(j/8)); the capacity curve is memoised per replica plan. */
function rpsNode(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo, j: number): number {
  const k = j === 0 ? 1 : Math.exp(j * RPS_GRID_STEP);
  return sloOperatingPointCached(plan, { inputTokens: load.inputTokens * k, outputTokens: load.outputTokens * k }, slo).point.requestsPerSecond;
}

/**
 * Requests/s one replica serves within the SLO when requests carry `k` times the workload's tokens: exact at
 * the grid's nodes (k = 1 among them), log-log interpolation between (the rate falls about as 1/k).
 */
export function rpsAtScale(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo, k: number): number {
  return rpsCurve(plan, load, slo)(k);
}

/** Grid nodes held in the curve's arrays: j in [-NODE_SPAN, NODE_SPAN) (k from 1/256x to 256x); beyond, the shared map only. */
const NODE_SPAN = 64;

/** `rpsAtScale` as a function of k, with its grid nodes held locally (priced thousands of times per analysis). */
export function rpsCurve(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo, memo?: CostMemo): (k: number) => number {
  const nodes = memo ? sharedNodes(memo, plan, load, slo) : new Map<number, number>();
  const node = (j: number): number => {
    let v = nodes.get(j);
    if (v === undefined) {
      v = rpsNode(plan, load, slo, j);
      nodes.set(j, v);
    }
    return v;
  };
  // Each node's rate and its log, once per curve (NaN: not yet read): the draws land on a few dozen nodes.
  const rate = new Float64Array(2 * NODE_SPAN).fill(Number.NaN);
  const logRate = new Float64Array(2 * NODE_SPAN);
  const at = (j: number): number => {
    const i = j + NODE_SPAN;
    if (i < 0 || i >= rate.length) return node(j);
    let v = rate[i]!;
    if (Number.isNaN(v)) {
      v = node(j);
      rate[i] = v;
      logRate[i] = Math.log(v);
    }
    return v;
  };
  const logAt = (j: number): number => {
    const i = j + NODE_SPAN;
    return i < 0 || i >= rate.length ? Math.log(node(j)) : logRate[i]!;
  };
  return (k) => {
    if (k === 1) return at(0);
    const x = Math.log(Math.max(k, 1e-9)) / RPS_GRID_STEP;
    const j0 = Math.floor(x + 1e-9);
    const f = x - j0;
    const r0 = at(j0);
    if (f < 1e-9) return r0;
    const r1 = at(j0 + 1);
    return r0 > 0 && r1 > 0 ? Math.exp(logAt(j0) + f * (logAt(j0 + 1) - logAt(j0))) : r0 + f * (r1 - r0);
  };
}

/** The rate grid's nodes of one replica plan for one request shape and SLO, shared by the assessment's evaluators. */
function sharedNodes(memo: CostMemo, plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo): Map<number, number> {
  // Every SLO field, present: one added to LatencySlo fails to compile here until it is keyed.
  const keyed: { [K in keyof LatencySlo]-?: LatencySlo[K] | undefined } = { ttftMs: slo.ttftMs, outputTokensPerSecond: slo.outputTokensPerSecond };
  const key = `${memo.idOf(plan)}|${load.inputTokens}|${load.outputTokens}|${keyed.ttftMs}|${keyed.outputTokensPerSecond}`;
  let nodes = memo.rates.get(key);
  if (!nodes) {
    nodes = new Map();
    memo.rates.set(key, nodes);
  }
  return nodes;
}

/** Prices one scenario for a fixed choice of GPU, precision and TP: replicas and hours follow the scenario. */
export function makeEvaluator(ctx: EvaluationContext): Evaluator {
  const { policy, memo } = ctx;
  const baseShape = memoTrafficShape(memo, ctx.workload);
  let logShare: number[] | undefined;
  // Caches: the traffic shape per peakiness, the closed bill per request size (the SLO operating rate: rpsAtScale).
  // With a memo, shared by every evaluator of the same traffic shape and scaling delays.
  const shapes = memo ? memo.dayShapes(baseShape, `${policy.scaleIntervalMinutes}|${policy.scaleDownDelayMinutes}|${policy.scaleUpDelayMinutes}`) : new Map<number, { shape: TrafficShape; day: DayWindows }>();
  // Keyed by the rounded exponent in twentieths (an integer: a fast key), the exponent itself being key / 20.
  const shapeAt = (k: number): { shape: TrafficShape; day: DayWindows } => {
    const twentieths = Math.round(k * 20);
    let v = shapes.get(twentieths);
    if (!v) {
      const key = twentieths / 20;
      logShare ??= baseShape.hourlyShare.map((x) => (x > 0 ? Math.log(x) : Number.NEGATIVE_INFINITY));
      let shape = baseShape;
      if (key !== 1) {
        const raised = logShare.map((l) => (Number.isFinite(l) ? Math.exp(l * key) : 0));
        const sum = raised.reduce((a, b) => a + b, 0);
        const share = raised.map((x) => x / sum);
        shape = { ...baseShape, hourlyShare: share, peakToAverage: Math.max(...share) * 24 };
      }
      v = { shape, day: dayWindows(shape.hourlyShare, policy.scaleIntervalMinutes, policy.scaleDownDelayMinutes, policy.scaleUpDelayMinutes) };
      shapes.set(twentieths, v);
    }
    return v;
  };
  const perReplicaRps = rpsCurve(ctx.sized.plan, ctx.workload, ctx.slo, memo);
  const closedCache = ctx.closed && memo ? closedUnits(memo, ctx.closed, ctx) : new Map<number, ClosedCost>();
  // Keyed by the rounded multiplier in hundredths (an integer), the multiplier itself being key / 100.
  const closedPerRequest = (tokens: number): ClosedCost | null => {
    if (!ctx.closed) return null;
    const hundredths = Math.round(tokens * 100);
    let v = closedCache.get(hundredths);
    if (!v) {
      const key = hundredths / 100;
      v = closedCost({
        model: ctx.closed.model, provider: ctx.closed.provider, requestsPerMonth: 1, inputTokens: ctx.workload.inputTokens * key,
        outputTokens: ctx.workload.outputTokens * key, maxContextTokens: ctx.maxContextTokens * Math.max(1, key),
        cachedInputShare: ctx.workload.cachedInputShare, batchShare: ctx.workload.batchShare, regionalProcessing: ctx.closed.regionalProcessing,
        engineerMonthlyCostUsd: ctx.team.engineerMonthlyCostUsd,
      });
      if (closedCache.size > 512) closedCache.clear();
      closedCache.set(hundredths, v);
    }
    return v;
  };
  const gpu: Gpu = ctx.sized.gpu;
  const a = ctx.assumptions;
  const overhead = ctx.pricingContext.cloudOverheadFraction ?? 0;
  const rates: Record<RentalPricing, number> = {
    'on-demand': rateUsd(gpu, 'on-demand', a, ctx.pricingContext) ?? 0,
    'reserved-1y': rateUsd(gpu, 'reserved-1y', a, ctx.pricingContext) ?? 0,
    'reserved-3y': rateUsd(gpu, 'reserved-3y', a, ctx.pricingContext) ?? 0,
    spot: rateUsd(gpu, 'spot', a, ctx.pricingContext) ?? 0,
  };
  const burst: RentalPricing = policy.pricing === 'spot' ? 'spot' : 'on-demand';
  const committed: RentalPricing = policy.pricing === 'reserved-3y' ? 'reserved-3y' : 'reserved-1y';
  const reservedRatio = rates[burst] > 0 ? rates[committed] / rates[burst] : 1;
  const tp = ctx.sized.tensorParallel;
  const multiNode = tp > gpu.maxPerNode;
  const owned = ctx.mode === 'own';
  const amortisation = owned ? (ownedGpuMonthly(gpu, a, 0)?.amortisationUsd ?? 0) : 0;
  const kwhUsd = HOURS_PER_MONTH * a.pue * a.electricityUsdPerKwh;
  const startupOf = (peakReplicas: number, bought: number): StartupInput => ({ team: ctx.team, assumptions: a, tensorParallel: tp, peakReplicas, multiNode, gpusBought: bought, teamShare: ctx.teamShare });
  // Start-up depends on the scenario only through "more than two replicas" and "buys hardware": four cases, each priced when first met.
  const startupCases: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const startupUsd = (c: number): number => (startupCases[c] ??= startupTotals(startupOf(c & 1 ? 3 : 1, c & 2 ? 1 : 0)).usd);

  // What a scenario fixes besides volume and prices (shape, per-replica rate, closed bill per request), for the last
  // peakiness, tokens and speed asked: a growth basis prices several months of one scenario, and they differ only in volume.
  // One object, overwritten: the Monte Carlo asks for a new scenario thousands of times.
  const last: { peakiness: number; tokens: number; speed: number; shape: TrafficShape; day: DayWindows | undefined; rps: number; unit: ClosedCost | null } = {
    peakiness: Number.NaN, tokens: Number.NaN, speed: Number.NaN, shape: baseShape, day: undefined, rps: 0, unit: null,
  };
  const fixedBy = (s: Scenario): typeof last & { day: DayWindows } => {
    if (last.peakiness !== s.peakiness || last.tokens !== s.tokens || last.speed !== s.speed) {
      const { shape, day } = shapeAt(s.peakiness);
      last.shape = shape;
      last.day = day;
      last.rps = perReplicaRps(s.tokens) * s.speed;
      last.unit = closedPerRequest(s.tokens);
      last.peakiness = s.peakiness;
      last.tokens = s.tokens;
      last.speed = s.speed;
    }
    return last as typeof last & { day: DayWindows };
  };
  const provisioningInput = (s: Scenario): { pin: ProvisioningInput; shape: TrafficShape; requestsPerMonth: number; unit: ClosedCost | null } => {
    const { shape, day, rps, unit } = fixedBy(s);
    const requestsPerDay = ctx.workload.requestsPerDay * s.volume;
    return {
      shape,
      unit,
      requestsPerMonth: requestsPerDay * shape.activeDaysPerWeek * MONTH_DAYS_PER_WEEK,
      pin: {
        hourlyShare: shape.hourlyShare, day, activeDaysPerWeek: shape.activeDaysPerWeek, requestsPerDay, perReplicaRps: rps,
        tensorParallel: tp, policy, reservedToBurstPriceRatio: reservedRatio,
      },
    };
  };
  // The lean path's provisioning input and figures, overwritten per scenario (provisionFigures keeps nothing of either).
  let leanPin: ProvisioningInput | undefined;
  const figures = provisioningFigures();

  const leanInto = (s: Scenario, out: LeanEvaluation): LeanEvaluation => {
    const f = fixedBy(s);
    const unit = f.unit;
    const requestsPerDay = ctx.workload.requestsPerDay * s.volume;
    const requestsPerMonth = requestsPerDay * f.shape.activeDaysPerWeek * MONTH_DAYS_PER_WEEK;
    const pin = (leanPin ??= { hourlyShare: f.shape.hourlyShare, day: f.day, activeDaysPerWeek: f.shape.activeDaysPerWeek, requestsPerDay, perReplicaRps: f.rps, tensorParallel: tp, policy, reservedToBurstPriceRatio: reservedRatio });
    pin.hourlyShare = f.shape.hourlyShare;
    pin.day = f.day;
    pin.activeDaysPerWeek = f.shape.activeDaysPerWeek;
    pin.requestsPerDay = requestsPerDay;
    pin.perReplicaRps = f.rps;
    const p = provisionFigures(pin, figures);
    let gpuUsd = 0;
    let bought = 0;
    if (owned) {
      bought = p.peakGpus - Math.min(ctx.ownedAvailable, p.peakGpus);
      gpuUsd = bought * amortisation * s.gpuCost + p.peakGpus * (gpuKw(gpu, p.utilization) * kwhUsd + a.hostingUsdPerGpuMonth);
    } else {
      for (let i = 0; i < p.count; i++) gpuUsd += p.hours[i]! * tp * rates[p.rates[i]!] * s.gpuCost * (1 + overhead);
    }
    const staff = opsFte(p.peakGpus, multiNode, owned, a.opsShareOfEngineer) * s.staff * ctx.team.engineerMonthlyCostUsd;
    out.openMonthlyUsd = gpuUsd + staff;
    out.closedMonthlyUsd = unit ? unit.monthlyUsd * requestsPerMonth * s.apiPrice : null;
    out.startupUsd = startupUsd((p.peakReplicas > 2 ? 1 : 0) + (bought > 0 ? 2 : 0));
    out.tokensPerMonth = requestsPerMonth * (ctx.workload.inputTokens + ctx.workload.outputTokens) * s.tokens;
    out.utilization = p.utilization;
    return out;
  };
  const lean = (s: Scenario): LeanEvaluation => leanInto(s, leanEvaluation());

  const full = (s: Scenario): Evaluation => {
    const { pin, shape, requestsPerMonth, unit } = provisioningInput(s);
    const p = provision(pin);
    const gpuLines: GpuBillLine[] = [];
    let gpuMonthlyUsd = 0;
    let powerMonthlyUsd = 0;
    let hostingMonthlyUsd = 0;
    let ownedUsed = 0;
    let bought = 0;
    if (owned) {
      ownedUsed = Math.min(ctx.ownedAvailable, p.peakGpus);
      bought = p.peakGpus - ownedUsed;
      gpuMonthlyUsd = bought * amortisation * s.gpuCost;
      powerMonthlyUsd = p.peakGpus * gpuKw(gpu, p.utilization) * kwhUsd;
      hostingMonthlyUsd = p.peakGpus * a.hostingUsdPerGpuMonth;
    } else {
      for (const b of p.buckets) {
        const usdPerGpuHour = rates[b.rate] * s.gpuCost;
        const gpuHours = b.replicaHoursPerMonth * tp;
        const usd = gpuHours * usdPerGpuHour * (1 + overhead);
        gpuLines.push({ rate: b.rate, alwaysOnReplicas: b.alwaysOnReplicas, gpuHours, usdPerGpuHour, overhead, usd });
        gpuMonthlyUsd += usd;
      }
    }
    const fte = opsFte(p.peakGpus, multiNode, owned, a.opsShareOfEngineer) * s.staff;
    const staffMonthlyUsd = fte * ctx.team.engineerMonthlyCostUsd;
    const facilitiesMonthlyUsd = powerMonthlyUsd + hostingMonthlyUsd;
    const startup = startupCost(startupOf(p.peakReplicas, bought));
    const closed = unit ? scaleClosed(unit, requestsPerMonth, s.apiPrice) : null;
    return {
      shape, requestsPerMonth, tokensPerMonth: requestsPerMonth * (ctx.workload.inputTokens + ctx.workload.outputTokens) * s.tokens, perReplicaRps: pin.perReplicaRps,
      provisioning: p, schedule: p, utilization: p.utilization, gpuLines, gpuMonthlyUsd, powerMonthlyUsd, hostingMonthlyUsd, facilitiesMonthlyUsd, opsFte: fte, staffMonthlyUsd,
      openMonthlyUsd: gpuMonthlyUsd + facilitiesMonthlyUsd + staffMonthlyUsd, ownedUsed, bought, startup, startupUsd: startup.usd,
      closed, closedMonthlyUsd: closed?.monthlyUsd ?? null,
    };
  };
  return Object.assign(full, { lean, leanInto });
}

/** The closed bills of one request, by token multiplier, shared by the assessment's evaluators of the same closed side and request shape. */
function closedUnits(memo: CostMemo, closed: NonNullable<EvaluationContext['closed']>, ctx: EvaluationContext): Map<number, ClosedCost> {
  const w = ctx.workload;
  // Every input closedCost reads besides the multiplier (the provider only for its regional uplift).
  const key = [
    memo.idOf(closed.model), closed.regionalProcessing ? (closed.provider?.regionalUplift ?? 0) : 'none', w.inputTokens, w.outputTokens, ctx.maxContextTokens,
    w.cachedInputShare, w.batchShare, ctx.team.engineerMonthlyCostUsd,
  ].join('|');
  let units = memo.closedUnits.get(key);
  if (!units) {
    units = new Map();
    memo.closedUnits.set(key, units);
  }
  return units;
}

/** The closed bill is linear in requests and in the price multiplier (start-up aside). */
function scaleClosed(unit: ClosedCost, requests: number, price: number): ClosedCost {
  const k = requests * price;
  return {
    ...unit,
    monthlyUsd: unit.monthlyUsd * k,
    inputUsd: unit.inputUsd * k,
    outputUsd: unit.outputUsd * k,
    cachedSavingsUsd: unit.cachedSavingsUsd * k,
    batchSavingsUsd: unit.batchSavingsUsd * k,
    regionalUpliftUsd: unit.regionalUpliftUsd * k,
    longContextUpliftUsd: unit.longContextUpliftUsd * k,
    ...(unit.longContextTiers ? { longContextTiers: unit.longContextTiers.map((t) => ({ ...t, usd: t.usd * k })) } : {}),
    costPerMTokUsd: unit.costPerMTokUsd * price,
  };
}

/**
 * Re-picks the cheapest GPU type at each scenario among per-type options (each already sized to the SLO):
 * used where volume moves far from today's, so the break-even is not tied to today's small GPU.
 */
export function makeCheapestEvaluator(ctx: EvaluationContext, options: readonly SizedOption[], first?: Evaluator): Evaluator {
  const evaluators = [first ?? makeEvaluator(ctx), ...options.filter((o) => o !== ctx.sized && o.gpu.id !== ctx.sized.gpu.id).map((sized) => makeEvaluator({ ...ctx, sized, ownedAvailable: 0 }))];
  const pick = <T extends LeanEvaluation>(f: (ev: Evaluator) => T): T => {
    let best: T | undefined;
    for (const ev of evaluators) {
      const e = f(ev);
      if (!best || e.openMonthlyUsd < best.openMonthlyUsd) best = e;
    }
    return best!;
  };
  const lean = (s: Scenario): LeanEvaluation => pick((ev) => ev.lean(s));
  return Object.assign((s: Scenario) => pick((ev) => ev(s)), { lean, leanInto: (s: Scenario, out: LeanEvaluation) => Object.assign(out, lean(s)) });
}
