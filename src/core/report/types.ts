/**
 * The assessment report: the stable JSON contract (docs/report-schema.md).
 * Add fields freely; never rename or remove one without a major version.
 */
import type { DataClass, DataMayLeave, Precision } from '../profile/index.js';
import type { Source } from '../catalog/schema.js';
import type { CostDerivations, WorkloadCostAnalysis } from '../cost/contract.js';

export type { CostBasis, CostDerivations, ContextCheck, Derivation, DerivationInput, NotApplicable, SideDerivations } from '../cost/contract.js';
import type { UsageComparison } from '../usage/types.js';

export type Verdict = 'open' | 'closed';
export type PortfolioVerdict = 'open' | 'closed' | 'hybrid';
export type Area = 'security' | 'cost' | 'control';

export interface DealBreaker {
  area: Area;
  /** Stable rule id, e.g. `security.own-infrastructure-only`. */
  rule: string;
  message: string;
}

export interface Reason {
  area: Area;
  message: string;
  /** Which side the reason favours. */
  favours?: Verdict | 'neutral';
}

export interface Flip {
  /** What would change the verdict, in words. */
  message: string;
  area: Area;
  /** The volume (tokens/month) at which cost flips, when the flip is a volume. */
  tokensPerMonth?: number;
}

export interface ExcludedModel {
  modelId: string;
  rule: string;
  message: string;
}

export interface WorkloadCostSummary {
  closedMonthlyUsd: number | null;
  openMonthlyUsd: number | null;
  breakEvenTokensPerMonth: number | null;
  startupCostUsd: number | null;
  tokensPerMonth: number;
}

export interface Recommendation {
  openModel: string | null;
  precision: Precision | null;
  gpu: string | null;
  gpuCount: number | null;
  closedModel: string | null;
  /** The access channel the closed model is reached through (e.g. "Amazon Bedrock GovCloud"), when the catalog lists channels. */
  closedChannel?: string | null;
}

export interface WorkloadReport {
  name: string;
  verdict: Verdict;
  dataClasses: DataClass[];
  /** The effective data-residency level after data classes and regulations are applied. */
  dataMayLeave: DataMayLeave;
  allowedDestinations: 'any' | 'closed-with-baa-zdr' | 'closed-in-region' | 'self-hosted-only' | 'air-gapped-self-hosted';
  dealBreakers: DealBreaker[];
  reasons: Reason[];
  flips: Flip[];
  excludedClosedModels: ExcludedModel[];
  cost: WorkloadCostSummary;
  recommendation: Recommendation;
  /** The full cost model output, for charts and detail. */
  analysis: WorkloadCostAnalysis | null;
  /** The rule that settled the verdict, e.g. `security.phi-hipaa` or `cost.cheaper`. */
  decidedBy?: { area: Area; rule: string };
  /** The level the data and regulations imply on their own, before the profile's `dataMayLeave`. */
  impliedDataMayLeave?: DataMayLeave;
  /** Guarantees a closed provider must give (baa, zdr, in-region, fedramp). */
  closedRequirements?: string[];
  /** Region used for in-region processing rules. */
  region?: string;
  /**
   * Each $ figure of both sides with its formula inputs (a copy of `analysis.derivations`); a side with no
   * figures is `{ applicable: false, reason }` ("n/a"), e.g. no API allowed.
   */
  derivations?: CostDerivations;
  /** Tokens the serving window must hold (prompt + completion, with headroom): every recommended model's window holds it. */
  requiredContextTokens?: number;
  /** Measured quality from `switchboard eval`, when the workload cites it (docs/eval.md). */
  qualityEvidence?: QualityEvidenceSummary;
}

/** How a workload's `qualityEvidence` was used: whether it replaced the benchmark priors, and what was flagged. */
export interface QualityEvidenceSummary {
  file: string;
  /** True when the measured parity decided the workload's quality instead of benchmark priors. */
  used: boolean;
  /** Stale, changed suite, other models, partial run, or why it was not used. */
  flags: string[];
  statement: string | null;
  generatedAt: string;
  suiteHash: string;
  openModel?: string;
  baseline?: string;
  verdict?: 'within' | 'worse' | 'better';
  conclusive?: boolean;
}

/**
 * Self-hosted workloads served by one model on one fleet (decision/consolidation.ts): advice that never changes a
 * workload's verdict. `separateMonthlyUsd` is the members' self-hosted costs added up.
 */
export interface Consolidation {
  workloads: string[];
  openModel: string;
  precision: Precision;
  gpu: string;
  gpuCount: number;
  monthlyUsd: number;
  separateMonthlyUsd: number;
  savingMonthlyUsd: number;
  /** Share of the shared fleet's capacity the combined traffic uses. */
  utilization: number;
  /** The combined requirement it was sized for: every member's requests, the highest tier, longest context, strictest SLO and residency. */
  sizedFor: {
    requestsPerDay: number;
    quality: string;
    domain: string;
    contextTokens: number;
    ttftMs?: number;
    outputTokensPerSecond?: number;
    dataMayLeave: DataMayLeave;
  };
  message: string;
  caveats: string[];
}

export interface UsedSource {
  what: string;
  source: Source;
}

export interface Report {
  schemaVersion: 1;
  team: string;
  generatedAt: string;
  verdict: PortfolioVerdict;
  summary: string;
  workloads: WorkloadReport[];
  totals: {
    closedMonthlyUsd: number;
    openMonthlyUsd: number;
    planMonthlyUsd: number;
    startupCostUsd: number;
    /** Workloads with an allowed closed API priced in `closedMonthlyUsd` ("n/a" when 0). */
    closedPricedWorkloads?: number;
    /** Workloads with a feasible self-hosted deployment priced in `openMonthlyUsd`. */
    openPricedWorkloads?: number;
    /** The plan with each `consolidation` fleet in place of its members' separate fleets (verdicts unchanged); absent when there is none. */
    consolidatedPlanMonthlyUsd?: number;
  };
  /** Self-hosted workloads that could share one fleet, with the saving; advice only (docs/decision-rules.md). */
  consolidation?: Consolidation[];
  /** The one cost basis the verdicts, break-even, TCO and Monte Carlo use, stated once. */
  costBasis?: string;
  assumptions: string[];
  /** Things to act on before trusting the numbers (a catalog older than 90 days); also listed first in `assumptions`. */
  warnings?: string[];
  sources: UsedSource[];
  catalogVersion: string;
  /** Present when the report was re-made from measured gateway usage: guessed vs measured, and verdicts that changed. */
  usage?: UsageComparison;
}
