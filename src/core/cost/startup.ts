import type { Assumptions, Team } from '../profile/index.js';

/** Weeks of hardware lead time and racking before bought GPUs serve. */
export const OWN_LEAD_TIME_WEEKS = 6;
const WEEKS_PER_MONTH = 52 / 12;

/**
 * Default setup effort: 2 weeks for one model on one GPU (engine, weights, gateway, monitoring), +1 for
 * tensor parallelism, +1 for more than two replicas (autoscaling, load balancing), +2 when a replica spans
 * nodes, +2 to install bought hardware.
 */
export function defaultSetupWeeks(opts: { tensorParallel: number; peakReplicas: number; multiNode: boolean; buysHardware: boolean }): number {
  return 2 + (opts.tensorParallel > 1 ? 1 : 0) + (opts.peakReplicas > 2 ? 1 : 0) + (opts.multiNode ? 2 : 0) + (opts.buysHardware ? 2 : 0);
}

/**
 * The team-level start-up cost a workload carries: hiring happens once per team, so each self-hosted
 * workload carries `1 / sharedWith` of it. Decided for the whole portfolio (decision/team-costs.ts).
 */
export interface TeamStartupShare {
  /** Recruiting cost of the team's first ML engineer, whole. */
  hiringUsd: number;
  hiringWeeks: number;
  /** Self-hosted workloads that share it (>= 1). */
  sharedWith: number;
}

/** The default when a workload is assessed alone: a team with no ML engineer carries the whole hiring cost. */
export function standaloneTeamShare(team: Team, assumptions: Assumptions): TeamStartupShare | null {
  return team.mlEngineers === 0 ? { hiringUsd: assumptions.recruitingCostUsd, hiringWeeks: assumptions.hiringMonths * WEEKS_PER_MONTH, sharedWith: 1 } : null;
}

/** One start-up figure and whose it is. */
export interface StartupItem {
  label: string;
  usd: number;
  weeks: number;
  /** workload: this deployment's own; team: shared by the team's self-hosted workloads. */
  scope: 'workload' | 'team';
  /** For team items: how many workloads share it; `usd` is this workload's share. */
  sharedWith?: number;
  formula: string;
}

export interface Startup {
  usd: number;
  /** Weeks before it serves: the longest chain (hiring, then hardware lead time, then setup). */
  weeks: number;
  setupWeeks: number;
  items: StartupItem[];
}

export interface StartupInput {
  team: Team;
  assumptions: Assumptions;
  tensorParallel: number;
  peakReplicas: number;
  multiNode: boolean;
  /** GPUs bought for this workload (0 when renting or using GPUs the team owns). */
  gpusBought: number;
  teamShare: TeamStartupShare | null;
}

/** Start-up cash and weeks, without the itemised text (priced thousands of times per analysis). */
export function startupTotals(opts: StartupInput): { usd: number; weeks: number; setupWeeks: number } {
  const buysHardware = opts.gpusBought > 0;
  const setupWeeks = opts.assumptions.setupEngineeringWeeks ?? defaultSetupWeeks({ ...opts, buysHardware });
  const share = opts.teamShare;
  const usd = (setupWeeks * opts.team.engineerMonthlyCostUsd * 12) / 52 + (share ? share.hiringUsd / share.sharedWith : 0);
  // Hiring and hardware lead time run in parallel; setup follows both.
  const weeks = Math.max(share?.hiringWeeks ?? 0, buysHardware ? OWN_LEAD_TIME_WEEKS : 0) + setupWeeks;
  return { usd, weeks, setupWeeks };
}

export function startupCost(opts: StartupInput): Startup {
  const { team, assumptions } = opts;
  const buysHardware = opts.gpusBought > 0;
  const totals = startupTotals(opts);
  const setupWeeks = totals.setupWeeks;
  const weekly = (team.engineerMonthlyCostUsd * 12) / 52;
  const items: StartupItem[] = [
    {
      label: 'setup engineering',
      usd: setupWeeks * weekly,
      weeks: setupWeeks,
      scope: 'workload',
      formula: `${setupWeeks} weeks x $${Math.round(weekly)}/engineer-week${assumptions.setupEngineeringWeeks === undefined ? ' (weeks from deployment complexity)' : ''}`,
    },
  ];
  if (buysHardware) {
    items.push({ label: 'hardware lead time', usd: 0, weeks: OWN_LEAD_TIME_WEEKS, scope: 'workload', formula: `${opts.gpusBought} GPUs ordered and racked; their price is amortised in the monthly cost, not here` });
  }
  const share = opts.teamShare;
  if (share) {
    items.push({
      label: 'hiring an ML engineer',
      usd: share.hiringUsd / share.sharedWith,
      weeks: share.hiringWeeks,
      scope: 'team',
      sharedWith: share.sharedWith,
      formula: share.sharedWith > 1 ? `$${Math.round(share.hiringUsd)} recruiting, once per team, shared by ${share.sharedWith} self-hosted workloads` : `$${Math.round(share.hiringUsd)} recruiting, once per team (the team has no ML engineer)`,
    });
  }
  return { usd: totals.usd, weeks: totals.weeks, setupWeeks, items };
}
