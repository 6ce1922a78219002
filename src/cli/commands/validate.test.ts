import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function tmpFile(name: string, text: string): string {
  const dir = testTempDir('sb-validate-');
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[]) {
  const io = memoryIo({ cwd: ROOT });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const TEAM = 'team: { name: T, industry: healthcare, mlEngineers: 1, gpuAccess: rent }\n';

describe('switchboard validate', () => {
  it('accepts every bundled example', async () => {
    for (const name of ['hospital', 'fintech', 'government-agency', 'seed-startup', 'ecommerce-catalog', 'bank-code-assistant', 'small-clinic']) {
      const r = await run(['validate', `examples/${name}.yaml`]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^${name}\\.yaml: valid \\(.+, \\d+ workloads?\\)\\n$`));
    }
  });

  it('lists every problem at once as path: message lines, exit 2, no stack trace', async () => {
    const path = tmpFile(
      'bad.yaml',
      `${TEAM}workloads:\n  - { name: a, data: [phi], requestsPerDay: 10, inputTokens: 1, outputTokens: 1 }\n  - { name: b, data: [phi], requestsPerDay: lots, inputTokens: 1, outputTokens: 1, regulations: [hipa], latncy: {} }\n`,
    );
    const r = await run(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err.split('\n').slice(1, -1)).toEqual([
      'workloads[1].regulations[0]: expected one of hipaa | gdpr | pci-dss | glba | sox | fedramp | itar | cjis | ccpa | eu-ai-act, got "hipa" (did you mean "hipaa"?)',
      'workloads[1].requestsPerDay: expected a number between 0 and 10,000,000,000, got "lots"',
      expect.stringMatching(/^workloads\[1\]\.latncy: unknown field \(did you mean "latency"\?\); allowed here: /),
    ]);
    expect(r.err.split('\n')[0]).toBe(`switchboard validate: invalid profile ${path} (3 problems):`);
  });

  it('names a missing required field and its expected type', async () => {
    const r = await run(['validate', tmpFile('p.yaml', `${TEAM}workloads:\n  - { name: a, data: [public], inputTokens: 1, outputTokens: 1 }\n`)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('workloads[0].requestsPerDay: required field is missing (expected a number between 0 and 10,000,000,000)');
  });

  it('checks pinned models against the catalog, with a suggestion', async () => {
    const r = await run(['validate', tmpFile('p.yaml', `${TEAM}workloads:\n  - { name: a, data: [public], requestsPerDay: 1, inputTokens: 1, outputTokens: 1, closedModel: claude-sonet-5-5 }\n`)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('workloads[0].closedModel: unknown closed model "claude-sonet-5-5" (did you mean "claude-sonnet-5-5"?)');
  });

  it('reports an unreadable or malformed file, and a missing argument, with exit 2', async () => {
    expect((await run(['validate', 'no/such.yaml'])).err).toBe('switchboard validate: profile no/such.yaml: no such file\n');
    const yaml = await run(['validate', tmpFile('x.yaml', 'team: [unclosed\n')]);
    expect(yaml.code).toBe(2);
    expect(yaml.err).toMatch(/not valid YAML/);
    const none = await run(['validate']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^switchboard validate: missing <profile>/);
  });

  it('says a catalog file given as the profile belongs to --catalog (regression: only "unknown field" lines)', async () => {
    const r = await run(['validate', 'examples/catalog-override.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('gpus: unknown field');
    expect(r.err.trimEnd().split('\n').at(-1)).toBe(
      'examples/catalog-override.yaml looks like a catalog file (openModels, closedModels, gpus...): pass it with --catalog examples/catalog-override.yaml next to a team profile',
    );
    const notCatalog = await run(['validate', tmpFile('p.yaml', `${TEAM}workloads: []\ngpus: []\n`)]);
    expect(notCatalog.err).not.toContain('looks like a catalog');
  });

  it('reports an empty file as missing team and workloads', async () => {
    const r = await run(['validate', tmpFile('empty.yaml', '')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('team: required field is missing (expected an object)');
    expect(r.err).toContain('workloads: required field is missing (expected an array)');
  });

  it('reports cross-field problems: duplicate names, and peakToAverage with hourlyTraffic', async () => {
    const w = 'data: [public], requestsPerDay: 1, inputTokens: 1, outputTokens: 1';
    const r = await run(['validate', tmpFile('p.yaml', `${TEAM}workloads:\n  - { name: a, ${w} }\n  - { name: a, ${w}, peakToAverage: 2, hourlyTraffic: [${Array(24).fill(1).join(',')}] }\n`)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('workloads[1].hourlyTraffic: give either peakToAverage or hourlyTraffic, not both');
    expect(r.err).toContain('workloads[1].name: duplicate workload name "a" (also workloads[0])');
  });

  it('reads a profile from stdin with -', async () => {
    const io = memoryIo({ cwd: ROOT, readStdin: () => Promise.resolve(`${TEAM}workloads:\n  - { name: a, data: [public], requestsPerDay: 1, inputTokens: 1, outputTokens: 1 }\n`) });
    expect(await main(['validate', '-'], io)).toBe(0);
    expect(io.out()).toBe('stdin: valid (T, 1 workload)\n');
  });

  it('rejects a precision the chosen engine cannot serve', async () => {
    const r = await run(['validate', tmpFile('p.yaml', `${TEAM}workloads:\n  - { name: a, data: [public], requestsPerDay: 1, inputTokens: 1, outputTokens: 1 }\nassumptions: { engine: vllm, precision: gguf-q4 }\n`)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\nassumptions\.precision: vllm does not serve gguf-q4; it serves /);
  });
});
