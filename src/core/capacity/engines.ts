import type { Engine } from '../profile/index.js';
import type { WeightFormat } from './formats.js';
import { ENGINE_FITS } from './engine-fits.js';
import type { GpuSpec, KvPrecision } from './types.js';

/** Fractions of datasheet peak an engine reaches, and its fixed cost per layer per step. */
export interface EngineEfficiency {
  /** Achieved share of HBM bandwidth once a step carries many tokens. */
  memHigh: number;
  /** Achieved share of HBM bandwidth at one token (small GEMVs do not saturate HBM). */
  memLow: number;
  /** Achieved share of tensor throughput in GEMMs (model FLOPs utilisation). */
  compute: number;
  /** Fixed time per layer per step: kernel launches, synchronisation (microseconds). */
  layerOverheadUs: number;
  /** Host time per sequence per step: scheduling, input preparation, sampling, detokenising (microseconds). */
  seqOverheadUs: number;
  /**
   * Share of its efficiency the engine keeps when the weight format runs through dequantising kernels (a format
   * the GPU has no tensor cores for: MXFP4 on Hopper, INT4 everywhere). Kernel quality differs by engine and
   * version; 1 when fitted points say nothing.
   */
  weightOnlyKernels?: number;
}

/** Leave-one-out error of an engine's fit on its published points (bench:capacity prints them). */
export interface EngineError {
  points: number;
  medianAbs: number;
  /** 90th percentile of the absolute leave-one-out error: the band sizing quotes. */
  p90Abs: number;
  maxAbs: number;
  /** Standard deviation of ln(predicted / measured): what the cost model samples speed error from. */
  logSigma: number;
}

export interface EngineProfile {
  engine: Engine;
  /** The engine versions the efficiency was fitted on. */
  calibratedOn: string;
  efficiency: EngineEfficiency;
  /** Default cap on sequences in flight (max_num_seqs, max batch size, parallel slots). */
  maxSeqs: (gpuMemoryGb: number) => number;
  /** Tokens one step may carry (max_num_batched_tokens / chunked-prefill size). */
  stepTokenBudget: (gpuMemoryGb: number) => number;
  /** Share of GPU memory the engine claims for weights, cache and activations. */
  memoryUtilization: number;
  /** Memory per GPU outside weights, cache and activations: CUDA context, CUDA graphs, communicator buffers. */
  runtimeBytes: number;
  /** KV-cache precision the engine uses unless told otherwise. */
  defaultKv: (format: WeightFormat, gpu: GpuSpec) => KvPrecision;
  /** Admission: reserve every request's full length up front (TensorRT-LLM) or grow and pre-empt (vLLM, SGLang). */
  kvAdmission: 'reserve-full' | 'grow';
  error: EngineError | null;
  note: string;
}

const autoKv = (): KvPrecision => 'bf16';
/** ModelOpt FP8/FP4 checkpoints carry an FP8 KV cache, which TensorRT-LLM uses. */
const trtKv = (format: WeightFormat, gpu: GpuSpec): KvPrecision =>
  (format === 'fp8' || format === 'fp4') && gpu.fp8Tflops ? 'fp8' : 'bf16';
const big = (gb: number): boolean => gb >= 70;

export const ENGINE_PROFILES: Readonly<Record<Engine, EngineProfile>> = {
  vllm: {
    engine: 'vllm',
    ...ENGINE_FITS.vllm,
    maxSeqs: (gb) => (big(gb) ? 1024 : 256),
    stepTokenBudget: (gb) => (big(gb) ? 8192 : 2048),
    memoryUtilization: 0.9,
    runtimeBytes: 3e9,
    defaultKv: autoKv,
    kvAdmission: 'grow',
    note: 'vLLM V1 defaults: max_num_seqs 1024 and max_num_batched_tokens 8192 on >= 70 GB GPUs (256 / 2048 below), gpu_memory_utilization 0.9, KV cache in the model dtype',
  },
  sglang: {
    engine: 'sglang',
    ...ENGINE_FITS.sglang,
    maxSeqs: (gb) => (big(gb) ? 1024 : 256),
    stepTokenBudget: (gb) => (big(gb) ? 8192 : 4096),
    memoryUtilization: 0.88,
    runtimeBytes: 3e9,
    defaultKv: autoKv,
    kvAdmission: 'grow',
    note: 'SGLang defaults: chunked prefill 8192 tokens, mem_fraction_static ~0.88, KV cache in the model dtype',
  },
  'tensorrt-llm': {
    engine: 'tensorrt-llm',
    ...ENGINE_FITS['tensorrt-llm'],
    maxSeqs: () => 2048,
    stepTokenBudget: () => 8192,
    memoryUtilization: 0.9,
    runtimeBytes: 2e9,
    defaultKv: trtKv,
    kvAdmission: 'reserve-full',
    note: "TensorRT-LLM: max_num_tokens 8192, GUARANTEED_NO_EVICT reserves each request's full length, FP8 KV with ModelOpt FP8/FP4 checkpoints",
  },
  tgi: {
    engine: 'tgi',
    ...ENGINE_FITS.vllm,
    calibratedOn: "no published TGI points: vLLM's fit as a prior (TGI is in maintenance mode since 2025)",
    error: null,
    maxSeqs: () => 512,
    stepTokenBudget: () => 4096,
    memoryUtilization: 0.9,
    runtimeBytes: 3e9,
    defaultKv: autoKv,
    kvAdmission: 'grow',
    note: 'prior: TGI v3 close to vLLM; no published points to calibrate on',
  },
  'llama-cpp': {
    engine: 'llama-cpp',
    ...ENGINE_FITS['llama-cpp'],
    maxSeqs: () => 4,
    stepTokenBudget: () => 2048,
    memoryUtilization: 0.95,
    runtimeBytes: 0.8e9,
    defaultKv: autoKv,
    kvAdmission: 'reserve-full',
    note: 'llama.cpp server: --parallel 4 slots sharing --ctx-size (each slot reserves its context), f16 KV, batch 2048',
  },
  ollama: {
    engine: 'ollama',
    ...ENGINE_FITS['llama-cpp'],
    calibratedOn: `llama.cpp's fit (Ollama runs llama.cpp): ${ENGINE_FITS['llama-cpp'].calibratedOn}`,
    maxSeqs: () => 4,
    stepTokenBudget: () => 2048,
    memoryUtilization: 0.95,
    runtimeBytes: 0.8e9,
    defaultKv: autoKv,
    kvAdmission: 'reserve-full',
    note: 'Ollama: llama.cpp underneath, OLLAMA_NUM_PARALLEL 4 (1 on small GPUs), f16 KV',
  },
};

/**
 * vLLM before 0.8 ran the V0 engine (V1 became the default in 0.8.0, https://blog.vllm.ai/2025/01/27/v1-alpha-release.html):
 * scheduling, input preparation and sampling ran in Python between GPU steps, per sequence, and the defaults
 * were max_num_seqs 256 and, for models of more than 32K context, chunked prefill with a 512-token step budget.
 * `seqOverheadScale` multiplies the fitted per-sequence cost: a prior of 4x (V0 left the GPU idle 62% of
 * the time at high load in v0.5.3, https://blog.vllm.ai/2024/09/05/perf-update.html; V1 and 0.6's async output
 * processing removed most of that), not fitted: no V0 point is in the calibration set.
 */
export interface EngineGeneration {
  label: string;
  maxSeqs?: number;
  stepTokenBudget?: number;
  seqOverheadScale: number;
}
export const VLLM_V0: EngineGeneration = {
  label: 'vLLM V0 engine (< 0.8)',
  maxSeqs: 256,
  stepTokenBudget: 512,
  seqOverheadScale: 4,
};

/** Major.minor of a version string such as 'vLLM v0.6.3' or 'vLLM 0.16.0'; null when none is stated. */
export function parseVersion(version: string): [number, number] | null {
  const m = /(\d+)\.(\d+)(?:\.\d+)?/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The engine generation a stated version ran, when it differs from the current one; null otherwise. */
export function engineGeneration(engine: Engine, version: string | undefined): EngineGeneration | null {
  if (version === undefined || engine !== 'vllm') return null;
  const v = parseVersion(version);
  return v && v[0] === 0 && v[1] < 8 ? VLLM_V0 : null;
}

/**
 * vLLM before 0.23 ran every non-speculative token of a step that held a prefill through the Gated DeltaNet chunk
 * kernel (qwen3_next / qwen3_5 `_forward_core`: `if num_prefills > 0: chunk_gated_delta_rule(...)` over the whole
 * batch, the recurrent kernel only for decode-only steps), so each decode of a mixed step became its own
 * 64-token chunk. PR #44700 (https://github.com/vllm-project/vllm/pull/44700, merged 2026-06-06, after v0.22.1 of
 * 2026-06-05; read 2026-12-02) routes those decodes to the recurrent kernel. A version that is not stated is taken
 * to be current (fixed).
 */
export function gdnMixedChunkPadding(engine: Engine, version: string | undefined): boolean {
  if (engine !== 'vllm' || version === undefined) return false;
  const v = parseVersion(version);
  return v !== null && v[0] === 0 && v[1] < 23;
}

/** Band for engines with fewer than 5 published points of their own. */
export const UNCALIBRATED_BAND = 0.6;
/** Relative band for speed figures: the 90th percentile of the engine's leave-one-out error, rounded up to 5%. */
export function engineErrorBand(engine: Engine): number {
  const e = ENGINE_PROFILES[engine].error;
  return e && e.points >= 5 ? Math.ceil(e.p90Abs * 20) / 20 : UNCALIBRATED_BAND;
}
