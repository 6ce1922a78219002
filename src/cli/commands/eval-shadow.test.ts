import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { EvalSummary } from '../../core/eval/index.js';
import { openUsageStore } from '../../stores/index.js';
import { sampleShadow } from '../../stores/test-support/shadow-contract-suite.js';
import { memoryIo } from '../support/io.js';
import { main } from '../main.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-eval-shadow-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function setup(records: number): Promise<string> {
  const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`);
  const now = Date.now();
  for (let i = 0; i < records; i++) {
    const r = sampleShadow(i);
    await store.shadow!.recordShadow({ ...r, time: now - (i + 1) * 60_000 });
  }
  await store.close();
  const config = {
    store: 'sqlite:./usage.db',
    destinations: {
      claude: { kind: 'third-party', api: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', model: 'claude-sonnet-5-5' },
      'local-qwen': { kind: 'self-hosted', api: 'openai', baseUrl: 'http://10.0.0.5:8000/v1', model: 'Qwen/Qwen3-32B', hourlyCostUsd: 4 },
      'local-judge': { kind: 'self-hosted', api: 'openai', baseUrl: 'http://10.0.0.6:8000/v1', model: 'judge' },
    },
    routes: [{ workload: 'notes', dataMayLeave: 'with-baa-and-zdr', sensitive: ['local-qwen'], default: ['claude'], shadow: { destination: 'local-qwen', sample: 0.05, checks: [{ name: 'json', jsonSchema: { type: 'object' } }], judge: { destination: 'local-judge' } } }],
  };
  const path = join(dir, 'gateway.yaml');
  await writeFile(path, stringify(config));
  return path;
}

describe('switchboard eval --from-shadow', () => {
  it('summarises stored shadow scores like a suite run: the primary as baseline, the candidate with parity', async () => {
    const config = await setup(12);
    const io = memoryIo({ cwd: dir });
    const code = await main(['eval', '--from-shadow', '--config', config, '--since', '7d', '--format', 'json', '--out', 'evidence.json'], io);
    expect(code, io.err()).toBe(0);
    const s = JSON.parse(io.out()) as EvalSummary;
    expect(s.suite.source).toMatch(/^shadow traffic /);
    expect(s.baseline).toBe('claude');
    expect(s.candidates.map((c) => [c.name, c.prompts.answered])).toEqual([
      ['claude', 12],
      ['local-qwen', 12],
    ]);
    // Shadow checks pass except every third record (0, 3, 6, 9): 8 of 12.
    expect(s.candidates[1]!.checks.allPassed!.value).toBeCloseTo(8 / 12);
    expect(s.candidates[1]!.judge.winRate!.value).toBe(0.5);
    expect(s.candidates[1]!.parity).toMatchObject({ baseline: 'claude', metric: 'score', verdict: 'worse' });
    expect(s.dataClasses).toEqual({ none: 6, phi: 6 });
  });

  it('says when there is nothing to summarise', async () => {
    const config = await setup(0);
    const io = memoryIo({ cwd: dir });
    expect(await main(['eval', '--from-shadow', '--config', config], io)).toBe(2);
    expect(io.err()).toMatch(/no shadow scores for workload notes since .* in sqlite:\.\/usage\.db/);
  });
});
