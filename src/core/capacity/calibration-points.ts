/**
 * The calibration set: measured serving throughput copied from ../shared/research/measured-throughput.json
 * (with each source URL) so tests and the product never read ../shared. Architectures and GPU specs are
 * inlined so calibration does not move when the catalog is edited.
 */
import type { Engine } from '../profile/index.js';
import type { WeightFormat } from './formats.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

export interface CalibrationPoint {
  id: string;
  engine: Engine;
  engineVersion: string;
  model: ModelArch;
  gpu: GpuSpec;
  precision: WeightFormat;
  kvPrecision: KvPrecision;
  tensorParallel: number;
  inputTokens: number;
  outputTokens: number;
  /** Closed-loop clients; undefined for offline max-throughput runs (engine saturation). */
  concurrency?: number;
  measuredOutputTokensPerSecond: number;
  measuredTtftMs?: number;
  measuredItlMs?: number;
  sourceUrl: string;
  asOf: string;
}

const llama8b: ModelArch = { id: 'llama-3.1-8b', totalParamsB: 8.03, activeParamsB: null, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, attention: 'gqa' };
const llama70b: ModelArch = { id: 'llama-3.3-70b', totalParamsB: 70.6, activeParamsB: null, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, attention: 'gqa' };
const llama405b: ModelArch = { id: 'llama-3.1-405b', totalParamsB: 405.9, activeParamsB: null, layers: 126, hiddenSize: 16384, attentionHeads: 128, kvHeads: 8, headDim: 128, attention: 'gqa' };
/** Qwen3-235B-A22B config.json: 94 layers, 64 query / 4 KV heads of 128, 128 experts with 8 active. */
const qwen3moe: ModelArch = { id: 'qwen3-235b-a22b', totalParamsB: 235, activeParamsB: 22, layers: 94, hiddenSize: 4096, attentionHeads: 64, kvHeads: 4, headDim: 128, attention: 'gqa' };

const h100: GpuSpec = { id: 'h100-sxm', vendor: 'nvidia', memoryGb: 80, memoryBandwidthTBs: 3.35, bf16Tflops: 989.4, fp8Tflops: 1978.9, interconnectGBs: 450 };
const h200: GpuSpec = { id: 'h200', vendor: 'nvidia', memoryGb: 141, memoryBandwidthTBs: 4.8, bf16Tflops: 989.4, fp8Tflops: 1978.9, interconnectGBs: 450 };
const b200: GpuSpec = { id: 'b200', vendor: 'nvidia', memoryGb: 180, memoryBandwidthTBs: 8, bf16Tflops: 2250, fp8Tflops: 4500, fp4Tflops: 9000, interconnectGBs: 900 };

const TRT_URL = 'https://nvidia.github.io/TensorRT-LLM/performance/perf-overview.html';
const TRT_VERSION = 'TensorRT-LLM v1.0 perf-overview (PyTorch backend), offline max throughput';
const NIM_URL = 'https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.md';

function trt(id: string, p: { model: ModelArch; gpu: GpuSpec; tp: number; precision?: WeightFormat; input: number; output: number; tokS: number }): CalibrationPoint {
  // ModelOpt FP8/FP4 checkpoints quantize the KV cache to FP8 as well.
  return { id, engine: 'tensorrt-llm', engineVersion: TRT_VERSION, model: p.model, gpu: p.gpu, precision: p.precision ?? 'fp8', kvPrecision: 'fp8', tensorParallel: p.tp, inputTokens: p.input, outputTokens: p.output, measuredOutputTokensPerSecond: p.tokS, sourceUrl: TRT_URL, asOf: 'TensorRT-LLM v1.0 docs' };
}

export const CALIBRATION_POINTS: readonly CalibrationPoint[] = [
  trt('trtllm-h100-llama31-8b-fp8-128-128', { model: llama8b, gpu: h100, tp: 1, input: 128, output: 128, tokS: 28312 }),
  trt('trtllm-h100-llama31-8b-fp8-1000-1000', { model: llama8b, gpu: h100, tp: 1, input: 1000, output: 1000, tokS: 15220 }),
  trt('trtllm-h100-llama31-8b-fp8-2048-2048', { model: llama8b, gpu: h100, tp: 1, input: 2048, output: 2048, tokS: 9305 }),
  trt('trtllm-h100-llama31-8b-fp8-5000-500', { model: llama8b, gpu: h100, tp: 1, input: 5000, output: 500, tokS: 3459 }),
  trt('trtllm-h100-llama31-8b-fp8-20000-2000', { model: llama8b, gpu: h100, tp: 1, input: 20000, output: 2000, tokS: 1351 }),
  trt('trtllm-h200-llama31-8b-fp8-1000-1000', { model: llama8b, gpu: h200, tp: 1, input: 1000, output: 1000, tokS: 17744 }),
  trt('trtllm-h100x2-llama33-70b-fp8-1000-1000', { model: llama70b, gpu: h100, tp: 2, input: 1000, output: 1000, tokS: 4205 }),
  trt('trtllm-h100x2-llama33-70b-fp8-5000-500', { model: llama70b, gpu: h100, tp: 2, input: 5000, output: 500, tokS: 898 }),
  trt('trtllm-h200-llama33-70b-fp8-1000-1000', { model: llama70b, gpu: h200, tp: 1, input: 1000, output: 1000, tokS: 2909 }),
  trt('trtllm-b200-llama33-70b-fp4-1000-1000', { model: llama70b, gpu: b200, tp: 1, precision: 'fp4', input: 1000, output: 1000, tokS: 7007 }),
  trt('trtllm-h100x8-llama31-405b-fp8-1000-1000', { model: llama405b, gpu: h100, tp: 8, input: 1000, output: 1000, tokS: 2919 }),
  trt('trtllm-h100x8-qwen3-235b-a22b-fp8-1000-1000', { model: qwen3moe, gpu: h100, tp: 8, input: 1000, output: 1000, tokS: 14898 }),
  {
    id: 'nim180-h100x2-llama33-70b-fp8-5000-500-c1', engine: 'tensorrt-llm', engineVersion: 'NIM LLM 1.8.0 (TensorRT-LLM profile)', model: llama70b, gpu: h100,
    precision: 'fp8', kvPrecision: 'fp8', tensorParallel: 2, inputTokens: 5000, outputTokens: 500, concurrency: 1,
    measuredOutputTokensPerSecond: 51.67, measuredTtftMs: 406.77, measuredItlMs: 18.58, sourceUrl: NIM_URL, asOf: 'NIM LLM 1.8.0 (read 2026-11-23)',
  },
  {
    id: 'nim180-h100x2-llama33-70b-fp8-5000-500-c250', engine: 'tensorrt-llm', engineVersion: 'NIM LLM 1.8.0 (TensorRT-LLM profile)', model: llama70b, gpu: h100,
    precision: 'fp8', kvPrecision: 'fp8', tensorParallel: 2, inputTokens: 5000, outputTokens: 500, concurrency: 250,
    measuredOutputTokensPerSecond: 920.12, measuredItlMs: 93.2, sourceUrl: NIM_URL, asOf: 'NIM LLM 1.8.0 (read 2026-11-23)',
  },
];
