import { describe, expect, it } from 'vitest';
import { ENGINE_FITS } from './engine-fits.js';
import { CALIBRATED_ENGINES, CALIBRATION_POINTS, fitEngine, predictPoint, relativeError } from './index.js';

describe('calibration', () => {
  it("the shipped per-engine efficiency is the fit on that engine's published points (re-fit when points change)", () => {
    for (const engine of CALIBRATED_ENGINES) {
      expect(fitEngine(CALIBRATION_POINTS.filter((p) => p.engine === engine)), engine).toEqual(
        ENGINE_FITS[engine].efficiency,
      );
    }
  });

  it('every point keeps its source URL, engine version and a known engine', () => {
    for (const p of CALIBRATION_POINTS) {
      expect(p.sourceUrl, p.id).toMatch(/^https:\/\//);
      expect(p.engineVersion.length, p.id).toBeGreaterThan(3);
      expect(CALIBRATED_ENGINES as readonly string[], p.id).toContain(p.engine);
    }
    expect(new Set(CALIBRATION_POINTS.map((p) => p.id)).size).toBe(CALIBRATION_POINTS.length);
  });

  it('excluded points say why (speculative decoding, untuned serving, an implausible table row)', () => {
    const excluded = CALIBRATION_POINTS.filter((p) => p.excluded !== undefined);
    expect(excluded.map((p) => p.id).sort()).toEqual([
      'gpustack-h100x1-gptoss120b-trtllm-sharegpt',
      'gpustack-h100x1-gptoss20b-trtllm-sharegpt',
      'gpustack-h100x1-qwen3-32b-trtllm-fp8-sharegpt',
      'gpustack-h100x1-qwen3-8b-sglang-fp8-eagle3-c1',
      'trtllm-gb200x1-qwen3-30b-a3b-fp4-1000-1000',
    ]);
  });

  it("in-sample, TensorRT-LLM's Llama-class points stay within 50% with the shipped factors", () => {
    const trt = CALIBRATION_POINTS.filter(
      (p) => p.engine === 'tensorrt-llm' && p.modelId.startsWith('llama-3'),
    );
    for (const p of trt) {
      const err = relativeError(
        predictPoint(p, ENGINE_FITS['tensorrt-llm'].efficiency),
        p.measuredOutputTokensPerSecond,
      );
      expect(Math.abs(err), p.id).toBeLessThan(0.5);
    }
  });
});
