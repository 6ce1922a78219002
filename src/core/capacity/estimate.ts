import { fail, issue, ok, type Result } from '../result.js';
import type { Engine } from '../profile/index.js';
import { CALIBRATION_ERROR_BAND } from './calibration-error.js';
import { ENGINE_PROFILES, engineEfficiency, REFERENCE_EFFICIENCY, type Efficiency } from './efficiency.js';
import { WEIGHT_FORMATS, type WeightFormat } from './formats.js';
import { kvBytesPerSequence, kvBytesPerToken, kvShards, memoryPlan } from './memory.js';
import { loadPoint, type LoadPoint, type Replica } from './speed.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

export interface CapacityInput {
  model: ModelArch;
  gpu: GpuSpec;
  precision: WeightFormat;
  engine: Engine;
  /** GPUs per replica; defaults to 1. */
  tensorParallel?: number;
  inputTokens: number;
  outputTokens: number;
  /** Sequences in flight; omitted means the engine's saturation (KV or max_num_seqs, whichever binds). */
  concurrency?: number;
  /** Longest prompt + completion that must fit in the KV cache; defaults to input + output. */
  maxContextTokens?: number;
  /** Defaults to fp8 for fp8/fp4 weights on GPUs with fp8 tensor cores, bf16 otherwise. */
  kvPrecision?: KvPrecision;
  /** Override the fitted efficiency (calibration uses this). */
  efficiency?: Efficiency;
}

export interface CapacityEstimate {
  weightsGb: number;
  weightsGbPerGpu: number;
  kvBytesPerToken: number;
  kvPrecision: KvPrecision;
  kvCacheGbPerReplica: number;
  overheadGbPerGpu: number;
  kvTokenCapacity: number;
  /** Sequences of input + output tokens that fit in the KV cache at once (engine cap applied). */
  maxConcurrency: number;
  /** The concurrency the speeds below are for. */
  concurrency: number;
  ttftMs: number;
  tpotMs: number;
  /** Aggregate output tokens/s of the replica at `concurrency`. */
  outputTokensPerSecond: number;
  requestsPerSecond: number;
  bound: 'memory' | 'compute';
  /** Relative error band of the speed figures (0.2 = +/-20%). */
  errorBand: number;
  tensorParallel: number;
}

export const defaultKvPrecision = (gpu: GpuSpec, format: WeightFormat): KvPrecision =>
  (format === 'fp8' || format === 'fp4') && gpu.fp8Tflops ? 'fp8' : 'bf16';

/** The relative error band for an estimate: calibration error plus what is not covered by calibration. */
export function errorBandFor(gpu: GpuSpec, engine: Engine, concurrency: number): number {
  const vendor = gpu.vendor !== undefined && gpu.vendor !== 'nvidia' ? 0.1 : 0;
  const lowBatch = concurrency < 8 ? 0.05 : 0;
  return Math.round((CALIBRATION_ERROR_BAND + ENGINE_PROFILES[engine].extraErrorBand + vendor + lowBatch) * 100) / 100;
}

/** A prepared replica plus its memory limits: what sizing evaluates many times. */
export interface ReplicaPlan {
  replica: Replica;
  kvPrecision: KvPrecision;
  weightsBytes: number;
  weightsBytesPerGpu: number;
  overheadBytesPerGpu: number;
  kvBytesPerGpu: number;
  kvTokenCapacity: number;
  engineMaxSeqs: number;
}

export function planReplica(input: Omit<CapacityInput, 'inputTokens' | 'outputTokens' | 'concurrency' | 'maxContextTokens'>): ReplicaPlan {
  const tensorParallel = input.tensorParallel ?? 1;
  const kv = input.kvPrecision ?? defaultKvPrecision(input.gpu, input.precision);
  const mem = memoryPlan({ model: input.model, gpu: input.gpu, format: input.precision, kv, tensorParallel });
  const eff = engineEfficiency(input.efficiency ?? REFERENCE_EFFICIENCY, input.engine);
  return {
    replica: { model: input.model, gpu: input.gpu, format: input.precision, kv, tensorParallel, eff },
    kvPrecision: kv,
    weightsBytes: mem.weightsBytes,
    weightsBytesPerGpu: mem.weightsBytesPerGpu,
    overheadBytesPerGpu: mem.overheadBytesPerGpu,
    kvBytesPerGpu: mem.kvBytesPerGpu,
    kvTokenCapacity: mem.kvTokenCapacity,
    engineMaxSeqs: ENGINE_PROFILES[input.engine].maxSeqs(input.gpu.memoryGb),
  };
}

/** Sequences of `tokens` the replica's KV cache holds at once, before the engine cap. */
export function kvConcurrency(plan: ReplicaPlan, tokens: number): number {
  if (plan.kvBytesPerGpu <= 0) return 0;
  const { model, tensorParallel } = plan.replica;
  const perSeqPerGpu = kvBytesPerSequence(model, Math.max(1, tokens), plan.kvPrecision) / kvShards(model, tensorParallel);
  return Math.floor(plan.kvBytesPerGpu / perSeqPerGpu);
}

const gb = (bytes: number): number => Math.round(bytes / 1e7) / 100;

/** Why a plan cannot serve sequences of `maxContext` tokens, or null when it can. */
export function fitProblem(plan: ReplicaPlan, maxContext: number): string | null {
  const usable = plan.replica.gpu.memoryGb * 0.9;
  if (plan.kvBytesPerGpu <= 0) {
    return `weights need ${gb(plan.weightsBytesPerGpu)} GB per GPU plus ${gb(plan.overheadBytesPerGpu)} GB runtime overhead, but only ${Math.round(usable * 10) / 10} GB of each GPU is usable (90%)`;
  }
  if (kvConcurrency(plan, maxContext) < 1) {
    return `weights fit but the ${gb(plan.kvBytesPerGpu)} GB left per GPU for KV cache cannot hold one ${maxContext}-token sequence`;
  }
  return null;
}

export function estimateWithPlan(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number; concurrency?: number; engine: Engine }): CapacityEstimate {
  const seq = load.inputTokens + load.outputTokens;
  const maxConcurrency = Math.max(0, Math.min(kvConcurrency(plan, seq), plan.engineMaxSeqs));
  const concurrency = Math.max(1, Math.min(load.concurrency ?? maxConcurrency, maxConcurrency));
  const point: LoadPoint = loadPoint(plan.replica, { batch: concurrency, input: load.inputTokens, output: load.outputTokens });
  // Clients beyond what fits queue: throughput stays at saturation, waiting time lands in TTFT.
  const queued = load.concurrency !== undefined && load.concurrency > maxConcurrency ? load.concurrency - maxConcurrency : 0;
  const queueS = queued > 0 ? (queued / point.requestsPerSecond) : 0;
  return {
    weightsGb: gb(plan.weightsBytes),
    weightsGbPerGpu: gb(plan.weightsBytesPerGpu),
    kvBytesPerToken: kvBytesPerToken(plan.replica.model, plan.kvPrecision),
    kvPrecision: plan.kvPrecision,
    kvCacheGbPerReplica: gb(plan.kvBytesPerGpu * plan.replica.tensorParallel),
    overheadGbPerGpu: gb(plan.overheadBytesPerGpu),
    kvTokenCapacity: plan.kvTokenCapacity,
    maxConcurrency,
    concurrency,
    ttftMs: (point.ttftS + queueS) * 1000,
    tpotMs: point.tpotS * 1000,
    outputTokensPerSecond: point.outputTokensPerSecond,
    requestsPerSecond: point.requestsPerSecond,
    bound: point.bound,
    errorBand: errorBandFor(plan.replica.gpu, load.engine, concurrency),
    tensorParallel: plan.replica.tensorParallel,
  };
}

/** Memory fit and speed of one replica (model x GPU x precision x engine x TP) for one request shape. */
export function estimateCapacity(input: CapacityInput): Result<CapacityEstimate> {
  const tp = input.tensorParallel ?? 1;
  if (!Number.isInteger(tp) || tp < 1) return fail([issue('gpus', `expected a positive integer, got ${tp}`)]);
  if (input.model.attentionHeads % tp !== 0) {
    return fail([issue('gpus', `tensor parallelism ${tp} must divide the model's ${input.model.attentionHeads} attention heads`)]);
  }
  if (input.inputTokens < 0 || input.outputTokens < 0 || input.inputTokens + input.outputTokens <= 0) {
    return fail([issue('input', 'expected input + output tokens > 0')]);
  }
  const plan = planReplica(input);
  const maxContext = input.maxContextTokens ?? input.inputTokens + input.outputTokens;
  const problem = fitProblem(plan, maxContext);
  if (problem) return fail([issue('model', `${input.model.id ?? 'model'} at ${input.precision} on ${tp}x ${input.gpu.id ?? 'GPU'} does not fit: ${problem}`)]);
  return ok(estimateWithPlan(plan, { inputTokens: input.inputTokens, outputTokens: input.outputTokens, engine: input.engine, ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}) }));
}

export const formatNote = (format: WeightFormat): string => WEIGHT_FORMATS[format].note;
