import { issue, type Issue } from '../result.js';
import type { Budget, LimitsConfig } from './config-schema.js';

/** Limits and budgets must name workloads that have a route. */
export function opsCrossCheck(config: { routes: readonly { workload: string }[]; limits: LimitsConfig; budgets: Readonly<Record<string, Budget>> }): Issue[] {
  const workloads = new Set(config.routes.map((r) => r.workload));
  const issues: Issue[] = [];
  const known = [...workloads].join(', ');
  for (const w of Object.keys(config.limits.perWorkload)) if (!workloads.has(w)) issues.push(issue(`limits.perWorkload.${w}`, `no route for workload "${w}"; known: ${known}`));
  for (const [w, b] of Object.entries(config.budgets)) {
    if (!workloads.has(w)) issues.push(issue(`budgets.${w}`, `no route for workload "${w}"; known: ${known}`));
    if (b.dailyUsd === undefined && b.monthlyUsd === undefined) issues.push(issue(`budgets.${w}`, 'expected dailyUsd or monthlyUsd (or both)'));
  }
  return issues;
}
