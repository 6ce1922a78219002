import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../core/catalog/index.js';
import { main } from '../main.js';
import { loadCatalog } from './catalog.js';
import { memoryIo, UsageError } from './io.js';
import { fileTempDir } from '../../test-support/temp-dir.js';

const dir = fileTempDir('switchboard-catalog-');
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const io = memoryIo({ cwd: dir });

async function usageError(path: string): Promise<UsageError> {
  try {
    await loadCatalog(path, io);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('loadCatalog', () => {
  it('returns the built-in catalog without a file', async () => {
    expect(await loadCatalog(undefined, io)).toBe(defaultCatalog());
  });

  it('merges a partial YAML override by id and adds new records', async () => {
    const file = write(
      'my-prices.yaml',
      [
        'gpus:',
        '  - id: h100-sxm',
        '    rentalUsdPerHour: { low: 1.8, typical: 2.1, high: 2.6 }',
        'closedModels:',
        '  - id: gpt-6-luna',
        '    inputUsdPerMTok: 0.08',
      ].join('\n'),
    );
    const c = await loadCatalog(file, io);
    expect(c.gpus.find((g) => g.id === 'h100-sxm')!.rentalUsdPerHour).toEqual({
      low: 1.8,
      typical: 2.1,
      high: 2.6,
    });
    const luna = c.closedModels.find((m) => m.id === 'gpt-6-luna')!;
    expect(luna.inputUsdPerMTok).toBe(0.08);
    expect(luna.outputUsdPerMTok).toBe(0.5);
    expect(luna.sources[0]).toMatchObject({
      url: 'my-prices.yaml',
      note: 'user override of inputUsdPerMTok',
    });
  });

  it('accepts a model without quality evidence, with a visible warning naming it', async () => {
    const own = memoryIo({ cwd: dir });
    const luna = defaultCatalog().closedModels.find((m) => m.id === 'gpt-6-luna')!;
    const file = write('no-score.json', JSON.stringify({ closedModels: [{ ...luna, id: 'my-luna', qualityScore: undefined }] }));
    const c = await loadCatalog(file, own);
    expect(c.closedModels.some((m) => m.id === 'my-luna')).toBe(true);
    expect(own.err()).toBe('warning: no-score.json: closed model "my-luna" has no qualityScore: it is placed at the floor of its declared "standard" tier, shown as an estimate\n');
  });

  it('prefixes each issue with the file name', async () => {
    const file = write('bad-prices.yaml', 'gpus:\n  - id: h100-sxm\n    memoryGb: lots\n    tdpW: -1\n');
    const e = await usageError(file);
    expect(e.exitCode).toBe(2);
    expect(e.message.split('\n')).toEqual([
      'invalid catalog file bad-prices.yaml:',
      'bad-prices.yaml: gpus[0].memoryGb: expected a number > 0, got "lots"',
      'bad-prices.yaml: gpus[0].tdpW: expected a number > 0, got -1',
    ]);
  });

  it('points cross-record issues at the record in the user file', async () => {
    const file = write(
      'orphan.json',
      JSON.stringify({
        closedModels: [{ ...defaultCatalog().closedModels[0], id: 'my-model', provider: 'acme' }],
      }),
    );
    const e = await usageError(file);
    expect(e.message).toContain('orphan.json: closedModels[0].provider: unknown provider "acme"');
  });

  it('refuses an empty catalog file (empty, comments only, or {}) instead of ignoring it', async () => {
    for (const [name, text] of [['empty.yaml', ''], ['comments.yaml', '# nothing yet\n'], ['braces.json', '{}'], ['null.yaml', 'null\n']] as const) {
      const e = await usageError(write(name, text));
      expect(e.message).toBe(`catalog ${name}: the file is empty; a catalog override lists providers, closedModels, openModels, gpus entries merged over the built-in catalog by id (see examples/catalog-override.yaml)`);
    }
    const cli = memoryIo({ cwd: dir });
    expect(await main(['catalog', '--catalog', 'empty.yaml'], cli)).toBe(2);
    expect(cli.err()).toContain('catalog empty.yaml: the file is empty');
  });

  it('reports a missing file and broken YAML without a stack trace', async () => {
    expect((await usageError('nope.yaml')).message).toBe('catalog nope.yaml: no such file');
    const broken = write('broken.yaml', 'gpus: [\n');
    expect((await usageError(broken)).message).toMatch(/^catalog broken\.yaml: not valid YAML/);
  });
});

describe('examples/catalog-override.yaml', () => {
  it('loads and changes what it says it changes', async () => {
    const c = await loadCatalog(
      'examples/catalog-override.yaml',
      memoryIo({ cwd: join(import.meta.dirname, '../../..') }),
    );
    expect(c.gpus.find((g) => g.id === 'h100-sxm')).toMatchObject({ purchaseUsd: 24000, memoryGb: 80 });
    expect(c.gpus.find((g) => g.id === 'h100-nvl')!.memoryGb).toBe(94);
    expect(c.closedModels.find((m) => m.id === 'claude-sonnet-5-5')).toMatchObject({
      inputUsdPerMTok: 1.6,
      quality: 'strong',
    });
    const vertex = c.channels.find((x) => x.id === 'vertex-gemini')!;
    expect(vertex.baa).toBe(true);
    expect(vertex.fedramp).toBe('high');
    expect(vertex.sources).toEqual([
      { url: 'contract:gcp-baa-2026', asOf: '2026-06-01', note: 'signed BAA, legal ref. 2026-114' },
    ]);
    expect(c.pricingContext.spotDiscount).toBe(0.65);
    // One GPU added (h100-nvl), the shipped ones kept.
    expect(c.gpus).toHaveLength(defaultCatalog().gpus.length + 1);
    expect(defaultCatalog().gpus.some((g) => g.id === 'h100-nvl')).toBe(false);
  });
});
