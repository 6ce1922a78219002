export { CALIBRATION_POINTS_2025, type CalibrationPoint } from './calibration-points.js';
export { CALIBRATION_POINTS_2026 } from './calibration-points-2026.js';
export { CALIBRATION_POINTS } from './calibration-set.js';
export { archClass, type ArchClass } from './calibration-models.js';
export {
  CALIBRATED_ENGINES,
  calibrateAll,
  calibrateEngine,
  fitEngine,
  median,
  predictPoint,
  relativeError,
  type CalibrationRow,
  type EngineCalibration,
} from './calibration.js';
export {
  ENGINE_PROFILES,
  engineErrorBand,
  engineGeneration,
  UNCALIBRATED_BAND,
  type EngineEfficiency,
  type EngineError,
  type EngineGeneration,
  type EngineProfile,
} from './engines.js';
export {
  errorBandFor,
  estimateCapacity,
  estimateWithPlan,
  memoryBreakdown,
  precisionProblem,
  speedUncertainty,
  type CapacityEstimate,
  type CapacityInput,
  type MemoryBreakdown,
} from './estimate.js';
export {
  ENGINE_FORMATS,
  WEIGHT_FORMATS,
  bytesPerWeight,
  type FormatSpec,
  type WeightFormat,
} from './formats.js';
export { planReplicaCached, saturationCached, sloOperatingPointCached } from './memo.js';
export { formatSupport, intraNodeLink, LINKS, peakFlops, type FormatSupport } from './hardware.js';
export {
  GPU_MEMORY_UTILIZATION,
  hybridBlockTokens,
  hybridPaging,
  kvBytesPerSequence,
  kvBytesPerToken,
  kvShards,
  memoryPlan,
  pagedBytesPerSequence,
  weightsBytes,
  type HybridPaging,
  type MemoryPlan,
} from './memory.js';
export { describeParallel, planParallel, type ParallelPlan } from './parallel.js';
export {
  fitProblem,
  kvConcurrency,
  maxConcurrency,
  planReplica,
  sequenceCacheBytes,
  type PlanRequest,
  type ReplicaPlan,
} from './plan.js';
export {
  DEFAULT_MIN_STREAM_TOKENS_PER_SECOND,
  meetsSlo,
  sloOperatingPoint,
  type LatencySlo,
  type SloOperatingPoint,
} from './slo.js';
export {
  GPU_COUNTS,
  PEAK_HEADROOM,
  defaultPrecisions,
  gpuCountsFor,
  replicasFor,
  sizeDeployment,
  sizingMemo,
  type SizedOption,
  type SizingMemo,
  type SizingRequest,
  type SizingResult,
} from './sizing.js';
export { burstRun, closedLoop, openLoop, saturation, type Burst, type LoadPoint } from './steady-state.js';
export { memEfficiencyAt, stepTime, type Replica, type StepLoad, type StepTime } from './step.js';
export {
  DEFAULT_PEAK_TO_AVERAGE,
  HOURS_PER_MONTH,
  WEEKS_PER_MONTH,
  diurnalCurve,
  peakRequestsPerSecond,
  requestsPerMonth,
  trafficShape,
  type TrafficShape,
} from './traffic.js';
export type { GpuSpec, KvPrecision, ModelArch } from './types.js';
export { suggestFits, type FitSuggestion } from './suggest.js';
export { expectedDistinctExperts, weightBytes, weightBytesTouched, type WeightBytes } from './weights.js';
