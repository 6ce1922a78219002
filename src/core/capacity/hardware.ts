import { WEIGHT_FORMATS, type WeightFormat } from './formats.js';
import type { GpuSpec } from './types.js';

/**
 * Links between GPUs. NVLink-class inside a node (the catalog's interconnectGBs), PCIe for cards without
 * it, and the data-centre network between nodes (one 400 Gb/s NDR InfiniBand or RoCE port per GPU, the
 * usual H100/H200/B200 cluster build). Latencies are per message, measured orders of magnitude (NCCL).
 */
export const LINKS = {
  nvlink: { latencyS: 8e-6, note: 'NVLink / Infinity Fabric inside a node' },
  pcie: { latencyS: 25e-6, note: 'PCIe, no NVLink: all-reduce goes through the host bridge' },
  network: { gbs: 50, latencyS: 15e-6, note: '400 Gb/s InfiniBand/RoCE per GPU between nodes' },
} as const;

/** Below this per-direction bandwidth an interconnect is PCIe-class, above it NVLink-class. */
const NVLINK_MIN_GBS = 100;
/** PCIe bandwidth assumed when the catalog gives none (Gen4 x16 in practice). */
const PCIE_DEFAULT_GBS = 25;

export function intraNodeLink(gpu: GpuSpec): { kind: 'nvlink' | 'pcie'; gbs: number; latencyS: number } {
  const gbs = gpu.interconnectGBs ?? PCIE_DEFAULT_GBS;
  return gbs >= NVLINK_MIN_GBS
    ? { kind: 'nvlink', gbs, latencyS: LINKS.nvlink.latencyS }
    : { kind: 'pcie', gbs, latencyS: LINKS.pcie.latencyS };
}

export type FormatSupport =
  { level: 'native' | 'kernel'; note: string } | { level: 'unsupported'; reason: string };

/**
 * Whether a GPU runs a weight format: on its own tensor cores (native), through dequantising kernels
 * (weight-only: fewer bytes to read, compute at bf16), or not at all. Decided from the GPU's published
 * tensor throughputs, not its name.
 */
export function formatSupport(gpu: GpuSpec, format: WeightFormat): FormatSupport {
  const nvidia = gpu.vendor === undefined || gpu.vendor === 'nvidia';
  switch (format) {
    case 'bf16':
      return { level: 'native', note: 'bf16 tensor cores' };
    case 'fp8':
      if (gpu.fp8Tflops) return { level: 'native', note: 'FP8 tensor cores (Ada, Hopper, Blackwell, MI300)' };
      return nvidia
        ? {
            level: 'kernel',
            note: 'no FP8 tensor cores: FP8 weights dequantised to bf16 in the GEMM (Marlin W8A16)',
          }
        : {
            level: 'unsupported',
            reason: `${gpu.id ?? 'this GPU'} has no FP8 tensor cores and no FP8 weight-only kernel`,
          };
    case 'int8':
      return { level: 'native', note: 'INT8 tensor cores (W8A8)' };
    case 'int4-awq':
    case 'int4-gptq':
      return { level: 'kernel', note: 'INT4 weight-only kernels (Marlin/Machete on NVIDIA, Triton on AMD)' };
    case 'mxfp4':
      if (gpu.fp4Tflops) return { level: 'native', note: 'MXFP4 on FP4 tensor cores (Blackwell, MI355X)' };
      return {
        level: 'kernel',
        note: 'MXFP4 weight-only kernels (Hopper/Ampere/Ada and MI300 dequantise to bf16)',
      };
    case 'fp4':
      if (gpu.fp4Tflops && nvidia) return { level: 'native', note: 'NVFP4 on Blackwell FP4 tensor cores' };
      return {
        level: 'unsupported',
        reason: `NVFP4 (fp4) needs NVIDIA Blackwell FP4 tensor cores (B200, B300, RTX PRO 6000, RTX 5090); ${gpu.id ?? 'this GPU'} has none: use fp8, mxfp4 or int4-awq`,
      };
    case 'gguf-q4':
    case 'gguf-q5':
    case 'gguf-q8':
      return { level: 'kernel', note: 'llama.cpp quantised kernels (CUDA, ROCm, Metal)' };
  }
}

/** Dequantising weight-only formats inside the GEMM costs some tensor throughput. */
const WEIGHT_ONLY_COMPUTE_FACTOR = 0.85;

/** Dense tensor FLOP/s a format computes at on this GPU, falling back when the GPU lacks the path. */
export function peakFlops(gpu: GpuSpec, format: WeightFormat): number {
  const bf16 = gpu.bf16Tflops * 1e12;
  const weightOnly = bf16 * WEIGHT_ONLY_COMPUTE_FACTOR;
  switch (WEIGHT_FORMATS[format].compute) {
    case 'bf16':
      return bf16;
    case 'fp8':
      return gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : weightOnly;
    case 'int8':
      return gpu.int8Tops ? gpu.int8Tops * 1e12 : gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : weightOnly;
    case 'fp4':
      // NVFP4 checkpoints quantise activations as well: the GEMMs run at the FP4 tensor rate.
      return gpu.fp4Tflops ? gpu.fp4Tflops * 1e12 : weightOnly;
    case 'mxfp4':
      // MXFP4 weights meet FP8 (MXFP8) activations on Blackwell/MI355X; elsewhere they are dequantised to bf16.
      return gpu.fp4Tflops && gpu.fp8Tflops ? gpu.fp8Tflops * 1e12 : weightOnly;
    case 'weight-only':
      return weightOnly;
  }
}
