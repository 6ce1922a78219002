export { analyzeWorkloadCost, fmtTokens } from './analyze.js';
export { basisCost, basisSentence, growthFactor, type BasisOptions, type BasisResult } from './basis.js';
export { findBreakEven, type BreakEven } from './break-even.js';
export { closedCost, shareAbove, CLOSED_SETUP_WEEKS, type ClosedCostInput } from './closed.js';
export type {
  ClosedCost,
  ContextCheck,
  CostAnalysisInput,
  CostBasis,
  CostDerivations,
  CostPoint,
  Derivation,
  DerivationInput,
  FleetSummary,
  NotApplicable,
  OpenDeployment,
  SelfHostedCost,
  SideDerivations,
  StartupItem,
  TeamStartupShare,
  TornadoBar,
  WorkloadCostAnalysis,
} from './contract.js';
export { coldStartMinutes, DEFAULT_SPOT_PREEMPTION_OVERHEAD, FLEET_GPU_CEILING, resolveFleet, type FleetPolicy } from './fleet.js';
export { promptLengths, requestShareAbove, tokenShareAbove, type PromptLengths } from './prompt-lengths.js';
export {
  DEFAULT_SERVER_SHARE_OF_CARD,
  ownedGpuMonthly,
  pricePosition,
  purchaseUsdPerGpu,
  rateUsd,
  rentalDiscount,
  rentalHourlyUsd,
  type OwnedGpuMonthly,
} from './pricing.js';
export { dayWindows, provision, provisionFigures, provisioningFigures, provisionSummary, windowShares, type CapacityBucket, type DayWindows, type Provisioning, type ProvisioningFigures, type ProvisioningInput, type ProvisioningSummary } from './provisioning.js';
export { BASE_SCENARIO, makeEvaluator, type Evaluation, type EvaluationContext, type Scenario } from './scenario.js';
export { MIN_DRAWS, monteCarlo, probabilitySelfHostCheaper, speedSigma, TARGET_HALF_WIDTH, tornado, UNCERTAINTY, type MonteCarloResult, type SensitivityRanges } from './sensitivity.js';
export { opsEffort, opsFte, OPS_FTE_ONE_GPU, type OpsEffort } from './staff.js';
export { defaultSetupWeeks, standaloneTeamShare, startupCost, startupTotals, type Startup } from './startup.js';
export { cumulativeTco, type Tco } from './tco.js';
