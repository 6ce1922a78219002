import { describe, expect, it } from 'vitest';
import { h100, l4, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { CALIBRATION_GPUS as G } from './calibration-gpus.js';
import { calibrationModel } from './calibration-models.js';
import {
  estimateCapacity,
  expectedDistinctExperts,
  planReplica,
  sloOperatingPoint,
  type CapacityInput,
} from './index.js';

const base = { gpu: h100, engine: 'vllm' as const, inputTokens: 1000, outputTokens: 200 };
const must = (input: CapacityInput) => {
  const r = estimateCapacity(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('estimateCapacity', () => {
  it('70B fp8 on 1x H100 does not fit, and says why in GB', () => {
    const r = estimateCapacity({ ...base, model: llama70b, precision: 'fp8' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]!.message).toMatch(
        /weights need 70\.6 GB per GPU .* only 72 GB of each 80 GB GPU is usable \(90% for vllm\)/,
      );
  });

  it('70B fp8 fits on 2x H100 with a useful KV cache (vLLM keeps the KV cache in bf16 by default)', () => {
    const v = must({ ...base, model: llama70b, precision: 'fp8', gpus: 2 });
    expect(v.maxConcurrency).toBeGreaterThan(100);
    expect(v.weightsGbPerGpu).toBeCloseTo(35.3, 1);
    expect(v.kvPrecision).toBe('bf16');
    expect(
      must({ ...base, model: llama70b, precision: 'fp8', gpus: 2, engine: 'tensorrt-llm' }).kvPrecision,
    ).toBe('fp8');
  });

  it('a model that fits its weights but not one long sequence is refused', () => {
    const r = estimateCapacity({
      ...base,
      gpu: l4,
      model: llama8b,
      precision: 'bf16',
      maxContextTokens: 100_000,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/cannot hold one 100000-token sequence/);
  });

  it('the memory breakdown adds up to the card: weights + pool + activations + runtime + free', () => {
    const m = must({ ...base, model: llama8b, precision: 'bf16' }).memory;
    expect(m.weightsGb + m.kvPoolGb + m.activationsGb + m.runtimeGb + m.freeGb).toBeCloseTo(80, 1);
    expect(m.kvInUseGb).toBeLessThanOrEqual(m.kvPoolGb);
  });

  it("aggregate throughput grows with concurrency while per-stream speed falls; max is the engine's largest batch", () => {
    const at = (c?: number | 'max') =>
      must({ ...base, model: llama8b, precision: 'fp8', ...(c !== undefined ? { concurrency: c } : {}) });
    const [c1, c16, c64, sat] = [at(1), at(16), at(64), at('max')];
    expect(c16.outputTokensPerSecond).toBeGreaterThan(c1.outputTokensPerSecond * 6);
    expect(c64.outputTokensPerSecond).toBeGreaterThan(c16.outputTokensPerSecond);
    expect(sat.outputTokensPerSecond).toBeGreaterThan(c64.outputTokensPerSecond);
    expect(c64.streamTokensPerSecond).toBeLessThan(c1.streamTokensPerSecond);
    expect(sat.concurrency).toBe(sat.maxConcurrency);
  });

  it('single-stream decode is bandwidth-bound: 8B bf16 on an H100 streams 100-200 tokens/s, fp8 faster, int4 faster still', () => {
    const s = (precision: 'bf16' | 'fp8' | 'int4-awq') =>
      must({ ...base, model: llama8b, precision, concurrency: 1 }).streamTokensPerSecond;
    expect(s('bf16')).toBeGreaterThan(100);
    expect(s('bf16')).toBeLessThan(200);
    expect(s('fp8')).toBeGreaterThan(s('bf16') * 1.5);
    expect(s('int4-awq')).toBeGreaterThan(s('fp8'));
  });

  it('clients beyond the cache and max_num_seqs queue: throughput stays at saturation and TTFT grows', () => {
    const sat = must({ ...base, model: llama8b, precision: 'bf16' });
    const over = must({ ...base, model: llama8b, precision: 'bf16', concurrency: 5000 });
    expect(over.outputTokensPerSecond).toBeCloseTo(sat.outputTokensPerSecond, 6);
    expect(over.ttftMs).toBeGreaterThan(sat.ttftMs * 10);
  });

  it('an unsupported precision is refused with the reason: NVFP4 needs Blackwell', () => {
    const r = estimateCapacity({ ...base, model: llama8b, precision: 'fp4' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        path: 'precision',
        message: expect.stringMatching(/NVFP4 \(fp4\) needs NVIDIA Blackwell/),
      });
    expect(estimateCapacity({ ...base, gpu: G.b200, model: llama8b, precision: 'fp4' }).ok).toBe(true);
  });

  it('rejects a GPU count that splits neither heads nor nodes', () => {
    const r = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', gpus: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toEqual({
        path: 'gpus',
        message: "tensor parallelism 3 must divide the model's 32 attention heads",
      });
  });

  it("every estimate carries its engine's error band; uncalibrated engines get the wide prior", () => {
    const trt = must({ ...base, model: llama8b, precision: 'fp8', engine: 'tensorrt-llm' });
    const tgi = must({ ...base, model: llama8b, precision: 'fp8', engine: 'tgi' });
    expect(trt.errorBand).toBeGreaterThan(0);
    expect(tgi.errorBand).toBe(0.6);
    expect(trt.calibratedOn).toMatch(/TensorRT-LLM v1.0/);
  });
});

describe('mixture of experts', () => {
  it('distinct experts grow with the batch: one token reads k, a large batch nearly all E', () => {
    expect(expectedDistinctExperts(256, 8, 1)).toBeCloseTo(8, 9);
    expect(expectedDistinctExperts(256, 8, 64)).toBeCloseTo(256 * (1 - (1 - 8 / 256) ** 64), 9);
    expect(expectedDistinctExperts(256, 8, 10_000)).toBeCloseTo(256, 6);
  });
});

describe('known misses of the previous model (issue #12)', () => {
  // Measured on vLLM 0.6.3 (the V0 engine, 2024); the vLLM profile is fitted on V1 (0.10 and later). With the
  // ShareGPT runs modelled as bursts the fit no longer needs a low GEMM efficiency (0.22 -> 0.41), so this
  // held-out point moved from 1.8x to 2.8x high: reported as a known miss in docs/cost-model.md.
  it('405B FP8 on 8x H100 with vLLM at batch 256, 128/2048: within 3x of the measured 1,312 tok/s (was 3.9x high)', () => {
    const v = must({
      model: calibrationModel('llama-3.1-405b-instruct'),
      gpu: G.h100,
      gpus: 8,
      precision: 'fp8',
      engine: 'vllm',
      inputTokens: 128,
      outputTokens: 2048,
      concurrency: 256,
    });
    expect(v.outputTokensPerSecond / 1312).toBeLessThan(3);
    expect(v.outputTokensPerSecond / 1312).toBeGreaterThan(0.7);
  });

  it('DeepSeek-R1 single user on 8x H200: a physical 60-160 tokens/s (the old model said 196)', () => {
    const v = must({
      model: calibrationModel('deepseek-r1-0528'),
      gpu: G.h200,
      gpus: 8,
      precision: 'fp8',
      engine: 'sglang',
      inputTokens: 1000,
      outputTokens: 1000,
      concurrency: 1,
    });
    expect(v.streamTokensPerSecond).toBeGreaterThan(60);
    expect(v.streamTokensPerSecond).toBeLessThan(160);
  });

  it('32B at 6,000 in / 150 out and 40 tokens/s per stream: prefill overlaps decode (chunked prefill), not 0.26 req/s', () => {
    const plan = planReplica({
      model: calibrationModel('qwen3-32b'),
      gpu: G.h100,
      precision: 'fp8',
      engine: 'vllm',
      gpus: 1,
    });
    if (typeof plan === 'string') throw new Error(plan);
    const op = sloOperatingPoint(
      plan,
      { inputTokens: 6000, outputTokens: 150 },
      { outputTokensPerSecond: 40 },
    );
    expect(op.meetsSlo).toBe(true);
    expect(op.point.tpotS).toBeLessThanOrEqual(0.025);
    expect(op.point.requestsPerSecond).toBeGreaterThan(0.6);
  });
});

describe('done-when cases', () => {
  it('DeepSeek-R1 (MoE + MLA) on 8x H200: fits at FP8 with a replicated latent cache and a checkable breakdown', () => {
    const v = must({
      model: calibrationModel('deepseek-r1-0528'),
      gpu: G.h200,
      gpus: 8,
      precision: 'fp8',
      engine: 'vllm',
      inputTokens: 2000,
      outputTokens: 1000,
    });
    expect(v.memory.weightsGb).toBeCloseTo(671 / 8, 0);
    expect(v.kvBytesPerToken).toBe(70272);
    expect(v.parallel.tensorParallel).toBe(8);
  });

  it('gpt-oss-120b at MXFP4 on one H100: 65 GB of weights leave a few GB of cache', () => {
    const v = must({
      model: calibrationModel('gpt-oss-120b'),
      gpu: G.h100,
      gpus: 1,
      precision: 'mxfp4',
      engine: 'vllm',
      inputTokens: 1000,
      outputTokens: 500,
    });
    expect(v.memory.weightsGb).toBeCloseTo(65.2, 0);
    expect(v.memory.kvPoolGb).toBeGreaterThan(1);
    expect(v.memory.kvPoolGb).toBeLessThan(8);
    expect(v.formatSupport).toMatch(/^kernel: MXFP4 weight-only/);
  });

  it('Qwen3.5-27B (Gated DeltaNet hybrid) on one H200: 16 of 64 layers grow a KV cache, the rest hold a fixed state', () => {
    const v = must({
      model: calibrationModel('qwen3.5-27b'),
      gpu: G.h200,
      gpus: 1,
      precision: 'bf16',
      engine: 'vllm',
      inputTokens: 8000,
      outputTokens: 1000,
    });
    expect(v.kvBytesPerToken).toBe(16 * 2 * 4 * 256 * 2);
    expect(v.stateBytesPerSequence).toBe(48 * (48 * 128 * 128 * 4 + 10240 * 3 * 2));
    expect(v.maxConcurrency).toBeGreaterThan(50);
  });

  it('Kimi K3 (2.8T parameters) needs two B200 nodes: experts spread over 16 GPUs across the network', () => {
    const model = calibrationModel('kimi-k3');
    expect(
      estimateCapacity({
        model,
        gpu: G.b200,
        gpus: 8,
        precision: 'mxfp4',
        engine: 'sglang',
        inputTokens: 2000,
        outputTokens: 500,
      }).ok,
    ).toBe(false);
    const v = must({
      model,
      gpu: G.b200,
      gpus: 16,
      precision: 'mxfp4',
      engine: 'sglang',
      inputTokens: 2000,
      outputTokens: 500,
    });
    expect(v.parallel.nodes).toBe(2);
    expect(v.parallel.expertParallel).toBe(16);
    expect(v.layout).toMatch(/50 GB\/s network per GPU/);
  });
});
