import {
  kvBytesPerTokenFromArchitecture,
  kvCacheBytes,
  kvLayers,
  recurrentStateBytes,
} from '../catalog/kv-cache.js';
import type { WeightFormat } from './formats.js';
import type { ParallelPlan } from './parallel.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';
import { weightBytes, weightsBytes } from './weights.js';

export { weightsBytes };

/** Share of GPU memory vLLM claims by default (gpu_memory_utilization); engines carry their own. */
export const GPU_MEMORY_UTILIZATION = 0.9;
/** CUDA context, CUDA graphs and communicator buffers per GPU, in bytes. */
export const FIXED_RUNTIME_BYTES = 1.5e9;
/** Tokens the engine prefills in one step (vLLM max_num_batched_tokens); sizes the activation peak. */
export const MAX_BATCHED_TOKENS = 8192;
const KV_BYTES: Readonly<Record<KvPrecision, number>> = { bf16: 2, fp8: 1 };

/** KV-cache bytes one token adds across all layers, before windows cap them (the usual "per token" figure). */
export function kvBytesPerToken(model: ModelArch, kv: KvPrecision = 'bf16'): number {
  return (kvBytesPerTokenFromArchitecture(model) * KV_BYTES[kv]) / 2;
}

/**
 * Cache bytes one sequence of `tokens` holds: KV (windows and compression applied), the sparse-attention
 * indexer's fp8 keys, and the fixed recurrent state of linear-attention layers.
 */
export function kvBytesPerSequence(model: ModelArch, tokens: number, kv: KvPrecision = 'bf16'): number {
  const cache = kvCacheBytes(model, { contextTokens: Math.max(0, tokens), bytesPerValue: KV_BYTES[kv] });
  const indexer = model.sparseAttention ? model.sparseAttention.indexKeyDim * kvLayers(model) * tokens : 0;
  return cache + indexer + recurrentStateBytes(model);
}

/** vLLM V1's page layout for a hybrid linear-attention model (see hybridPaging). */
export interface HybridPaging {
  /** Tokens per attention block. */
  blockTokens: number;
  /** Bytes of one page: one layer's block of attention KV, or one layer's padded recurrent state. */
  pageBytes: number;
  attentionLayers: number;
  linearLayers: number;
}

/**
 * vLLM V1's paging of a hybrid linear-attention model, or null for other models. vLLM keeps attention KV and
 * linear-attention (Mamba, Gated DeltaNet) state in one paged pool whose pages are all one size: it raises the
 * attention block until one layer's block holds at least one layer's recurrent state, 16 x ceil(state page /
 * (16 x attention bytes per token)), and pads the state page to match (vllm/model_executor/models/config.py,
 * HybridAttentionMambaModelConfig; the server logs "Setting attention block size to N tokens to ensure that
 * attention page size is >= mamba page size": 784 for Qwen3.5-27B). Ratios per layer are the same on every
 * tensor-parallel rank (heads of both kinds shard alike).
 */
export function hybridPaging(model: ModelArch, kv: KvPrecision = 'bf16'): HybridPaging | null {
  const la = model.linearAttention;
  const attentionLayers = model.attentionLayers ?? model.layers - (la?.layers ?? 0);
  if (!la || la.layers <= 0 || attentionLayers <= 0 || model.slidingWindow || model.sparseAttention)
    return null;
  const perTokenPerLayer = kvBytesPerToken(model, kv) / attentionLayers;
  if (!(perTokenPerLayer > 0)) return null;
  const blockTokens = 16 * Math.ceil(recurrentStateBytes(model) / la.layers / (16 * perTokenPerLayer));
  return { blockTokens, pageBytes: blockTokens * perTokenPerLayer, attentionLayers, linearLayers: la.layers };
}

/** The attention block, in tokens, vLLM V1 gives a hybrid linear-attention model (hybridPaging), or null. */
export function hybridBlockTokens(model: ModelArch, kv: KvPrecision = 'bf16'): number | null {
  return hybridPaging(model, kv)?.blockTokens ?? null;
}

/**
 * Cache bytes one sequence of `tokens` holds in vLLM V1's paged hybrid pool: whole attention blocks in every
 * attention layer and one padded page per linear-attention layer (see hybridPaging); a short request still
 * holds a full block. Models that are not hybrids: kvBytesPerSequence.
 */
export function pagedBytesPerSequence(
  model: ModelArch,
  tokens: number,
  kv: KvPrecision = 'bf16',
  paging: HybridPaging | null = hybridPaging(model, kv),
): number {
  if (paging === null) return kvBytesPerSequence(model, tokens, kv);
  const blocks = Math.ceil(Math.max(1, tokens) / paging.blockTokens);
  return paging.pageBytes * (paging.attentionLayers * blocks + paging.linearLayers);
}

/** How many GPUs' worth of memory one sequence's cache is spread over (capacity multiplies by this). */
export function kvShards(
  model: ModelArch,
  plan: Pick<
    ParallelPlan,
    'tensorParallel' | 'pipelineParallel' | 'expertParallel' | 'nodes' | 'attentionDataParallel'
  >,
): number {
  const tp = plan.tensorParallel;
  // KV heads shard over TP up to their count; MLA's single latent is replicated unless attention is data-parallel.
  const heads = plan.attentionDataParallel ? tp : model.attention === 'mla' ? 1 : Math.min(tp, model.kvHeads);
  // Multi-node expert parallelism runs attention data-parallel across nodes: each node holds its own sequences.
  const nodes = plan.expertParallel > 1 ? plan.nodes : 1;
  return heads * plan.pipelineParallel * nodes;
}

/** Peak activation memory per GPU for one prefill chunk (hidden states, MLP intermediate, logits). */
export function activationBytes(
  model: ModelArch,
  tensorParallel: number,
  batchedTokens = MAX_BATCHED_TOKENS,
): number {
  const perToken = (4 * model.hiddenSize + (2 * model.hiddenSize * 3.5) / tensorParallel) * 2;
  return batchedTokens * perToken;
}

export interface MemoryPlan {
  weightsBytes: number;
  weightsBytesPerGpu: number;
  /** Runtime (CUDA context, graphs, buffers) plus the activation peak, per GPU. */
  overheadBytesPerGpu: number;
  activationBytesPerGpu: number;
  /** Memory the engine leaves unclaimed (1 - its memory utilisation), per GPU. */
  reservedBytesPerGpu: number;
  /** Memory left for KV cache and recurrent state on each GPU; negative when the weights do not fit. */
  kvBytesPerGpu: number;
  /** Tokens of KV the whole replica can hold (windows ignored; for display). */
  kvTokenCapacity: number;
}

export interface MemoryRequest {
  model: ModelArch;
  gpu: GpuSpec;
  format: WeightFormat;
  kv: KvPrecision;
  parallel: Pick<
    ParallelPlan,
    'tensorParallel' | 'pipelineParallel' | 'expertParallel' | 'nodes' | 'attentionDataParallel' | 'gpus'
  >;
  memoryUtilization?: number;
  runtimeBytes?: number;
  batchedTokens?: number;
}

/**
 * Weights per GPU: dense weights split over TP x PP (replicated per node under wide EP), experts over EP.
 * Data-parallel attention replicates every non-expert weight (attention, dense MLPs, shared experts,
 * embeddings) on each GPU of a stage; only the routed experts are spread.
 */
export function weightsPerGpu(
  model: ModelArch,
  format: WeightFormat,
  parallel: MemoryRequest['parallel'],
): number {
  const w = weightBytes(model, format);
  const { tensorParallel: tp, pipelineParallel: pp, expertParallel: ep } = parallel;
  const routed = w.total - w.dense;
  if (parallel.attentionDataParallel) return w.dense / pp + routed / (ep > 1 ? ep : tp * pp);
  if (ep > 1) return w.dense / (tp * pp) + routed / ep;
  return w.total / (tp * pp);
}

export function memoryPlan(req: MemoryRequest): MemoryPlan {
  const { model, gpu, format, kv, parallel } = req;
  const util = req.memoryUtilization ?? GPU_MEMORY_UTILIZATION;
  const weights = weightsBytes(model, format);
  const perGpu = weightsPerGpu(model, format, parallel);
  const activations = activationBytes(
    model,
    parallel.attentionDataParallel ? 1 : parallel.tensorParallel,
    req.batchedTokens,
  );
  const overhead = (req.runtimeBytes ?? FIXED_RUNTIME_BYTES) + activations;
  const total = gpu.memoryGb * 1e9;
  const kvPerGpu = total * util - perGpu - overhead;
  const perTokenPerGpu = kvBytesPerToken(model, kv) / kvShards(model, parallel);
  return {
    weightsBytes: weights,
    weightsBytesPerGpu: perGpu,
    overheadBytesPerGpu: overhead,
    activationBytesPerGpu: activations,
    reservedBytesPerGpu: total * (1 - util),
    kvBytesPerGpu: kvPerGpu,
    kvTokenCapacity: kvPerGpu > 0 ? Math.floor(kvPerGpu / perTokenPerGpu) : 0,
  };
}
