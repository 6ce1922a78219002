import { describe, expect, it } from 'vitest';
import { h100, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { calibrationModel } from './calibration-models.js';
import {
  hybridBlockTokens,
  kvBytesPerSequence,
  kvBytesPerToken,
  kvConcurrency,
  memoryPlan,
  pagedBytesPerSequence,
  planReplica,
  sequenceCacheBytes,
  weightBytes,
  weightsBytes,
} from './index.js';
import type { ModelArch } from './index.js';

const gemma9b: ModelArch = {
  totalParamsB: 9.24,
  activeParamsB: null,
  layers: 42,
  hiddenSize: 3584,
  attentionHeads: 16,
  kvHeads: 8,
  headDim: 256,
  attention: 'gqa',
  slidingWindow: { tokens: 4096, layers: 21 },
};
const deepseekV3: ModelArch = {
  totalParamsB: 671,
  activeParamsB: 37,
  layers: 61,
  hiddenSize: 7168,
  attentionHeads: 128,
  kvHeads: 128,
  headDim: 128,
  attention: 'mla',
  mlaKvDim: 576,
};
const one = {
  gpus: 1,
  tensorParallel: 1,
  pipelineParallel: 1,
  expertParallel: 1,
  nodes: 1,
  attentionDataParallel: false,
};

describe('weights memory', () => {
  it('Llama-3.1-8B at bf16 is ~16 GB (8.03B x 2 bytes)', () => {
    expect(weightsBytes(llama8b, 'bf16') / 1e9).toBeCloseTo(16.06, 2);
  });

  it('counts quantization scales: int4-awq is 4.25 bits, GGUF Q4_K_M 4.85, Q8_0 8.5, NVFP4 4.5', () => {
    expect(weightsBytes(llama70b, 'int4-awq') / 1e9).toBeCloseTo((70.6 * 4.25) / 8, 3);
    expect(weightsBytes(llama70b, 'gguf-q4') / 1e9).toBeCloseTo((70.6 * 4.85) / 8, 3);
    expect(weightsBytes(llama70b, 'gguf-q8') / 1e9).toBeCloseTo((70.6 * 8.5) / 8, 3);
    expect(weightsBytes(llama70b, 'fp4') / 1e9).toBeCloseTo((70.6 * 4.5) / 8, 3);
    expect(weightsBytes(llama70b, 'fp8') / 1e9).toBeCloseTo(70.6, 3);
  });

  it('gpt-oss-120b at its native MXFP4 keeps attention and embeddings at bf16: 61 GB of experts + 4.2 GB dense', () => {
    const g = calibrationModel('gpt-oss-120b');
    // 114.7B routed parameters (36 layers x 128 experts x 3 x 2880 x 2880) at 4.25 bits, 2.1B dense at 2 bytes.
    expect(weightsBytes(g, 'mxfp4') / 1e9).toBeCloseTo(114.66 * 0.53125 + 2.14 * 2, 0);
    // Asked for fp8 instead, everything is 8-bit.
    expect(weightsBytes(g, 'fp8') / 1e9).toBeCloseTo(116.8, 1);
  });
});

describe('KV cache and state', () => {
  it('Llama-3.1-8B: 2 x 32 layers x 8 KV heads x 128 x 2 bytes = 128 KiB per token; fp8 halves it', () => {
    expect(kvBytesPerToken(llama8b)).toBe(131072);
    expect(kvBytesPerToken(llama8b, 'fp8')).toBe(65536);
    expect(kvBytesPerToken(llama70b)).toBe(327680);
  });

  it('MLA caches the 576-value latent per layer, not 2 x heads x head_dim (DeepSeek-V3: 70,272 bytes)', () => {
    expect(kvBytesPerToken(deepseekV3)).toBe(61 * 576 * 2);
  });

  it('sliding-window layers stop growing at the window (Gemma 2: 21 of 42 layers at 4096)', () => {
    const perLayerToken = 2 * 8 * 256 * 2;
    expect(kvBytesPerSequence(gemma9b, 2048)).toBe(perLayerToken * 42 * 2048);
    expect(kvBytesPerSequence(gemma9b, 8192)).toBe(perLayerToken * (21 * 8192 + 21 * 4096));
  });

  it('a hybrid holds a fixed state: Qwen3.5-27B grows 64 KiB per token plus 154 MB per sequence whatever its length', () => {
    const q = calibrationModel('qwen3.5-27b');
    const state = 48 * (48 * 128 * 128 * 4 + 10240 * 3 * 2);
    expect(kvBytesPerSequence(q, 1000) - kvBytesPerSequence(q, 0)).toBe(65536 * 1000);
    expect(kvBytesPerSequence(q, 0)).toBe(state);
  });

  it("vLLM's hybrid pool: attention blocks sized to one layer's state (784 tokens for Qwen3.5-27B, as vLLM logs)", () => {
    const q = calibrationModel('qwen3.5-27b');
    // State page 48 x 128 x 128 x 4 + 10240 x 3 x 2 = 3,207,168 bytes; attention 2 x 4 x 256 x 2 = 4,096 per token.
    expect(hybridBlockTokens(q)).toBe(784);
    // Qwen3.5-35B-A3B: 2,146,304-byte state page, 2,048 bytes per token: 16 x ceil(65.5) = 1,056.
    expect(hybridBlockTokens(calibrationModel('qwen3.5-35b-a3b'))).toBe(1056);
    expect(hybridBlockTokens(llama8b)).toBeNull();
    const page = 784 * 4096;
    // A 100-token request holds one whole block in each of 16 attention layers and one padded page per state layer.
    expect(pagedBytesPerSequence(q, 100)).toBe(page * (16 + 48));
    expect(pagedBytesPerSequence(q, 785)).toBe(page * (32 + 48));
    expect(pagedBytesPerSequence(llama8b, 100)).toBe(kvBytesPerSequence(llama8b, 100));
  });

  it('only vLLM V1 plans use the paged hybrid pool: fewer short requests fit than in SGLang', () => {
    const q = calibrationModel('qwen3.5-27b');
    const h200 = { ...h100, id: 'h200', memoryGb: 141, memoryBandwidthTBs: 4.8 };
    const plan = (engine: 'vllm' | 'sglang', engineVersion?: string) => {
      const p = planReplica({
        model: q,
        gpu: h200,
        precision: 'bf16',
        engine,
        ...(engineVersion ? { engineVersion } : {}),
      });
      if (typeof p === 'string') throw new Error(p);
      return p;
    };
    const v1 = plan('vllm');
    expect(v1.pagedHybrid).toEqual({
      blockTokens: 784,
      pageBytes: 784 * 4096,
      attentionLayers: 16,
      linearLayers: 48,
    });
    expect(plan('vllm', '0.6.3').pagedHybrid).toBeUndefined();
    expect(plan('sglang').pagedHybrid).toBeUndefined();
    expect(sequenceCacheBytes(v1, 200)).toBe(pagedBytesPerSequence(q, 200));
    expect(sequenceCacheBytes(plan('sglang'), 200)).toBe(kvBytesPerSequence(q, 200));
    // 200-token requests: 64 pages of 3.2 MB (205 MB) instead of 154 MB of state + 13 MB of KV.
    const ratio = kvConcurrency(v1, 200) / Math.floor(v1.kvBytesPerGpu / kvBytesPerSequence(q, 200));
    expect(ratio).toBeCloseTo(kvBytesPerSequence(q, 200) / pagedBytesPerSequence(q, 200), 2);
    expect(ratio).toBeLessThan(0.85);
  });

  it('DeepSeek V3.2 sparse attention adds its fp8 indexer keys (128 bytes per layer per token)', () => {
    const d = calibrationModel('deepseek-v3.2');
    expect(kvBytesPerSequence(d, 1000)).toBe(70272 * 1000 + 128 * 61 * 1000);
  });
});

describe('memory plan', () => {
  it('8B bf16 on one H100 leaves ~53.7 GB for KV: 72 GB usable - 16.06 weights - 2.24 runtime', () => {
    const plan = memoryPlan({ model: llama8b, gpu: h100, format: 'bf16', kv: 'bf16', parallel: one });
    // Runtime: 1.5 GB fixed + 8192 tokens x (4 x 4096 + 2 x 4096 x 3.5) x 2 bytes of activations = 2.238 GB.
    expect(plan.overheadBytesPerGpu / 1e9).toBeCloseTo(2.238, 2);
    expect(plan.kvBytesPerGpu / 1e9).toBeCloseTo(72 - 16.06 - 2.238, 1);
    expect(plan.kvTokenCapacity).toBe(Math.floor(plan.kvBytesPerGpu / 131072));
  });

  it('70B at fp8 on one H100 leaves no room at all; on two, the weights and KV heads split', () => {
    const single = memoryPlan({ model: llama70b, gpu: h100, format: 'fp8', kv: 'fp8', parallel: one });
    expect(single.kvBytesPerGpu).toBeLessThan(0);
    expect(single.kvTokenCapacity).toBe(0);
    const two = memoryPlan({
      model: llama70b,
      gpu: h100,
      format: 'fp8',
      kv: 'fp8',
      parallel: { ...one, gpus: 2, tensorParallel: 2 },
    });
    expect(two.weightsBytesPerGpu / 1e9).toBeCloseTo(35.3, 1);
    expect(two.kvTokenCapacity).toBe(Math.floor(two.kvBytesPerGpu / (163840 / 2)));
  });

  it("MLA's latent is replicated on every tensor-parallel GPU; data-parallel attention keeps a sequence on one GPU but replicates every non-expert weight", () => {
    const r1 = calibrationModel('deepseek-r1-0528');
    const eight = { ...one, gpus: 8, tensorParallel: 8 };
    const h200 = { ...h100, id: 'h200', memoryGb: 141 };
    const tp = memoryPlan({ model: r1, gpu: h200, format: 'fp8', kv: 'bf16', parallel: eight });
    const dp = memoryPlan({
      model: r1,
      gpu: h200,
      format: 'fp8',
      kv: 'bf16',
      parallel: { ...eight, attentionDataParallel: true },
    });
    const dense = weightBytes(r1, 'fp8').dense;
    // ~17.5 GB of attention, dense layers, shared experts and embeddings: each GPU holds all of it instead of 1/8.
    expect((dp.weightsBytesPerGpu - tp.weightsBytesPerGpu) / 1e9).toBeCloseTo((dense * 7) / 8 / 1e9, 3);
    expect(dp.kvBytesPerGpu).toBeLessThan(tp.kvBytesPerGpu);
    // The cache itself is no longer duplicated: 8x the tokens per byte.
    expect(dp.kvTokenCapacity / tp.kvTokenCapacity).toBeCloseTo((8 * dp.kvBytesPerGpu) / tp.kvBytesPerGpu, 2);
    expect(dp.kvTokenCapacity / tp.kvTokenCapacity).toBeGreaterThan(4);
  });
});
