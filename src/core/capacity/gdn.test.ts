import { describe, expect, it } from 'vitest';
import { CALIBRATION_GPUS as G } from './calibration-gpus.js';
import { calibrationModel } from './calibration-models.js';
import { gdnMixedChunkPadding } from './engines.js';
import { closedLoop, planReplica, stepTime, type ReplicaPlan } from './index.js';
import { recurrentStateBytes } from '../catalog/kv-cache.js';
import { GDN_CHUNK_EFFICIENCY, GDN_CHUNK_TOKENS, gdnChunkFlopsPerToken } from './step.js';

const plan = (p: Parameters<typeof planReplica>[0]): ReplicaPlan => {
  const made = planReplica(p);
  if (typeof made === 'string') throw new Error(made);
  return made;
};
const qwen35 = calibrationModel('qwen3.5-35b-a3b');
const vllmAt = (engineVersion?: string): ReplicaPlan =>
  plan({
    model: qwen35,
    gpu: G.h200,
    gpus: 1,
    precision: 'fp8',
    engine: 'vllm',
    ...(engineVersion ? { engineVersion } : {}),
  });
const mixed = { decode: 256, prefill: 512, decodeContext: 500, prefillContext: 0 };

describe('Gated DeltaNet chunk kernels', () => {
  it('costs a token of one 128 x 128 head 184,320 FLOPs in the chunked form, ~2.8x the recurrent 4 dk dv', () => {
    expect(gdnChunkFlopsPerToken(128, 128)).toBe(184_320);
    expect(gdnChunkFlopsPerToken(128, 128) / (4 * 128 * 128)).toBeCloseTo(2.81, 2);
  });

  it('reproduces the measured rate it is derived from: 8,192 tokens x 64 heads in ~464 us on a B200', () => {
    const seconds =
      (8192 * 64 * gdnChunkFlopsPerToken(128, 128)) / (G.b200.bf16Tflops * 1e12 * GDN_CHUNK_EFFICIENCY);
    expect(seconds * 1e6).toBeGreaterThan(455);
    expect(seconds * 1e6).toBeLessThan(470);
  });

  it('pads each decode of a mixed step to a 64-token chunk on vLLM before 0.23, and only in mixed steps', () => {
    expect(gdnMixedChunkPadding('vllm', 'vLLM v0.17.1')).toBe(true);
    expect(gdnMixedChunkPadding('vllm', 'v0.23.0')).toBe(false);
    expect(gdnMixedChunkPadding('vllm', undefined)).toBe(false);
    expect(gdnMixedChunkPadding('sglang', '0.5.9')).toBe(false);
    const old = vllmAt('vLLM v0.17.1').replica;
    const now = vllmAt().replica;
    expect(old.gdnMixedChunks).toBe(true);
    expect(now.gdnMixedChunks).toBeUndefined();
    const la = qwen35.linearAttention!;
    const padded =
      (256 * GDN_CHUNK_TOKENS * la.layers * la.heads * gdnChunkFlopsPerToken(la.stateDim, la.headDim)) /
      (G.h200.bf16Tflops * 1e12 * GDN_CHUNK_EFFICIENCY);
    // 256 decodes x 64 tokens x 30 layers x 32 heads: ~31 ms of chunk kernel on an H200 ...
    expect(padded).toBeGreaterThan(0.025);
    expect(padded).toBeLessThan(0.035);
    // ... instead of their recurrent update, which streams each decode's 63 MB fp32 state in and out (~32 GB, ~8 ms).
    const state =
      (256 * 2 * recurrentStateBytes(qwen35)) / (G.h200.memoryBandwidthTBs * 1e12 * old.eff.memHigh);
    expect(state).toBeGreaterThan(0.007);
    expect(state).toBeLessThan(0.01);
    const diff = stepTime(old, mixed).seconds - stepTime(now, mixed).seconds;
    expect(diff).toBeCloseTo(padded - state, 4);
    // The chunk kernel runs between the GEMMs: its time adds to the step, it does not hide under the weight stream.
    expect(stepTime(old, mixed).overheadS - stepTime(now, mixed).overheadS).toBeCloseTo(diff, 9);
    // Half the steps mixed: half the padding on average.
    const half = stepTime(old, { ...mixed, mixedShare: 0.5 }).seconds - stepTime(now, mixed).seconds;
    expect(half).toBeCloseTo(diff / 2, 9);
    // Decode-only and prefill-only steps run the recurrent or the chunk kernel as before.
    const decodeOnly = { ...mixed, prefill: 0 };
    expect(stepTime(old, decodeOnly).seconds).toBe(stepTime(now, decodeOnly).seconds);
    const prefillOnly = { ...mixed, decode: 0 };
    expect(stepTime(old, prefillOnly).seconds).toBe(stepTime(now, prefillOnly).seconds);
  });

  it('prices delta-rule prefill at the chunk kernel rate, and leaves Mamba-2 prefill as it was', () => {
    const r = vllmAt().replica;
    const la = qwen35.linearAttention!;
    const t = stepTime(r, { decode: 0, prefill: 8192, decodeContext: 0, prefillContext: 0 });
    const chunk =
      (8192 * la.layers * la.heads * gdnChunkFlopsPerToken(la.stateDim, la.headDim)) /
      (G.h200.bf16Tflops * 1e12 * GDN_CHUNK_EFFICIENCY);
    // ~16 ms of an 8,192-token prefill step go to the 30 Gated DeltaNet layers.
    expect(chunk).toBeGreaterThan(0.013);
    expect(chunk).toBeLessThan(0.018);
    expect(t.computeS).toBeGreaterThan(chunk);
    const nemotron = calibrationModel('nemotron-3-nano-30b-a3b');
    expect(nemotron.linearAttention?.kind).toBe('mamba2');
    const mamba = plan({
      model: nemotron,
      gpu: G.h200,
      gpus: 1,
      precision: 'fp8',
      engine: 'vllm',
      engineVersion: '0.16.0',
    });
    expect(mamba.replica.gdnMixedChunks).toBeUndefined();
    const m = { decode: 256, prefill: 512, decodeContext: 500, prefillContext: 0 };
    const mambaNow = plan({ model: nemotron, gpu: G.h200, gpus: 1, precision: 'fp8', engine: 'vllm' });
    expect(stepTime(mamba.replica, m).seconds).toBe(stepTime(mambaNow.replica, m).seconds);
  });

  it('costs a closed loop in proportion to how many of its steps hold a prompt chunk', () => {
    const old = vllmAt('vLLM v0.17.1');
    const now = vllmAt();
    const slowdown = (output: number): number =>
      closedLoop(now, { input: 342, output }, 256).outputTokensPerSecond /
      closedLoop(old, { input: 342, output }, 256).outputTokensPerSecond;
    // ShareGPT-like answers: a new prompt nearly every step, so nearly every step pays the padding.
    expect(slowdown(281)).toBeGreaterThan(1.4);
    // Long answers start a prompt every ~8 steps: the padding is paid in fewer of them.
    expect(slowdown(2000)).toBeGreaterThan(1.02);
    expect(slowdown(2000)).toBeLessThan(slowdown(281) - 0.2);
  });
});
