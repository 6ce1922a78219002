import { describe, expect, it } from 'vitest';
import { catalogIssues } from './integrity.js';
import { defaultCatalog } from './default-catalog.js';
import { catalogSchema } from './schema.js';

const catalog = defaultCatalog();
const allRecords = [...catalog.closedModels, ...catalog.providers, ...catalog.gpus, ...catalog.openModels];

describe('default catalog', () => {
  it('validates against the schema and has no cross-record issues', () => {
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
    expect(catalogIssues(catalog)).toEqual([]);
  });

  it('holds every section', () => {
    expect(catalog.closedModels).toHaveLength(13);
    expect(catalog.openModels).toHaveLength(62);
    expect(catalog.openModels.filter((m) => (m.releaseDate ?? '') >= '2025').length).toBe(40);
  });

  it('dates every open model, names its variant, and points superseded ones at a catalogued successor', () => {
    for (const m of catalog.openModels) {
      expect(m.releaseDate, m.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      if (m.supersededBy !== undefined) expect(catalog.openModels.some((x) => x.id === m.supersededBy && x.supersededBy === undefined || x.id === m.supersededBy), m.id).toBe(true);
    }
    const base = catalog.openModels.filter((m) => m.variant === 'base').map((m) => m.id);
    expect(base).toEqual(['meditron-7b', 'meditron-70b', 'biomistral-7b']);
    for (const id of ['adaptllm-finance-chat', 'saul-7b-instruct-v1', 'meditron-7b', 'biomistral-7b'])
      expect(catalog.openModels.find((m) => m.id === id)?.supersededBy, id).toBeDefined();
    expect(catalog.openModels.find((m) => m.id === 'minimax-m2.7')?.commercialUse).toBe(false);
    expect(catalog.providers.map((p) => p.id)).toEqual(['openai', 'anthropic', 'google']);
  });

  it('gives every model, open and closed, quality evidence on the one scale: measured with a dated source, or a marked estimate', () => {
    for (const m of [...catalog.openModels, ...catalog.closedModels]) {
      expect(m.qualityScore, m.id).toBeDefined();
      expect(m.qualityScore!.source.asOf, m.id).toMatch(/^\d{4}-\d{2}/);
      if (m.qualityScore!.estimate) expect(m.qualityScore!.note, m.id).toMatch(/^catalog estimate: /);
    }
    const measured = [...catalog.openModels, ...catalog.closedModels].filter((m) => m.qualityScore?.estimate === false).map((m) => `${m.id} ${m.qualityScore?.value}`);
    expect(measured.sort()).toEqual(['deepseek-v4-pro 44', 'gemini-3.1-pro-preview 46', 'glm-5.2 51', 'kimi-k2.6 43', 'minimax-m3 44']);
  });

  it('reaches every closed provider through at least one channel, and a FedRAMP High one for OpenAI, Anthropic and Google', () => {
    for (const p of catalog.providers) {
      const own = catalog.channels.filter((c) => c.provider === p.id);
      expect(own.length, p.id).toBeGreaterThan(0);
      expect(own.some((c) => c.fedramp === 'high'), p.id).toBe(true);
    }
    expect(catalog.channels.filter((c) => c.regions.includes('jp')).map((c) => c.id)).toEqual(['azure-openai', 'bedrock', 'vertex-gemini']);
  });

  it('gives every record at least one source with a URL and an as-of date', () => {
    for (const r of [...allRecords, ...catalog.channels, catalog.pricingContext]) {
      expect(r.sources.length, JSON.stringify(r).slice(0, 60)).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.url.length).toBeGreaterThan(0);
        expect(s.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
  });

  it('has all 15 GPU ids', () => {
    expect(catalog.gpus.map((g) => g.id).sort()).toEqual(
      [
        'a100-40gb',
        'a100-80gb',
        'a10g',
        'b200',
        'b300',
        'h100-pcie',
        'h100-sxm',
        'h200',
        'l4',
        'l40s',
        'mi300x',
        'mi325x',
        'mi355x',
        'rtx-4090',
        'rtx-pro-6000',
      ].sort(),
    );
  });

  it('keeps GPU throughput dense, not the sparse headline', () => {
    const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;
    expect(h100.bf16Tflops).toBe(989.4);
    expect(h100.fp8Tflops).toBe(1978.9);
    expect(catalog.gpus.find((g) => g.id === 'b200')!.bf16Tflops).toBe(2250);
    expect(catalog.gpus.find((g) => g.id === 'a100-80gb')!.fp8Tflops).toBeNull();
  });

  it('orders rental prices low <= typical <= high and takes typical from the research file by one rule', () => {
    for (const g of catalog.gpus) {
      // MI355X: no rental price found (null, so sizing leaves it out).
      const r = g.rentalUsdPerHour;
      if (!r) continue;
      expect(r.low).toBeLessThanOrEqual(r.typical);
      expect(r.typical).toBeLessThanOrEqual(r.high);
    }
    // gpu-prices-2026.json (2026-12-01), docs/catalog.md "GPU rental": median of dedicated-cloud on-demand rates
    // from 2026-08 on; low/high the on-demand extremes (community/marketplace and hyperscaler list included).
    expect(catalog.gpus.find((g) => g.id === 'h100-sxm')!.rentalUsdPerHour).toEqual({
      low: 2.4024,
      typical: 3.99,
      high: 12.29,
    });
    const typical = Object.fromEntries(catalog.gpus.map((g) => [g.id, g.rentalUsdPerHour?.typical ?? null]));
    expect(typical).toEqual({
      'h100-sxm': 3.99,
      h200: 4.59,
      b200: 6.74,
      b300: 7.65,
      'a100-80gb': 1.79,
      l40s: 1.32,
      'rtx-4090': 0.52,
      // Fewer than two usable rates dated 2026-08 or later, or none: left as set on 2026-11-23.
      mi300x: 1.99,
      'rtx-pro-6000': 1.71,
      mi325x: 2,
      l4: 0.8,
      'h100-pcie': 2.79,
      'a100-40gb': 2.76,
      a10g: 1.04,
      mi355x: null,
    });
  });

  it('leaves purchase price null where the facts give none', () => {
    const priced = catalog.gpus.filter((g) => g.purchaseUsd !== null).map((g) => [g.id, g.purchaseUsd]);
    // Each from a source with its as-of date: MSRPs from huggingface.co/hardware (H200, L40S, MI300X, B300), B200 a secondary volume price.
    expect(priced).toEqual([
      ['h100-sxm', 27500],
      ['h200', 32000],
      ['l40s', 8500],
      ['rtx-4090', 1599],
      ['mi300x', 15000],
      ['b200', 37000],
      ['b300', 45000],
      ['rtx-pro-6000', 8565],
    ]);
  });

  it('gives NVLink/Infinity Fabric bandwidth per direction', () => {
    const ic = Object.fromEntries(catalog.gpus.map((g) => [g.id, g.interconnectGBs]));
    expect(ic).toMatchObject({
      'h100-sxm': 450,
      h200: 450,
      'a100-80gb': 300,
      b200: 900,
      mi300x: 448,
      l40s: 32,
    });
  });

  it('maps closed tiers, batch discounts and long-context tiers', () => {
    const astra = catalog.closedModels.find((m) => m.id === 'gpt-6.2-astra')!;
    expect(astra.quality).toBe('frontier');
    expect(astra.batchDiscount).toBe(0.5);
    expect(astra.longContext).toEqual([
      { aboveInputTokens: 272000, inputMultiplier: 2, outputMultiplier: 1.5 },
    ]);
    // Cached price filled from OpenAI's stated 10% rule, so confidence drops.
    expect(astra.cachedInputUsdPerMTok).toBe(0.8);
    expect(astra.confidence).toBe('medium');
    const haiku = catalog.closedModels.find((m) => m.id === 'claude-haiku-5-5')!;
    expect(haiku.longContext).toEqual([
      { aboveInputTokens: 100000, inputMultiplier: 5, outputMultiplier: 5 },
    ]);
    expect(catalog.closedModels.find((m) => m.id === 'claude-sonnet-5-5')!.quality).toBe('strong');
    expect(catalog.closedModels.find((m) => m.id === 'gemini-3.5-flash')!.fineTuning).toBe('supervised');
  });

  it("prices a running promotion at today's rate and keeps the later one in priceNote", () => {
    const flash = catalog.closedModels.find((m) => m.id === 'gemini-3.8-flash')!;
    expect(flash.inputUsdPerMTok).toBe(0.75);
    expect(flash.priceNote).toContain('$1.50 in / $7.50 out from 2027-01-01');
  });

  it('records licence limits and quality tiers of open models', () => {
    const byId = Object.fromEntries(catalog.openModels.map((m) => [m.id, m]));
    expect(byId['llama-3.1-8b-instruct']!.mauLimit).toBe(700_000_000);
    expect(byId['qwen2.5-72b-instruct']!.mauLimit).toBe(100_000_000);
    expect(byId['qwen2.5-7b-instruct']!.mauLimit).toBeNull();
    expect(byId['deepseek-v3']!.quality).toBe('frontier');
    expect(byId['llama-3.1-405b-instruct']!.quality).toBe('frontier');
    expect(byId['llama-3.3-70b-instruct']!.quality).toBe('strong');
    expect(byId['meditron-70b']!.domains).toEqual(['medical']);
    expect(byId['qwen2.5-coder-32b-instruct']!.domains).toContain('code');
    for (const m of catalog.openModels) {
      if (m.totalParamsB <= 15) expect(m.quality, m.id).toBe('standard');
      expect(m.qualityNote, m.id).toBeTruthy();
    }
  });

  it('only allows closed data with a BAA where the provider signs one', () => {
    expect(catalog.providers.filter((p) => p.baa).map((p) => p.id)).toEqual(['openai', 'anthropic']);
    expect(catalog.providers.find((p) => p.id === 'openai')!.regionalUplift).toBe(0.1);
  });

  it('takes reserved discounts from the 2026 commitment figures and spot from the middle of its range', () => {
    expect(catalog.pricingContext).toMatchObject({
      reserved1yDiscount: 0.35,
      reserved3yDiscount: 0.5,
      spotDiscount: 0.75,
      cloudOverheadFraction: 0.4,
    });
  });
});
