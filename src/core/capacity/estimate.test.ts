import { describe, expect, it } from 'vitest';
import { h100, l4, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { estimateCapacity } from './index.js';

const base = { gpu: h100, engine: 'vllm' as const, inputTokens: 1000, outputTokens: 200 };

describe('estimateCapacity', () => {
  it('70B fp8 on 1x H100 does not fit, and says why in GB', () => {
    const r = estimateCapacity({ ...base, model: llama70b, precision: 'fp8' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/weights need 70\.6 GB per GPU .* only 72 GB of each GPU is usable/);
  });

  it('70B fp8 fits on 2x H100 with a useful KV cache (hundreds of 1.2k-token sequences)', () => {
    const r = estimateCapacity({ ...base, model: llama70b, precision: 'fp8', tensorParallel: 2 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.maxConcurrency).toBeGreaterThan(200);
      expect(r.value.weightsGbPerGpu).toBeCloseTo(35.3, 1);
      expect(r.value.kvPrecision).toBe('fp8');
    }
  });

  it('a model that fits its weights but not one long sequence is refused', () => {
    // 8B bf16 on an L4: 21.6 GB usable - 16.06 weights - 2.24 runtime = 3.3 GB = ~25k tokens of KV.
    const r = estimateCapacity({ ...base, gpu: l4, model: llama8b, precision: 'bf16', maxContextTokens: 100_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/cannot hold one 100000-token sequence/);
  });

  it('8B bf16 on H100 at 1000/1000: max concurrency is KV / (2000 x 128 KiB) = 204 sequences', () => {
    const r = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', inputTokens: 1000, outputTokens: 1000 });
    expect(r.ok && r.value.maxConcurrency).toBe(204);
    expect(r.ok && r.value.kvBytesPerToken).toBe(131072);
    expect(r.ok && r.value.weightsGb).toBeCloseTo(16.06, 2);
  });

  it('batch-1 decode is bandwidth-bound: TPOT ~ 16 GB / (3.35 TB/s x 0.45) ~ 11 ms for 8B bf16', () => {
    const r = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', concurrency: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.bound).toBe('memory');
      expect(r.value.tpotMs).toBeGreaterThan(10);
      expect(r.value.tpotMs).toBeLessThan(12.5);
      expect(r.value.outputTokensPerSecond).toBeCloseTo(200 / (r.value.ttftMs / 1000 + 200 * (r.value.tpotMs / 1000)), 0);
    }
  });

  it('aggregate throughput grows with concurrency while per-stream speed falls; saturation is the default', () => {
    const at = (c?: number) => {
      const r = estimateCapacity({ ...base, model: llama8b, precision: 'fp8', ...(c !== undefined ? { concurrency: c } : {}) });
      if (!r.ok) throw new Error('unexpected');
      return r.value;
    };
    const [c1, c16, c64, sat] = [at(1), at(16), at(64), at()];
    expect(c16.outputTokensPerSecond).toBeGreaterThan(c1.outputTokensPerSecond * 8);
    expect(c64.outputTokensPerSecond).toBeGreaterThan(c16.outputTokensPerSecond);
    expect(sat.outputTokensPerSecond).toBeGreaterThan(c64.outputTokensPerSecond);
    expect(c64.tpotMs).toBeGreaterThan(c1.tpotMs);
    expect(sat.concurrency).toBe(sat.maxConcurrency);
  });

  it('fp8 decodes faster than bf16 at batch 1 (half the bytes), int4 faster still', () => {
    const tpot = (precision: 'bf16' | 'fp8' | 'int4-awq') => {
      const r = estimateCapacity({ ...base, model: llama8b, precision, concurrency: 1 });
      return r.ok ? r.value.tpotMs : Number.NaN;
    };
    expect(tpot('fp8')).toBeLessThan(tpot('bf16') * 0.6);
    expect(tpot('int4-awq')).toBeLessThan(tpot('fp8'));
  });

  it('clients beyond the KV limit queue: throughput stays at saturation and TTFT grows', () => {
    const sat = estimateCapacity({ ...base, model: llama8b, precision: 'bf16' });
    const over = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', concurrency: 5000 });
    if (!sat.ok || !over.ok) throw new Error('unexpected');
    expect(over.value.outputTokensPerSecond).toBeCloseTo(sat.value.outputTokensPerSecond, 6);
    expect(over.value.ttftMs).toBeGreaterThan(sat.value.ttftMs * 10);
  });

  it('longer prompts cost more prefill time', () => {
    const ttft = (inputTokens: number) => {
      const r = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', concurrency: 1, inputTokens });
      return r.ok ? r.value.ttftMs : Number.NaN;
    };
    expect(ttft(8000)).toBeGreaterThan(ttft(1000) * 6);
  });

  it('rejects a tensor-parallel size that does not divide the attention heads', () => {
    const r = estimateCapacity({ ...base, model: llama8b, precision: 'bf16', tensorParallel: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toEqual({ path: 'gpus', message: "tensor parallelism 3 must divide the model's 32 attention heads" });
  });

  it('every estimate carries an error band, wider for uncalibrated engines', () => {
    const trt = estimateCapacity({ ...base, model: llama8b, precision: 'fp8', engine: 'tensorrt-llm' });
    const ollama = estimateCapacity({ ...base, model: llama8b, precision: 'gguf-q4', engine: 'ollama' });
    if (!trt.ok || !ollama.ok) throw new Error('unexpected');
    expect(trt.value.errorBand).toBeGreaterThan(0);
    expect(ollama.value.errorBand).toBeGreaterThan(trt.value.errorBand);
  });
});
