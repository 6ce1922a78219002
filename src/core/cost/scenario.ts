import type { ClosedModel, Gpu, PricingContext, Provider } from '../catalog/schema.js';
import { sloOperatingPoint, trafficShape, type LatencySlo, type SizedOption, type TrafficShape } from '../capacity/index.js';
import type { Assumptions, Team, Workload } from '../profile/index.js';
import { closedCost } from './closed.js';
import type { ClosedCost } from './contract.js';
import { ownedGpuMonthly, rentalHourlyUsd } from './pricing.js';
import { provision, type Provisioning } from './provisioning.js';

/** Multipliers and overrides one evaluation applies to the base case (sensitivity, Monte Carlo, curves). */
export interface Scenario {
  volume: number;
  gpuCost: number;
  apiPrice: number;
  /** Exponent on the hourly shape: 0 = flat, 1 = as given, 2 = peakier. */
  peakiness: number;
  staffShare: number;
  tokens: number;
}

export const BASE_SCENARIO = (assumptions: Assumptions): Scenario => ({ volume: 1, gpuCost: 1, apiPrice: 1, peakiness: 1, staffShare: assumptions.opsShareOfEngineer, tokens: 1 });

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
}

export interface Evaluation {
  shape: TrafficShape;
  requestsPerMonth: number;
  tokensPerMonth: number;
  perReplicaRps: number;
  provisioning: Provisioning;
  gpuMonthlyUsd: number;
  facilitiesMonthlyUsd: number;
  staffMonthlyUsd: number;
  openMonthlyUsd: number;
  closed: ClosedCost | null;
}

const reshape = (shape: TrafficShape, k: number): TrafficShape => {
  if (k === 1) return shape;
  const raised = shape.hourlyShare.map((s) => s ** k);
  const sum = raised.reduce((a, b) => a + b, 0);
  const share = raised.map((s) => s / sum);
  return { ...shape, hourlyShare: share, peakToAverage: Math.max(...share) * 24 };
};

/** Prices one scenario for a fixed choice of GPU, precision and TP: replicas and hours follow the scenario. */
export function makeEvaluator(ctx: EvaluationContext): (s: Scenario) => Evaluation {
  const baseShape = trafficShape(ctx.workload);
  const rpsCache = new Map<number, number>();
  const perReplicaRps = (tokens: number): number => {
    const key = Math.round(tokens * 20) / 20;
    let v = rpsCache.get(key);
    if (v === undefined) {
      const load = { inputTokens: ctx.workload.inputTokens * key, outputTokens: ctx.workload.outputTokens * key };
      v = sloOperatingPoint(ctx.sized.plan, load, ctx.slo).point.requestsPerSecond;
      rpsCache.set(key, v);
    }
    return v;
  };
  const gpu: Gpu = ctx.sized.gpu;
  const overhead = ctx.pricingContext.cloudOverheadFraction ?? 0;
  return (s) => {
    const shape = reshape(baseShape, s.peakiness);
    const requestsPerDay = ctx.workload.requestsPerDay * s.volume;
    const requestsPerMonth = requestsPerDay * shape.activeDaysPerWeek * (365 / 12 / 7);
    const tokensPerRequest = (ctx.workload.inputTokens + ctx.workload.outputTokens) * s.tokens;
    const rps = perReplicaRps(s.tokens);
    const p = provision({
      shape, requestsPerDay, perReplicaRps: rps, tensorParallel: ctx.sized.tensorParallel, mode: ctx.mode,
      minReplicas: ctx.assumptions.minReplicas, scaleToZero: ctx.assumptions.scaleToZero, redundancy: ctx.assumptions.redundancy,
      weightsGb: ctx.sized.plan.weightsBytes / 1e9,
    });
    let gpuMonthlyUsd = 0;
    let facilitiesMonthlyUsd = 0;
    if (ctx.mode === 'own') {
      const owned = ownedGpuMonthly(gpu, ctx.assumptions, p.utilization);
      if (owned) {
        gpuMonthlyUsd = p.peakGpus * owned.amortisationUsd * s.gpuCost;
        facilitiesMonthlyUsd = p.peakGpus * (owned.powerUsd + owned.hostingUsd);
      }
    } else {
      gpuMonthlyUsd = p.gpuHoursPerMonth * (rentalHourlyUsd(gpu, ctx.assumptions, ctx.pricingContext) ?? 0) * s.gpuCost * (1 + overhead);
    }
    const staffMonthlyUsd = s.staffShare * ctx.team.engineerMonthlyCostUsd;
    const closed = ctx.closed
      ? closedCost({
          model: ctx.closed.model, provider: ctx.closed.provider, requestsPerMonth, inputTokens: ctx.workload.inputTokens * s.tokens,
          outputTokens: ctx.workload.outputTokens * s.tokens, maxContextTokens: ctx.maxContextTokens * s.tokens,
          cachedInputShare: ctx.workload.cachedInputShare, batchShare: ctx.workload.batchShare, regionalProcessing: ctx.closed.regionalProcessing,
          priceMultiplier: s.apiPrice, engineerMonthlyCostUsd: ctx.team.engineerMonthlyCostUsd,
        })
      : null;
    return {
      shape, requestsPerMonth, tokensPerMonth: requestsPerMonth * tokensPerRequest, perReplicaRps: rps, provisioning: p,
      gpuMonthlyUsd, facilitiesMonthlyUsd, staffMonthlyUsd, openMonthlyUsd: gpuMonthlyUsd + facilitiesMonthlyUsd + staffMonthlyUsd, closed,
    };
  };
}

/**
 * Re-picks the cheapest GPU type at each scenario among per-type options (each already sized to the SLO):
 * used where volume moves far from today's, so the break-even is not tied to today's small GPU.
 */
export function makeCheapestEvaluator(ctx: EvaluationContext, options: readonly SizedOption[]): (s: Scenario) => Evaluation {
  const evaluators = [makeEvaluator(ctx), ...options.filter((o) => o !== ctx.sized).map((sized) => makeEvaluator({ ...ctx, sized }))];
  return (s) => {
    let best: Evaluation | undefined;
    for (const ev of evaluators) {
      const e = ev(s);
      if (!best || e.openMonthlyUsd < best.openMonthlyUsd) best = e;
    }
    return best!;
  };
}
