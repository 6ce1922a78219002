import { findClosedModel, findOpenModel, providerOf } from '../catalog/index.js';
import type { Gpu } from '../catalog/schema.js';
import {
  DEFAULT_MIN_STREAM_TOKENS_PER_SECOND,
  ENGINE_FORMATS,
  ENGINE_PROFILES,
  sizeDeployment,
  trafficShape,
  type LatencySlo,
} from '../capacity/index.js';
import { fail, issue, ok, type Result } from '../result.js';
import { findBreakEven } from './break-even.js';
import { closedCost } from './closed.js';
import type { CostAnalysisInput, OpenDeployment, SelfHostedCost, WorkloadCostAnalysis } from './contract.js';
import { costCurves } from './curves.js';
import { describeAssumptions } from './describe.js';
import { ownedHourlyEquivalent, rentalHourlyUsd } from './pricing.js';
import { BASE_SCENARIO, makeCheapestEvaluator, makeEvaluator, type EvaluationContext } from './scenario.js';
import { probabilitySelfHostCheaper, tornado, type SensitivityRanges } from './sensitivity.js';
import { startupCost } from './startup.js';
import { cumulativeTco } from './tco.js';

/** Longest context when the workload does not say: four times the mean request, at least 4k tokens. */
export const defaultMaxContext = (input: number, output: number): number => Math.max(4096, Math.ceil(4 * (input + output)));

/** Sizes and prices one workload both ways: self-hosted open model vs closed API. */
export function analyzeWorkloadCost(input: CostAnalysisInput): Result<WorkloadCostAnalysis> {
  const { workload, team, assumptions, catalog } = input;
  const openModel = findOpenModel(catalog, input.openModelId);
  if (!openModel.ok) return openModel;
  const closedModel = input.closedModelId === null ? null : findClosedModel(catalog, input.closedModelId);
  if (closedModel && !closedModel.ok) return closedModel;
  const model = openModel.value;
  const engine = assumptions.engine;
  if (assumptions.precision && !ENGINE_FORMATS[engine].includes(assumptions.precision)) {
    return fail([issue('assumptions.precision', `${engine} does not serve ${assumptions.precision}; it serves ${ENGINE_FORMATS[engine].join(', ')}`)]);
  }
  const shape = trafficShape(workload);
  const requestsPerMonth = workload.requestsPerDay * shape.activeDaysPerWeek * (365 / 12 / 7);
  const tokensPerMonth = { input: requestsPerMonth * workload.inputTokens, output: requestsPerMonth * workload.outputTokens, total: requestsPerMonth * (workload.inputTokens + workload.outputTokens) };
  const maxContextTokens = workload.maxContextTokens ?? Math.min(model.maxContextTokens, defaultMaxContext(workload.inputTokens, workload.outputTokens));
  const slo: LatencySlo = {
    ttftMs: workload.latency?.ttftMs,
    outputTokensPerSecond: workload.latency?.outputTokensPerSecond ?? DEFAULT_MIN_STREAM_TOKENS_PER_SECOND,
  };
  const closed = closedModel?.ok ? { model: closedModel.value, provider: providerOf(catalog, closedModel.value), regionalProcessing: input.regionalProcessing } : null;

  const wantsOwn = team.gpuAccess === 'own';
  const ownable = catalog.gpus.some((g) => g.datacenter && g.purchaseUsd !== null);
  const mode: 'rent' | 'own' = wantsOwn && ownable ? 'own' : 'rent';
  const hourly = (g: Gpu): number | null => (mode === 'own' ? ownedHourlyEquivalent(g, assumptions) : rentalHourlyUsd(g, assumptions, catalog.pricingContext));
  const sizing = model.maxContextTokens < maxContextTokens
    ? fail([issue('workload.maxContextTokens', `${model.id} supports ${model.maxContextTokens} tokens of context, the workload needs ${maxContextTokens}`)])
    : sizeDeployment({
        model, gpus: catalog.gpus.filter((g) => g.datacenter), engine, ...(assumptions.precision ? { precisions: [assumptions.precision] } : {}),
        inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, maxContextTokens,
        peakRequestsPerSecond: (workload.requestsPerDay * Math.max(...shape.hourlyShare)) / 3600, slo,
        redundancy: assumptions.redundancy, minReplicas: Math.max(1, assumptions.minReplicas), gpuHourlyUsd: hourly,
      });

  const closedOnly = (reason: string): WorkloadCostAnalysis => {
    const c = closed
      ? closedCost({
          model: closed.model, provider: closed.provider, requestsPerMonth, inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, maxContextTokens,
          cachedInputShare: workload.cachedInputShare, batchShare: workload.batchShare, regionalProcessing: input.regionalProcessing, engineerMonthlyCostUsd: team.engineerMonthlyCostUsd,
        })
      : null;
    return {
      tokensPerMonth, open: null, infeasibleReason: reason, closed: c, breakEven: { tokensPerMonth: null, utilization: null, note: `self-hosting ${model.id} is not feasible: ${reason}` },
      tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null }, volumeCurve: [], utilizationCurve: [], trafficCurve: [], sensitivity: [],
      probabilitySelfHostCheaper: c ? 0 : null, assumptionsUsed: describeAssumptions({ input, mode, shape, slo, maxContextTokens, sized: null }),
    };
  };
  if (!sizing.ok) return ok(closedOnly(sizing.issues.map((i) => i.message).join('; ')));
  const sized = sizing.value.best;

  const ctx: EvaluationContext = { workload, team, assumptions, pricingContext: catalog.pricingContext, mode, sized, slo, maxContextTokens, closed };
  const evaluate = makeEvaluator(ctx);
  const base = BASE_SCENARIO(assumptions);
  const e = evaluate(base);
  const startup = startupCost({ team, assumptions, mode, gpu: sized.gpu, peakGpus: e.provisioning.peakGpus, tensorParallel: sized.tensorParallel, peakReplicas: e.provisioning.peakReplicas });
  const op = sized.operating.point;
  const deployment: OpenDeployment = {
    modelId: model.id, precision: sized.precision, engine, gpuId: sized.gpu.id, tensorParallel: sized.tensorParallel,
    replicas: e.provisioning.peakReplicas, gpuCount: e.provisioning.peakGpus, maxConcurrencyPerReplica: sized.operating.maxConcurrency,
    ttftMs: op.ttftS * 1000, tpotMs: op.tpotS * 1000, outputTokensPerSecondPerReplica: op.outputTokensPerSecond,
    errorBand: sized.errorBand, utilization: e.provisioning.utilization, meetsLatencySlo: sized.operating.meetsSlo,
  };
  const monthlyUsd = e.openMonthlyUsd;
  const cost: SelfHostedCost = {
    mode, monthlyUsd, gpuMonthlyUsd: e.gpuMonthlyUsd, facilitiesMonthlyUsd: e.facilitiesMonthlyUsd, staffMonthlyUsd: e.staffMonthlyUsd,
    startupCostUsd: startup.usd, startupWeeks: startup.weeks, costPerMTokUsd: tokensPerMonth.total > 0 ? monthlyUsd / (tokensPerMonth.total / 1e6) : 0,
  };
  if (input.detail === 'screen') {
    return ok({
      tokensPerMonth, open: { deployment, cost }, closed: e.closed,
      breakEven: { tokensPerMonth: null, utilization: null, note: 'not computed while screening candidates' },
      tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null }, volumeCurve: [], utilizationCurve: [], trafficCurve: [],
      sensitivity: [], probabilitySelfHostCheaper: null, assumptionsUsed: [],
    });
  }
  const atScale = makeCheapestEvaluator(ctx, sizing.value.alternatives);
  const be = findBreakEven(atScale, base);
  const ranges: SensitivityRanges = { gpuCost: gpuCostRange(ctx) };
  const tco = cumulativeTco({
    evaluate, base, months: assumptions.horizonMonths, growthPerMonth: workload.growthPerMonth, openStartupUsd: startup.usd,
    closedStartupUsd: e.closed?.startupCostUsd ?? null, mode, purchaseUsdPerGpu: sized.gpu.purchaseUsd ?? 0, initialGpus: e.provisioning.peakGpus,
  });
  const curves = costCurves({ evaluate, atScale, base, evaluation: e, monthlyOpenUsd: monthlyUsd });
  return ok({
    tokensPerMonth,
    open: { deployment, cost },
    closed: e.closed,
    breakEven: { tokensPerMonth: be.tokensPerMonth, utilization: be.utilization, note: breakEvenNote(be.tokensPerMonth, tokensPerMonth.total, e.closed !== null) },
    tco,
    ...curves,
    sensitivity: e.closed ? tornado(evaluate, base, ranges) : [],
    probabilitySelfHostCheaper: e.closed ? probabilitySelfHostCheaper({ evaluate, base, ranges, runs: assumptions.monteCarloRuns, seed: assumptions.seed }) : null,
    assumptionsUsed: describeAssumptions({ input, mode, shape, slo, maxContextTokens, sized, startup, engineNote: ENGINE_PROFILES[engine].note }),
  });
}

/** GPU cost multipliers spanning the catalog's observed range (rent) or purchase price -20%..+30% (own). */
function gpuCostRange(ctx: EvaluationContext): [number, number] {
  const r = ctx.sized.gpu.rentalUsdPerHour;
  if (ctx.mode === 'own' || !r) return [0.8, 1.3];
  const current = rentalHourlyUsd(ctx.sized.gpu, { ...ctx.assumptions, rentalPricing: 'on-demand' }, ctx.pricingContext) ?? r.typical;
  return [r.low / current, r.high / current];
}

function breakEvenNote(breakEven: number | null, current: number, hasClosed: boolean): string {
  if (!hasClosed) return 'no closed model is allowed for this workload: nothing to break even against';
  if (breakEven === null) return 'self-hosting stays dearer than the API at every volume up to 10,000x today\'s';
  if (breakEven === 0) return 'self-hosting is cheaper at any volume';
  const ratio = breakEven / Math.max(current, 1);
  return ratio <= 1
    ? `self-hosting is cheaper from ${fmtTokens(breakEven)} tokens/month; today's ${fmtTokens(current)} is ${(1 / ratio).toFixed(1)}x that`
    : `self-hosting becomes cheaper at ${fmtTokens(breakEven)} tokens/month, ${ratio.toFixed(1)}x today's ${fmtTokens(current)}`;
}

export const fmtTokens = (n: number): string =>
  n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : `${Math.round(n)}`;
