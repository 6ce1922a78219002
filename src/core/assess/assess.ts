import type { Catalog } from '../catalog/schema.js';
import { basisSentence } from '../cost/basis.js';
import { decidePortfolio, portfolioSummary, portfolioTotals, portfolioVerdict, type CostAnalyzer } from '../decision/index.js';
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
export function assessWith(profile: Profile, catalog: Catalog, options: AssessWithOptions): Report {
  // Team-level costs (hiring once, one pool of owned GPUs) are shared across workloads: decided together.
  const workloads = decidePortfolio({ profile, catalog, analyze: options.analyze, qualityEvidence: options.qualityEvidence, now: options.now });
  const verdict = portfolioVerdict(workloads);
  const totals = portfolioTotals(workloads);
  return {
    schemaVersion: 1,
    team: profile.team.name,
    generatedAt: options.now.toISOString(),
    verdict,
    summary: portfolioSummary(verdict, workloads, totals),
    workloads,
    totals,
    assumptions: listAssumptions(profile, workloads),
    costBasis: basisSentence(profile.assumptions.horizonMonths, profile.workloads.every((w) => w.growthPerMonth === profile.workloads[0]?.growthPerMonth) ? (profile.workloads[0]?.growthPerMonth ?? 0) : 'per workload'),
    sources: usedSources(catalog, workloads),
    catalogVersion: catalog.version,
  };
}
