import { describe, expect, it } from 'vitest';
import { h100, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { kvBytesPerSequence, kvBytesPerToken, memoryPlan, weightsBytes } from './index.js';
import type { ModelArch } from './index.js';

const gemma9b: ModelArch = { totalParamsB: 9.24, activeParamsB: null, layers: 42, hiddenSize: 3584, attentionHeads: 16, kvHeads: 8, headDim: 256, attention: 'gqa', slidingWindow: { tokens: 4096, layers: 21 } };
const deepseekV3: ModelArch = { totalParamsB: 671, activeParamsB: 37, layers: 61, hiddenSize: 7168, attentionHeads: 128, kvHeads: 128, headDim: 128, attention: 'mla', mlaKvDim: 576 };

describe('weights memory', () => {
  it('Llama-3.1-8B at bf16 is ~16 GB (8.03B x 2 bytes)', () => {
    expect(weightsBytes(llama8b, 'bf16') / 1e9).toBeCloseTo(16.06, 2);
  });

  it('counts quantization scales: int4-awq is 4.25 bits, GGUF Q4_K_M 4.85, Q8_0 8.5', () => {
    expect(weightsBytes(llama70b, 'int4-awq') / 1e9).toBeCloseTo((70.6 * 4.25) / 8, 3);
    expect(weightsBytes(llama70b, 'gguf-q4') / 1e9).toBeCloseTo((70.6 * 4.85) / 8, 3);
    expect(weightsBytes(llama70b, 'gguf-q8') / 1e9).toBeCloseTo((70.6 * 8.5) / 8, 3);
    expect(weightsBytes(llama70b, 'fp8') / 1e9).toBeCloseTo(70.6, 3);
  });
});

describe('KV cache', () => {
  it('Llama-3.1-8B: 2 x 32 layers x 8 KV heads x 128 x 2 bytes = 128 KiB per token; fp8 halves it', () => {
    expect(kvBytesPerToken(llama8b)).toBe(131072);
    expect(kvBytesPerToken(llama8b, 'fp8')).toBe(65536);
    expect(kvBytesPerToken(llama70b)).toBe(327680);
  });

  it('MLA caches the 576-value latent per layer, not 2 x heads x head_dim (DeepSeek-V3: 70,272 bytes)', () => {
    expect(kvBytesPerToken(deepseekV3)).toBe(61 * 576 * 2);
    expect(kvBytesPerToken(deepseekV3)).toBe(70272);
  });

  it('sliding-window layers stop growing at the window (Gemma 2: 21 of 42 layers at 4096)', () => {
    const perLayerToken = (2 * 8 * 256 * 2);
    expect(kvBytesPerSequence(gemma9b, 2048)).toBe(perLayerToken * 42 * 2048);
    expect(kvBytesPerSequence(gemma9b, 8192)).toBe(perLayerToken * (21 * 8192 + 21 * 4096));
  });
});

describe('memory plan', () => {
  it('8B bf16 on one H100 leaves ~53.7 GB for KV: 72 GB usable - 16.06 weights - 2.24 runtime', () => {
    const plan = memoryPlan({ model: llama8b, gpu: h100, format: 'bf16', kv: 'bf16', tensorParallel: 1 });
    // Runtime: 1.5 GB fixed + 8192 tokens x (4 x 4096 + 2 x 4096 x 3.5) x 2 bytes of activations = 2.238 GB.
    expect(plan.overheadBytesPerGpu / 1e9).toBeCloseTo(2.238, 2);
    expect(plan.kvBytesPerGpu / 1e9).toBeCloseTo(72 - 16.06 - 2.238, 1);
    expect(plan.kvTokenCapacity).toBe(Math.floor(plan.kvBytesPerGpu / 131072));
  });

  it('70B at fp8 on one H100 leaves no room at all; on two, the weights and KV heads split', () => {
    const one = memoryPlan({ model: llama70b, gpu: h100, format: 'fp8', kv: 'fp8', tensorParallel: 1 });
    expect(one.kvBytesPerGpu).toBeLessThan(0);
    expect(one.kvTokenCapacity).toBe(0);
    const two = memoryPlan({ model: llama70b, gpu: h100, format: 'fp8', kv: 'fp8', tensorParallel: 2 });
    expect(two.weightsBytesPerGpu / 1e9).toBeCloseTo(35.3, 1);
    // Each GPU holds half the KV heads, so a token costs 163,840 / 2 bytes per GPU.
    expect(two.kvTokenCapacity).toBe(Math.floor(two.kvBytesPerGpu / (163840 / 2)));
  });
});
