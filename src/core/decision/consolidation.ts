/**
 * Portfolio consolidation: self-hosted workloads that may share infrastructure served by ONE model on ONE fleet,
 * sized for their combined traffic. Advice only: it never changes a workload's verdict.
 *
 * Who may share (SHARING_RULE): workloads whose verdict is self-hosting, in the same region, and on the same side of
 * the air gap. An air-gapped workload runs on owned hardware with no network path in or out, so it shares only with
 * other air-gapped workloads; every other residency level (own-infrastructure-only, in-region, BAA) is met by any
 * fleet the team runs itself in that region, and the shared fleet takes the strictest level of its members. A
 * workload fully fine-tuned (full or continued pre-training) keeps its own weights and is left out; LoRA/QLoRA
 * work is served as adapters on the shared base model.
 *
 * The shared deployment is sized by the same decision and cost path as any workload (candidates, quality bar,
 * precision policy, context, latency SLO, capacity sizing), for a synthetic workload that is the union of the members:
 * the highest quality tier, the longest context, the strictest latency SLO, every request, and the members' hourly
 * curves added up (peaks coincide when they do).
 */
import type { Catalog } from '../catalog/schema.js';
import { trafficShape } from '../capacity/index.js';
import { DATA_MAY_LEAVE, qualityRank, strictness, type Assumptions, type Domain, type Profile, type Team, type Workload } from '../profile/index.js';
import { formatPercent, formatUsd } from '../report/format.js';
import type { Consolidation, WorkloadReport } from '../report/types.js';
import { ADAPTER_THROUGHPUT_LOSS } from './adapter-overhead.js';
import { contextRequirement } from './context.js';
import type { CostMemo } from '../cost/memo.js';
import type { CostAnalyzer } from './cost.js';
import { decideWorkload } from './workload.js';

export const SHARING_RULE =
  'self-hosted workloads share a fleet when they are in the same region and on the same side of the air gap (air-gapped work shares only with air-gapped work); the shared fleet keeps the strictest data-residency level of its members; fully fine-tuned models keep their own fleet';

/** Consolidation is worth reporting only when it saves at least this share of the separate fleets. */
export const MIN_SAVING_SHARE = 0.1;

const ADAPTER_TUNING: readonly Workload['fineTuning'][] = ['none', 'lora', 'qlora'];

export interface ConsolidationInput {
  profile: Profile;
  catalog: Catalog;
  analyze: CostAnalyzer;
  reports: readonly WorkloadReport[];
  /** The assessment's memo of pure cost-model steps. */
  memo?: CostMemo | undefined;
}

/** The groups of self-hosted workloads that may share a fleet, by region and air gap, in profile order. */
export function sharingGroups(profile: Profile, reports: readonly WorkloadReport[]): { members: number[]; left: { name: string; reason: string }[] }[] {
  const groups = new Map<string, { members: number[]; left: { name: string; reason: string }[] }>();
  reports.forEach((r, i) => {
    const w = profile.workloads[i];
    if (!w || r.verdict !== 'open' || !r.analysis?.open) return;
    const key = `${r.region ?? w.region ?? profile.team.region}|${r.dataMayLeave === 'air-gapped' ? 'air-gapped' : 'connected'}`;
    const g = groups.get(key) ?? { members: [], left: [] };
    if (ADAPTER_TUNING.includes(w.fineTuning)) g.members.push(i);
    else g.left.push({ name: w.name, reason: `${w.fineTuning} fine-tuning keeps its own model weights` });
    groups.set(key, g);
  });
  return [...groups.values()].filter((g) => g.members.length >= 2);
}

/** medical when any member is medical (strict precision, the medical bar); else the one specialised domain; else general. */
function sharedDomain(ws: readonly Workload[]): Domain {
  const domains = new Set(ws.map((w) => w.domain));
  if (domains.has('medical')) return 'medical';
  const special = [...domains].filter((d) => d !== 'general');
  return special.length === 1 ? special[0]! : 'general';
}

/** The union of the members as one workload: every request, the hardest requirement of each kind. */
export function combinedWorkload(ws: readonly Workload[], levels: readonly WorkloadReport['dataMayLeave'][]): Workload {
  const first = ws[0]!;
  const requests = ws.reduce((s, w) => s + w.requestsPerDay, 0);
  const mean = (f: (w: Workload) => number): number => (requests > 0 ? ws.reduce((s, w) => s + w.requestsPerDay * f(w), 0) / requests : f(first));
  // Each member's requests per hour of an active day, added up: coinciding peaks stack, offset ones do not.
  const hourly = Array.from({ length: 24 }, (_, h) => ws.reduce((s, w) => s + w.requestsPerDay * (trafficShape(w).hourlyShare[h] ?? 0), 0));
  const ttft = ws.flatMap((w) => (w.latency?.ttftMs !== undefined ? [w.latency.ttftMs] : []));
  const tps = ws.flatMap((w) => (w.latency?.outputTokensPerSecond !== undefined ? [w.latency.outputTokensPerSecond] : []));
  const level = DATA_MAY_LEAVE[Math.max(...levels.map(strictness))] ?? 'air-gapped';
  const pins = new Set(ws.flatMap((w) => (w.openModel ? [w.openModel] : [])));
  const { peakToAverage: _p, openModel: _o, closedModel: _c, qualityEvidence: _q, maxContextTokens: _m, latency: _l, description: _d, ...rest } = first;
  return {
    ...rest,
    name: ws.map((w) => w.name).join('+'),
    data: [...new Set(ws.flatMap((w) => w.data))],
    regulations: [...new Set(ws.flatMap((w) => w.regulations))],
    dataMayLeave: level,
    requestsPerDay: requests,
    inputTokens: mean((w) => w.inputTokens),
    outputTokens: mean((w) => w.outputTokens),
    maxContextTokens: Math.max(...ws.map((w) => contextRequirement(w).tokens)),
    cachedInputShare: 0,
    batchShare: 0,
    hourlyTraffic: requests > 0 ? hourly : Array.from({ length: 24 }, () => 1),
    production: ws.some((w) => w.production),
    activeDaysPerWeek: Math.max(...ws.map((w) => w.activeDaysPerWeek)),
    growthPerMonth: mean((w) => w.growthPerMonth),
    ...(ttft.length > 0 || tps.length > 0 ? { latency: { ...(ttft.length > 0 ? { ttftMs: Math.min(...ttft) } : {}), ...(tps.length > 0 ? { outputTokensPerSecond: Math.max(...tps) } : {}) } } : {}),
    quality: ws.reduce((q, w) => (qualityRank(w.quality) > qualityRank(q) ? w.quality : q), first.quality),
    domain: sharedDomain(ws),
    fineTuning: ws.some((w) => w.fineTuning !== 'none') ? 'lora' : 'none',
    ownWeights: ws.some((w) => w.ownWeights),
    lockInTolerance: first.lockInTolerance,
    ...(pins.size === 1 ? { openModel: [...pins][0]! } : {}),
  };
}

/** One shared deployment per group of two or more self-hosted workloads that may share, when it is feasible and meets every SLO. */
export function consolidate(input: ConsolidationInput): Consolidation[] {
  const { profile, catalog, analyze, reports } = input;
  const out: Consolidation[] = [];
  for (const g of sharingGroups(profile, reports)) {
    const ws = g.members.map((i) => profile.workloads[i]!);
    const rs = g.members.map((i) => reports[i]!);
    const pins = new Set(ws.flatMap((w) => (w.openModel ? [w.openModel] : [])));
    if (pins.size > 1) continue; // members pinned to different models: nothing to share
    const adapters = ws.filter((w) => w.fineTuning !== 'none').map((w) => w.name);
    // Adapters cannot be merged into shared weights: with them enabled every batch runs slower, so the fleet is sized
    // for proportionally more traffic (the reported request count stays the real one).
    const perRequest = adapters.length > 0 ? 1 / (1 - ADAPTER_THROUGHPUT_LOSS) : 1;
    const real = combinedWorkload(ws, rs.map((r) => r.dataMayLeave));
    const merged = perRequest === 1 ? real : { ...real, requestsPerDay: real.requestsPerDay * perRequest };
    const shared = decideWorkload({ workload: merged, team: teamFor(profile.team, rs), assumptions: sharedAssumptions(profile.assumptions), catalog, analyze, memo: input.memo, costDetail: 'screen' });
    const open = shared.analysis?.open;
    if (!open?.deployment.meetsLatencySlo) continue;
    const separate = rs.reduce((s, r) => s + (r.cost.openMonthlyUsd ?? 0), 0);
    const monthly = open.cost.monthlyUsd;
    const saving = separate - monthly;
    if (separate <= 0 || saving < MIN_SAVING_SHARE * separate) continue;
    const d = open.deployment;
    const name = catalog.openModels.find((m) => m.id === d.modelId)?.name ?? d.modelId;
    const members = ws.map((w) => w.name);
    const busy = d.utilization > 0 && d.utilization < 0.005 ? '<1%' : formatPercent(d.utilization);
    out.push({
      workloads: members,
      openModel: d.modelId,
      precision: d.precision,
      gpu: d.gpuId,
      gpuCount: d.gpuCount,
      monthlyUsd: monthly,
      separateMonthlyUsd: separate,
      savingMonthlyUsd: saving,
      utilization: d.utilization,
      sizedFor: {
        requestsPerDay: real.requestsPerDay,
        quality: merged.quality,
        domain: merged.domain,
        contextTokens: merged.maxContextTokens ?? contextRequirement(merged).tokens,
        ...(merged.latency?.ttftMs !== undefined ? { ttftMs: merged.latency.ttftMs } : {}),
        ...(merged.latency?.outputTokensPerSecond !== undefined ? { outputTokensPerSecond: merged.latency.outputTokensPerSecond } : {}),
        dataMayLeave: merged.dataMayLeave ?? 'air-gapped',
      },
      message: `serve ${members.join(', ')} from one ${name} deployment (${d.precision}, ${d.gpuCount}x ${d.gpuId}, ~${busy} busy): ${formatUsd(monthly)}/month instead of ${formatUsd(separate)}/month on separate fleets, saving ${formatUsd(saving)}/month (${formatPercent(saving / separate)})`,
      caveats: [
        `sized for the members' combined traffic (${Math.round(real.requestsPerDay).toLocaleString('en-US')} requests on a day all are active, hourly curves added) at the highest tier (${merged.quality}, ${merged.domain}), the longest context (${(merged.maxContextTokens ?? 0).toLocaleString('en-US')} tokens) and the strictest latency SLO`,
        'noisy neighbours: one member\'s burst queues the others\' requests; keep per-workload rate limits or priorities at the gateway',
        'one failure domain: an outage or a bad model upgrade stops every member at once',
        ...(adapters.length > 0
          ? [
              `${adapters.join(', ')} ${adapters.length === 1 ? 'is' : 'are'} served as ${adapters.length === 1 ? 'a LoRA adapter' : 'LoRA adapters'} on the shared base model, unmerged: the fleet is sized for ${formatPercent(perRequest - 1)} more traffic because serving with adapters enabled costs throughput (a ${formatPercent(ADAPTER_THROUGHPUT_LOSS)} prior: vLLM measured -4% to -34% by engine version); adapter training is not priced`,
            ]
          : []),
        ...g.left.map((l) => `${l.name} is left out: ${l.reason}`),
        'per-workload verdicts and the plan total are unchanged; the consolidated total is given separately',
      ],
    });
  }
  return out;
}

/** The shared fleet is bought when any member must own its hardware. */
function teamFor(team: Team, rs: readonly WorkloadReport[]): Team {
  return rs.some((r) => r.dataMayLeave === 'air-gapped') ? { ...team, gpuAccess: 'own' } : team;
}

/** The shared fleet is sized with the profile's assumptions; the Monte Carlo is not needed for a monthly figure. */
function sharedAssumptions(a: Assumptions): Assumptions {
  return { ...a, monteCarloRuns: Math.min(a.monteCarloRuns, 100) };
}
