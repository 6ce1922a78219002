import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';
import { openUsageStore, type UsageRecord } from '../../stores/index.js';

const T = Date.UTC(2026, 0, 5, 9);
const rec = (i: number, over: Partial<UsageRecord> = {}): UsageRecord => ({
  id: `r${i}`,
  time: T + i * 1000,
  keyId: 'k',
  workload: 'notes',
  destination: 'local-llama',
  destinationKind: 'self-hosted',
  model: 'llama',
  dataClass: 'phi',
  reason: 'sensitive.self-hosted-only',
  inputTokens: 1000,
  outputTokens: 100,
  cachedInputTokens: 200,
  costMicroUsd: 2_500,
  latencyMs: 100 + i,
  ttftMs: null,
  status: 200,
  stream: false,
  attempts: [],
  errorCode: null,
  ...over,
});

/** A gateway config that `switchboard serve` would accept, with `extra` in the self-hosted destination. */
const gatewayYaml = (extra: string): string =>
  [
    'store: sqlite:./usage.db',
    'destinations:',
    `  local-llama: { kind: self-hosted, api: openai, baseUrl: "http://127.0.0.1:8000/v1", model: llama${extra} }`,
    '  gpt: { kind: third-party, api: openai, baseUrl: "https://api.openai.com/v1", model: gpt-6-luna, apiKeyEnv: OPENAI_API_KEY }',
    'routes:',
    '  - { workload: notes, dataMayLeave: anywhere, sensitive: [local-llama], default: [gpt, local-llama] }',
    '',
  ].join('\n');

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sb-usage-cmd-'));
  const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`);
  await store.recordMany!([
    ...Array.from({ length: 9 }, (_, i) => rec(i)),
    rec(9, { status: 502, errorCode: 'upstream_error', outputTokens: 0, costMicroUsd: 0, latencyMs: 5000 }),
    rec(10, {
      workload: 'bot',
      destination: 'gpt',
      destinationKind: 'third-party',
      dataClass: 'none',
      costMicroUsd: 1_250_000,
    }),
  ]);
  await store.close();
  writeFileSync(join(dir, 'gateway.yaml'), gatewayYaml(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('switchboard usage', () => {
  it('prints totals and breakdowns as JSON, money in micro-dollars and USD', async () => {
    const r = await run(['usage', '--config', 'gateway.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.totals).toMatchObject({
      requests: 11,
      errors: 1,
      inputTokens: 11_000,
      outputTokens: 1_000,
      cachedInputTokens: 2_200,
      costMicroUsd: 1_272_500,
      costUsd: 1.2725,
      latencyP50Ms: 105,
      latencyP95Ms: 5000,
    });
    expect(j.totals.errorRate).toBeCloseTo(1 / 11, 12);
    expect(j.byWorkload.map((g: { key: string; requests: number }) => [g.key, g.requests])).toEqual([
      ['bot', 1],
      ['notes', 10],
    ]);
    expect(j.byDestination.map((g: { key: string; kind: string }) => [g.key, g.kind])).toEqual([
      ['gpt', 'third-party'],
      ['local-llama', 'self-hosted'],
    ]);
  });

  it('reports self-hosted hourly cost from --config: hourlyCostUsd × the window (issue 14: self-hosted spend showed $0.00)', async () => {
    writeFileSync(join(dir, 'hourly.yaml'), gatewayYaml(', hourlyCostUsd: 2.1'));
    const r = await run(['usage', '--config', 'hourly.yaml', '--since', '2026-01-05', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const hours = (Date.parse(j.until) - Date.parse(j.since)) / 3_600_000;
    expect(j.selfHostedFixed).toEqual([{ destination: 'local-llama', hourlyCostUsd: 2.1, hours: Math.round(hours * 100) / 100, costMicroUsd: Math.round(2.1e6 * hours), costUsd: Math.round(2.1e6 * hours) / 1e6 }]);
    const text = await run(['usage', '--config', 'hourly.yaml', '--since', '2026-01-05']);
    expect(text.out).toMatch(/Self-hosted fixed cost \(hourlyCostUsd × hours in the window\)\n {2}local-llama: \$[\d.]+ \([\d.]+ h × \$2.1\/h\)\nTotal spend with fixed cost: \$/);
  });

  it('prints text tables from --store', async () => {
    const r = await run(['usage', '--store', `sqlite:${join(dir, 'usage.db')}`]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2, 4).join('\n')).toMatchInlineSnapshot(`
      "       requests  input  output  cached  spend  errors     p50       p95
      total        11    11k      1k    2.2k  $1.27    9.1%  105 ms  5,000 ms"
    `);
  });

  it('shows the stored prompt-cache writes (and their 1-hour part) and the requests whose tokens were estimated', async () => {
    const url = `sqlite:${join(dir, 'cache.db')}`;
    const store = await openUsageStore(url);
    await store.recordMany!([rec(0, { cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400 }), rec(1, { tokensEstimated: true, status: 502, errorCode: 'upstream_reset' })]);
    await store.close();
    const j = JSON.parse((await run(['usage', '--store', url, '--format', 'json'])).out);
    expect(j.totals).toMatchObject({ cachedInputTokens: 400, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400, estimatedRequests: 1 });
    const text = (await run(['usage', '--store', url])).out;
    expect(text).toContain('Prompt cache (part of input): 400 tokens read, 600 written (400 for 1 hour)\n');
    expect(text).toContain('Estimated tokens: 1 request without upstream usage, counted with a tokenizer\n');
  });

  it('refuses a team profile or a list given as --config (regression: fell back to the default store silently)', async () => {
    writeFileSync(join(dir, 'team.yaml'), 'team: { name: T }\nworkloads: []\n');
    writeFileSync(join(dir, 'list.yaml'), '- a\n');
    const profile = await run(['usage', '--config', 'team.yaml']);
    expect(profile.code).toBe(2);
    expect(profile.err).toBe('switchboard usage: config team.yaml: this is a team profile, not a gateway config; give the gateway.yaml written by `switchboard plan team.yaml --out DIR`\n');
    const list = await run(['audit', 'verify', '--config', 'list.yaml']);
    expect(list.code).toBe(2);
    expect(list.err).toContain('config list.yaml: expected a gateway config (an object with store, destinations, routes), got a list');
  });

  it('validates --config with the gateway schema, naming the field (it was only checked for its shape)', async () => {
    writeFileSync(join(dir, 'bad-dest.yaml'), gatewayYaml(', hourlyCostUsd: -3'));
    writeFileSync(join(dir, 'bad-store.yaml'), gatewayYaml('').replace('store: sqlite:./usage.db', 'store: mysql://db'));
    writeFileSync(join(dir, 'no-routes.yaml'), 'store: sqlite:./usage.db\ndestinations: {}\nroutes: []\n');
    const dest = await run(['usage', '--config', 'bad-dest.yaml']);
    expect(dest.code).toBe(2);
    expect(dest.err).toContain('config bad-dest.yaml:');
    expect(dest.err).toContain('destinations.local-llama.hourlyCostUsd');
    const store = await run(['audit', 'verify', '--config', 'bad-store.yaml']);
    expect(store.code).toBe(2);
    expect(store.err).toMatch(/store: expected sqlite:PATH, postgres:\/\/\.\.\. or pglite:DIR/);
    const routes = await run(['usage', '--config', 'no-routes.yaml']);
    expect(routes.code).toBe(2);
    expect(routes.err).toContain('routes');
  });

  it('refuses bad input with exit 2 and a clear message', async () => {
    expect(await run(['usage'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('missing --config gateway.yaml or --store URL'),
    });
    expect(await run(['usage', '--store', 'sqlite:usage.db', '--config', 'gateway.yaml'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('either --config or --store, not both'),
    });
    expect(await run(['usage', '--store', 'sqlite:usage.db', '--format', 'xml'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format: expected one of text | json, got "xml"'),
    });
    expect(await run(['usage', '--store', 'sqlite:usage.db', '--since', 'soon'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--since: expected a duration'),
    });
    expect(await run(['usage', '--store', 'sqlite:missing.db'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no usage store at sqlite:.*missing\.db/),
    });
    expect(await run(['usage', '--store', 'sqlite:usage.db', '--since', '1d'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('widen --since'),
    });
  });
});
