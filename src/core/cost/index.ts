export { analyzeWorkloadCost, defaultMaxContext, fmtTokens } from './analyze.js';
export { findBreakEven, type BreakEven } from './break-even.js';
export { closedCost, shareAbove, CLOSED_SETUP_WEEKS, type ClosedCostInput } from './closed.js';
export type {
  ClosedCost,
  CostAnalysisInput,
  CostPoint,
  OpenDeployment,
  SelfHostedCost,
  TornadoBar,
  WorkloadCostAnalysis,
} from './contract.js';
export { ownedGpuMonthly, pricePosition, rentalDiscount, rentalHourlyUsd, type OwnedGpuMonthly } from './pricing.js';
export { coldStartMinutes, provision, type Provisioning, type ProvisioningInput } from './provisioning.js';
export { BASE_SCENARIO, makeEvaluator, type Evaluation, type EvaluationContext, type Scenario } from './scenario.js';
export { probabilitySelfHostCheaper, tornado, type SensitivityRanges } from './sensitivity.js';
export { defaultSetupWeeks, startupCost, type Startup } from './startup.js';
export { cumulativeTco, type Tco } from './tco.js';
