/**
 * The seam between the capacity/cost model and the decision engine.
 * The decision engine picks candidate models; this module sizes and prices them.
 */
import type { Catalog } from '../catalog/schema.js';
import type { Assumptions, Engine, OwnedGpu, Precision, Provisioning, Redundancy, RentalPricing, Team, Workload } from '../profile/index.js';
import type { CostMemo } from './memo.js';
import type { StartupItem, TeamStartupShare } from './startup.js';

export type { StartupItem, TeamStartupShare } from './startup.js';

export interface CostAnalysisInput {
  workload: Workload;
  team: Team;
  assumptions: Assumptions;
  catalog: Catalog;
  /** Catalog id of the open model to size and price. */
  openModelId: string;
  /** Catalog id of the closed model to price, or null when no closed model is allowed. */
  closedModelId: string | null;
  /** Whether the closed side must use in-region processing (priced with the provider's uplift). */
  regionalProcessing: boolean;
  /**
   * 'screen' sizes and prices today's volume only (no break-even, TCO, curves, sensitivity or Monte Carlo):
   * enough to rank candidate models, at a fraction of the cost. Default 'full'.
   */
  detail?: 'full' | 'screen';
  /**
   * This workload's share of team-level start-up (hiring once per team), decided for the whole portfolio.
   * Omitted: assessed alone (a team with no ML engineer carries the whole hiring cost); null: none.
   */
  teamShare?: TeamStartupShare | null;
  /** GPUs the team owns that are still free for this workload; omitted: all of `team.ownedGpus`. */
  ownedGpus?: readonly OwnedGpu[];
  /** The assessment's memo of pure steps (memo.ts), shared by its calls; omitted: nothing is shared with other calls. */
  memo?: CostMemo;
}

/** How the fleet is held and billed (resolved defaults included). */
export interface FleetSummary {
  provisioning: Provisioning;
  pricing: RentalPricing;
  redundancy: Redundancy;
  minReplicas: number;
  maxReplicas: number | null;
  scaleIntervalMinutes: number;
  scaleUpDelayMinutes: number;
  scaleDownDelayMinutes: number;
  scaleToZero: boolean;
  coldStartsPerWeek: number;
  /** Requests that arrive while scaled to zero and wait for a cold start. */
  coldStartRequestsPerMonth: number;
  /** Replicas held every hour of the month (peak fleet, reserved commitment or base). */
  alwaysOnReplicas: number;
}

/** A sized self-hosted deployment: what to run on what. */
export interface OpenDeployment {
  modelId: string;
  precision: Precision;
  engine: Engine;
  gpuId: string;
  /** GPUs per replica (tensor-parallel size). */
  tensorParallel: number;
  replicas: number;
  /** Total GPUs, replicas x tensorParallel, redundancy included. */
  gpuCount: number;
  maxConcurrencyPerReplica: number;
  ttftMs: number;
  tpotMs: number;
  /** Aggregate output tokens/s of one replica at the workload's concurrency. */
  outputTokensPerSecondPerReplica: number;
  /** Relative error band of the speed estimates (0.2 = +/-20%), from calibration. */
  errorBand: number;
  /** Mean busy share of provisioned capacity over a month, from the traffic shape. */
  utilization: number;
  meetsLatencySlo: boolean;
  /** Context window the deployment serves (`--max-model-len`): the workload's requirement, never lowered to fit. */
  maxModelLen?: number;
  /** A replica spans more than one node. */
  multiNode?: boolean;
  /** GPUs of this deployment the team already owned (sunk). */
  ownedGpusUsed?: number;
  /** GPUs bought for this deployment (amortised in the monthly cost). */
  gpusBought?: number;
  fleet?: FleetSummary;
}

export interface SelfHostedCost {
  mode: 'rent' | 'own';
  monthlyUsd: number;
  gpuMonthlyUsd: number;
  /** Power x PUE and hosting, when owning; 0 when renting. */
  facilitiesMonthlyUsd: number;
  staffMonthlyUsd: number;
  /** One-off: setup engineering, and this workload's share of hiring when the team has no ML engineer. Bought GPUs are amortised in `monthlyUsd`, never here. */
  startupCostUsd: number;
  startupWeeks: number;
  costPerMTokUsd: number;
  /** Each start-up figure and whose it is (this workload's, or the team's shared). */
  startupItems?: StartupItem[];
  /** Operations effort in engineers (FTE). */
  opsFte?: number;
  /** Cash paid when bought GPUs (card + server share) are ordered; already inside the monthly amortisation, not start-up. */
  capitalOutlayUsd?: number;
}

export interface ClosedCost {
  modelId: string;
  monthlyUsd: number;
  inputUsd: number;
  outputUsd: number;
  cachedSavingsUsd: number;
  batchSavingsUsd: number;
  regionalUpliftUsd: number;
  longContextUpliftUsd: number;
  /** Each long-context tier: the share of prompt tokens and of requests above its threshold, and what it adds. */
  longContextTiers?: { aboveInputTokens: number; inputMultiplier: number; outputMultiplier: number; tokenShare: number; requestShare: number; usd: number }[];
  startupCostUsd: number;
  costPerMTokUsd: number;
}

/** One input of a derivation. */
export interface DerivationInput {
  name: string;
  value: number;
  unit: string;
}

/** One $ figure and how to redo it: the formula in words and the value of each input. */
export interface Derivation {
  label: string;
  usd: number;
  /** e.g. "GPU-hours x $/GPU-hour x (1 + cloud overhead)". */
  formula: string;
  inputs: DerivationInput[];
  /** workload: this workload's own; team: shared by the team's self-hosted workloads (`usd` is this workload's share). */
  scope: 'workload' | 'team';
  sharedWith?: number;
}

/** The parts of one side's figures; `monthly` sums to the side's monthly cost, `startup` to its start-up cost. */
export interface SideDerivations {
  applicable: true;
  monthly: Derivation[];
  monthlyUsd: number;
  startup: Derivation[];
  startupUsd: number;
  /** The comparison basis (see `CostBasis`) and its derivation. */
  basis: Derivation;
}

/** A side with no figures: no API allowed, or no open model that can be served. */
export interface NotApplicable {
  applicable: false;
  reason: string;
}

export interface CostDerivations {
  open: SideDerivations | NotApplicable;
  closed: SideDerivations | NotApplicable;
}

/**
 * The one basis the verdict, break-even, TCO and Monte Carlo use: the average monthly cost over the horizon,
 * with volume growing at `growthPerMonth` and one-off start-up spread over the horizon (bought hardware is
 * amortised in the monthly cost).
 */
export interface CostBasis {
  horizonMonths: number;
  growthPerMonth: number;
  openMonthlyUsd: number | null;
  closedMonthlyUsd: number | null;
}

/** The context requirement and the windows of the models priced. */
export interface ContextCheck {
  requiredTokens: number;
  note: string;
  openWindowTokens: number | null;
  closedWindowTokens: number | null;
}

export interface CostPoint {
  x: number;
  open: number;
  closed: number | null;
}

export interface TornadoBar {
  /** The assumption varied, e.g. "GPU $/hour" or "requests per day". */
  label: string;
  low: string;
  high: string;
  /** Monthly savings of self-hosting (closed - open) at the low and high values. */
  savingsAtLow: number;
  savingsAtHigh: number;
}

export interface WorkloadCostAnalysis {
  tokensPerMonth: { input: number; output: number; total: number };
  /** Null when the model cannot be served on any catalog GPU within limits; `infeasibleReason` says why. */
  open: { deployment: OpenDeployment; cost: SelfHostedCost } | null;
  infeasibleReason?: string;
  closed: ClosedCost | null;
  breakEven: {
    /** Total tokens/month at which self-hosting costs the same as the API; null when it never does. */
    tokensPerMonth: number | null;
    utilization: number | null;
    note: string;
  };
  tco: { months: number[]; openCumulativeUsd: number[]; closedCumulativeUsd: number[] | null };
  /** Monthly cost vs monthly volume (x = total tokens/month), both sides, for the break-even chart. */
  volumeCurve: CostPoint[];
  /** Self-hosted cost per 1M tokens vs utilization (x = 0..1); closed is flat. */
  utilizationCurve: CostPoint[];
  /** Requests per hour of a typical day vs provisioned capacity (requests per hour). */
  trafficCurve: { hour: number; demand: number; capacity: number }[];
  sensitivity: TornadoBar[];
  /** Share of Monte Carlo draws in which self-hosting is cheaper per month (seeded, reproducible). */
  probabilitySelfHostCheaper: number | null;
  /** Draws the Monte Carlo made: `monteCarloRuns`, or fewer (at least 500) once the share was known within +/- 2 points (95%). */
  monteCarloDraws?: number;
  assumptionsUsed: string[];
  basis?: CostBasis;
  derivations?: CostDerivations;
  context?: ContextCheck;
}
