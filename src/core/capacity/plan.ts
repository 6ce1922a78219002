import type { Engine } from '../profile/index.js';
import { ENGINE_PROFILES, engineGeneration, gdnMixedChunkPadding, type EngineEfficiency } from './engines.js';
import { formatSupport } from './hardware.js';
import type { WeightFormat } from './formats.js';
import {
  hybridPaging,
  kvBytesPerSequence,
  kvShards,
  memoryPlan,
  pagedBytesPerSequence,
  type HybridPaging,
  type MemoryPlan,
} from './memory.js';
import { planParallel, type ParallelPlan } from './parallel.js';
import { layerUnits, moeTokenTrafficBytes, type Replica } from './step.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';
import { activeParams, routedActiveParams, weightBytes } from './weights.js';

/** A prepared replica plus its memory limits and engine settings: what sizing evaluates many times. */
export interface ReplicaPlan extends MemoryPlan {
  replica: Replica;
  engine: Engine;
  kvPrecision: KvPrecision;
  engineMaxSeqs: number;
  stepTokenBudget: number;
  kvAdmission: 'reserve-full' | 'grow';
  memoryUtilization: number;
  /** The cache is vLLM V1's paged hybrid pool (attention blocks sized to the linear-attention state): memory.ts hybridPaging. */
  pagedHybrid?: HybridPaging;
}

export interface PlanRequest {
  model: ModelArch;
  gpu: GpuSpec;
  precision: WeightFormat;
  engine: Engine;
  /** GPUs per replica; defaults to 1. Beyond one node they are whole nodes. */
  gpus?: number;
  /** Tensor parallelism; defaults to every GPU of a node. */
  tensorParallel?: number;
  /** Pipeline stages; defaults to one per node for dense models spanning nodes. */
  pipelineParallel?: number;
  attentionDataParallel?: boolean;
  kvPrecision?: KvPrecision;
  /** Override the engine's fitted efficiency (calibration uses this). */
  efficiency?: EngineEfficiency;
  /** Override the engine's cap on sequences in flight (max_num_seqs). */
  maxSeqs?: number;
  /** The engine version, when an older generation behaves differently (vLLM V0 before 0.8); default current. */
  engineVersion?: string;
}

/** The replica's layout, memory and engine limits, or why the layout itself is impossible. */
export function planReplica(req: PlanRequest): ReplicaPlan | string {
  const gpus = req.gpus ?? req.tensorParallel ?? 1;
  const parallel = planParallel(req.model, req.gpu, {
    gpus,
    ...(req.tensorParallel !== undefined ? { tensorParallel: req.tensorParallel } : {}),
    ...(req.pipelineParallel !== undefined ? { pipelineParallel: req.pipelineParallel } : {}),
    ...(req.attentionDataParallel !== undefined ? { attentionDataParallel: req.attentionDataParallel } : {}),
  });
  if (typeof parallel === 'string') return parallel;
  return planWithParallel(req, parallel);
}

export function planWithParallel(req: PlanRequest, parallel: ParallelPlan): ReplicaPlan {
  const profile = ENGINE_PROFILES[req.engine];
  const kv = req.kvPrecision ?? profile.defaultKv(req.precision, req.gpu);
  // Data-parallel attention runs one scheduler per rank: batch and token limits apply to each.
  const dpRanks = parallel.attentionDataParallel ? parallel.tensorParallel : 1;
  const generation = engineGeneration(req.engine, req.engineVersion);
  const paging = req.engine === 'vllm' && !generation ? hybridPaging(req.model, kv) : null;
  const budget = (generation?.stepTokenBudget ?? profile.stepTokenBudget(req.gpu.memoryGb)) * dpRanks;
  const mem = memoryPlan({
    model: req.model,
    gpu: req.gpu,
    format: req.precision,
    kv,
    parallel,
    memoryUtilization: profile.memoryUtilization,
    runtimeBytes: profile.runtimeBytes,
    batchedTokens: budget / dpRanks,
  });
  const replica: Replica = {
    model: req.model,
    gpu: req.gpu,
    format: req.precision,
    kv,
    parallel,
    eff: req.efficiency ?? profile.efficiency,
    weights: weightBytes(req.model, req.precision),
    activeParams: activeParams(req.model),
    routedActiveParams: routedActiveParams(req.model),
    weightOnlyKernel: formatSupport(req.gpu, req.precision).level === 'kernel',
    ...(generation ? { seqOverheadScale: generation.seqOverheadScale } : {}),
    // Mamba-2 mixers split prefill and decode in every vLLM V1 version; the padding is the delta-rule path's.
    ...(req.model.linearAttention !== undefined &&
    req.model.linearAttention.kind !== 'mamba2' &&
    gdnMixedChunkPadding(req.engine, req.engineVersion)
      ? { gdnMixedChunks: true }
      : {}),
    units: layerUnits(req.model),
    moeTrafficPerToken: moeTokenTrafficBytes(req.model),
  };
  return {
    ...mem,
    replica,
    engine: req.engine,
    kvPrecision: kv,
    engineMaxSeqs: (req.maxSeqs ?? generation?.maxSeqs ?? profile.maxSeqs(req.gpu.memoryGb)) * dpRanks,
    stepTokenBudget: budget,
    kvAdmission: profile.kvAdmission,
    memoryUtilization: profile.memoryUtilization,
    ...(paging ? { pagedHybrid: paging } : {}),
  };
}

/** Cache bytes one sequence of `tokens` holds in this replica's pool (all GPUs together). */
export function sequenceCacheBytes(plan: ReplicaPlan, tokens: number): number {
  const { model, kv } = plan.replica;
  return plan.pagedHybrid
    ? pagedBytesPerSequence(model, tokens, kv, plan.pagedHybrid)
    : kvBytesPerSequence(model, tokens, kv);
}

/** Sequences of `tokens` the replica's cache holds at once, before the engine cap. */
export function kvConcurrency(plan: ReplicaPlan, tokens: number): number {
  if (plan.kvBytesPerGpu <= 0) return 0;
  const { model, parallel } = plan.replica;
  const perSeqPerGpu = sequenceCacheBytes(plan, Math.max(1, tokens)) / kvShards(model, parallel);
  return Math.floor(plan.kvBytesPerGpu / perSeqPerGpu);
}

/** Sequences in flight the engine holds for this request shape: cache (at its admission policy) and max_num_seqs. */
export function maxConcurrency(plan: ReplicaPlan, input: number, output: number): number {
  const held = plan.kvAdmission === 'reserve-full' ? input + output : input + output / 2;
  return Math.max(0, Math.min(kvConcurrency(plan, held), plan.engineMaxSeqs));
}

const gb = (bytes: number): string => `${Math.round(bytes / 1e7) / 100} GB`;

/** Whether a plan can serve sequences of `maxContext` tokens: `fitProblem` is null, without wording the problem. */
export function fitsContext(plan: ReplicaPlan, maxContext: number): boolean {
  return !(plan.kvBytesPerGpu <= 0) && !(kvConcurrency(plan, maxContext) < 1);
}

/** Why a plan cannot serve sequences of `maxContext` tokens, or null when it can. */
export function fitProblem(plan: ReplicaPlan, maxContext: number): string | null {
  const usable = plan.replica.gpu.memoryGb * plan.memoryUtilization;
  if (plan.kvBytesPerGpu <= 0) {
    return `weights need ${gb(plan.weightsBytesPerGpu)} per GPU plus ${gb(plan.overheadBytesPerGpu)} runtime and activations, but only ${Math.round(usable * 10) / 10} GB of each ${Math.round(plan.replica.gpu.memoryGb)} GB GPU is usable (${Math.round(plan.memoryUtilization * 100)}% for ${plan.engine})`;
  }
  if (kvConcurrency(plan, maxContext) < 1) {
    return `weights fit but the ${gb(plan.kvBytesPerGpu)} left per GPU for KV cache cannot hold one ${maxContext}-token sequence`;
  }
  return null;
}
