/**
 * The calibration set: published serving measurements copied from ../shared/research/measured-throughput.json
 * and measured-throughput-2026.json (each with its source URL and engine version) so tests and the product
 * never read ../shared. Other published points are kept aside to check the model; none are added here.
 */
import type { Engine } from '../profile/index.js';
import { CALIBRATION_GPUS as G } from './calibration-gpus.js';
import { calibrationModel } from './calibration-models.js';
import type { WeightFormat } from './formats.js';
import type { GpuSpec, KvPrecision, ModelArch } from './types.js';

export interface CalibrationPoint {
  id: string;
  engine: Engine;
  engineVersion: string;
  modelId: string;
  model: ModelArch;
  gpu: GpuSpec;
  gpus: number;
  pipelineParallel?: number;
  attentionDataParallel?: boolean;
  precision: WeightFormat;
  kvPrecision: KvPrecision;
  inputTokens: number;
  outputTokens: number;
  /** Clients in flight; 'max' for offline max-throughput runs (engine saturation). */
  concurrency: number | 'max';
  /** Engine cap on sequences when the run set one. */
  maxSeqs?: number;
  /**
   * A finite run: `requests` prompts submitted at once (at most `concurrency` in flight), throughput = all output
   * / the run's duration. ShareGPT output lengths vary (taken as exponential around the mean: the batch drains
   * as short answers finish); random datasets fix them. Absent: a steady state (offline max or a fixed concurrency).
   */
  burst?: { requests: number; outputLengths: 'variable' | 'fixed' };
  measuredOutputTokensPerSecond: number;
  measuredTtftMs?: number;
  measuredTpotMs?: number;
  sourceUrl: string;
  asOf: string;
  /** What was measured: aggregate output tokens/s (default) or one stream's decode speed. */
  metric?: 'output' | 'stream';
  /** Reported but not fitted, with the reason (a feature the model does not have). */
  excluded?: string;
  /**
   * How the run sized the engine's limits when not the engine's defaults: 'trtllm-bench' = trtllm-bench's
   * max-throughput heuristic (batch and token budget from the cache and the request shape, see trtllmBenchLimits).
   */
  engineLimits?: 'trtllm-bench';
}

type Spec = Omit<
  CalibrationPoint,
  'model' | 'sourceUrl' | 'asOf' | 'engineVersion' | 'engine' | 'kvPrecision'
> &
  Partial<Pick<CalibrationPoint, 'kvPrecision' | 'sourceUrl' | 'asOf' | 'engineVersion' | 'engine'>>;

const TRT_URL = 'https://nvidia.github.io/TensorRT-LLM/performance/perf-overview.html';
const TRT_VERSION = 'TensorRT-LLM v1.0 perf-overview (PyTorch backend), offline max throughput';
const NIM_URL = 'https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.md';

/** trtllm-bench offline runs: every request queued at once, ModelOpt FP8/FP4 checkpoints with an FP8 KV cache. */
const trt = (p: Spec): CalibrationPoint => ({
  ...(p.concurrency === 'max' ? { engineLimits: 'trtllm-bench' as const } : {}),
  ...(calibrationModel(p.modelId).moe !== undefined && p.gpus > 1 && p.concurrency === 'max'
    ? { attentionDataParallel: true }
    : {}),
  engine: 'tensorrt-llm',
  engineVersion: TRT_VERSION,
  kvPrecision: 'fp8',
  sourceUrl: TRT_URL,
  asOf: '2026-11-23',
  ...p,
  model: calibrationModel(p.modelId),
});

export const CALIBRATION_POINTS_2025: readonly CalibrationPoint[] = [
  trt({
    id: 'trtllm-h100-llama31-8b-fp8-128-128',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h100,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 128,
    outputTokens: 128,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 28312,
  }),
  trt({
    id: 'trtllm-h100-llama31-8b-fp8-1000-1000',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h100,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 15220,
  }),
  trt({
    id: 'trtllm-h100-llama31-8b-fp8-2048-2048',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h100,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 2048,
    outputTokens: 2048,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 9305,
  }),
  trt({
    id: 'trtllm-h100-llama31-8b-fp8-5000-500',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h100,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 5000,
    outputTokens: 500,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 3459,
  }),
  trt({
    id: 'trtllm-h100-llama31-8b-fp8-20000-2000',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h100,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 20000,
    outputTokens: 2000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 1351,
  }),
  trt({
    id: 'trtllm-h200-llama31-8b-fp8-1000-1000',
    modelId: 'llama-3.1-8b-instruct',
    gpu: G.h200,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 17744,
  }),
  trt({
    id: 'trtllm-h100x2-llama33-70b-fp8-1000-1000',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.h100,
    gpus: 2,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 4205,
  }),
  trt({
    id: 'trtllm-h100x2-llama33-70b-fp8-5000-500',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.h100,
    gpus: 2,
    precision: 'fp8',
    inputTokens: 5000,
    outputTokens: 500,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 898,
  }),
  trt({
    id: 'trtllm-h200-llama33-70b-fp8-1000-1000',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.h200,
    gpus: 1,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 2909,
  }),
  trt({
    id: 'trtllm-b200-llama33-70b-fp4-1000-1000',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.b200,
    gpus: 1,
    precision: 'fp4',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 7007,
  }),
  trt({
    id: 'trtllm-h100x8-llama31-405b-fp8-1000-1000',
    modelId: 'llama-3.1-405b-instruct',
    gpu: G.h100,
    gpus: 8,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 2919,
  }),
  trt({
    id: 'trtllm-h100x8-qwen3-235b-a22b-fp8-1000-1000',
    modelId: 'qwen3-235b-a22b',
    gpu: G.h100,
    gpus: 8,
    precision: 'fp8',
    inputTokens: 1000,
    outputTokens: 1000,
    concurrency: 'max',
    measuredOutputTokensPerSecond: 14898,
  }),
  trt({
    id: 'nim180-h100x2-llama33-70b-fp8-5000-500-c1',
    engineVersion: 'NIM LLM 1.8.0 (TensorRT-LLM profile)',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.h100,
    gpus: 2,
    precision: 'fp8',
    inputTokens: 5000,
    outputTokens: 500,
    concurrency: 1,
    measuredOutputTokensPerSecond: 51.67,
    measuredTtftMs: 406.77,
    measuredTpotMs: 18.58,
    sourceUrl: NIM_URL,
  }),
  trt({
    id: 'nim180-h100x2-llama33-70b-fp8-5000-500-c250',
    engineVersion: 'NIM LLM 1.8.0 (TensorRT-LLM profile)',
    modelId: 'llama-3.3-70b-instruct',
    gpu: G.h100,
    gpus: 2,
    precision: 'fp8',
    inputTokens: 5000,
    outputTokens: 500,
    concurrency: 250,
    measuredOutputTokensPerSecond: 920.12,
    measuredTpotMs: 93.2,
    sourceUrl: NIM_URL,
  }),
];
