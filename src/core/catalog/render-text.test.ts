import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { allIds, findRecord, renderRecordText } from './render-record.js';
import { CATALOG_SECTIONS, renderCatalogText, sourceHost } from './render-text.js';

const catalog = defaultCatalog();

describe('renderCatalogText', () => {
  it('fits every line of every section in 80 columns without cutting', () => {
    for (const section of [...CATALOG_SECTIONS, 'all'] as const) {
      for (const line of renderCatalogText(catalog, section).split('\n')) {
        expect(line.length, line).toBeLessThanOrEqual(80);
        expect(line).not.toContain('…');
      }
    }
  });

  it('lists one row per record with its source host and as-of date', () => {
    const text = renderCatalogText(catalog, 'models');
    expect(text.split('\n').filter((l) => / \d{4}-\d{2}(-\d{2})?$/.test(l))).toHaveLength(13);
    expect(text.split('\n').filter((l) => / \d{4}-\d{2}(-\d{2})?  +(current|base|superseded|no-commercial)/.test(l))).toHaveLength(62);
    expect(text).toMatch(/meditron-7b .* base\n/);
    expect(text).toMatch(/minimax-m2.7 .* no-commercial\n/);
    expect(text).toContain('deepseek-v3');
    expect(text).not.toContain('h100-sxm');
  });

  it('prints the GPU table', () => {
    expect(renderCatalogText(catalog, 'gpus')).toMatchInlineSnapshot(`
      "GPU           MEM GB  TB/S  BF16 TF  $/H TYP  BUY $  SOURCE        AS OF
      h100-sxm          80  3.35      989     3.99  27.5k  nvidia.com    2026-11-23
      h100-pcie         80  2.00      756     2.79      -  manuals.plus  2026-11-23
      h200             141  4.80      989     4.59    32k  nvidia.com    2026-11-23
      a100-80gb         80  2.04      312     1.79      -  nvidia.com    2026-11-23
      a100-40gb         40  1.55      312     2.76      -  nvidia.com    2026-11-23
      l40s              48  0.86      362     1.32   8.5k  nvidia.com    2026-11-23
      l4                24  0.30      121     0.80      -  nvidia.com    2026-11-23
      a10g              24  0.60       70     1.04      -  github.com    2024-11-13
      rtx-4090          24  1.01      165     0.52   1.6k  nvidia.com    2026-11-23
      mi300x           192  5.30     1307     1.99    15k  amd.com       2026-11-23
      b200             180  8.00     2250     6.74    37k  nvidia.com    2026-11-23
      b300             288  8.00     2250     7.65    45k  nvidia.com    2026-12-02
      rtx-pro-6000      96  1.79      504     1.71   8.6k  nvidia.com    2026-12-02
      mi325x           256  6.00     1307     2.00      -  amd.com       2026-12-02
      mi355x           288  8.00     2517        -      -  amd.com       2026-12-02

      TF = dense TFLOPS; $/H TYP = typical on-demand rent per GPU-hour; - = no figure.

      Catalog 2026-12-02. --format json shows every field and source.
      "
    `);
  });
});

describe('sourceHost', () => {
  it('shortens URLs and owner/repo references', () => {
    expect(sourceHost({ url: 'https://huggingface.co/x/y/blob/main/config.json', asOf: '2026-11' })).toBe(
      'hf.co',
    );
    expect(sourceHost({ url: 'https://developers.openai.com/api/docs', asOf: '2026-11' })).toBe('openai.com');
    expect(sourceHost({ url: 'owner/repo: microsoft/vidur constants.py', asOf: '2024-02' })).toBe(
      'github:microsoft',
    );
    expect(sourceHost(undefined)).toBe('-');
  });
});

describe('renderRecordText', () => {
  it('prints every field and wraps notes to 80 columns (a long URL may overrun)', () => {
    for (const id of allIds(catalog)) {
      const text = renderRecordText(findRecord(catalog, id)!);
      expect(text.startsWith(`${id} (`)).toBe(true);
      for (const line of text.split('\n')) {
        if (line.length > 80) expect(line, line).toMatch(/^ +(- )?\S+$/);
      }
    }
  });

  it('prints a provider', () => {
    const text = renderRecordText(findRecord(catalog, 'ANTHROPIC')!);
    expect(text.split('\n').slice(0, 8)).toEqual([
      'anthropic (provider)',
      '  name:              Anthropic',
      '  baa:               true',
      '  zeroDataRetention: true',
      '  processingRegions: us',
      '  regionalUplift:    0',
      '  fedramp:           none',
      "  notes:             BAA: Yes: 'HIPAA-ready' API access with a signed BAA;",
    ]);
    expect(findRecord(catalog, 'nope')).toBeUndefined();
  });
});
