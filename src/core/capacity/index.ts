export { CALIBRATION_POINTS, type CalibrationPoint } from './calibration-points.js';
export { calibrate, fitEfficiency, predictPoint, relativeError, type CalibrationReport, type CalibrationRow } from './calibration.js';
export { CALIBRATION_ERROR_BAND } from './calibration-error.js';
export { ENGINE_PROFILES, REFERENCE_EFFICIENCY, type Efficiency, type EngineProfile } from './efficiency.js';
export {
  defaultKvPrecision,
  errorBandFor,
  estimateCapacity,
  estimateWithPlan,
  fitProblem,
  kvConcurrency,
  planReplica,
  type CapacityEstimate,
  type CapacityInput,
  type ReplicaPlan,
} from './estimate.js';
export { ENGINE_FORMATS, WEIGHT_FORMATS, bytesPerWeight, type FormatSpec, type WeightFormat } from './formats.js';
export { GPU_MEMORY_UTILIZATION, kvBytesPerSequence, kvBytesPerToken, memoryPlan, weightsBytes, type MemoryPlan } from './memory.js';
export { DEFAULT_MIN_STREAM_TOKENS_PER_SECOND, sloOperatingPoint, type LatencySlo, type SloOperatingPoint } from './slo.js';
export { PEAK_HEADROOM, defaultPrecisions, replicasFor, sizeDeployment, type SizedOption, type SizingRequest, type SizingResult } from './sizing.js';
export { decodeStep, loadPoint, prefillSeconds, type LoadPoint, type Replica } from './speed.js';
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
