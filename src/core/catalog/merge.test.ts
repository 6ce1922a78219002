import { describe, expect, it } from 'vitest';
import { formatIssues } from '../result.js';
import { defaultCatalog } from './default-catalog.js';
import { catalogIssues } from './integrity.js';
import { mergeCatalog } from './merge.js';
import { completePartialOverride } from './patch.js';

const base = defaultCatalog();
const h100 = base.gpus.find((g) => g.id === 'h100-sxm')!;
const src = [{ url: 'https://example.test/quote', asOf: '2026-11-01' }];

describe('mergeCatalog', () => {
  it('replaces a record with the same id and adds new ids', () => {
    const r = mergeCatalog(base, {
      gpus: [
        { ...h100, rentalUsdPerHour: { low: 1, typical: 1.5, high: 2 }, sources: src },
        { ...h100, id: 'h100-nvl', name: 'H100 NVL', memoryGb: 94, sources: src },
      ],
    });
    if (!r.ok) throw new Error(formatIssues(r.issues));
    expect(r.value.gpus).toHaveLength(base.gpus.length + 1);
    expect(r.value.gpus.find((g) => g.id === 'h100-sxm')!.rentalUsdPerHour!.typical).toBe(1.5);
    expect(r.value.gpus.find((g) => g.id === 'h100-nvl')!.memoryGb).toBe(94);
    expect(r.value.version).toBe('2026-12-02+user');
    // The defaults are untouched.
    expect(base.gpus.find((g) => g.id === 'h100-sxm')!.rentalUsdPerHour!.typical).toBe(3.99);
  });

  it('names the field and the expectation for a bad value', () => {
    const r = mergeCatalog(base, { gpus: [{ ...h100, memoryGb: 'lots' }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatIssues(r.issues)).toContain('gpus[0].memoryGb: expected a number > 0, got "lots"');
  });

  it('hints at the right key for a misspelt field', () => {
    const r = mergeCatalog(base, { gpu: [] });
    if (r.ok) throw new Error('expected issues');
    expect(r.issues[0]!.path).toBe('gpu');
    expect(r.issues[0]!.message).toContain('did you mean "gpus"');
  });

  it('rejects a record without sources', () => {
    const r = mergeCatalog(base, { gpus: [{ ...h100, sources: [] }] });
    if (r.ok) throw new Error('expected issues');
    expect(formatIssues(r.issues)).toMatch(/^gpus\[0\]\.sources: /);
  });
});

describe('completePartialOverride', () => {
  const opts = { origin: 'my-prices.yaml', asOf: '2026-11-23' };

  it('lays a partial record over the default one and records the file as a source', () => {
    const patched = completePartialOverride(
      base,
      { gpus: [{ id: 'h100-sxm', rentalUsdPerHour: { low: 2, typical: 2.2, high: 2.5 } }] },
      opts,
    );
    const r = mergeCatalog(base, patched);
    if (!r.ok) throw new Error(formatIssues(r.issues));
    const g = r.value.gpus.find((x) => x.id === 'h100-sxm')!;
    expect(g.rentalUsdPerHour).toEqual({ low: 2, typical: 2.2, high: 2.5 });
    expect(g.memoryGb).toBe(80);
    expect(g.sources[0]).toEqual({
      url: 'my-prices.yaml',
      asOf: '2026-11-23',
      note: 'user override of rentalUsdPerHour',
    });
    expect(g.sources.length).toBe(h100.sources.length + 1);
  });

  it('leaves new ids whole, so missing fields are reported', () => {
    const r = mergeCatalog(
      base,
      completePartialOverride(base, { gpus: [{ id: 'my-gpu', memoryGb: 32 }] }, opts),
    );
    if (r.ok) throw new Error('expected issues');
    expect(formatIssues(r.issues)).toContain('gpus[0].name: required field is missing');
  });

  it('passes non-object input through for validation to report', () => {
    expect(completePartialOverride(base, 'nonsense', opts)).toBe('nonsense');
    expect(mergeCatalog(base, 'nonsense').ok).toBe(false);
  });
});

describe('catalogIssues', () => {
  it('reports a closed model whose provider is unknown, with a hint', () => {
    const m = base.closedModels[0]!;
    const r = mergeCatalog(base, { closedModels: [{ ...m, id: 'my-model', provider: 'opneai' }] });
    if (!r.ok) throw new Error(formatIssues(r.issues));
    const issues = catalogIssues(r.value);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('unknown provider "opneai" (did you mean "openai"?)');
  });

  it('reports KV bytes that disagree with the architecture', () => {
    const m = base.openModels[0]!;
    const r = mergeCatalog(base, { openModels: [{ ...m, kvBytesPerTokenBf16: 100000 }] });
    if (!r.ok) throw new Error(formatIssues(r.issues));
    expect(formatIssues(catalogIssues(r.value))).toBe(
      'openModels[0].kvBytesPerTokenBf16: expected 131072 (2 x layers x kvHeads x headDim x 2), got 100000',
    );
  });

  it('reports inverted rental ranges and a second model with the same HF repo', () => {
    const m = base.openModels[0]!;
    const r = mergeCatalog(base, {
      gpus: [{ ...h100, rentalUsdPerHour: { low: 3, typical: 2, high: 4 } }],
      openModels: [{ ...m, id: 'llama-copy' }],
    });
    if (!r.ok) throw new Error(formatIssues(r.issues));
    const text = formatIssues(catalogIssues(r.value));
    expect(text).toContain('gpus[0].rentalUsdPerHour: expected low <= typical <= high, got 3 / 2 / 4');
    expect(text).toContain(
      'openModels[62].hfRepo: "meta-llama/Llama-3.1-8B-Instruct" already names open model "llama-3.1-8b-instruct"',
    );
  });
});

describe('catalogIssues on aliases', () => {
  it('reports an alias that already names another model', () => {
    const m = base.openModels.find((x) => x.id === 'qwen2.5-7b-instruct')!;
    const r = mergeCatalog(base, { openModels: [{ ...m, aliases: ['llama3.1:8b'] }] });
    if (!r.ok) throw new Error(formatIssues(r.issues));
    const issues = catalogIssues(r.value);
    expect(issues).toEqual([
      {
        path: 'openModels[4].aliases[0]',
        message: '"llama3.1:8b" already names open model "llama-3.1-8b-instruct"',
      },
    ]);
  });
});
