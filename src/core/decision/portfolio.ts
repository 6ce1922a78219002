import type { Consolidation, PortfolioVerdict, Report, WorkloadReport } from '../report/types.js';
import { formatUsd } from '../report/format.js';

/** open or closed when every workload agrees, hybrid when they split. */
export function portfolioVerdict(workloads: readonly Pick<WorkloadReport, 'verdict'>[]): PortfolioVerdict {
  const open = workloads.filter((w) => w.verdict === 'open').length;
  if (open === workloads.length) return 'open';
  return open === 0 ? 'closed' : 'hybrid';
}

const chosenMonthly = (w: WorkloadReport): number => (w.verdict === 'open' ? w.cost.openMonthlyUsd : w.cost.closedMonthlyUsd) ?? 0;

/** Monthly totals of both sides and of the recommended plan (each workload on its verdict's side). */
export function portfolioTotals(workloads: readonly WorkloadReport[]): Report['totals'] {
  const sum = (f: (w: WorkloadReport) => number | null): number => workloads.reduce((s, w) => s + (f(w) ?? 0), 0);
  return {
    closedMonthlyUsd: sum((w) => w.cost.closedMonthlyUsd),
    openMonthlyUsd: sum((w) => w.cost.openMonthlyUsd),
    planMonthlyUsd: sum(chosenMonthly),
    startupCostUsd: sum((w) => w.cost.startupCostUsd),
    closedPricedWorkloads: workloads.filter((w) => w.cost.closedMonthlyUsd !== null).length,
    openPricedWorkloads: workloads.filter((w) => w.cost.openMonthlyUsd !== null).length,
  };
}

const all = (n: number): string => (n === 1 ? 'the workload' : `all ${n} workloads`);

/** One paragraph a reader can act on. */
export function portfolioSummary(verdict: PortfolioVerdict, workloads: readonly WorkloadReport[], totals: Report['totals'], consolidation: readonly Consolidation[] = []): string {
  return `${verdictSentence(verdict, workloads, totals)}${sharingSentence(consolidation, totals)}`;
}

/** The consolidated plan, said apart from the plan: one sentence, verdicts unchanged. */
function sharingSentence(consolidation: readonly Consolidation[], totals: Report['totals']): string {
  if (consolidation.length === 0 || totals.consolidatedPlanMonthlyUsd === undefined) return '';
  const saved = consolidation.reduce((s, c) => s + c.savingMonthlyUsd, 0);
  const n = consolidation.reduce((s, c) => s + c.workloads.length, 0);
  const fleets = consolidation.length === 1 ? `one shared fleet for ${n} self-hosted workloads` : `${consolidation.length} shared fleets for ${n} self-hosted workloads`;
  return ` With ${fleets}: ${formatUsd(totals.consolidatedPlanMonthlyUsd)}/month, saving ${formatUsd(saved)} (advice; verdicts unchanged).`;
}

function verdictSentence(verdict: PortfolioVerdict, workloads: readonly WorkloadReport[], totals: Report['totals']): string {
  const open = workloads.filter((w) => w.verdict === 'open').map((w) => w.name);
  const closed = workloads.filter((w) => w.verdict === 'closed').map((w) => w.name);
  const plan = `Plan: ${formatUsd(totals.planMonthlyUsd)}/month, ${formatUsd(totals.startupCostUsd)} to start.`;
  const forced = workloads.filter((w) => w.verdict === 'open' && w.decidedBy?.area === 'security').length;
  const why = forced > 0 ? ` ${forced} must be self-hosted for security and compliance.` : '';
  switch (verdict) {
    case 'open':
      return `Self-host ${all(workloads.length)} on open models.${why} ${plan}`;
    case 'closed':
      return `Use closed APIs for ${all(workloads.length)}. ${plan}`;
    case 'hybrid':
      return `Hybrid: self-host ${open.join(', ')}; use closed APIs for ${closed.join(', ')}.${why} ${plan}`;
  }
}
