import type { Catalog, ClosedModel, OpenModel } from '../catalog/schema.js';
import type { CostAnalysisInput, TeamStartupShare, WorkloadCostAnalysis } from '../cost/contract.js';
import type { CostMemo } from '../cost/memo.js';
import type { Assumptions, OwnedGpu, Team, Workload } from '../profile/index.js';
import type { Result } from '../result.js';
import type { Flip, Reason, Verdict } from '../report/types.js';
import { formatPercent, formatTokens, formatUsd } from '../report/format.js';

/** The cost model, injected so the decision engine is testable on its own (see cost/contract.ts). */
export type CostAnalyzer = (input: CostAnalysisInput) => Result<WorkloadCostAnalysis>;

/** Costs within this share of each other are a close call that control decides. */
export const CLOSE_CALL_BAND = 0.15;
/** Open candidates whose monthly costs are within this share of each other tie on cost: the higher quality score wins. */
export const OPEN_TIE_BAND = 0.05;
/** Candidates are screened on today's cost alone (and this many draws); the winner is re-run in full with the profile's. */
const SCREENING_RUNS = 100;

export interface CostOutcome {
  analysis: WorkloadCostAnalysis | null;
  openModel: OpenModel | null;
  /** Why candidates could not be served, by model id. */
  infeasible: { modelId: string; reason: string }[];
}

export interface CompareCostsInput {
  workload: Workload;
  team: Team;
  assumptions: Assumptions;
  catalog: Catalog;
  candidates: readonly OpenModel[];
  /** Ids of domain models: a feasible one wins over a cheaper general model. */
  preferred?: ReadonlySet<string>;
  closedModel: ClosedModel | null;
  regionalProcessing: boolean;
  analyze: CostAnalyzer;
  /** This workload's share of team start-up (hiring once per team); omitted: assessed alone. */
  teamShare?: TeamStartupShare | null;
  /** Owned GPUs still free for this workload; omitted: all the team owns. */
  ownedGpus?: readonly OwnedGpu[];
  /** A candidate's score on the common quality scale: near-equal costs go to the better model. */
  qualityOf?: (model: OpenModel) => number;
  /** A weight precision a candidate must be served at (quality policy, e.g. no int4 for frontier work); undefined: the sizer chooses. */
  precisionFor?: (model: OpenModel) => Assumptions['precision'];
  /** The assessment's memo of pure cost-model steps, handed to every analysis. */
  memo?: CostMemo | undefined;
  /**
   * 'screen': the caller reads only the winner's deployment and monthly cost (a lower tier's figure, shared-fleet
   * advice), which screening computes exactly as a full analysis does: every candidate is screened and the winner is
   * not re-run in full (no break-even, TCO, curves, sensitivity or Monte Carlo). Default 'full'.
   */
  detail?: 'full' | 'screen';
}

const openFeasible = (a: WorkloadCostAnalysis): boolean => a.open !== null;
const meetsSlo = (a: WorkloadCostAnalysis): boolean => a.open?.deployment.meetsLatencySlo ?? false;

/** Sizes and prices every candidate, keeps the cheapest feasible one (meeting the latency SLO first). */
export function compareCosts(input: CompareCostsInput): CostOutcome {
  const { candidates, analyze } = input;
  const base = {
    workload: input.workload, team: input.team, catalog: input.catalog, closedModelId: input.closedModel?.id ?? null, regionalProcessing: input.regionalProcessing,
    ...(input.teamShare !== undefined ? { teamShare: input.teamShare } : {}), ...(input.ownedGpus !== undefined ? { ownedGpus: input.ownedGpus } : {}),
    ...(input.memo ? { memo: input.memo } : {}),
  };
  const withPrecision = (a: Assumptions, m: OpenModel): Assumptions => {
    const precision = input.precisionFor?.(m);
    return precision === undefined ? a : { ...a, precision };
  };
  const screenOnly = input.detail === 'screen';
  const screening = candidates.length > 1 || screenOnly ? { ...input.assumptions, monteCarloRuns: Math.min(SCREENING_RUNS, input.assumptions.monteCarloRuns) } : input.assumptions;
  const infeasible: CostOutcome['infeasible'] = [];
  let best: { model: OpenModel; analysis: WorkloadCostAnalysis; preferred: boolean } | undefined;
  let fallback: WorkloadCostAnalysis | undefined;
  for (const model of candidates) {
    const r = analyze({ ...base, assumptions: withPrecision(screening, model), openModelId: model.id, ...(screening === input.assumptions ? {} : { detail: 'screen' as const }) });
    if (!r.ok) {
      infeasible.push({ modelId: model.id, reason: r.issues.map((i) => i.message).join('; ') });
      continue;
    }
    fallback ??= r.value;
    if (!openFeasible(r.value)) {
      infeasible.push({ modelId: model.id, reason: r.value.infeasibleReason ?? 'does not fit any catalog GPU' });
      continue;
    }
    const preferred = input.preferred?.has(model.id) ?? false;
    const q = (m: OpenModel): number | undefined => input.qualityOf?.(m);
    if (!best || (preferred && !best.preferred) || (preferred === best.preferred && better(r.value, best.analysis, q(model), q(best.model)))) best = { model, analysis: r.value, preferred };
  }
  if (!best) return { analysis: fallback ?? null, openModel: null, infeasible };
  if (screening === input.assumptions || screenOnly) return { analysis: best.analysis, openModel: best.model, infeasible };
  const full = analyze({ ...base, assumptions: withPrecision(input.assumptions, best.model), openModelId: best.model.id });
  return { analysis: full.ok ? full.value : best.analysis, openModel: best.model, infeasible };
}

/** Meeting the SLO first; then cost, except that costs within OPEN_TIE_BAND go to the higher quality score (quality per dollar). */
function better(a: WorkloadCostAnalysis, b: WorkloadCostAnalysis, qualityA?: number, qualityB?: number): boolean {
  if (meetsSlo(a) !== meetsSlo(b)) return meetsSlo(a);
  const ca = a.open?.cost.monthlyUsd ?? Infinity;
  const cb = b.open?.cost.monthlyUsd ?? Infinity;
  const tie = Number.isFinite(ca) && Number.isFinite(cb) && Math.abs(ca - cb) <= OPEN_TIE_BAND * Math.max(ca, cb);
  if (tie && qualityA !== undefined && qualityB !== undefined && qualityA !== qualityB) return qualityA > qualityB;
  return ca < cb;
}

/** Monthly cost with the start-up cost spread over the horizon: the figure the two sides are compared on (flat volume). */
export function amortizedMonthly(monthly: number, startup: number, horizonMonths: number): number {
  return monthly + startup / horizonMonths;
}

/** The cost basis (cost/basis.ts): the average month over the horizon, growth and start-up included. */
function basisOf(analysis: WorkloadCostAnalysis, horizonMonths: number): { open: number; closed: number } | null {
  if (!analysis.open || !analysis.closed) return null;
  const b = analysis.basis;
  if (b && b.openMonthlyUsd !== null && b.closedMonthlyUsd !== null) return { open: b.openMonthlyUsd, closed: b.closedMonthlyUsd };
  return {
    open: amortizedMonthly(analysis.open.cost.monthlyUsd, analysis.open.cost.startupCostUsd, horizonMonths),
    closed: amortizedMonthly(analysis.closed.monthlyUsd, analysis.closed.startupCostUsd, horizonMonths),
  };
}

export interface CostComparison {
  openUsd: number;
  closedUsd: number;
  /** (closed - open) / the larger: > 0 when self-hosting is cheaper. */
  savingsShare: number;
  closeCall: boolean;
  cheaper: Verdict;
}

export function compareAmortized(analysis: WorkloadCostAnalysis, horizonMonths: number): CostComparison | null {
  const b = basisOf(analysis, horizonMonths);
  if (!b) return null;
  const openUsd = b.open;
  const closedUsd = b.closed;
  const savingsShare = Math.max(openUsd, closedUsd) > 0 ? (closedUsd - openUsd) / Math.max(openUsd, closedUsd) : 0;
  return { openUsd, closedUsd, savingsShare, closeCall: Math.abs(savingsShare) <= CLOSE_CALL_BAND, cheaper: savingsShare > 0 ? 'open' : 'closed' };
}

/** "40%" for moderate gaps, "12x" once one side costs less than half the other. */
function howMuch(cmp: CostComparison): string {
  const lo = Math.min(cmp.openUsd, cmp.closedUsd);
  const hi = Math.max(cmp.openUsd, cmp.closedUsd);
  if (lo > 0 && hi / lo >= 2) return `${hi / lo >= 10 ? Math.round(hi / lo) : (hi / lo).toFixed(1)}x`;
  return formatPercent(Math.abs(cmp.savingsShare));
}

export interface CostNarrativeInput {
  analysis: WorkloadCostAnalysis | null;
  outcome: CostOutcome;
  team: Team;
  assumptions: Assumptions;
  closedName: string | null;
  openName: string | null;
  mustOwnHardware: boolean;
  growthPerMonth?: number;
  /** The close call went to the cheaper side because nothing else leaned (`cost.close-call-cheaper`). */
  closeCallToCheaper?: boolean;
}

/** The cost & resources reasons, in the order a reader needs them: both prices, the comparison, start-up. */
export function costReasons(input: CostNarrativeInput): Reason[] {
  const { analysis, team, assumptions } = input;
  const reasons: Reason[] = [];
  if (!analysis) return [{ area: 'cost', favours: 'neutral', message: 'no cost analysis was possible: no open model in the catalog could be sized' }];
  const tokens = formatTokens(analysis.tokensPerMonth.total);
  if (analysis.closed && input.closedName) {
    reasons.push({ area: 'cost', favours: 'neutral', message: `${input.closedName} API: ${formatUsd(analysis.closed.monthlyUsd)}/month for ${tokens} tokens/month` });
  }
  if (analysis.open && input.openName) {
    const d = analysis.open.deployment;
    const c = analysis.open.cost;
    reasons.push({
      area: 'cost',
      favours: 'neutral',
      message: `self-hosted ${input.openName} (${d.precision}, ${d.gpuCount}x ${d.gpuId}, ${c.mode === 'own' ? 'owned' : 'rented'}): ${formatUsd(c.monthlyUsd)}/month incl. ${formatUsd(c.staffMonthlyUsd)} staff, ${d.utilization > 0 && d.utilization < 0.005 ? '<1%' : formatPercent(d.utilization)} busy`,
    });
    if (!d.meetsLatencySlo) {
      reasons.push({ area: 'cost', favours: 'closed', message: `the self-hosted option misses the latency SLO (TTFT ~${Math.round(d.ttftMs)} ms, ~${Math.round(1000 / d.tpotMs)} tokens/s per stream)` });
    }
  } else {
    const why = input.outcome.infeasible.map((i) => `${i.modelId}: ${i.reason}`).join('; ');
    reasons.push({ area: 'cost', favours: 'closed', message: `no open candidate can be served within the catalog's GPUs${why ? ` (${why})` : ''}` });
  }
  const cmp = compareAmortized(analysis, assumptions.horizonMonths);
  if (cmp) {
    const pct = formatPercent(Math.abs(cmp.savingsShare));
    const growth = input.growthPerMonth ? `, volume growing ${formatPercent(input.growthPerMonth)} a month` : '';
    const basis = `start-up spread over ${assumptions.horizonMonths} months${growth}`;
    reasons.push(
      cmp.closeCall
        ? input.closeCallToCheaper
          ? { area: 'cost', favours: cmp.cheaper, message: `costs are within ${formatPercent(CLOSE_CALL_BAND)} (${pct} apart, ${basis}): a close call; control has no net lean, so the cheaper side is taken (${cmp.cheaper === 'open' ? 'self-hosting' : 'the API'})` }
          : { area: 'cost', favours: 'neutral', message: `costs are within ${formatPercent(CLOSE_CALL_BAND)} (${pct} apart, ${basis}): a close call` }
        : { area: 'cost', favours: cmp.cheaper, message: `${cmp.cheaper === 'open' ? 'self-hosting' : 'the API'} is ${howMuch(cmp)} cheaper: ${formatUsd(Math.min(cmp.openUsd, cmp.closedUsd))} vs ${formatUsd(Math.max(cmp.openUsd, cmp.closedUsd))}/month, ${basis}` },
    );
  }
  if (cmp && analysis.probabilitySelfHostCheaper !== null) {
    // How robust the comparison is to the uncertain inputs (GPU price, model speed, volume, API price, operations).
    const p = analysis.probabilitySelfHostCheaper;
    const draws = analysis.monteCarloDraws ?? assumptions.monteCarloRuns;
    const n = draws.toLocaleString('en-US');
    const share = p === 0 ? `none of ${n}` : p === 1 ? `all ${n}` : `${p < 0.005 ? '<1%' : p > 0.995 ? '>99%' : formatPercent(p)} of ${n}`;
    reasons.push({ area: 'cost', favours: 'neutral', message: `uncertainty: self-hosting comes out cheaper in ${share} Monte Carlo draws (GPU price, model speed, volume, API price, operations)` });
  }
  if (analysis.open) {
    const c = analysis.open.cost;
    const extras: string[] = [];
    const hiring = c.startupItems?.find((i) => i.scope === 'team');
    if (hiring) {
      extras.push(hiring.sharedWith && hiring.sharedWith > 1
        ? `a 1/${hiring.sharedWith} share of hiring an ML engineer (once per team: ~${assumptions.hiringMonths} months, ${formatUsd(assumptions.recruitingCostUsd)} recruiting, shared by ${hiring.sharedWith} self-hosted workloads)`
        : `hiring an ML engineer (~${assumptions.hiringMonths} months, ${formatUsd(assumptions.recruitingCostUsd)} recruiting, once per team)`);
    } else if (team.mlEngineers === 0 && !c.startupItems) extras.push(`hiring an ML engineer (~${assumptions.hiringMonths} months, ${formatUsd(assumptions.recruitingCostUsd)} recruiting)`);
    if (team.gpuAccess === 'none' && !input.mustOwnHardware) extras.push('arranging GPU rental (no GPU access today)');
    if (input.mustOwnHardware && team.gpuAccess !== 'own') extras.push('buying GPUs: air-gapped data cannot use rented cloud GPUs');
    reasons.push({
      area: 'cost',
      favours: extras.length > 0 ? 'closed' : 'neutral',
      message: `self-hosting takes ${formatUsd(c.startupCostUsd)} and ~${Math.round(c.startupWeeks)} weeks to start${extras.length ? `, including ${extras.join(' and ')}` : ''}`,
    });
    if (c.capitalOutlayUsd) {
      reasons.push({ area: 'cost', favours: 'neutral', message: `buying ${analysis.open.deployment.gpusBought ?? 0} GPUs takes ${formatUsd(c.capitalOutlayUsd)} of cash when ordered; it is amortised in the monthly cost, not counted again in start-up` });
    }
  }
  return reasons;
}

/**
 * The volume at which the cost comparison would flip, in words. `cheaper` is the side cheaper today on the cost
 * basis (the verdict, unless control settled a close call the other way).
 */
export function costFlips(analysis: WorkloadCostAnalysis | null, verdict: Verdict, growthPerMonth = 0, cheaper: Verdict = verdict): Flip[] {
  if (!analysis?.closed || !analysis.open) return [];
  const be = analysis.breakEven.tokensPerMonth;
  const now = formatTokens(analysis.tokensPerMonth.total);
  if (be === null) {
    return cheaper === 'closed' ? [{ area: 'cost', message: `self-hosting does not become cheaper than the API at any volume under these assumptions (${analysis.breakEven.note})` }] : [];
  }
  const current = analysis.tokensPerMonth.total;
  // Whole-GPU steps (and growth) can make the costs cross more than once: a first crossing on the far side of today's
  // volume does not describe what would flip today's comparison, so it is not offered as one.
  if ((cheaper === 'closed' && be > 0 && be <= current) || (cheaper === 'open' && be >= current && current > 0)) {
    return [{ area: 'cost', message: `no single break-even volume: self-hosting costs the same as the API at ${formatTokens(be)} tokens/month, yet at today's ${now} ${cheaper === 'closed' ? 'the API' : 'self-hosting'} is cheaper (whole-GPU steps${growthPerMonth !== 0 ? ' and growth' : ''} make the costs cross more than once)` }];
  }
  const flips: Flip[] =
    cheaper === 'closed'
      ? [{ area: 'cost', message: `self-hosting becomes cheaper above ${formatTokens(be)} tokens/month (now ${now})`, tokensPerMonth: be }]
      : [{ area: 'cost', message: `below ${formatTokens(be)} tokens/month (now ${now}) the API would be cheaper`, tokensPerMonth: be }];
  const crossing = (growthPerMonth > 0 && cheaper === 'closed' && be > current) || (growthPerMonth < 0 && cheaper === 'open' && be < current);
  if (crossing && current > 0) {
    const months = Math.ceil(Math.log(be / current) / Math.log(1 + growthPerMonth));
    flips.push({ area: 'cost', message: `at ${formatPercent(growthPerMonth)} growth a month, volume crosses the break-even in about ${months} months` });
  }
  return flips;
}
