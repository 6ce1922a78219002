import { describe, expect, it } from 'vitest';
import { CALIBRATION_GPUS as G } from './calibration-gpus.js';
import { calibrationModel } from './calibration-models.js';
import { trtllmBenchLimits } from './calibration.js';
import { engineGeneration, VLLM_V0 } from './engines.js';
import {
  burstRun,
  estimateCapacity,
  kvConcurrency,
  planReplica,
  stepTime,
  type ReplicaPlan,
} from './index.js';
import { layerUnits, moeTokenTrafficBytes } from './step.js';

const plan = (p: Parameters<typeof planReplica>[0]): ReplicaPlan => {
  const made = planReplica(p);
  if (typeof made === 'string') throw new Error(made);
  return made;
};
const r1 = calibrationModel('deepseek-r1-0528');

describe('step model', () => {
  it('counts the extra kernels of MoE, MLA and linear-attention layers in fixed step time', () => {
    // DeepSeek-R1: 61 layers, 58 with experts, all MLA.
    expect(layerUnits(r1)).toBe(61 + 58 + 61);
    // Qwen3.5-35B-A3B: 40 layers, all MoE, 30 Gated DeltaNet.
    expect(layerUnits(calibrationModel('qwen3.5-35b-a3b'))).toBe(40 + 40 + 30);
    expect(layerUnits(calibrationModel('llama-3.1-8b-instruct'))).toBe(32);
    // Nemotron 3 Nano stacks single blocks: 23 Mamba-2 + 23 MoE + 6 attention = 52 layers.
    expect(layerUnits(calibrationModel('nemotron-3-nano-30b-a3b'))).toBe(23 * 1.5 + 23 * 1.5 + 6 * 0.5);
  });

  it('moves each routed token to its k experts and back: Qwen3-235B (k = 8) ~8x the traffic of Maverick (k = 1)', () => {
    const qwen = moeTokenTrafficBytes(calibrationModel('qwen3-235b-a22b'));
    // 2 B x (write + read) x 8 experts x (2 x 4096 hidden + 3 x 1536 intermediate)
    expect(qwen).toBe(2 * 2 * 8 * (2 * 4096 + 3 * 1536));
    expect(moeTokenTrafficBytes(calibrationModel('llama-3.1-8b-instruct'))).toBe(0);
  });

  it('single-stream DeepSeek-R1 on 8x H200 pays per-layer kernels and two all-reduces per layer, not just weight reads', () => {
    const p = plan({ model: r1, gpu: G.h200, gpus: 8, precision: 'fp8', engine: 'sglang' });
    const one = stepTime(p.replica, { decode: 1, prefill: 0, decodeContext: 1500, prefillContext: 0 });
    // 8 of 256 experts per layer: under 5 GB of weights per GPU, ~1-2 ms at H200 bandwidth ...
    expect(one.memoryS).toBeLessThan(0.002);
    // ... while 180 kernel units and 122 all-reduces take several times that.
    expect(one.overheadS + one.commS).toBeGreaterThan(4 * one.memoryS);
    expect(1 / one.seconds).toBeLessThan(110);
    // A batch of 64 touches most experts: weight reads dominate and each stream slows down.
    const many = stepTime(p.replica, { decode: 64, prefill: 0, decodeContext: 1500, prefillContext: 0 });
    expect(many.memoryS).toBeGreaterThan(5 * one.memoryS);
  });

  it('data-parallel attention reads every non-expert weight on each GPU, and schedules a batch per rank', () => {
    const maverick = calibrationModel('llama-4-maverick');
    const tp = plan({ model: maverick, gpu: G.h100, gpus: 8, precision: 'fp8', engine: 'tensorrt-llm' });
    const dp = plan({
      ...{ model: maverick, gpu: G.h100, gpus: 8, precision: 'fp8', engine: 'tensorrt-llm' },
      attentionDataParallel: true,
    });
    expect(dp.weightsBytesPerGpu).toBeGreaterThan(tp.weightsBytesPerGpu + 10e9);
    expect(dp.engineMaxSeqs).toBe(8 * tp.engineMaxSeqs);
    const load = { decode: 8, prefill: 0, decodeContext: 1500, prefillContext: 0 };
    expect(stepTime(dp.replica, load).memoryS).toBeGreaterThan(stepTime(tp.replica, load).memoryS);
  });

  it('dequantising kernels add unpacking time that grows with the tokens of a step', () => {
    const gptoss = calibrationModel('gpt-oss-20b');
    const base = plan({ model: gptoss, gpu: G.h100, gpus: 1, precision: 'mxfp4', engine: 'sglang' });
    const slow = { ...base.replica, eff: { ...base.replica.eff, weightOnlyKernels: 0.25 } };
    const free = { ...base.replica, eff: { ...base.replica.eff, weightOnlyKernels: 1 } };
    const at = (d: number) => ({ decode: d, prefill: 0, decodeContext: 300, prefillContext: 0 });
    const extra = (d: number) => stepTime(slow, at(d)).seconds - stepTime(free, at(d)).seconds;
    // 1 / 0.25 - 1 = 3x the GEMM time on top, proportional to the batch.
    expect(extra(512)).toBeCloseTo(3 * stepTime(free, at(512)).computeS, 6);
    expect(extra(512) / extra(64)).toBeGreaterThan(3);
  });
});

describe('engine generations', () => {
  it('vLLM before 0.8 is the V0 engine; later versions and other engines use the current profile', () => {
    expect(engineGeneration('vllm', 'vLLM 0.6.3')).toBe(VLLM_V0);
    expect(engineGeneration('vllm', 'vLLM v0.7.3')).toBe(VLLM_V0);
    expect(engineGeneration('vllm', 'vLLM v0.10.2')).toBeNull();
    expect(engineGeneration('vllm', 'vLLM (InferenceX run, version not in file)')).toBeNull();
    expect(engineGeneration('sglang', 'SGLang v0.4.3')).toBeNull();
    expect(engineGeneration('vllm', undefined)).toBeNull();
  });

  it('V0 caps the batch at 256 sequences and 512-token steps, and pays 4x the per-sequence cost', () => {
    const m = calibrationModel('llama-3.1-405b-instruct');
    const req = { model: m, gpu: G.h100, gpus: 8, precision: 'fp8' as const, engine: 'vllm' as const };
    const v0 = plan({ ...req, engineVersion: 'vLLM 0.6.3' });
    const v1 = plan({ ...req, engineVersion: 'vLLM 0.11.0' });
    expect(v0.engineMaxSeqs).toBe(256);
    expect(v0.stepTokenBudget).toBe(512);
    const load = { decode: 128, prefill: 0, decodeContext: 1100, prefillContext: 0 };
    const d = stepTime(v0.replica, load).overheadS - stepTime(v1.replica, load).overheadS;
    expect(d).toBeCloseTo(128 * 3 * v1.replica.eff.seqOverheadUs * 1e-6, 6);
  });

  it('estimateCapacity takes the engine version: vLLM 0.6.3 holds at most 256 sequences where 0.11 holds more', () => {
    const ask = {
      model: calibrationModel('llama-3.1-8b-instruct'),
      gpu: G.h100,
      precision: 'fp8' as const,
      engine: 'vllm' as const,
      inputTokens: 500,
      outputTokens: 200,
    };
    const v0 = estimateCapacity({ ...ask, engineVersion: 'vLLM 0.6.3' });
    const v1 = estimateCapacity(ask);
    expect(v0.ok && v0.value.maxConcurrency).toBe(256);
    expect(v1.ok && v1.value.maxConcurrency).toBeGreaterThan(256);
  });
});

describe('layouts', () => {
  it('refuses data-parallel attention for a dense model, naming why', () => {
    const made = planReplica({
      model: calibrationModel('llama-3.3-70b-instruct'),
      gpu: G.h100,
      gpus: 8,
      precision: 'fp8',
      engine: 'sglang',
      attentionDataParallel: true,
    });
    expect(made).toMatch(/data-parallel attention .* serves MoE models/);
  });
});

describe('fixed-length bursts', () => {
  it('run in lockstep waves of what the cache holds at full length, even when the engine admits more', () => {
    const m = calibrationModel('llama-3.1-405b-instruct');
    const p = plan({ model: m, gpu: G.h100, gpus: 8, precision: 'fp8', engine: 'vllm' });
    const shape = { input: 128, output: 2048 };
    const wave = kvConcurrency(p, 128 + 2048);
    expect(wave).toBeGreaterThan(50);
    expect(wave).toBeLessThan(256);
    const one = burstRun(p, shape, { requests: wave, concurrency: wave, outputLengths: 'fixed' });
    const two = burstRun(p, shape, { requests: 2 * wave, concurrency: 1000, outputLengths: 'fixed' });
    expect(two).toBeCloseTo(one, 6);
  });
});

describe('trtllm-bench limits', () => {
  it('sizes the batch from the cache (at most 4,096) and the token budget from the request shape', () => {
    const p = plan({
      model: calibrationModel('llama-3.1-8b-instruct'),
      gpu: G.h100,
      gpus: 1,
      precision: 'fp8',
      engine: 'tensorrt-llm',
    });
    // 128 / 128: ~3,700 requests fit in the cache (under the 4,096 cap), rounded up to 256; tokens = 2 x that.
    const short = kvConcurrency(p, 256);
    expect(short).toBeGreaterThan(1024);
    expect(short).toBeLessThan(4096);
    expect(trtllmBenchLimits(p, 128, 128)).toEqual({
      engineMaxSeqs: 256 * Math.ceil(short / 256),
      stepTokenBudget: 2 * short,
    });
    // 2,048 / 128: fewer requests fit, but each step may carry 17x the batch in tokens.
    const long = trtllmBenchLimits(p, 2048, 128);
    const fit = kvConcurrency(p, 2048 + 128);
    expect(long.stepTokenBudget).toBeCloseTo(Math.min(32768, fit * 17), 6);
    expect(long.engineMaxSeqs).toBeGreaterThanOrEqual(fit);
    expect(long.engineMaxSeqs).toBeLessThan(fit + 128);
  });
});
