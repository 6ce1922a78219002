import type { OpenModel } from '../catalog/index.js';
import type { OpenDeployment } from '../cost/contract.js';

/** Models up to this size run well from a 4-bit GGUF on one consumer or small data-centre GPU. */
export const SMALL_MODEL_MAX_PARAMS_B = 14;
/** llama.cpp's throughput stops growing past a few slots; more only splits the context. */
const MAX_PARALLEL = 4;
/** Q4_K_M averages about 4.85 bits per weight. */
const Q4_BYTES_PER_PARAM = 4.85 / 8;

export interface LocalAlternative {
  quant: 'Q4_K_M';
  /** Parallel sequences (llama.cpp slots). */
  parallel: number;
  /** llama.cpp's --ctx-size is shared by all slots, so it is the per-sequence length times the slots. */
  ctxSize: number;
  /** GPU memory for weights and an f16 KV cache, in GB. */
  memoryGb: number;
  script: string;
}

export interface LocalAlternativeInput {
  workload: string;
  model: OpenModel;
  deployment: OpenDeployment;
  maxModelLen: number;
  port: number;
}

/** A llama.cpp (or Ollama) alternative for a small model on one small GPU; null for larger models. */
export function localAlternative(input: LocalAlternativeInput): LocalAlternative | null {
  const { model, deployment } = input;
  const wanted = deployment.engine === 'llama-cpp' || deployment.engine === 'ollama';
  if (!wanted && model.totalParamsB > SMALL_MODEL_MAX_PARAMS_B) return null;
  const parallel = Math.max(1, Math.min(MAX_PARALLEL, Math.floor(deployment.maxConcurrencyPerReplica)));
  const ctxSize = input.maxModelLen * parallel;
  const memoryGb = Math.ceil(model.totalParamsB * Q4_BYTES_PER_PARAM + (model.kvBytesPerTokenBf16 * ctxSize) / 1e9 + 1);
  const script = [
    '#!/bin/sh',
    `# Alternative to vllm.sh for workload "${input.workload}": llama.cpp's server with a 4-bit GGUF build of ${model.hfRepo},`,
    `# on one GPU with at least ${memoryGb} GB (or a Mac): ${parallel} parallel sequence(s) of up to ${input.maxModelLen} tokens.`,
    '# Fewer concurrent requests than vLLM; fine for development, a pilot or low traffic.',
    '# Ollama instead: ollama pull "hf.co/$GGUF_REPO:Q4_K_M" && ollama serve',
    '#   (OpenAI API on :11434/v1; point the gateway destination\'s baseUrl and model at it).',
    'set -eu',
    `GGUF_REPO="\${GGUF_REPO:?set GGUF_REPO to a Hugging Face repo holding a GGUF build of ${model.hfRepo}}"`,
    'exec llama-server -hf "$GGUF_REPO:Q4_K_M" \\',
    `  --alias ${model.hfRepo} \\`,
    `  --host 0.0.0.0 --port ${input.port} \\`,
    `  --ctx-size ${ctxSize} --parallel ${parallel} \\`,
    '  --n-gpu-layers 999',
    '',
  ].join('\n');
  return { quant: 'Q4_K_M', parallel, ctxSize, memoryGb, script };
}
