import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';
import { testTempDir } from '../../test-support/temp-dir.js';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(['catalog', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('switchboard catalog', () => {
  it('prints help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatchInlineSnapshot(`
      "usage: switchboard catalog [models|open|closed|gpus|providers|ID] [--format text|json] [--catalog FILE]

        models     open-weight and closed API models
        open       open-weight models (architecture, licence, quality tier)
        closed     closed API models (prices per million tokens, context, tuning)
        gpus       GPUs (memory, bandwidth, dense TFLOPS, rental and purchase prices)
        providers  closed API providers (BAA, zero data retention, regions)
        ID         one record in full, with all its sources (e.g. h100-sxm, deepseek-v3)
        (none)     everything

        --format text|json  text: 80-column tables (default); json: the full records with sources
        --catalog FILE      YAML/JSON merged over the built-in catalog by id (see docs/catalog.md)

      list the built-in catalog: models, GPUs, providers, with sources
      "
    `);
  });

  it('lists compliance per access channel, unverified facts as "?"', async () => {
    const r = await run('providers');
    expect(r.code).toBe(0);
    expect(r.out).toMatchInlineSnapshot(`
      "CHANNEL           MODELS     BAA  ZDR  FEDRAMP   ITAR  REGIONS           UPLIFT
      openai-api        openai     yes  yes  ?         ?     us,eu               +10%
      azure-openai      openai     yes  yes  ?         ?     us,eu,uk,ca,au+4    +10%
      azure-openai-gov  openai     yes  ?    high      yes   us                     ?
      anthropic-api     anthropic  yes  yes  ?         ?     us                   +0%
      bedrock           anthropic  yes  yes  moderate  ?     us,eu,jp,au         +10%
      bedrock-govcloud  anthropic  yes  yes  high      yes   us                     ?
      vertex-claude     anthropic  ?    ?    ?         ?     us,eu               +10%
      vertex-gemini     google     ?    yes  high      ?     us,eu,uk,ca,au+2       ?
      gemini-api        google     ?    ?    ?         ?     -                    +0%

      Access channels: compliance is per channel. ? = not verified in the catalog
      (treated as unavailable: check with the provider). --format json: sources.

      Catalog 2026-12-02. --format json shows every field and source.
      "
    `);
  });

  it('lists everything by default, in 80 columns', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    for (const heading of ['CLOSED MODEL', 'OPEN MODEL', 'GPU ', 'CHANNEL'])
      expect(r.out).toContain(heading);
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('prints the records as JSON', async () => {
    const r = await run('closed', '--format', 'json');
    const records = JSON.parse(r.out) as { id: string; sources: unknown[] }[];
    expect(records).toHaveLength(13);
    expect(records[0]!.id).toBe('gpt-6.2-astra');
    expect(records[0]!.sources.length).toBeGreaterThan(0);
    const models = JSON.parse((await run('models', '--format', 'json')).out) as Record<string, unknown[]>;
    expect(Object.keys(models)).toEqual(['openModels', 'closedModels']);
  });

  it('shows a user override from --catalog', async () => {
    const dir = testTempDir('switchboard-catalog-cmd-');
    writeFileSync(
      join(dir, 'cat.yaml'),
      'gpus:\n  - id: l4\n    rentalUsdPerHour: { low: 0.3, typical: 0.35, high: 0.5 }\n',
    );
    const io = memoryIo({ cwd: dir });
    expect(await main(['catalog', 'gpus', '--catalog', 'cat.yaml', '--format', 'json'], io)).toBe(0);
    const l4 = (JSON.parse(io.out()) as { id: string; rentalUsdPerHour: { typical: number } }[]).find(
      (g) => g.id === 'l4',
    )!;
    expect(l4.rentalUsdPerHour.typical).toBe(0.35);
  });

  it('shows one record in full by id, or hints at the closest id', async () => {
    const r = await run('DeepSeek-V3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('deepseek-v3 (open model)');
    expect(r.out).toMatch(/ {2}kvBytesPerTokenBf16: +70272\n/);
    expect(r.out).toContain(
      'sources:\n  - https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json (as of\n    2026-11-23)',
    );
    const json = JSON.parse((await run('h100-sxm', '--format', 'json')).out) as {
      id: string;
      memoryGb: number;
    };
    expect(json).toMatchObject({ id: 'h100-sxm', memoryGb: 80 });
    const miss = await run('claude-sonet-5-5');
    expect(miss.code).toBe(2);
    expect(miss.err).toContain('(did you mean "claude-sonnet-5-5"?)');
  });

  it('rejects a bad section or format with exit 2 and a hint', async () => {
    const s = await run('gpu');
    expect(s.code).toBe(2);
    expect(s.err).toBe(
      'switchboard catalog: unknown section or id "gpu" (did you mean "gpus"?); sections: models | open | closed | gpus | providers; ids: switchboard catalog\n',
    );
    const f = await run('--format', 'yaml');
    expect(f.code).toBe(2);
    expect(f.err).toContain('--format: expected one of text | json, got "yaml"');
    const two = await run('gpus', 'open');
    expect(two.code).toBe(2);
    expect((await run('--colour')).code).toBe(2);
  });
});
