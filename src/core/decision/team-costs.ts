/**
 * Costs that belong to the team, not to one workload, decided for the whole portfolio:
 * - hiring: a team with no ML engineer hires once, whatever the number of self-hosted workloads; each
 *   self-hosted workload carries an equal share, and only workloads still cheaper with their share stay open;
 * - owned GPUs: one pool, given first to workloads that must self-host, then in profile order.
 */
import type { Catalog } from '../catalog/schema.js';
import type { CitedEvidence } from './quality-evidence.js';
import type { TeamStartupShare } from '../cost/contract.js';
import { costMemo, type CostMemo } from '../cost/memo.js';
import type { OwnedGpu, Profile } from '../profile/index.js';
import type { WorkloadReport } from '../report/types.js';
import type { CostAnalyzer } from './cost.js';
import { decideWorkload } from './workload.js';

const WEEKS_PER_MONTH = 52 / 12;

export interface PortfolioDecisionInput {
  profile: Profile;
  catalog: Catalog;
  analyze: CostAnalyzer;
  /** Per workload name: measured quality from `switchboard eval` (docs/eval.md), and the clock for its age. */
  qualityEvidence?: ReadonlyMap<string, CitedEvidence> | undefined;
  now?: Date | undefined;
  /** The assessment's memo of pure cost-model steps; omitted: one for this portfolio. */
  memo?: CostMemo | undefined;
}

const forced = (w: WorkloadReport): boolean => w.verdict === 'open' && (w.decidedBy?.area === 'security' || (w.decidedBy?.area === 'control' && w.decidedBy.rule !== 'control.close-call' && w.decidedBy.rule !== 'control.quality-gap'));

export function decidePortfolio(input: PortfolioDecisionInput): WorkloadReport[] {
  const { profile, catalog, analyze } = input;
  const { team, assumptions } = profile;
  // Passes re-decide the same workloads: sizing, shapes and closed bills are shared by all of them.
  const memo = input.memo ?? costMemo();
  const pool = team.gpuAccess === 'own' ? (team.ownedGpus ?? []) : [];

  /** One pass: decide every workload with its hiring share, handing out the owned GPU pool in `order`. */
  const pass = (shareOf: (i: number) => TeamStartupShare | null, order: readonly number[]): WorkloadReport[] => {
    const out: WorkloadReport[] = new Array<WorkloadReport>(profile.workloads.length);
    const left = new Map<string, number>(pool.map((g) => [g.gpu.toLowerCase(), 0]));
    for (const g of pool) left.set(g.gpu.toLowerCase(), (left.get(g.gpu.toLowerCase()) ?? 0) + g.count);
    for (const i of order) {
      const free: OwnedGpu[] = [...left].filter(([, n]) => n > 0).map(([gpu, count]) => ({ gpu, count }));
      const r = decideWorkload({
        workload: profile.workloads[i]!, team, assumptions, catalog, analyze, teamShare: shareOf(i), ...(pool.length > 0 ? { ownedGpus: free } : {}),
        qualityEvidence: input.qualityEvidence?.get(profile.workloads[i]!.name), now: input.now, memo,
      });
      const dep = r.analysis?.open?.deployment;
      if (r.verdict === 'open' && dep?.ownedGpusUsed) left.set(dep.gpuId, Math.max(0, (left.get(dep.gpuId) ?? 0) - dep.ownedGpusUsed));
      out[i] = r;
    }
    return out;
  };

  const profileOrder = profile.workloads.map((_, i) => i);
  const hiring = team.mlEngineers === 0 ? { hiringUsd: assumptions.recruitingCostUsd, hiringWeeks: assumptions.hiringMonths * WEEKS_PER_MONTH } : null;
  // Who self-hosts with no hiring cost at all: an upper bound on the set that will share it.
  let reports = pass(() => null, profileOrder);
  // Workloads that must self-host get owned GPUs first.
  const order = [...profileOrder].sort((a, b) => Number(forced(reports[b]!)) - Number(forced(reports[a]!)) || a - b);
  if (pool.length > 0) reports = pass(() => null, order);
  if (!hiring) return reports;
  let open = new Set(reports.flatMap((w, i) => (w.verdict === 'open' ? [i] : [])));
  // Share the hiring among the self-hosted workloads; drop those no longer cheaper with their share, and repeat.
  for (let round = 0; round <= profile.workloads.length; round++) {
    // A workload outside the set would be one more to share with.
    reports = pass((i) => ({ ...hiring, sharedWith: open.has(i) ? open.size : open.size + 1 }), order);
    const still = new Set([...open].filter((i) => reports[i]!.verdict === 'open'));
    if (still.size === open.size) break;
    open = still;
  }
  return reports;
}
