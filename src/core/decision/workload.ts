import type { Catalog, ClosedModel } from '../catalog/schema.js';
import type { WorkloadCostAnalysis } from '../cost/contract.js';
import type { TeamStartupShare } from '../cost/contract.js';
import { costMemo, type CostMemo } from '../cost/memo.js';
import type { Assumptions, OwnedGpu, Team, Workload } from '../profile/index.js';
import type { Area, DealBreaker, Flip, Reason, Verdict, WorkloadReport } from '../report/types.js';
import { chooseClosedModel, openCandidates } from './candidates.js';
import { closedWindow, contextRequirement } from './context.js';
import { evaluateControl } from './control.js';
import { compareAmortized, compareCosts, costFlips, costReasons, type CostAnalyzer } from './cost.js';
import { evaluateSecurity } from './security.js';
import { formatPercent, formatUsd } from '../report/format.js';
import { QUALITY_TIERS } from '../profile/index.js';
import { qualityFromEvidence, type CitedEvidence } from './quality-evidence.js';
import { excludesInt4, INT4, qualityBar, scoreOf, sideBySide } from './quality.js';
import { channelUplift } from './security.js';
import type { Channel } from '../catalog/schema.js';

/** "Claude Sonnet 5.5 via Amazon Bedrock GovCloud (AWS (GovCloud US)): FedRAMP high, ...", with what the catalog could not verify. */
function channelLine(modelName: string, c: Channel, inRegion: boolean): string {
  const facts = [
    c.baa === true ? 'BAA' : '',
    c.zeroDataRetention === true ? 'zero retention' : '',
    c.fedramp && c.fedramp !== 'none' ? `FedRAMP ${c.fedramp}` : '',
    c.itar === true ? 'ITAR' : '',
    c.regions.length > 0 ? `in-region: ${c.regions.join(', ')}` : '',
  ].filter((x) => x !== '');
  const uplift = channelUplift(c, inRegion);
  const price = c.priceUplift === null ? 'price uplift not verified in the catalog (list price assumed): check with the provider' : uplift > 0 ? `+${Math.round(uplift * 100)}% over list price` : 'list price';
  const models = c.modelAvailability === 'assumed' ? `; ${modelName} on this channel not verified in the catalog: check with the provider` : '';
  const src = c.sources[0] ? ` [${c.sources[0].url.replace(/^https?:\/\//, '').split('/')[0] ?? ''} ${c.sources[0].asOf}]` : '';
  // A channel with no guarantee at all carries its caveat (a free tier that trains on content) into the line.
  const caveat = facts.length === 0 && c.notes ? `; ${c.notes.replace(/\.$/, '')}` : '';
  return `closed side: ${modelName} via ${c.name} (${c.operator}): ${facts.join(', ') || 'no compliance guarantees listed'}${caveat}; ${price}${models}${src}`;
}
import type { OpenModel } from '../catalog/schema.js';
import type { Precision } from '../profile/index.js';

/** Frontier and medical work: served at the release precision (bf16 releases at fp8), never re-quantised to int4. */
function highPrecision(m: OpenModel): Precision {
  if (INT4.includes(m.nativePrecision) || m.nativePrecision !== 'bf16') return m.nativePrecision;
  return 'fp8';
}

const TRAINING: Record<Workload['fineTuning'], string> = { none: '', lora: 'LoRA training', qlora: 'QLoRA training', full: 'full fine-tuning', 'continued-pretraining': 'continued-pretraining' };

/**
 * Time-to-first-token targets at or below this are checked on the API side too: under a second, the network round
 * trip, the provider's queueing and its prefill are a real share of the budget, and the catalog has no measured TTFT
 * for any API (only the self-hosted side is modelled).
 */
export const API_TTFT_CHECK_MS = 1000;

/** A sub-second TTFT target with an API in play: the API side's latency is unmodelled, so the report asks to measure it. */
function apiLatencyCheck(w: Workload, closed: ClosedModel | null, channelName: string | null, d: Decision, analysis: WorkloadCostAnalysis | null, openModel: OpenModel | null): { reason: Reason; flip: Flip | null } | null {
  const ttft = w.latency?.ttftMs;
  // Only where the API is really an option: not when a security or control deal breaker already rules it out.
  const ruledOut = d.area === 'security' || (d.area === 'control' && d.rule !== 'control.close-call' && d.rule !== 'control.quality-gap');
  if (ttft === undefined || ttft > API_TTFT_CHECK_MS || !closed || ruledOut) return null;
  const api = `${closed.name}${channelName ? ` via ${channelName}` : ''}`;
  const reason: Reason = { area: 'cost', favours: 'neutral', message: `${api}: its time to first token is not in the catalog; measure it against your ${ttft} ms target from where you serve (switchboard eval reports TTFT p50/p95) before relying on the API` };
  const dep = analysis?.open?.deployment;
  const flip = d.verdict === 'closed' && dep?.meetsLatencySlo && analysis?.open
    ? { area: 'cost' as const, message: `if ${api} misses the ${ttft} ms time-to-first-token target, self-hosting ${openModel?.name ?? dep.modelId} (~${Math.round(dep.ttftMs)} ms modelled) meets it at ${formatUsd(analysis.open.cost.monthlyUsd)}/month` }
    : null;
  return { reason, flip };
}

/** A model released in an int4 format (quantisation-aware trained) is served as released, never re-quantised to another int4 format. */
function asReleasedInt4(m: OpenModel): Precision | undefined {
  return INT4.includes(m.nativePrecision) ? m.nativePrecision : undefined;
}

/** The precision line for frontier and medical work, naming the model and the precision it is sized at. */
function precisionLine(w: Workload, model: OpenModel | null, precision: Precision | null): string {
  const work = w.quality === 'frontier' ? 'frontier' : 'medical';
  if (!model || !precision) return `${work} work is served at the model's release precision (bf16 releases at fp8), never re-quantised to int4`;
  if (INT4.includes(precision)) return `${work} work: ${model.name} runs at ${precision}, the precision it was released in (quantisation-aware trained), not re-quantised; other models are never re-quantised to int4`;
  const release = precision === model.nativePrecision ? 'as released' : `released in ${model.nativePrecision}`;
  return `${work} work: ${model.name} is served at ${precision} (${release}), never re-quantised to int4`;
}

/** A lower tier is mentioned when self-hosting it saves at least this share of the monthly cost. */
export const LOWER_TIER_SAVING = 0.5;
/** The lower tier's monthly figure needs no Monte Carlo: a few draws keep it cheap. */
const LOWER_TIER_RUNS = 20;

/**
 * "At the strong tier, X would cost $a/month instead of $b": information for self-hosted frontier or strong work whose
 * fleet is far more than a lower tier needs. Never a verdict: the tier is the team's call.
 */
export function lowerTierLine(w: Workload, monthlyUsd: number, size: (lowered: Workload) => { analysis: WorkloadCostAnalysis | null; openModel: OpenModel | null }): Reason | null {
  const rank = QUALITY_TIERS.indexOf(w.quality);
  if (rank <= 0) return null;
  const tier = QUALITY_TIERS[rank - 1]!;
  const r = size({ ...w, quality: tier });
  const open = r.analysis?.open;
  if (!open || !r.openModel || !open.deployment.meetsLatencySlo) return null;
  const saving = monthlyUsd - open.cost.monthlyUsd;
  if (monthlyUsd <= 0 || saving < LOWER_TIER_SAVING * monthlyUsd) return null;
  const d = open.deployment;
  return {
    area: 'cost',
    favours: 'neutral',
    message: `information, not the verdict: at the "${tier}" tier, ${r.openModel.name} (${d.precision}, ${d.gpuCount}x ${d.gpuId}) would self-host for ${formatUsd(open.cost.monthlyUsd)}/month instead of ${formatUsd(monthlyUsd)} (${formatPercent(saving / monthlyUsd)} less), if "${tier}" quality is enough for this work`,
  };
}

export interface DecideWorkloadInput {
  workload: Workload;
  team: Team;
  assumptions: Assumptions;
  catalog: Catalog;
  analyze: CostAnalyzer;
  /** This workload's share of team start-up (hiring once per team), from the portfolio pass; omitted: assessed alone. */
  teamShare?: TeamStartupShare | null;
  /** Owned GPUs still free for this workload; omitted: all the team owns. */
  ownedGpus?: readonly OwnedGpu[];
  /** Measured quality from `switchboard eval` (the workload's `qualityEvidence`), read at the CLI edge. */
  qualityEvidence?: CitedEvidence | undefined;
  /** The assessment's clock, for the evidence's age. */
  now?: Date | undefined;
  /** The assessment's memo of pure cost-model steps; omitted: one for this workload's analyses. */
  memo?: CostMemo | undefined;
  /**
   * 'screen' for a caller that reads only the analysis's open deployment and monthly cost (shared-fleet advice): the
   * cost comparison stops at screening (compareCosts) and the lower-tier line is not priced. Default 'full'.
   */
  costDetail?: 'full' | 'screen';
}

interface Decision {
  verdict: Verdict;
  area: Area;
  rule: string;
}

const AREA_ORDER: Record<Area, number> = { security: 0, cost: 1, control: 2 };

/**
 * The verdict, in the order the decision is really made: a security deal breaker first, then a
 * control requirement only self-hosting meets, then feasibility and quality, then cost; costs within
 * the close-call band go to the side the control reasons lean to.
 */
export function decideWorkload(input: DecideWorkloadInput): WorkloadReport {
  const { workload, team, assumptions, catalog, analyze } = input;
  const memo = input.memo ?? costMemo();
  const security = evaluateSecurity({ workload, team, catalog });
  const bar = qualityBar(workload, security.allowedClosed, catalog);
  const open = openCandidates(workload, catalog, bar);
  const closed = chooseClosedModel(workload, catalog, security.allowedClosed, bar);
  const strict = excludesInt4(workload) && assumptions.precision === undefined;
  const inRegion = security.requirements.includes('in-region');
  const channel = closed.model ? security.channelOf.get(closed.model.id) ?? null : null;
  const named = catalog.channels.length > 0 && channel !== null;
  // The channel's uplift replaces the provider API's in the cost model (a government cloud may charge on every request).
  const costCatalog = named && closed.model ? { ...catalog, providers: catalog.providers.map((p) => (p.id === closed.model?.provider ? { ...p, regionalUplift: channel.priceUplift ?? 0 } : p)) } : catalog;
  // Measured parity on the team's prompts replaces the benchmark gap, and its open model is the one sized.
  const measured = input.qualityEvidence && input.now ? qualityFromEvidence({ workload, cited: input.qualityEvidence, catalog, now: input.now, assessedOpen: open.models[0] ?? null, assessedClosed: closed.model }) : null;
  const costTeam: Team = security.mustOwnHardware ? { ...team, gpuAccess: 'own' } : team;
  const outcome = compareCosts({
    workload,
    team: costTeam,
    assumptions,
    catalog: costCatalog,
    candidates: measured?.openModel ? [measured.openModel] : open.models,
    preferred: open.domainModels,
    qualityOf: (m) => scoreOf(m, bar.referenceScore).value,
    closedModel: closed.model,
    regionalProcessing: named ? channelUplift(channel, inRegion) > 0 : inRegion,
    analyze,
    ...(input.teamShare !== undefined ? { teamShare: input.teamShare } : {}),
    ...(input.ownedGpus !== undefined ? { ownedGpus: input.ownedGpus } : {}),
    ...(strict ? { precisionFor: highPrecision } : assumptions.precision === undefined ? { precisionFor: asReleasedInt4 } : {}),
    memo,
    ...(input.costDetail === 'screen' ? { detail: 'screen' as const } : {}),
  });
  const analysis = outcome.analysis;
  const openModel = outcome.openModel ?? open.models[0] ?? null;
  const control = evaluateControl({ workload, openModel, closedModel: closed.model, openQualityGap: measured?.openQualityGap ?? open.qualityGap, closedQualityGap: closed.qualityGap, bar, measuredQuality: measured?.openQualityGap != null });
  const cmp = analysis ? compareAmortized(analysis, assumptions.horizonMonths) : null;

  let d: Decision;
  const securityBreaker = security.dealBreakers[0];
  const controlBreaker = control.dealBreakers[0];
  if (securityBreaker || (!closed.model && !closed.contextExcludedAll)) d = { verdict: 'open', area: 'security', rule: securityBreaker?.rule ?? 'security.no-closed-model' };
  else if (!closed.model) d = { verdict: 'open', area: 'control', rule: 'control.context-window' };
  else if (controlBreaker) d = { verdict: 'open', area: 'control', rule: controlBreaker.rule };
  else if (!analysis?.open) d = { verdict: 'closed', area: 'cost', rule: 'cost.open-infeasible' };
  else if (control.qualityGapDecides) d = { verdict: 'closed', area: 'control', rule: 'control.quality-gap' };
  else if (!analysis.open.deployment.meetsLatencySlo) d = { verdict: 'closed', area: 'cost', rule: 'cost.latency-slo' };
  else if (!cmp) d = { verdict: 'closed', area: 'cost', rule: 'cost.no-comparison' };
  else if (cmp.closeCall && control.lean !== 0) d = { verdict: control.lean > 0 ? 'open' : 'closed', area: 'control', rule: 'control.close-call' };
  else d = { verdict: cmp.cheaper, area: 'cost', rule: cmp.closeCall ? 'cost.close-call-cheaper' : 'cost.cheaper' };

  // Information, not a verdict: what the next lower tier would cost to self-host, when it saves a lot.
  const lower = input.costDetail !== 'screen' && d.verdict === 'open' && analysis?.open && !workload.openModel && !measured?.openModel
    ? lowerTierLine(workload, analysis.open.cost.monthlyUsd, (w) => {
      const b = qualityBar(w, security.allowedClosed, catalog);
      const o = openCandidates(w, catalog, b);
      const strictW = excludesInt4(w) && assumptions.precision === undefined;
      return compareCosts({
        workload: w, team: costTeam, assumptions: { ...assumptions, monteCarloRuns: Math.min(assumptions.monteCarloRuns, LOWER_TIER_RUNS) }, catalog: costCatalog,
        candidates: o.models, preferred: o.domainModels, qualityOf: (m) => scoreOf(m, b.referenceScore).value, closedModel: closed.model,
        regionalProcessing: named ? channelUplift(channel, inRegion) > 0 : inRegion, analyze,
        ...(input.teamShare !== undefined ? { teamShare: input.teamShare } : {}),
        ...(input.ownedGpus !== undefined ? { ownedGpus: input.ownedGpus } : {}),
        ...(strictW ? { precisionFor: highPrecision } : assumptions.precision === undefined ? { precisionFor: asReleasedInt4 } : {}),
        memo,
        // Only the lower tier's deployment and monthly cost are read.
        detail: 'screen',
      });
    })
    : null;
  const apiTtft = apiLatencyCheck(workload, closed.model, named ? channel.name : null, d, analysis, outcome.openModel);
  const reasons: Reason[] = [
    ...security.reasons,
    ...(named && closed.model ? [{ area: 'security' as const, favours: 'neutral' as const, message: channelLine(closed.model.name, channel, inRegion) }] : []),
    ...closed.notes,
    ...open.notes,
    ...costReasons({ analysis, outcome, team, assumptions, closedName: closed.model?.name ?? null, openName: outcome.openModel?.name ?? null, mustOwnHardware: security.mustOwnHardware, growthPerMonth: workload.growthPerMonth, closeCallToCheaper: d.rule === 'cost.close-call-cheaper' }),
    ...(workload.fineTuning !== 'none' && analysis ? [{ area: 'cost' as const, favours: 'neutral' as const, message: `${TRAINING[workload.fineTuning]} runs are not priced: both sides' figures are for serving only; budget the training GPU time (or the provider's tuning fees) separately` }] : []),
    ...control.reasons,
    { area: 'control' as const, favours: 'neutral' as const, message: sideBySide({ open: openModel, closed: closed.model, bar, tier: workload.quality }) },
    ...(strict ? [{ area: 'control' as const, favours: 'neutral' as const, message: precisionLine(workload, outcome.openModel, analysis?.open?.deployment.precision ?? null) }] : []),
    ...(measured?.reasons ?? []),
    ...(apiTtft ? [apiTtft.reason] : []),
    ...(lower ? [lower] : []),
  ].sort((a, b) => AREA_ORDER[a.area] - AREA_ORDER[b.area]);
  if (d.rule === 'control.close-call') {
    reasons.push({ area: 'control', favours: d.verdict, message: `with costs this close, control decides: it leans ${d.verdict === 'open' ? 'to self-hosting' : 'to the API'}` });
  }

  const flips: Flip[] = d.area === 'security' ? security.flips : d.rule === 'control.quality-gap' && measured?.openQualityGap ? measured.flips : d.area === 'control' && d.rule !== 'control.close-call' ? control.flips : [];
  if (measured?.openQualityGap === false && d.area !== 'security') flips.push(...measured.flips);
  if (apiTtft?.flip) flips.push(apiTtft.flip);
  if (d.rule === 'cost.latency-slo') flips.push({ area: 'cost', message: 'a looser latency SLO, or a faster GPU in the catalog, would let cost decide' });
  else if (d.area === 'cost' || d.rule === 'control.close-call') flips.push(...costFlips(analysis, d.verdict, workload.growthPerMonth, cmp?.cheaper ?? d.verdict));
  if (d.rule === 'control.close-call') flips.push({ area: 'cost', message: 'a cost difference of more than 15% would decide it on cost instead' });
  if (d.rule === 'control.context-window') {
    const largest = Math.max(...security.allowedClosed.map(closedWindow));
    flips.push({ area: 'control', message: `no allowed closed model holds ${contextRequirement(workload).tokens.toLocaleString('en-US')} tokens of context; at ${largest.toLocaleString('en-US')} or fewer, ${security.allowedClosed.length === 1 ? 'the API' : 'an API'} could be considered` });
  }

  const dealBreakers: DealBreaker[] = [...security.dealBreakers, ...control.dealBreakers];
  const dep = analysis?.open?.deployment;
  return {
    name: workload.name,
    verdict: d.verdict,
    dataClasses: [...workload.data],
    dataMayLeave: security.effectiveLevel,
    allowedDestinations: security.allowedDestinations,
    dealBreakers,
    reasons,
    flips,
    excludedClosedModels: security.excluded,
    cost: {
      closedMonthlyUsd: analysis?.closed?.monthlyUsd ?? null,
      openMonthlyUsd: analysis?.open?.cost.monthlyUsd ?? null,
      breakEvenTokensPerMonth: analysis?.breakEven.tokensPerMonth ?? null,
      startupCostUsd: (d.verdict === 'open' ? analysis?.open?.cost.startupCostUsd : analysis?.closed?.startupCostUsd) ?? null,
      tokensPerMonth: analysis?.tokensPerMonth.total ?? 0,
    },
    recommendation: {
      openModel: dep?.modelId ?? openModel?.id ?? null,
      precision: dep?.precision ?? null,
      gpu: dep?.gpuId ?? null,
      gpuCount: dep?.gpuCount ?? null,
      closedModel: closed.model?.id ?? null,
      ...(named ? { closedChannel: channel.name } : {}),
    },
    analysis,
    decidedBy: { area: d.area, rule: d.rule },
    impliedDataMayLeave: security.impliedLevel,
    closedRequirements: [...security.requirements],
    region: security.region,
    ...(analysis?.derivations ? { derivations: analysis.derivations } : {}),
    requiredContextTokens: contextRequirement(workload).tokens,
    ...(measured ? { qualityEvidence: measured.summary } : {}),
  };
}
