import { describe, expect, it } from 'vitest';
import { derivedActiveParams } from '../architecture-params.js';
import { architectureIssues } from '../architecture-integrity.js';
import { openModelArchitectureSchema } from '../architecture-schema.js';
import { kvCacheBytes, recurrentStateBytes } from '../kv-cache.js';
import { openModelArchitectures2026 } from './open-model-architectures-2026.js';
import { openModels } from './open-models-joined.js';

const arch = (id: string) =>
  openModelArchitectureSchema.parse(openModelArchitectures2026.find((a) => a.id === id));

describe('2025-2026 open-model architectures', () => {
  it('holds 40 records (the research file less phi-4, already catalogued), each valid and self-consistent', () => {
    expect(openModelArchitectures2026).toHaveLength(40);
    for (const a of openModelArchitectures2026) {
      const parsed = openModelArchitectureSchema.parse(a);
      expect(architectureIssues(parsed, a.id), a.id).toEqual([]);
    }
  });

  it('matches the KV bytes per token derived in open-models-2026.json, sliding layers included for gpt-oss', () => {
    expect(arch('qwen3-8b').kvBytesPerTokenBf16).toBe(147456);
    expect(arch('qwen3.5-27b').kvBytesPerTokenBf16).toBe(16 * 2 * 4 * 256 * 2);
    expect(arch('deepseek-r1-0528').kvBytesPerTokenBf16).toBe(70272);
    expect(arch('kimi-k3').kvBytesPerTokenBf16).toBe(27648);
    expect(arch('nemotron-3-nano-30b-a3b').kvBytesPerTokenBf16).toBe(6144);
    // The research file counts gpt-oss's full-attention half only (36864); here window layers count until their 128-token cap.
    expect(arch('gpt-oss-120b').kvBytesPerTokenBf16).toBe(2 * 36864);
  });

  it('derives active parameters (embeddings aside) from the expert fields close to the vendor figures', () => {
    expect(derivedActiveParams(arch('deepseek-r1-0528')) / 1e9).toBeCloseTo(35.3, 0);
    expect(derivedActiveParams(arch('qwen3-235b-a22b')) / 1e9).toBeCloseTo(20.9, 0);
    expect(derivedActiveParams(arch('nemotron-3-super-120b-a12b')) / 1e9).toBeCloseTo(11.0, 0);
  });

  it('caps gpt-oss sliding layers at 128 tokens: at 8K context the cache is about half the naive figure', () => {
    const g = arch('gpt-oss-120b');
    expect(kvCacheBytes(g, { contextTokens: 8192 })).toBe(18 * 2 * 8 * 64 * 2 * (8192 + 128));
  });

  it('gives hybrid models a fixed recurrent state: Qwen3.5-27B 48 Gated DeltaNet layers of 48 x 128 x 128 fp32', () => {
    const q = arch('qwen3.5-27b');
    expect(recurrentStateBytes(q)).toBe(48 * (48 * 128 * 128 * 4 + (2 * 16 * 128 + 48 * 128) * 3 * 2));
    expect(recurrentStateBytes(arch('qwen3-8b'))).toBe(0);
  });

  it('joins every 2025-2026 architecture to its identity record (none left pending)', () => {
    const joined = new Set(openModels.map((m) => m.id));
    for (const a of openModelArchitectures2026) expect(joined.has(a.id), a.id).toBe(true);
  });
});
