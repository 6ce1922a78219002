import { attendedTokenLayers, kvLayers, recurrentStateBytes } from '../catalog/kv-cache.js';
import { peakFlops } from './hardware.js';
import { kvBytesPerSequence, kvShards } from './memory.js';
import type { EngineEfficiency } from './engines.js';
import type { WeightFormat } from './formats.js';
import { commSeconds, type ParallelPlan } from './parallel.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';
import { expectedDistinctExperts, type WeightBytes } from './weights.js';

/** Everything fixed about one replica: the step functions below vary only the batch and lengths. */
export interface Replica {
  model: ModelArch;
  gpu: GpuSpec;
  format: WeightFormat;
  kv: KvPrecision;
  parallel: ParallelPlan;
  eff: EngineEfficiency;
  weights: WeightBytes;
  /** Parameters each token multiplies through. */
  activeParams: number;
  /** The part of activeParams in routed experts. */
  routedActiveParams: number;
  /** The weight format runs through dequantising kernels on this GPU (formatSupport level 'kernel'). */
  weightOnlyKernel?: boolean;
  /** Multiplier on the per-sequence step cost for an older engine generation (vLLM V0); default 1. */
  seqOverheadScale?: number;
  /**
   * The engine runs every decode of a step that also carries a prefill chunk through the Gated DeltaNet chunk
   * kernel, one padded 64-token chunk each (vLLM before 0.23: `gdnMixedChunkPadding` in engines.ts).
   */
  gdnMixedChunks?: boolean;
  /** layerUnits(model) and moeTokenTrafficBytes(model), precomputed when the replica is planned. */
  units?: number;
  moeTrafficPerToken?: number;
}

/** Bandwidth share rises from memLow at one token towards memHigh as a step carries more tokens. */
export const memEfficiencyAt = (eff: EngineEfficiency, tokens: number): number =>
  eff.memHigh - (eff.memHigh - eff.memLow) * Math.exp(-Math.max(0, tokens - 1) / 16);

/**
 * Share of peak tensor throughput prefill GEMMs reach, in every engine: fitted with TensorRT-LLM's
 * long-prompt points (5,000 and 20,000-token prompts), whose time is mostly prefill.
 */
export const PREFILL_COMPUTE_EFFICIENCY = 0.45;

/** Rows at which a GEMM reaches about half its large-batch tensor throughput (a 64-row tile). */
export const EXPERT_GEMM_TILE_ROWS = 64;
/**
 * Share of tensor throughput a GEMM with `rows` rows reaches: tiles are padded to 64 rows, so a decode
 * step of a few sequences, or experts that each see a few tokens, waste most of them; prefill fills them.
 */
export const expertGemmUtilisation = (rows: number): number => (rows + 8) / (rows + EXPERT_GEMM_TILE_ROWS);

/**
 * Fixed time of one step in units of the engine's per-layer cost (`layerOverheadUs`): a plain transformer layer
 * (attention + dense MLP) is one unit, half each. Priors from kernel counts, not fitted:
 * - an MoE FFN launches about as many kernels again as a whole layer (router GEMM, top-k, token
 *   sort/permute, two grouped expert GEMMs, combine): 1.5 units;
 * - MLA adds the query down/up projections with their norm, the latent projection and norm and two
 *   weight-absorption GEMMs: 1.5 units;
 * - a linear-attention mixer (Gated DeltaNet, Mamba-2) adds its convolution-state update, gates, recurrent
 *   update and gated norm: 1.5 units.
 * Hybrids that stack single blocks (Nemotron-H: a layer is one Mamba, attention or MoE block) count blocks:
 * when mixers are fewer than layers, the other layers are the FFN blocks.
 */
export const UNIT = { attention: 0.5, mla: 1.5, linear: 1.5, denseFfn: 0.5, moeFfn: 1.5 } as const;

export function layerUnits(m: ModelArch): number {
  const linear = m.linearAttention?.layers ?? 0;
  const attention = m.attentionLayers ?? m.layers - linear;
  const mixers = attention + linear;
  const ffn = mixers < m.layers ? m.layers - mixers : m.layers;
  const moe = Math.min(ffn, m.moe?.moeLayers ?? 0);
  return (
    attention * (m.attention === 'mla' ? UNIT.mla : UNIT.attention) +
    linear * UNIT.linear +
    (ffn - moe) * UNIT.denseFfn +
    moe * UNIT.moeFfn
  );
}

/**
 * Activation bytes one token moves through one MoE layer's expert path: its hidden state copied to k
 * experts and the k outputs read back (2 x hidden each), the gate/up output and the activated
 * intermediate written and read (3 x intermediate), in bf16.
 */
export function moeTokenTrafficBytes(m: ModelArch): number {
  if (!m.moe) return 0;
  const width = m.moe.expertInputSize ?? m.hiddenSize;
  return 2 * 2 * m.moe.expertsPerToken * (2 * width + 3 * m.moe.expertIntermediateSize);
}

/**
 * Tokens per chunk of the Gated DeltaNet / Kimi Delta Attention chunk kernels (FLA's chunk_gated_delta_rule,
 * vLLM FLA_CHUNK_SIZE = 64).
 */
export const GDN_CHUNK_TOKENS = 64;
/**
 * Share of bf16 tensor peak the GDN chunk kernels reach. vLLM PR #44700 (https://github.com/vllm-project/vllm/pull/44700,
 * merged 2026-06-06, read 2026-12-02) timed one layer of Qwen3.5-397B (64 value heads, 128 x 128 state) on a B200:
 * an 8,192-token prefill took 464.1 us in the chunk kernel; at gdnChunkFlopsPerToken (184,320 per head) that is
 * 96.6 GFLOP, 208 TFLOP/s, 9.3% of the B200's 2,250 bf16 TFLOP/s. The kernel works on 64 x 128 tiles, a
 * triangular solve and a sequential pass over chunks, far from a large GEMM: it is a measured rate, not fitted.
 */
export const GDN_CHUNK_EFFICIENCY = 0.093;

/** Delta-rule mixers whose prefill runs the chunked (WY) kernels; Mamba-2 runs its own SSD scan, not modelled here. */
const chunkedDeltaRule = (m: ModelArch): boolean =>
  m.linearAttention !== undefined && m.linearAttention.kind !== 'mamba2';

/**
 * FLOPs of one token of one value head through the chunked delta rule (chunk C = 64, key dim dk, value dim dv), in
 * multiply-adds x 2: the in-chunk K K^T (C dk), its triangular inverse (C^2 / 2), w and u (C dk + C dv), the
 * state pass v - w h and h + k^T v (2 dk dv), the output q h (dk dv) and the masked in-chunk attention
 * (C dk + C dv). About 2.8x the 4 dk dv of the recurrent (decode) form.
 */
export function gdnChunkFlopsPerToken(dk: number, dv: number): number {
  const c = GDN_CHUNK_TOKENS;
  return 2 * (3 * c * dk + 2 * c * dv + (c * c) / 2 + 3 * dk * dv);
}

/** Seconds of chunk-kernel work for `tokens` tokens through every delta-rule layer, on all GPUs together. */
function gdnChunkSeconds(r: Replica, tokens: number): number {
  const la = r.model.linearAttention;
  if (!la || tokens <= 0 || !chunkedDeltaRule(r.model)) return 0;
  const flops = tokens * la.layers * la.heads * gdnChunkFlopsPerToken(la.stateDim, la.headDim);
  // The delta-rule kernels run in bf16 whatever the weight format.
  return flops / (r.gpu.bf16Tflops * 1e12 * GDN_CHUNK_EFFICIENCY);
}

/** Per-head width attention multiplies through per cached token: MLA attends in its latent space. */
const attnWidth = (m: ModelArch): number => (m.attention === 'mla' ? (m.mlaKvDim ?? m.headDim) : m.headDim);

/**
 * FLOPs of one token attending to a cache of `ctx` tokens (QK and PV, 2 FLOPs per MAC), linear layers included
 * in their recurrent form (a prefill token of a delta-rule mixer is costed by gdnChunkSeconds instead).
 */
function attentionFlops(m: ModelArch, ctx: number, prefill = false): number {
  const soft = 4 * m.attentionHeads * attnWidth(m) * attendedTokenLayers(m, ctx);
  const la = m.linearAttention;
  const lin =
    la && !(prefill && chunkedDeltaRule(m)) ? 4 * la.layers * la.heads * la.stateDim * la.headDim : 0;
  return soft + lin;
}

/**
 * Last answers of the two per-context terms below. A search (open-loop fixed point, SLO bisection) asks the same
 * model and context many times in a row; the values are pure functions of their keys, so this only skips work.
 */
const lastCache = {
  model: undefined as ModelArch | undefined,
  kv: '' as KvPrecision | '',
  ctx: Number.NaN,
  bytes: 0,
};
const lastDecodeFlops = { model: undefined as ModelArch | undefined, ctx: Number.NaN, flops: 0 };

/** Cache bytes one decoding sequence reads per step: the attended KV (sparse attention reads its top-k) plus its recurrent state, read and written. */
function cacheReadBytes(r: Replica, ctx: number): number {
  const c = lastCache;
  if (c.model !== r.model || c.kv !== r.kv || c.ctx !== ctx) {
    c.bytes = cacheReadBytesOf(r, ctx);
    c.model = r.model;
    c.kv = r.kv;
    c.ctx = ctx;
  }
  return c.bytes;
}

/** attentionFlops of a decoding token, through the one-entry memo. */
function decodeAttentionFlops(m: ModelArch, ctx: number): number {
  const c = lastDecodeFlops;
  if (c.model !== m || c.ctx !== ctx) {
    c.flops = attentionFlops(m, ctx);
    c.model = m;
    c.ctx = ctx;
  }
  return c.flops;
}

function cacheReadBytesOf(r: Replica, ctx: number): number {
  const m = r.model;
  const attended = m.sparseAttention ? Math.min(ctx, m.sparseAttention.topKTokens) : ctx;
  const kv = kvBytesPerSequence(m, attended, r.kv) - recurrentStateBytes(m);
  const indexer = m.sparseAttention ? m.sparseAttention.indexKeyDim * kvLayers(m) * ctx : 0;
  return kv + indexer + 2 * recurrentStateBytes(m);
}

export interface StepLoad {
  /** Sequences producing one token this step. */
  decode: number;
  /** Prompt tokens processed this step (chunked prefill shares the step with decoding). */
  prefill: number;
  /** Mean context of the decoding sequences. */
  decodeContext: number;
  /** Context the prefill chunk attends to (tokens already cached for its request). */
  prefillContext: number;
  /**
   * Share of steps that carry a prefill chunk next to their decodes, when prefill is an average over steps
   * (closed and open loop); 1 when omitted. Only mixed steps pay the padded-chunk cost of `gdnMixedChunks`.
   */
  mixedShare?: number;
}

export interface StepTime {
  seconds: number;
  memoryS: number;
  computeS: number;
  commS: number;
  overheadS: number;
  bound: 'memory' | 'compute';
}

/**
 * One engine step (one forward pass of every layer): weights touched (distinct experts for MoE), the
 * cache read and MoE token traffic over achieved bandwidth, or the FLOPs over achieved tensor throughput,
 * whichever is slower; plus communication, a fixed cost per kernel unit (layerUnits), per-sequence host
 * time and, on dequantising kernels, unpacking. Pipeline stages run the batch as micro-batches, so a
 * token's latency is every stage in turn. docs/cost-model.md states every term.
 */

export function stepTime(r: Replica, load: StepLoad): StepTime {
  const { model, gpu, parallel: plan, weights: w } = r;
  const pp = plan.pipelineParallel;
  const tokens = load.decode + load.prefill;
  // Per pipeline stage: its share of layers, for one micro-batch of tokens / pp.
  const microTokens = Math.max(tokens / pp, 1);
  const distinct = w.experts > 0 ? expectedDistinctExperts(w.experts, w.expertsPerToken, microTokens) : 0;
  const routedTouched = w.moeLayers * w.perExpert * distinct;
  const ep = plan.expertParallel;
  // Data-parallel attention: each GPU reads every non-expert weight for its own sequences.
  const dpRanks = plan.attentionDataParallel ? plan.tensorParallel : 1;
  const denseShards = dpRanks > 1 ? 1 : plan.tensorParallel;
  const weightBytes = w.dense / denseShards + routedTouched / (ep > 1 ? ep : plan.tensorParallel);
  const cacheBytes = ((load.decode / pp) * cacheReadBytes(r, load.decodeContext)) / kvShards(model, plan);
  // Token permutation traffic: every GPU of a stage handles its share of the step's routed tokens.
  const moeTraffic = model.moe
    ? (microTokens * (model.moe.moeLayers / pp) * (r.moeTrafficPerToken ?? moeTokenTrafficBytes(model))) /
      plan.tensorParallel
    : 0;
  const stageMem =
    (weightBytes / pp + cacheBytes + moeTraffic) /
    (gpu.memoryBandwidthTBs * 1e12 * memEfficiencyAt(r.eff, microTokens));
  // GEMMs with few rows waste tensor-core tiles: dense GEMMs see every token of the step (of the rank, under
  // data-parallel attention), each expert its share.
  const routedActive = r.routedActiveParams;
  const expertRows = distinct > 0 ? (microTokens * w.expertsPerToken) / distinct : 1;
  const gemmFlopsPerToken =
    (2 * (r.activeParams - routedActive)) / expertGemmUtilisation(Math.max(1, microTokens / dpRanks)) +
    (2 * routedActive) / expertGemmUtilisation(expertRows);
  const decodeFlops = load.decode * (gemmFlopsPerToken + decodeAttentionFlops(model, load.decodeContext));
  const prefillFlops =
    load.prefill * (gemmFlopsPerToken + attentionFlops(model, load.prefillContext + load.prefill / 2, true));
  const peak = peakFlops(gpu, r.format);
  // Delta-rule prefill runs the chunk kernels at their measured rate.
  const chunkS = gdnChunkSeconds(r, load.prefill);
  // Prefill runs large GEMMs that every engine hands to the same vendor kernels; decode efficiency is the engine's own.
  const stageComp =
    (decodeFlops / (peak * r.eff.compute) + prefillFlops / (peak * PREFILL_COMPUTE_EFFICIENCY) + chunkS) /
    plan.gpus /
    pp;
  const commS = commSeconds(model, gpu, plan, tokens);
  // Each data-parallel attention rank schedules its own sequences, in parallel with the others.
  const layerS = (r.units ?? layerUnits(model)) * r.eff.layerOverheadUs * 1e-6;
  const hostS =
    (load.decode / dpRanks + (load.prefill > 0 ? 1 : 0)) *
    r.eff.seqOverheadUs *
    (r.seqOverheadScale ?? 1) *
    1e-6;
  // Dequantising kernels read the same bytes but unpack every weight again for each tile of tokens: the
  // unpacking grows with the tokens a step carries and does not overlap the weight stream, so it adds
  // (1 / share - 1) of the GEMM time, the share being engine- and version-specific (1 = free unpacking).
  const kernel = r.weightOnlyKernel ? (r.eff.weightOnlyKernels ?? 1) : 1;
  const memoryS = pp * stageMem;
  const computeS = pp * stageComp;
  const unpackS = computeS * (1 / kernel - 1);
  // Measured points favour adding per-sequence time to the step over hiding it behind GPU time, even for
  // engines with overlap schedulers: part of it is GPU work per sequence (sampling, attention metadata).
  // An engine that sends a mixed step's decodes through the chunk kernel pays a whole padded chunk for each decode
  // instead of its recurrent update (vLLM PR #44700: 953 decodes beside a 7,239-token prefill took 4,362 us per
  // layer in the chunk kernel, 2,257 us with the decodes on the recurrent kernel). The chunk kernel runs between
  // the GEMMs, not under their weight stream: the step pays its time less the state traffic it replaces.
  const mixed =
    r.gdnMixedChunks && load.prefill > 0 && load.decode > 0
      ? Math.min(1, Math.max(0, load.mixedShare ?? 1))
      : 0;
  const paddingS =
    mixed > 0
      ? Math.max(
          0,
          gdnChunkSeconds(r, load.decode * mixed * GDN_CHUNK_TOKENS) / plan.gpus -
            (load.decode * mixed * 2 * recurrentStateBytes(model)) /
              kvShards(model, plan) /
              (gpu.memoryBandwidthTBs * 1e12 * memEfficiencyAt(r.eff, microTokens)),
        )
      : 0;
  const overheadS = layerS + hostS + unpackS + paddingS;
  const seconds = Math.max(memoryS, computeS) + commS + overheadS;
  return {
    seconds,
    memoryS,
    computeS,
    commS,
    overheadS,
    bound: computeS > memoryS ? 'compute' : 'memory',
  };
}
