import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { effectiveKvBytesPerToken, kvBytesPerTokenFromArchitecture, kvCacheBytes } from './kv-cache.js';

const models = defaultCatalog().openModels;
const model = (id: string) => models.find((m) => m.id === id)!;

describe('KV-cache bytes per token', () => {
  it('is 2 x layers x kvHeads x headDim x 2 for Llama-3.1-8B: exactly 131072', () => {
    expect(kvBytesPerTokenFromArchitecture(model('llama-3.1-8b-instruct'))).toBe(131072);
    expect(model('llama-3.1-8b-instruct').kvBytesPerTokenBf16).toBe(131072);
  });

  it('matches the architecture formula for every GQA/MHA model in the catalog', () => {
    // Plain layouts only: sliding-window, hybrid and shared-KV models have their own tests.
    const gqa = models.filter((m) => m.attention !== 'mla' && !m.slidingWindow && !m.linearAttention && m.attentionLayers === undefined && !m.sharedKeyValue);
    expect(gqa.length).toBeGreaterThanOrEqual(30);
    for (const m of gqa) expect(m.kvBytesPerTokenBf16, m.id).toBe(2 * m.layers * m.kvHeads * m.headDim * 2);
  });

  it('uses the MLA latent (512 + 64 per layer) for DeepSeek-V3, not 2 x heads x headDim', () => {
    const ds = model('deepseek-v3');
    expect(ds.attention).toBe('mla');
    expect(ds.kvBytesPerTokenBf16).toBe(61 * (512 + 64) * 2);
    expect(ds.kvBytesPerTokenBf16).toBe(70272);
    expect(kvBytesPerTokenFromArchitecture(ds)).toBe(70272);
    // The naive formula would be 57x larger.
    expect(2 * ds.layers * ds.kvHeads * ds.headDim * 2).toBe(3997696);
  });

  it('refuses an MLA model without its latent size', () => {
    expect(() =>
      kvBytesPerTokenFromArchitecture({ attention: 'mla', layers: 2, kvHeads: 1, headDim: 1 }),
    ).toThrow(/mlaKvDim/);
  });

  it('marks MHA where kvHeads = attentionHeads and GQA where fewer', () => {
    expect(model('meditron-7b').attention).toBe('mha');
    expect(model('phi-3-mini-128k-instruct').attention).toBe('mha');
    expect(model('llama-3.3-70b-instruct').attention).toBe('gqa');
  });
});

describe('kvCacheBytes', () => {
  it('grows linearly without a sliding window', () => {
    const m = model('llama-3.1-8b-instruct');
    expect(kvCacheBytes(m, { contextTokens: 8192 })).toBe(131072 * 8192);
    expect(kvCacheBytes(m, { contextTokens: 8192, bytesPerValue: 1 })).toBe(65536 * 8192);
    expect(kvCacheBytes(m, { contextTokens: 0 })).toBe(0);
  });

  it('caps Gemma 2 sliding-window layers at 4096 tokens', () => {
    const g = model('gemma-2-9b-it');
    expect(g.slidingWindow).toEqual({ tokens: 4096, layers: 21 });
    const perLayer = 344064 / 42;
    expect(kvCacheBytes(g, { contextTokens: 4096 })).toBe(344064 * 4096);
    expect(kvCacheBytes(g, { contextTokens: 8192 })).toBe(perLayer * (21 * 8192 + 21 * 4096));
    expect(effectiveKvBytesPerToken(g, { contextTokens: 8192 })).toBe(344064 * 0.75);
  });

  it('rejects a negative context', () => {
    expect(() => kvCacheBytes(model('phi-4'), { contextTokens: -1 })).toThrow(RangeError);
  });
});
