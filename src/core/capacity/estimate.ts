import { recurrentStateBytes } from '../catalog/kv-cache.js';
import type { Engine } from '../profile/index.js';
import { fail, issue, ok, type Result } from '../result.js';
import { ENGINE_PROFILES, engineErrorBand, UNCALIBRATED_BAND, type EngineEfficiency } from './engines.js';
import { ENGINE_FORMATS, type WeightFormat } from './formats.js';
import { formatSupport } from './hardware.js';
import { kvBytesPerToken, kvShards } from './memory.js';
import { describeParallel, type ParallelPlan } from './parallel.js';
import { fitProblem, maxConcurrency, planReplica, sequenceCacheBytes, type ReplicaPlan } from './plan.js';
import { closedLoop, type LoadPoint } from './steady-state.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

export interface CapacityInput {
  model: ModelArch;
  gpu: GpuSpec;
  precision: WeightFormat;
  engine: Engine;
  /** GPUs per replica; defaults to `tensorParallel`, else 1. Beyond one node: whole nodes. */
  gpus?: number;
  /** Tensor parallelism (defaults to every GPU of a node). */
  tensorParallel?: number;
  attentionDataParallel?: boolean;
  inputTokens: number;
  outputTokens: number;
  /** Clients in flight; omitted or 'max' means the engine's saturation (cache or max_num_seqs, whichever binds). */
  concurrency?: number | 'max';
  /** Longest prompt + completion that must fit in the cache; defaults to input + output. */
  maxContextTokens?: number;
  /** Defaults to the engine's own default for this format. */
  kvPrecision?: KvPrecision;
  /** Override the fitted efficiency (calibration uses this). */
  efficiency?: EngineEfficiency;
  maxSeqs?: number;
  /** Engine version when an older generation behaves differently (vLLM before 0.8: the V0 engine); default current. */
  engineVersion?: string;
}

const gbOf = (bytes: number): number => Math.round(bytes / 1e7) / 100;

/** Per-GPU memory, GB: what a reader adds up to the card's size. */
export interface MemoryBreakdown {
  gpuGb: number;
  weightsGb: number;
  /** The engine's cache pool (KV and recurrent state) after weights and activations. */
  kvPoolGb: number;
  /** Part of the pool the sequences in flight hold at their mean length. */
  kvInUseGb: number;
  activationsGb: number;
  runtimeGb: number;
  /** Memory the engine leaves unclaimed (1 - its memory utilisation). */
  freeGb: number;
}

export interface CapacityEstimate {
  engine: Engine;
  parallel: ParallelPlan;
  /** The layout in one line: "TP8 over NVLink (450 GB/s per direction); one node". */
  layout: string;
  tensorParallel: number;
  formatSupport: string;
  weightsGb: number;
  weightsGbPerGpu: number;
  kvBytesPerToken: number;
  kvPrecision: KvPrecision;
  /** Fixed recurrent state per sequence (linear-attention / Mamba layers), bytes; 0 for pure attention. */
  stateBytesPerSequence: number;
  kvCacheGbPerReplica: number;
  overheadGbPerGpu: number;
  kvTokenCapacity: number;
  memory: MemoryBreakdown;
  /** Requests the cache and max_num_seqs hold at once at this request shape. */
  maxConcurrency: number;
  /** The concurrency the speeds below are for. */
  concurrency: number;
  ttftMs: number;
  tpotMs: number;
  /** Output tokens/s one stream sees (1000 / tpotMs). */
  streamTokensPerSecond: number;
  /** Aggregate output tokens/s of the replica at `concurrency`. */
  outputTokensPerSecond: number;
  requestsPerSecond: number;
  bound: 'memory' | 'compute';
  /** Relative error band of the speed figures (0.2 = +/-20%). */
  errorBand: number;
  calibratedOn: string;
}

/** The relative error band for an estimate: the engine's leave-one-out error plus what calibration does not cover. */
export function errorBandFor(gpu: GpuSpec, engine: Engine, _concurrency?: number): number {
  const vendor = gpu.vendor !== undefined && gpu.vendor !== 'nvidia' ? 0.1 : 0;
  return Math.round((engineErrorBand(engine) + vendor) * 100) / 100;
}

/** Speed uncertainty for the cost model: the band, and the spread of ln(predicted/measured) to sample from. */
export function speedUncertainty(
  engine: Engine,
  gpu?: GpuSpec,
): { band: number; logSigma: number; calibrated: boolean } {
  const e = ENGINE_PROFILES[engine].error;
  const calibrated = e !== null && e.points >= 5;
  const band = gpu ? errorBandFor(gpu, engine) : engineErrorBand(engine);
  return { band, logSigma: calibrated ? e.logSigma : Math.log(1 + UNCALIBRATED_BAND) / 1.645, calibrated };
}

/** Why the format cannot run here (engine or GPU), or null. */
export function precisionProblem(engine: Engine, gpu: GpuSpec, precision: WeightFormat): string | null {
  if (!ENGINE_FORMATS[engine].includes(precision))
    return `${engine} does not serve ${precision}; it serves ${ENGINE_FORMATS[engine].join(', ')}`;
  const s = formatSupport(gpu, precision);
  return s.level === 'unsupported' ? s.reason : null;
}

export function memoryBreakdown(
  plan: ReplicaPlan,
  point: Pick<LoadPoint, 'batch'>,
  shape: { input: number; output: number },
): MemoryBreakdown {
  const { model, parallel, gpu } = plan.replica;
  const held =
    plan.kvAdmission === 'reserve-full' ? shape.input + shape.output : shape.input + shape.output / 2;
  const inUse =
    (Math.min(point.batch, maxConcurrency(plan, shape.input, shape.output)) *
      sequenceCacheBytes(plan, held)) /
    kvShards(model, parallel);
  const runtime = plan.overheadBytesPerGpu - plan.activationBytesPerGpu;
  return {
    gpuGb: gpu.memoryGb,
    weightsGb: gbOf(plan.weightsBytesPerGpu),
    kvPoolGb: gbOf(Math.max(0, plan.kvBytesPerGpu)),
    kvInUseGb: gbOf(Math.min(inUse, Math.max(0, plan.kvBytesPerGpu))),
    activationsGb: gbOf(plan.activationBytesPerGpu),
    runtimeGb: gbOf(runtime),
    freeGb: gbOf(plan.reservedBytesPerGpu),
  };
}

/** The estimate at a concurrency (closed loop), or at an operating point already found (an SLO's offered rate). */
export function estimateWithPlan(
  plan: ReplicaPlan,
  load: { inputTokens: number; outputTokens: number; concurrency?: number | 'max' },
  at?: LoadPoint,
): CapacityEstimate {
  const shape = { input: load.inputTokens, output: Math.max(1, load.outputTokens) };
  const cap = maxConcurrency(plan, shape.input, shape.output);
  const asked =
    load.concurrency === undefined || load.concurrency === 'max' ? Math.max(1, cap) : load.concurrency;
  const point = at ?? closedLoop(plan, shape, asked);
  const concurrency = at ? Math.round(at.batch * 10) / 10 : asked;
  const { replica } = plan;
  const profile = ENGINE_PROFILES[plan.engine];
  return {
    engine: plan.engine,
    parallel: replica.parallel,
    layout: describeParallel(replica.parallel, replica.gpu),
    tensorParallel: replica.parallel.tensorParallel,
    formatSupport: (() => {
      const s = formatSupport(replica.gpu, replica.format);
      return s.level === 'unsupported' ? s.reason : `${s.level}: ${s.note}`;
    })(),
    weightsGb: gbOf(plan.weightsBytes),
    weightsGbPerGpu: gbOf(plan.weightsBytesPerGpu),
    kvBytesPerToken: kvBytesPerToken(replica.model, plan.kvPrecision),
    kvPrecision: plan.kvPrecision,
    stateBytesPerSequence: recurrentStateBytes(replica.model),
    kvCacheGbPerReplica: gbOf(Math.max(0, plan.kvBytesPerGpu) * replica.parallel.gpus),
    overheadGbPerGpu: gbOf(plan.overheadBytesPerGpu),
    kvTokenCapacity: plan.kvTokenCapacity,
    memory: memoryBreakdown(plan, point, shape),
    maxConcurrency: cap,
    concurrency,
    ttftMs: point.ttftS * 1000,
    tpotMs: point.tpotS * 1000,
    streamTokensPerSecond: 1 / point.tpotS,
    outputTokensPerSecond: point.outputTokensPerSecond,
    requestsPerSecond: point.requestsPerSecond,
    bound: point.bound,
    errorBand: errorBandFor(replica.gpu, plan.engine, concurrency),
    calibratedOn: profile.calibratedOn,
  };
}

/** Memory fit and speed of one replica (model x GPU type x GPUs x precision x engine) for one request shape. */
export function estimateCapacity(input: CapacityInput): Result<CapacityEstimate> {
  if (input.inputTokens < 0 || input.outputTokens < 0 || input.inputTokens + input.outputTokens <= 0) {
    return fail([issue('input', 'expected input + output tokens > 0')]);
  }
  const precision = precisionProblem(input.engine, input.gpu, input.precision);
  if (precision) return fail([issue('precision', precision)]);
  const maxContext = input.maxContextTokens ?? input.inputTokens + input.outputTokens;
  const modelMax = input.model.maxContextTokens;
  if (modelMax !== undefined && maxContext > modelMax) {
    return fail([
      issue(
        'input',
        `${input.model.id ?? 'the model'} supports at most ${modelMax} tokens of context, asked for ${maxContext}`,
      ),
    ]);
  }
  const plan = planReplica({
    model: input.model,
    gpu: input.gpu,
    precision: input.precision,
    engine: input.engine,
    ...(input.gpus !== undefined ? { gpus: input.gpus } : {}),
    ...(input.tensorParallel !== undefined ? { tensorParallel: input.tensorParallel } : {}),
    ...(input.attentionDataParallel !== undefined
      ? { attentionDataParallel: input.attentionDataParallel }
      : {}),
    ...(input.kvPrecision !== undefined ? { kvPrecision: input.kvPrecision } : {}),
    ...(input.efficiency !== undefined ? { efficiency: input.efficiency } : {}),
    ...(input.maxSeqs !== undefined ? { maxSeqs: input.maxSeqs } : {}),
    ...(input.engineVersion !== undefined ? { engineVersion: input.engineVersion } : {}),
  });
  if (typeof plan === 'string') return fail([issue('gpus', plan)]);
  const problem = fitProblem(plan, maxContext);
  const n = plan.replica.parallel.gpus;
  if (problem)
    return fail([
      issue(
        'model',
        `${input.model.id ?? 'model'} at ${input.precision} on ${n}x ${input.gpu.id ?? 'GPU'} does not fit: ${problem}`,
      ),
    ]);
  return ok(
    estimateWithPlan(plan, {
      inputTokens: input.inputTokens,
      outputTokens: input.outputTokens,
      ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
    }),
  );
}
