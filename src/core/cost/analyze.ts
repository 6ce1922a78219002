import { findClosedModel, findOpenModel, providerOf } from '../catalog/index.js';
import { DEFAULT_MIN_STREAM_TOKENS_PER_SECOND, ENGINE_FORMATS, ENGINE_PROFILES, type LatencySlo } from '../capacity/index.js';
import { contextRequirement } from '../decision/context.js';
import { fail, issue, ok, type Result } from '../result.js';
import { basisCost, basisSavings, type BasisOptions, type BasisResult } from './basis.js';
import { breakEvenNote, findBreakEven } from './break-even.js';
import { closedCost } from './closed.js';
import type { CostAnalysisInput, OpenDeployment, SelfHostedCost, WorkloadCostAnalysis } from './contract.js';
import { costCurves } from './curves.js';
import { basisFigures, closedDerivations, notApplicable, openDerivations } from './derivations.js';
import { describeAssumptions } from './describe.js';
import { FLEET_GPU_CEILING, resolveFleet } from './fleet.js';
import { onDemandHourlyUsd, purchaseUsdPerGpu, rentalHourlyUsd } from './pricing.js';
import { BASE_SCENARIO, makeCheapestEvaluator, makeEvaluator, type EvaluationContext, type Scenario } from './scenario.js';
import { monteCarlo, tornado, type SensitivityRanges } from './sensitivity.js';
import { analysisKey, costMemo, memoTrafficShape } from './memo.js';
import { chooseSizingCached } from './size.js';
import { standaloneTeamShare } from './startup.js';
import { cumulativeTco } from './tco.js';

export { fmtTokens } from './format.js';

/** Months evaluated per scenario where thousands are priced (Monte Carlo, sensitivity, break-even with growth). */
const SAMPLED_MONTHS = 6;
const CURVE_MONTHS = 12;

/**
 * Sizes and prices one workload both ways: self-hosted open model vs closed API, on one cost basis. With the
 * assessment's memo, an analysis asked again with the same inputs (a workload alike but for its name, a portfolio
 * pass that changed nothing for it) is the one already made.
 */
export function analyzeWorkloadCost(input: CostAnalysisInput): Result<WorkloadCostAnalysis> {
  if (!input.memo) return analyze(input);
  const key = analysisKey(input.memo, input);
  let hit = input.memo.analyses.get(key);
  if (!hit) {
    hit = analyze(input);
    input.memo.analyses.set(key, hit);
  }
  return hit;
}

function analyze(input: CostAnalysisInput): Result<WorkloadCostAnalysis> {
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
  const memo = input.memo ?? costMemo();
  const shape = memoTrafficShape(memo, workload);
  const requestsPerMonth = workload.requestsPerDay * shape.activeDaysPerWeek * (365 / 12 / 7);
  const tokensPerMonth = { input: requestsPerMonth * workload.inputTokens, output: requestsPerMonth * workload.outputTokens, total: requestsPerMonth * (workload.inputTokens + workload.outputTokens) };
  // Context is a hard limit: the requirement is never lowered to the model's window.
  const need = contextRequirement(workload);
  const maxContextTokens = need.tokens;
  const slo: LatencySlo = { ttftMs: workload.latency?.ttftMs, outputTokensPerSecond: workload.latency?.outputTokensPerSecond ?? DEFAULT_MIN_STREAM_TOKENS_PER_SECOND };
  const closed = closedModel?.ok ? { model: closedModel.value, provider: providerOf(catalog, closedModel.value), regionalProcessing: input.regionalProcessing } : null;
  const context = { requiredTokens: need.tokens, note: need.note, openWindowTokens: model.maxContextTokens, closedWindowTokens: closed ? (closed.model.contextWindowTokens ?? null) : null };
  const teamShare = input.teamShare === undefined ? standaloneTeamShare(team, assumptions) : input.teamShare;
  const horizon = assumptions.horizonMonths;
  const growth = workload.growthPerMonth;
  const redundancy = resolveFleet({ assumptions, workload, weightsGb: 0, owned: false }).redundancy;
  const choice = model.maxContextTokens < maxContextTokens
    ? null
    : chooseSizingCached({
        model, workload, team, assumptions, catalog, ownedGpus: input.ownedGpus ?? team.ownedGpus ?? [], maxContextTokens,
        peakRequestsPerSecond: (workload.requestsPerDay * Math.max(...shape.hourlyShare)) / 3600, slo, redundancy,
      }, memo);

  const closedOnly = (reason: string, notes: string[] = []): WorkloadCostAnalysis => {
    const c = closed
      ? closedCost({
          model: closed.model, provider: closed.provider, requestsPerMonth, inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, maxContextTokens,
          cachedInputShare: workload.cachedInputShare, batchShare: workload.batchShare, regionalProcessing: input.regionalProcessing, engineerMonthlyCostUsd: team.engineerMonthlyCostUsd,
        })
      : null;
    const closedBasis = c ? c.monthlyUsd * averageGrowth(growth, horizon) + c.startupCostUsd / horizon : null;
    return {
      tokensPerMonth, open: null, infeasibleReason: reason, closed: c, breakEven: { tokensPerMonth: null, utilization: null, note: `self-hosting ${model.id} is not feasible: ${reason}` },
      tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null }, volumeCurve: [], utilizationCurve: [], trafficCurve: [], sensitivity: [],
      probabilitySelfHostCheaper: c ? 0 : null, assumptionsUsed: [...notes, ...describeAssumptions({ input, mode: choice?.mode ?? 'rent', shape, slo, need, sized: null, policy: null })],
      basis: { horizonMonths: horizon, growthPerMonth: growth, openMonthlyUsd: null, closedMonthlyUsd: closedBasis },
      derivations: {
        open: notApplicable(reason),
        closed: c && closed && closedBasis !== null
          ? closedDerivations(c, tokensPerMonth, { ...closedOpts(closed), basis: { usd: closedBasis, startupUsd: c.startupCostUsd, monthlySumUsd: c.monthlyUsd * averageGrowth(growth, horizon) * horizon } })
          : notApplicable('no closed API is allowed for this workload'),
      },
      context,
    };
  };
  const closedOpts = (cl: NonNullable<typeof closed>) => ({
    model: cl.model, cachedInputShare: workload.cachedInputShare, batchShare: workload.batchShare, regionalUplift: input.regionalProcessing ? (cl.provider?.regionalUplift ?? 0) : 0,
    horizon, growth, engineerMonthlyCostUsd: team.engineerMonthlyCostUsd,
  });
  if (!choice) return ok(closedOnly(`${model.id} holds ${model.maxContextTokens.toLocaleString('en-US')} tokens of context, the workload needs ${maxContextTokens.toLocaleString('en-US')}`));
  if (!choice.sizing.ok) return ok(closedOnly(choice.sizing.issues.map((i) => i.message).join('; '), choice.notes));
  const { mode } = choice;
  const sized = choice.sizing.value.best;
  const policy = resolveFleet({ assumptions, workload, weightsGb: sized.plan.weightsBytes / 1e9, owned: mode === 'own' });

  const ctx: EvaluationContext = { workload, team, assumptions, pricingContext: catalog.pricingContext, mode, sized, slo, maxContextTokens, closed, policy, ownedAvailable: choice.ownedAvailable, teamShare, memo };
  const evaluate = makeEvaluator(ctx);
  const base: Scenario = BASE_SCENARIO;
  const closedStartupUsd = closed ? closedStartup(team.engineerMonthlyCostUsd) : null;
  const basisAt = (s: Scenario, sampleMonths?: number): BasisResult =>
    basisCost({ evaluate: evaluate.lean, scenario: s, horizonMonths: horizon, growthPerMonth: growth, closedStartupUsd, ...(sampleMonths ? { sampleMonths } : {}) });
  const e = evaluate(base);
  const exact = basisCost({ evaluate: evaluate.lean, scenario: base, horizonMonths: horizon, growthPerMonth: growth, closedStartupUsd, series: input.detail !== 'screen' }, e);
  const ceiling = Math.min(FLEET_GPU_CEILING, (policy.maxReplicas ?? Number.POSITIVE_INFINITY) * sized.tensorParallel);
  if (e.provisioning.peakGpus > ceiling) {
    const why = policy.maxReplicas !== null && e.provisioning.peakReplicas > policy.maxReplicas
      ? `the peak needs ${e.provisioning.peakReplicas} replicas of ${sized.tensorParallel}x ${sized.gpu.id}, above maxReplicas ${policy.maxReplicas}`
      : `the peak needs ${e.provisioning.peakGpus} ${sized.gpu.id} GPUs, above the ceiling of ${FLEET_GPU_CEILING.toLocaleString('en-US')} GPUs per workload (a fleet that size needs its own capacity plan)`;
    return ok(closedOnly(why, choice.notes));
  }
  const op = sized.operating.point;
  const p = e.schedule;
  const startup = e.startup;
  const deployment: OpenDeployment = {
    modelId: model.id, precision: sized.precision, engine, gpuId: sized.gpu.id, tensorParallel: sized.tensorParallel,
    replicas: p.peakReplicas, gpuCount: p.peakGpus, maxConcurrencyPerReplica: sized.operating.maxConcurrency,
    ttftMs: op.ttftS * 1000, tpotMs: op.tpotS * 1000, outputTokensPerSecondPerReplica: op.outputTokensPerSecond,
    errorBand: sized.errorBand, utilization: p.utilization, meetsLatencySlo: sized.operating.meetsSlo,
    maxModelLen: maxContextTokens, multiNode: sized.tensorParallel > sized.gpu.maxPerNode, ownedGpusUsed: e.ownedUsed, gpusBought: e.bought,
    fleet: {
      provisioning: policy.provisioning, pricing: policy.pricing, redundancy: policy.redundancy, minReplicas: policy.minReplicas, maxReplicas: policy.maxReplicas,
      scaleIntervalMinutes: p.intervalMinutes, scaleUpDelayMinutes: policy.scaleUpDelayMinutes, scaleDownDelayMinutes: policy.scaleDownDelayMinutes, scaleToZero: policy.scaleToZero,
      coldStartsPerWeek: p.coldStartsPerWeek, coldStartRequestsPerMonth: p.coldStartRequestsPerMonth,
      alwaysOnReplicas: p.buckets.reduce((s, b) => s + (b.alwaysOnReplicas ?? 0), 0),
    },
  };
  const price = purchaseUsdPerGpu(sized.gpu, assumptions);
  const cost: SelfHostedCost = {
    mode, monthlyUsd: e.openMonthlyUsd, gpuMonthlyUsd: e.gpuMonthlyUsd, facilitiesMonthlyUsd: e.facilitiesMonthlyUsd, staffMonthlyUsd: e.staffMonthlyUsd,
    startupCostUsd: startup.usd, startupWeeks: startup.weeks, costPerMTokUsd: tokensPerMonth.total > 0 ? e.openMonthlyUsd / (tokensPerMonth.total / 1e6) : 0,
    startupItems: startup.items, opsFte: e.opsFte, capitalOutlayUsd: mode === 'own' && price ? e.bought * (price.cardUsd + price.serverUsd) : 0,
  };
  const basis = { horizonMonths: horizon, growthPerMonth: growth, openMonthlyUsd: exact.open, closedMonthlyUsd: exact.closed };
  const derivations = input.detail === 'screen' ? undefined : {
    open: openDerivations(ctx, e, startup, exact),
    closed: e.closed && closed
      ? closedDerivations(e.closed, tokensPerMonth, { ...closedOpts(closed), basis: basisFigures('closed', exact) })
      : notApplicable('no closed API is allowed for this workload'),
  };
  const common = { tokensPerMonth, open: { deployment, cost }, closed: e.closed, basis, ...(derivations ? { derivations } : {}), context };
  if (input.detail === 'screen') {
    return ok({
      ...common, breakEven: { tokensPerMonth: null, utilization: null, note: 'not computed while screening candidates' },
      tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null }, volumeCurve: [], utilizationCurve: [], trafficCurve: [],
      sensitivity: [], probabilitySelfHostCheaper: null, assumptionsUsed: [],
    });
  }
  const atScale = makeCheapestEvaluator(ctx, choice.sizing.value.alternatives, evaluate);
  const scaleBasis = (s: Scenario): BasisResult => basisCost({ evaluate: atScale.lean, scenario: s, horizonMonths: horizon, growthPerMonth: growth, closedStartupUsd, sampleMonths: CURVE_MONTHS });
  const be = findBreakEven(scaleBasis, base);
  const ranges: SensitivityRanges = { gpuCost: gpuCostRange(ctx), speedBand: sized.errorBand, mode };
  const sampled = (s: Scenario): BasisResult => basisAt(s, SAMPLED_MONTHS);
  const curves = costCurves({ basisAt: scaleBasis, base, evaluation: e, schedule: p, monthlyOpenUsd: e.openMonthlyUsd });
  // One options object, its scenario set per draw (basisSavings keeps neither).
  const savingsOptions: BasisOptions = { evaluate: evaluate.lean, evaluateInto: evaluate.leanInto, scenario: base, horizonMonths: horizon, growthPerMonth: growth, closedStartupUsd, sampleMonths: SAMPLED_MONTHS };
  const savingsAt = (s: Scenario): number => {
    savingsOptions.scenario = s;
    return basisSavings(savingsOptions);
  };
  const mc = e.closed ? monteCarlo({ basisAt: sampled, savingsAt, base, ranges, runs: assumptions.monteCarloRuns, seed: assumptions.seed }) : null;
  return ok({
    ...common,
    breakEven: { tokensPerMonth: be.tokensPerMonth, utilization: be.utilization, note: breakEvenNote({ breakEven: be.tokensPerMonth, current: tokensPerMonth.total, selfHostCheaperToday: exact.closed === null ? null : exact.open < exact.closed, growthPerMonth: growth }) },
    tco: cumulativeTco(exact),
    ...curves,
    sensitivity: e.closed ? tornado(sampled, base, ranges) : [],
    probabilitySelfHostCheaper: mc?.probability ?? null,
    ...(mc ? { monteCarloDraws: mc.draws } : {}),
    assumptionsUsed: [...choice.notes, ...describeAssumptions({ input, mode, shape, slo, need, sized, policy, schedule: p, engineNote: ENGINE_PROFILES[engine].note })],
  });
}

const closedStartup = (engineerMonthlyCostUsd: number): number => (engineerMonthlyCostUsd * 12) / 52;

/** Mean of (1 + g)^m over m = 0..h-1: how much the average month exceeds today's under growth. */
function averageGrowth(g: number, h: number): number {
  if (g === 0) return 1;
  let s = 0;
  for (let m = 0; m < h; m++) s += (1 + g) ** m;
  return s / h;
}

/** GPU cost multipliers the draws may reach: the catalog's on-demand range over today's price (rent), or a wide band (own). */
function gpuCostRange(ctx: EvaluationContext): [number, number] {
  const r = ctx.sized.gpu.rentalUsdPerHour;
  if (ctx.mode === 'own' || !r) return [0.5, 2];
  const current = onDemandHourlyUsd(ctx.sized.gpu, ctx.assumptions) ?? rentalHourlyUsd(ctx.sized.gpu, ctx.assumptions, ctx.pricingContext) ?? r.typical;
  return [Math.min(1, r.low / current), Math.max(1, r.high / current)];
}
