import { catalogAgeWarning, horizonEnd, isPrimarySource, withRegularPrices } from '../catalog/freshness.js';
import type { Catalog } from '../catalog/schema.js';
import { basisSentence } from '../cost/basis.js';
import { costMemo } from '../cost/memo.js';
import { consolidate, decidePortfolio, portfolioSummary, portfolioTotals, portfolioVerdict, type CostAnalyzer } from '../decision/index.js';
import type { CitedEvidence } from '../decision/quality-evidence.js';
import type { Profile } from '../profile/index.js';
import type { Report } from '../report/types.js';
import { listAssumptions } from './assumptions.js';
import { usedSources } from './sources.js';

export interface AssessWithOptions {
  /** The clock, passed in: the core never reads it. */
  now: Date;
  analyze: CostAnalyzer;
  /** Per workload name: measured quality from `switchboard eval`, read at the edge. */
  qualityEvidence?: ReadonlyMap<string, CitedEvidence> | undefined;
}

/** Assesses every workload and the portfolio with the given cost model. */
export function assessWith(profile: Profile, given: Catalog, options: AssessWithOptions): Report {
  // A promotion that ends inside the horizon is not the price the team will pay.
  const { catalog, notes: priceNotes } = withRegularPrices(given, horizonEnd(options.now, profile.assumptions.horizonMonths));
  const age = catalogAgeWarning(catalog, options.now);
  // Team-level costs (hiring once, one pool of owned GPUs) are shared across workloads: decided together.
  // One memo of pure cost-model steps for the whole assessment (cost/memo.ts): dropped when it returns.
  const memo = costMemo();
  const workloads = decidePortfolio({ profile, catalog, analyze: options.analyze, qualityEvidence: options.qualityEvidence, now: options.now, memo });
  const verdict = portfolioVerdict(workloads);
  // Advice on sharing one fleet across self-hosted workloads: verdicts and the plan total stay as decided.
  const consolidation = consolidate({ profile, catalog, analyze: options.analyze, reports: workloads, memo });
  const saved = consolidation.reduce((s, c) => s + c.savingMonthlyUsd, 0);
  const plain = portfolioTotals(workloads);
  const totals = consolidation.length > 0 ? { ...plain, consolidatedPlanMonthlyUsd: plain.planMonthlyUsd - saved } : plain;
  return {
    schemaVersion: 1,
    team: profile.team.name,
    generatedAt: options.now.toISOString(),
    verdict,
    summary: portfolioSummary(verdict, workloads, totals, consolidation),
    workloads,
    totals,
    ...(consolidation.length > 0 ? { consolidation } : {}),
    assumptions: [...(age ? [`warning: ${age}`] : []), ...priceNotes, ...secondaryPrices(catalog, workloads), ...listAssumptions(profile, workloads)],
    ...(age ? { warnings: [age] } : {}),
    costBasis: basisSentence(profile.assumptions.horizonMonths, profile.workloads.every((w) => w.growthPerMonth === profile.workloads[0]?.growthPerMonth) ? (profile.workloads[0]?.growthPerMonth ?? 0) : 'per workload'),
    sources: usedSources(catalog, workloads),
    catalogVersion: catalog.version,
  };
}

/** Closed prices the recommendations rely on that come from a secondary source (no provider page was found): said once each. */
function secondaryPrices(catalog: Catalog, workloads: Report['workloads']): string[] {
  const ids = new Set(workloads.map((w) => w.recommendation.closedModel).filter((id): id is string => id !== null));
  return catalog.closedModels
    .filter((m) => ids.has(m.id) && !isPrimarySource(m.sources[0], m.provider))
    .map((m) => `${m.name} prices come from a secondary source (${m.sources[0]?.url ?? 'none'}, ${m.sources[0]?.asOf ?? '?'}): no provider pricing page was found; check before relying on them`);
}
