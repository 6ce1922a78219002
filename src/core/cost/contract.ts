/**
 * The seam between the capacity/cost model and the decision engine.
 * The decision engine picks candidate models; this module sizes and prices them.
 */
import type { Catalog } from '../catalog/schema.js';
import type { Assumptions, Engine, Precision, Team, Workload } from '../profile/index.js';

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
}

export interface SelfHostedCost {
  mode: 'rent' | 'own';
  monthlyUsd: number;
  gpuMonthlyUsd: number;
  /** Power x PUE and hosting, when owning; 0 when renting. */
  facilitiesMonthlyUsd: number;
  staffMonthlyUsd: number;
  /** One-off: setup engineering, hiring when the team has no ML engineer, GPU purchase when owning. */
  startupCostUsd: number;
  startupWeeks: number;
  costPerMTokUsd: number;
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
  startupCostUsd: number;
  costPerMTokUsd: number;
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
  assumptionsUsed: string[];
}
