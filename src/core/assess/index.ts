import type { Catalog } from '../catalog/schema.js';
import { analyzeWorkloadCost } from '../cost/index.js';
import type { CostAnalyzer } from '../decision/index.js';
import type { CitedEvidence } from '../decision/quality-evidence.js';
import type { Profile } from '../profile/index.js';
import type { Report } from '../report/types.js';
import { assessWith } from './assess.js';

export { assessWith, type AssessWithOptions } from './assess.js';
export { listAssumptions } from './assumptions.js';
export { checkProfileAgainstCatalog } from './check.js';
export { usedSources } from './sources.js';

export interface AssessOptions {
  /** The clock, passed in: the core never reads it. */
  now: Date;
  /** Replaces the cost model (tests, what-if tools); defaults to `analyzeWorkloadCost`. */
  analyze?: CostAnalyzer;
  /** Per workload name: measured quality from `switchboard eval` (a workload's `qualityEvidence`), read at the edge. */
  qualityEvidence?: ReadonlyMap<string, CitedEvidence> | undefined;
}

/** The whole assessment: per-workload verdicts, portfolio verdict, totals, assumptions and sources. */
export function assess(profile: Profile, catalog: Catalog, options: AssessOptions): Report {
  return assessWith(profile, catalog, { now: options.now, analyze: options.analyze ?? analyzeWorkloadCost, qualityEvidence: options.qualityEvidence });
}
