import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { architectureFromConfig, openModelFromConfig, parseConfigText } from './index.js';
import { openModelArchitectures2026 } from './data/open-model-architectures-2026.js';
import { openModelArchitectureSchema } from './architecture-schema.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./test-configs/${name}.config.json`, import.meta.url), 'utf8'));
const parse = (name: string) => {
  const r = architectureFromConfig(fixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const catalogRecord = (id: string) =>
  openModelArchitectureSchema.parse(openModelArchitectures2026.find((a) => a.id === id));

describe('architectureFromConfig', () => {
  it("dense (Qwen3-8B): the catalog record's layout and KV bytes, 8.2B parameters from the dimensions", () => {
    const a = parse('dense-qwen3-8b');
    const c = catalogRecord('qwen3-8b');
    expect(a).toMatchObject({
      layers: 36,
      kvHeads: 8,
      headDim: 128,
      attention: 'gqa',
      kvBytesPerTokenBf16: c.kvBytesPerTokenBf16,
      activeParamsB: null,
      nativePrecision: 'bf16',
    });
    expect(a.totalParamsB).toBeCloseTo(8.2, 1);
  });

  it('MoE with sliding windows and MXFP4 experts (gpt-oss-120b): 128 experts top-4, 18 window layers, bf16 attention', () => {
    const a = parse('moe-gpt-oss-120b');
    expect(a.moe).toMatchObject({ experts: 128, expertsPerToken: 4, moeLayers: 36, sharedExperts: 0 });
    expect(a.slidingWindow).toEqual({ tokens: 128, layers: 18 });
    expect(a).toMatchObject({
      nativePrecision: 'mxfp4',
      nativeDensePrecision: 'bf16',
      kvBytesPerTokenBf16: catalogRecord('gpt-oss-120b').kvBytesPerTokenBf16,
    });
    expect(a.totalParamsB).toBeCloseTo(116.8, 0);
  });

  it('MLA (DeepSeek-R1): latent 512 + 64 per layer, 3 dense layers, one shared expert, FP8 release, 671B', () => {
    const a = parse('mla-deepseek-r1');
    expect(a).toMatchObject({
      attention: 'mla',
      mlaKvDim: 576,
      kvBytesPerTokenBf16: 70272,
      nativePrecision: 'fp8',
    });
    expect(a.moe).toMatchObject({
      experts: 256,
      expertsPerToken: 8,
      sharedExperts: 1,
      denseLayers: 3,
      moeLayers: 58,
    });
    expect(a.totalParamsB).toBeCloseTo(671, 0);
    expect(a.activeParamsB).toBeCloseTo(37.5, 0);
  });

  it('hybrid linear attention (Qwen3.5-27B, multimodal text_config): 16 attention + 48 Gated DeltaNet layers', () => {
    const a = parse('hybrid-qwen3.5-27b');
    expect(a).toMatchObject({ attentionLayers: 16, kvBytesPerTokenBf16: 65536 });
    expect(a.linearAttention).toEqual({
      kind: 'gated-deltanet',
      layers: 48,
      heads: 48,
      stateDim: 128,
      headDim: 128,
      convChannels: 10240,
      convKernel: 4,
      statePrecision: 'fp32',
    });
    expect(a.totalParamsB).toBeCloseTo(26.9, 0);
  });

  it('refuses what is not a causal LM, naming the field', () => {
    expect(architectureFromConfig({ architectures: ['BertForMaskedLM'] })).toMatchObject({
      ok: false,
      issues: [{ path: 'architectures' }],
    });
    expect(
      architectureFromConfig({ architectures: ['T5ForConditionalGeneration'], is_encoder_decoder: true }),
    ).toMatchObject({ ok: false, issues: [{ path: 'is_encoder_decoder' }] });
    expect(architectureFromConfig([1, 2])).toMatchObject({ ok: false, issues: [{ path: 'config.json' }] });
  });

  it('names every missing field and absurd value', () => {
    const r = architectureFromConfig({
      architectures: ['LlamaForCausalLM'],
      hidden_size: 4096,
      num_attention_heads: 32,
      vocab_size: 32000,
      intermediate_size: 11008,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['num_hidden_layers', 'max_position_embeddings']);
    const absurd = architectureFromConfig({
      ...(fixture('dense-qwen3-8b') as object),
      num_key_value_heads: 64,
      hidden_size: 3,
    });
    expect(absurd.ok).toBe(false);
    if (!absurd.ok)
      expect(absurd.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
        'hidden_size: expected a whole number from 64 to 131072, got 3',
      ]);
    const kv = architectureFromConfig({ ...(fixture('dense-qwen3-8b') as object), num_key_value_heads: 64 });
    if (!kv.ok)
      expect(kv.issues[0]).toEqual({
        path: 'num_key_value_heads',
        message: 'expected at most num_attention_heads (32), got 64',
      });
    expect(kv.ok).toBe(false);
  });

  it("reads transformers' bare Infinity (Nemotron-H configs) as null", () => {
    expect(parseConfigText('{"time_step_limit": [0.0, Infinity], "a": 1}')).toEqual({
      ok: true,
      value: { time_step_limit: [0, null], a: 1 },
    });
    expect(parseConfigText('{"a": ').ok).toBe(false);
  });
});

describe('openModelFromConfig', () => {
  it('fills what the override does not say with visible unknowns, failing closed on the licence', () => {
    const r = openModelFromConfig(
      { id: 'my-model', fromConfig: './config.json' },
      fixture('dense-qwen3-8b'),
      { asOf: '2026-12-01' },
    );
    if (!r.ok) throw new Error('unexpected');
    expect(r.value).toMatchObject({
      id: 'my-model',
      license: 'unknown',
      commercialUse: false,
      quality: 'standard',
      layers: 36,
      confidence: 'low',
    });
    expect(r.value.qualityNote).toMatch(/^unknown/);
    const named = openModelFromConfig(
      {
        id: 'my-model',
        fromConfig: './c.json',
        license: 'Apache-2.0',
        commercialUse: true,
        quality: 'strong',
      },
      fixture('dense-qwen3-8b'),
      { asOf: '2026-12-01' },
    );
    expect(named.ok && named.value).toMatchObject({
      license: 'Apache-2.0',
      commercialUse: true,
      quality: 'strong',
    });
  });

  it('prefixes config errors with the file', () => {
    const r = openModelFromConfig(
      { id: 'x', fromConfig: './bad.json' },
      { architectures: ['BertModel'] },
      { asOf: '2026-12-01' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe('fromConfig(./bad.json).architectures');
  });
});
