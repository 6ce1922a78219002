import type { Source } from '../catalog/schema.js';

/**
 * Throughput lost when an engine serves LoRA adapters unmerged (--enable-lora), as it must when several adapters
 * share one base model. A single fine-tuned workload merges its adapter into the weights and pays nothing; a shared
 * fleet cannot, and every batch then runs the adapter kernels (Punica/SGMV-style) on top of the base GEMMs.
 *
 * Published same-machine comparisons, base model alone vs the same engine with adapters enabled:
 * - vLLM V0 (PR #11267, A100, Llama-2-7B, rank 8, ShareGPT): 2,693.6 -> 1,787.8 output tok/s, -33.6%.
 * - vLLM V1 (PR #11613, same machine, model and command as above, adapters enabled): 2,577.7 output tok/s, -4.3%
 *   against PR #11267's baseline (two runs, not one, so a weak comparison).
 * - vLLM V1 TPU backend (PR #15655, Llama-3.1-8B on TPU v6e, inputs 128 to 8k): -8.4% to -23.9%.
 * - Punica (the kernel design vLLM adopted): about +2 ms per output token at the batch sizes it measured.
 * The prior is 20%: within the V1 range, below the V0 figure; conservative because it only trims the saving that the
 * shared-fleet advice claims.
 */
export const ADAPTER_THROUGHPUT_LOSS = 0.2;

export const ADAPTER_OVERHEAD_SOURCES: readonly Source[] = [
  { url: 'https://github.com/vllm-project/vllm/pull/11267', asOf: '2024-12-17', note: 'benchmark_throughput with and without --enable-lora: 2693.62 vs 1787.78 output tok/s (1x A100, Llama-2-7B)' },
  { url: 'https://github.com/vllm-project/vllm/pull/11613', asOf: '2024-12-30', note: 'V1 with --enable-lora, same machine and command: 2577.68 output tok/s' },
  { url: 'https://github.com/vllm-project/vllm/pull/15655', asOf: '2025-07-18', note: 'LoRA slowdown against the no-LoRA baseline, Llama-3.1-8B on TPU v6e: -8.4% to -23.9%' },
  { url: 'https://arxiv.org/abs/2310.18547', asOf: '2023-10-28', note: 'Punica: multi-tenant LoRA serving adds about 2 ms latency per token' },
];
