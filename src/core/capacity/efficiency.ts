import type { Engine } from '../profile/index.js';

/** Fractions of datasheet peak an engine reaches; fitted on the calibration points (see calibration.ts). */
export interface Efficiency {
  /** Achieved share of HBM bandwidth in decode at large batch. */
  memHigh: number;
  /** Achieved share of HBM bandwidth in decode at batch 1 (small GEMVs do not saturate HBM). */
  memLow: number;
  /** Model FLOPs utilization in decode once compute-bound. */
  decodeCompute: number;
  /** Model FLOPs utilization in prefill. */
  prefill: number;
}

/**
 * TensorRT-LLM factors fitted by `fitEfficiency` on all calibration points (bench/capacity.bench.ts prints them).
 * memLow is a prior (about 0.5 of datasheet bandwidth at batch 1, measured-throughput.json derived observations).
 */
export const REFERENCE_EFFICIENCY: Efficiency = { memHigh: 0.81, memLow: 0.5, decodeCompute: 0.47, prefill: 0.47 };

export interface EngineProfile {
  /** Multiplier on the reference (TensorRT-LLM) efficiency. */
  factor: number;
  /** Default cap on concurrent sequences (max_num_seqs / max batch / parallel slots). */
  maxSeqs: (gpuMemoryGb: number) => number;
  /** Extra relative error for engines with no calibration point of their own. */
  extraErrorBand: number;
  calibrated: boolean;
  note: string;
}

/** Engine priors relative to TensorRT-LLM; only TensorRT-LLM has measured points in the calibration set. */
export const ENGINE_PROFILES: Readonly<Record<Engine, EngineProfile>> = {
  'tensorrt-llm': { factor: 1, maxSeqs: () => 512, extraErrorBand: 0, calibrated: true, note: 'calibrated on TensorRT-LLM v1.0 and NIM 1.8 points (max batch 512 fits them best)' },
  vllm: { factor: 0.9, maxSeqs: (gb) => (gb >= 70 ? 1024 : 256), extraErrorBand: 0.15, calibrated: false, note: 'prior: ~0.9x TensorRT-LLM at saturation (vLLM >= 0.6 perf update)' },
  sglang: { factor: 0.92, maxSeqs: (gb) => (gb >= 70 ? 1024 : 256), extraErrorBand: 0.15, calibrated: false, note: 'prior: close to vLLM' },
  tgi: { factor: 0.8, maxSeqs: () => 512, extraErrorBand: 0.2, calibrated: false, note: 'prior: ~0.8x TensorRT-LLM' },
  'llama-cpp': { factor: 0.6, maxSeqs: () => 8, extraErrorBand: 0.3, calibrated: false, note: 'prior: 8 parallel slots, weaker batched kernels' },
  ollama: { factor: 0.55, maxSeqs: () => 4, extraErrorBand: 0.3, calibrated: false, note: 'prior: OLLAMA_NUM_PARALLEL 4, llama.cpp underneath' },
};

export function engineEfficiency(base: Efficiency, engine: Engine): Efficiency {
  const f = ENGINE_PROFILES[engine].factor;
  return { memHigh: base.memHigh * f, memLow: base.memLow * f, decodeCompute: base.decodeCompute * f, prefill: base.prefill * f };
}

/** Bandwidth efficiency rises from memLow at batch 1 towards memHigh as the batch grows. */
export const memEfficiencyAt = (eff: Efficiency, batch: number): number =>
  eff.memHigh - (eff.memHigh - eff.memLow) * Math.exp(-(batch - 1) / 16);
