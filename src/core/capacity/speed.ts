import { memEfficiencyAt, type Efficiency } from './efficiency.js';
import { WEIGHT_FORMATS, type WeightFormat } from './formats.js';
import { kvBytesPerSequence, kvShards, weightsBytes } from './memory.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

/** Everything fixed about one replica: the speed functions below vary only batch and lengths. */
export interface Replica {
  model: ModelArch;
  gpu: GpuSpec;
  format: WeightFormat;
  kv: KvPrecision;
  tensorParallel: number;
  eff: Efficiency;
}

/** Dequantizing weight-only formats inside the GEMM costs some tensor throughput. */
const WEIGHT_ONLY_COMPUTE_FACTOR = 0.85;
/** All-reduce latency per ring step (a call takes log2(TP) of them): NVLink-class vs PCIe. */
const ALLREDUCE_LATENCY_S = { nvlink: 8e-6, pcie: 20e-6 };
const PCIE_GBS = 25;

/** Dense tensor FLOP/s a format computes at on this GPU, falling back when the GPU lacks the path. */
export function peakFlops(gpu: GpuSpec, format: WeightFormat): number {
  const bf16 = gpu.bf16Tflops * 1e12;
  switch (WEIGHT_FORMATS[format].compute) {
    case 'bf16':
      return bf16;
    case 'fp8':
      return gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : bf16 * WEIGHT_ONLY_COMPUTE_FACTOR;
    case 'int8':
      return gpu.int8Tops ? gpu.int8Tops * 1e12 : gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : bf16 * WEIGHT_ONLY_COMPUTE_FACTOR;
    case 'fp4':
      // NVFP4 halves weight bytes, but measured TensorRT-LLM v1.0 gains match fp8-rate GEMMs, not 2x.
      return gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : bf16 * WEIGHT_ONLY_COMPUTE_FACTOR;
    case 'weight-only':
      return bf16 * WEIGHT_ONLY_COMPUTE_FACTOR;
  }
}

const activeParams = (m: ModelArch): number => (m.activeParamsB ?? m.totalParamsB) * 1e9;

/** Weight bytes one decode step reads: MoE experts touched grow with the batch until all are. */
function weightBytesTouched(r: Replica, batch: number): number {
  const total = weightsBytes(r.model, r.format);
  if (r.model.activeParamsB === null) return total;
  const share = r.model.activeParamsB / r.model.totalParamsB;
  return total * (1 - (1 - share) ** batch);
}

/** Attention FLOPs per generated token at context `ctx` (QK and PV, both 2 FLOPs per MAC). */
function attentionFlopsPerToken(m: ModelArch, ctx: number): number {
  const windowLayers = m.slidingWindow ? Math.min(m.slidingWindow.layers, m.layers) : 0;
  const windowCtx = m.slidingWindow ? Math.min(ctx, m.slidingWindow.tokens) : 0;
  return 4 * m.attentionHeads * m.headDim * ((m.layers - windowLayers) * ctx + windowLayers * windowCtx);
}

/** Time of the tensor-parallel all-reduces (two per layer) for `tokens` tokens in flight. */
function commSeconds(r: Replica, tokens: number): number {
  const tp = r.tensorParallel;
  if (tp <= 1) return 0;
  const nvlink = r.gpu.interconnectGBs !== null && r.gpu.interconnectGBs !== undefined;
  const bw = (nvlink ? r.gpu.interconnectGBs! : PCIE_GBS) * 1e9;
  const bytes = (tokens * r.model.hiddenSize * 2 * 2 * (tp - 1)) / tp;
  return 2 * r.model.layers * ((nvlink ? ALLREDUCE_LATENCY_S.nvlink : ALLREDUCE_LATENCY_S.pcie) * Math.log2(tp) + bytes / bw);
}

export interface StepTime {
  seconds: number;
  bound: 'memory' | 'compute';
}

/** One decode step for `batch` sequences at mean context `ctx`: max(memory, compute) plus TP communication. */
export function decodeStep(r: Replica, batch: number, ctx: number): StepTime {
  const tp = r.tensorParallel;
  const bytes = weightBytesTouched(r, batch) / tp + (batch * kvBytesPerSequence(r.model, ctx, r.kv)) / kvShards(r.model, tp);
  const memS = bytes / (r.gpu.memoryBandwidthTBs * 1e12 * memEfficiencyAt(r.eff, batch));
  const flops = (batch * (2 * activeParams(r.model) + attentionFlopsPerToken(r.model, ctx))) / tp;
  const compS = flops / (peakFlops(r.gpu, r.format) * r.eff.decodeCompute);
  return { seconds: Math.max(memS, compS) + commSeconds(r, batch), bound: compS > memS ? 'compute' : 'memory' };
}

/** Prefill of one prompt of `tokens`: compute-bound (weights read once), causal attention is quadratic. */
export function prefillSeconds(r: Replica, tokens: number): number {
  if (tokens <= 0) return 0;
  const tp = r.tensorParallel;
  const linear = 2 * activeParams(r.model) * tokens;
  const windowLayers = r.model.slidingWindow ? Math.min(r.model.slidingWindow.layers, r.model.layers) : 0;
  const windowTok = r.model.slidingWindow ? Math.min(tokens, r.model.slidingWindow.tokens) : 0;
  const attn = 2 * r.model.attentionHeads * r.model.headDim * ((r.model.layers - windowLayers) * tokens * tokens + windowLayers * tokens * windowTok);
  const compS = (linear + attn) / tp / (peakFlops(r.gpu, r.format) * r.eff.prefill);
  const memS = weightsBytes(r.model, r.format) / tp / (r.gpu.memoryBandwidthTBs * 1e12 * r.eff.memHigh);
  return Math.max(compS, memS) + commSeconds(r, tokens);
}

export interface LoadPoint {
  batch: number;
  ttftS: number;
  /** Observed time between output tokens, prefill interference of the other sequences included. */
  tpotS: number;
  outputTokensPerSecond: number;
  requestsPerSecond: number;
  bound: 'memory' | 'compute';
}

/**
 * Steady state with `batch` sequences in flight (continuous batching): per cycle the GPU runs `output`
 * decode steps and `batch` prefills, so aggregate output = batch x output / (output x step + batch x prefill).
 */
export function loadPoint(r: Replica, opts: { batch: number; input: number; output: number; prefillS?: number }): LoadPoint {
  const { batch, input } = opts;
  const output = Math.max(1, opts.output);
  const step = decodeStep(r, batch, input + output / 2);
  const prefill = opts.prefillS ?? prefillSeconds(r, input);
  const tpot = step.seconds + ((batch - 1) * prefill) / output;
  const cycle = output * step.seconds + batch * prefill;
  const tokS = (batch * output) / cycle;
  return {
    batch,
    ttftS: prefill + (batch > 1 ? step.seconds : 0),
    tpotS: tpot,
    outputTokensPerSecond: tokS,
    requestsPerSecond: tokS / output,
    bound: step.bound,
  };
}
