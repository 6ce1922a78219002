import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { findClosedModel, findGpu, findOpenModel, providerOf } from './lookup.js';

const catalog = defaultCatalog();

describe('catalog lookup', () => {
  it('finds an open model by Hugging Face repo id, case-insensitively', () => {
    const r = findOpenModel(catalog, 'META-LLAMA/llama-3.1-8b-instruct');
    expect(r.ok && r.value.id).toBe('llama-3.1-8b-instruct');
    const q = findOpenModel(catalog, 'Qwen/Qwen2.5-Coder-32B-Instruct');
    expect(q.ok && q.value.id).toBe('qwen2.5-coder-32b-instruct');
  });

  it('finds an open model by an Ollama tag or a renamed HF repo', () => {
    const r = findOpenModel(catalog, 'llama3.1:8b');
    expect(r.ok && r.value.id).toBe('llama-3.1-8b-instruct');
    const old = findOpenModel(catalog, 'meta-llama/Meta-Llama-3.1-70B-Instruct');
    expect(old.ok && old.value.id).toBe('llama-3.1-70b-instruct');
    const q = findOpenModel(catalog, 'Qwen2.5-Coder:32B');
    expect(q.ok && q.value.id).toBe('qwen2.5-coder-32b-instruct');
  });

  it('finds by catalog id in any case', () => {
    const r = findOpenModel(catalog, 'DeepSeek-V3');
    expect(r.ok && r.value.hfRepo).toBe('deepseek-ai/DeepSeek-V3');
    const g = findGpu(catalog, 'H100-SXM');
    expect(g.ok && g.value.memoryGb).toBe(80);
  });

  it('suggests the closest id for a typo', () => {
    const r = findGpu(catalog, 'h100-sx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toContain('(did you mean "h100-sxm"?)');
    const m = findClosedModel(catalog, 'claude-sonet-5-5');
    if (m.ok) throw new Error('expected a miss');
    expect(m.issues[0]).toMatchObject({ path: 'model' });
    expect(m.issues[0]!.message).toContain('did you mean "claude-sonnet-5-5"');
    const o = findOpenModel(catalog, 'llama-3.1-8b-instrct');
    expect(!o.ok && o.issues[0]!.message).toContain('did you mean "llama-3.1-8b-instruct"');
  });

  it('resolves the provider of a closed model', () => {
    const m = findClosedModel(catalog, 'gpt-6-luna');
    expect(m.ok && providerOf(catalog, m.value)?.regionalUplift).toBe(0.1);
  });
  it('resolves 2025-26 HF repo ids and aliases case-insensitively, and suggests the repo for a typo', () => {
    const c = defaultCatalog();
    const id = (q: string) => { const r = findOpenModel(c, q); return r.ok ? r.value.id : null; };
    expect(id('deepseek-ai/DeepSeek-R1-0528')).toBe('deepseek-r1-0528');
    expect(id('DEEPSEEK-AI/deepseek-r1')).toBe('deepseek-r1-0528');
    expect(id('openai/gpt-oss-120b')).toBe('gpt-oss-120b');
    expect(id('gpt-oss:20b')).toBe('gpt-oss-20b');
    expect(id('moonshotai/Kimi-K2-Thinking')).toBe('kimi-k2');
    const miss = findOpenModel(c, 'Qwen/Qwen3.6-35B-A3B-Instrct');
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.issues[0]?.message).toMatch(/^unknown open model "Qwen\/Qwen3.6-35B-A3B-Instrct" \(did you mean "Qwen\/Qwen3.6-35B-A3B"\?\)/);
  });
});

describe('an unknown open model id', () => {
  it('lists the current models and points at the full catalog instead of printing every superseded id', () => {
    const miss = findOpenModel(defaultCatalog(), 'nope');
    expect(miss.ok).toBe(false);
    if (miss.ok) return;
    const message = miss.issues[0]!.message;
    expect(message).toMatch(/^unknown open model "nope"; current: .*qwen3-8b.*; `switchboard catalog` lists all \d+, including \d+ superseded$/);
    for (const m of defaultCatalog().openModels.filter((o) => o.supersededBy !== undefined)) expect(message).not.toContain(` ${m.id},`);
  });
});
