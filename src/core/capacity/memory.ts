import { bytesPerWeight, type WeightFormat } from './formats.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

/** Share of GPU memory the engine may claim (vLLM's default gpu_memory_utilization). */
export const GPU_MEMORY_UTILIZATION = 0.9;
/** CUDA context, CUDA graphs and communicator buffers per GPU, in bytes. */
export const FIXED_RUNTIME_BYTES = 1.5e9;
/** Tokens the engine prefills in one step (vLLM max_num_batched_tokens); sizes the activation peak. */
export const MAX_BATCHED_TOKENS = 8192;

const KV_BYTES: Readonly<Record<KvPrecision, number>> = { bf16: 2, fp8: 1 };

export const weightsBytes = (model: ModelArch, format: WeightFormat): number => model.totalParamsB * 1e9 * bytesPerWeight(format);

/** KV-cache bytes one token adds across all layers, ignoring sliding windows (the usual "per token" figure). */
export function kvBytesPerToken(model: ModelArch, kv: KvPrecision = 'bf16'): number {
  const perLayer = model.attention === 'mla' && model.mlaKvDim !== undefined ? model.mlaKvDim : 2 * model.kvHeads * model.headDim;
  return model.layers * perLayer * KV_BYTES[kv];
}

/** KV bytes one sequence of `tokens` holds: sliding-window layers stop growing at their window. */
export function kvBytesPerSequence(model: ModelArch, tokens: number, kv: KvPrecision = 'bf16'): number {
  const perLayerToken = kvBytesPerToken(model, kv) / model.layers;
  const window = model.slidingWindow;
  if (!window) return perLayerToken * model.layers * tokens;
  const windowLayers = Math.min(window.layers, model.layers);
  return perLayerToken * ((model.layers - windowLayers) * tokens + windowLayers * Math.min(tokens, window.tokens));
}

/** GPUs a token's KV is split across: KV heads shard over TP, MLA's latent is replicated. */
export const kvShards = (model: ModelArch, tensorParallel: number): number =>
  model.attention === 'mla' ? 1 : Math.min(tensorParallel, model.kvHeads);

/** Peak activation memory per GPU for one prefill chunk (hidden states, MLP intermediate, logits). */
export function activationBytes(model: ModelArch, tensorParallel: number): number {
  const perToken = (4 * model.hiddenSize + (2 * model.hiddenSize * 3.5) / tensorParallel) * 2;
  return MAX_BATCHED_TOKENS * perToken;
}

export interface MemoryPlan {
  weightsBytes: number;
  weightsBytesPerGpu: number;
  overheadBytesPerGpu: number;
  /** Memory left for KV cache on each GPU; negative when the weights do not fit. */
  kvBytesPerGpu: number;
  /** Tokens of KV the whole replica can hold. */
  kvTokenCapacity: number;
}

export function memoryPlan(opts: { model: ModelArch; gpu: GpuSpec; format: WeightFormat; kv: KvPrecision; tensorParallel: number }): MemoryPlan {
  const { model, gpu, format, kv, tensorParallel } = opts;
  const weights = weightsBytes(model, format);
  const weightsPerGpu = weights / tensorParallel;
  const overhead = FIXED_RUNTIME_BYTES + activationBytes(model, tensorParallel);
  const kvPerGpu = gpu.memoryGb * 1e9 * GPU_MEMORY_UTILIZATION - weightsPerGpu - overhead;
  const kvPerTokenPerGpu = kvBytesPerToken(model, kv) / kvShards(model, tensorParallel);
  return {
    weightsBytes: weights,
    weightsBytesPerGpu: weightsPerGpu,
    overheadBytesPerGpu: overhead,
    kvBytesPerGpu: kvPerGpu,
    kvTokenCapacity: kvPerGpu > 0 ? Math.floor(kvPerGpu / kvPerTokenPerGpu) : 0,
  };
}
