import type { Engine, Precision } from '../profile/index.js';

/** Tensor-core path a weight format computes on; weight-only formats dequantize to bf16. */
export type ComputeClass = 'bf16' | 'fp8' | 'int8' | 'fp4' | 'mxfp4' | 'weight-only';

/** Weight formats are the product's precisions. */
export type WeightFormat = Precision;

export interface FormatSpec {
  /** Effective bits per weight, scales and zero points included. */
  bitsPerWeight: number;
  compute: ComputeClass;
  note: string;
}

/** Real storage cost per weight, including quantization scales (why int4 is not exactly 4 bits). */
export const WEIGHT_FORMATS: Readonly<Record<WeightFormat, FormatSpec>> = {
  bf16: { bitsPerWeight: 16, compute: 'bf16', note: '2 bytes per weight' },
  fp8: { bitsPerWeight: 8, compute: 'fp8', note: 'E4M3 with per-tensor scales (negligible)' },
  int8: { bitsPerWeight: 8.06, compute: 'int8', note: 'W8A8 with per-channel fp16 scales' },
  'int4-awq': {
    bitsPerWeight: 4.25,
    compute: 'weight-only',
    note: 'group 128: 4 bits + fp16 scale and 4-bit zero per group',
  },
  'int4-gptq': {
    bitsPerWeight: 4.25,
    compute: 'weight-only',
    note: 'group 128: 4 bits + fp16 scale and zero per group',
  },
  'gguf-q4': { bitsPerWeight: 4.85, compute: 'weight-only', note: 'Q4_K_M average over tensors (llama.cpp)' },
  'gguf-q5': { bitsPerWeight: 5.69, compute: 'weight-only', note: 'Q5_K_M average over tensors (llama.cpp)' },
  'gguf-q8': {
    bitsPerWeight: 8.5,
    compute: 'weight-only',
    note: 'Q8_0: 32 int8 weights + one fp16 scale per block',
  },
  mxfp4: {
    bitsPerWeight: 4.25,
    compute: 'mxfp4',
    note: 'MXFP4 (OCP microscaling): 4 bits + one 8-bit power-of-two scale per 32 weights',
  },
  fp4: {
    bitsPerWeight: 4.5,
    compute: 'fp4',
    note: 'NVFP4: 4 bits + fp8 scale per 16 weights; ModelOpt checkpoints quantise activations too (W4A4 on Blackwell tensor cores)',
  },
};

/** Which weight formats each engine serves (GGUF is llama.cpp/Ollama territory, and they serve nothing else). */
export const ENGINE_FORMATS: Readonly<Record<Engine, readonly Precision[]>> = {
  vllm: ['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq', 'mxfp4', 'fp4'],
  sglang: ['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq', 'mxfp4', 'fp4'],
  'tensorrt-llm': ['bf16', 'fp8', 'int8', 'int4-awq', 'mxfp4', 'fp4'],
  tgi: ['bf16', 'fp8', 'int4-awq', 'int4-gptq'],
  'llama-cpp': ['gguf-q4', 'gguf-q5', 'gguf-q8', 'mxfp4', 'bf16'],
  ollama: ['gguf-q4', 'gguf-q5', 'gguf-q8', 'mxfp4', 'bf16'],
};

export const bytesPerWeight = (format: WeightFormat): number => WEIGHT_FORMATS[format].bitsPerWeight / 8;
