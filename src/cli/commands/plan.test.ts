import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Service } from 'kubernetes-models/v1/Service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { defaultCatalog } from '../../core/catalog/index.js';
import { parseGatewayConfig } from '../../core/routing/parse-config.js';
import { priceSheets } from '../../gateway/meter.js';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';

const PROFILE = `team:
  name: Example Clinic
  industry: healthcare
  mlEngineers: 1
  gpuAccess: rent
  region: us
workloads:
  - name: clinical-notes
    data: [phi]
    regulations: [hipaa]
    dataMayLeave: own-infrastructure-only
    requestsPerDay: 20000
    inputTokens: 3000
    outputTokens: 500
  - name: marketing-copy
    data: [public]
    requestsPerDay: 200
    inputTokens: 500
    outputTokens: 300
assumptions:
  monteCarloRuns: 100
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-plan-'));
  writeFileSync(join(dir, 'profile.yaml'), PROFILE);
  writeFileSync(join(dir, 'bad.yaml'), PROFILE.replace('requestsPerDay: 20000', 'requestsPerDay: lots'));
  writeFileSync(join(dir, 'a-file'), 'not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(['plan', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('switchboard plan', () => {
  it('prints a gateway.yaml that the gateway accepts, one route per workload', async () => {
    const { code, out } = await run('profile.yaml');
    expect(code).toBe(0);
    const config = parseGatewayConfig(parse(out));
    if (!config.ok) throw new Error(JSON.stringify(config.issues));
    expect(config.value.routes.map((r) => r.workload)).toEqual(['clinical-notes', 'marketing-copy']);
    const notes = config.value.routes[0]!;
    expect(notes.sensitive.map((d) => config.value.destinations[d]?.kind)).toEqual(['self-hosted']);
    expect(config.value.destinations[notes.sensitive[0]!]?.baseUrl).toBe('http://clinical-notes-vllm.switchboard.svc:8000/v1');
    // Every third party can be priced by the gateway's meter, so spend is never silently 0.
    expect(priceSheets(config.value.destinations, defaultCatalog()).warnings).toEqual([]);
  });

  it('prints the same config as JSON with --format json', async () => {
    const yaml = await run('profile.yaml');
    const json = await run('profile.yaml', '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual(parse(yaml.out));
  });

  it('writes the deployment with --out: gateway config, README, vLLM script and valid Kubernetes objects', async () => {
    const { code, out } = await run('profile.yaml', '--out', 'deploy', '--namespace', 'llm');
    expect(code).toBe(0);
    expect(out).toContain('wrote ');
    const root = join(dir, 'deploy');
    const gateway = parseGatewayConfig(parse(readFileSync(join(root, 'gateway.yaml'), 'utf8')));
    expect(gateway.ok).toBe(true);
    const script = readFileSync(join(root, 'clinical-notes', 'vllm.sh'), 'utf8');
    expect(statSync(join(root, 'clinical-notes', 'vllm.sh')).mode & 0o111).not.toBe(0);
    const docs = parseAllDocuments(readFileSync(join(root, 'clinical-notes', 'k8s.yaml'), 'utf8')).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'Service', 'HorizontalPodAutoscaler']);
    new Deployment(docs[0]).validate();
    new Service(docs[1]).validate();
    new HorizontalPodAutoscaler(docs[2]).validate();
    // The GPU (and so its vendor's resource name) is the assessment's choice; one GPU resource either way.
    const limits = Object.entries(docs[0].spec.template.spec.containers[0].resources.limits);
    expect(limits).toHaveLength(1);
    expect(limits[0]![0]).toMatch(/^(nvidia\.com|amd\.com)\/gpu$/);
    const tp = String(limits[0]![1]);
    expect(script).toContain(`--tensor-parallel-size ${tp} `);
    expect(docs[0].metadata.namespace).toBe('llm');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('kubectl create namespace llm');

    const json = await run('profile.yaml', '--out', 'deploy-json', '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ out: 'deploy-json', files: expect.arrayContaining(['README.md', 'gateway.yaml', 'clinical-notes/k8s.yaml', 'clinical-notes/vllm.sh']) });
  });

  it('documents its flags in --help', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['plan', '--help'], io)).toBe(0);
    expect(io.out()).toMatchInlineSnapshot(`
      "usage: switchboard plan <profile> [--out DIR] [--catalog FILE] [--format yaml|json] [--namespace NS] [--gateway-store URL]

        <profile>         YAML or JSON team profile (- for stdin); see docs/profile.md
        --out DIR         write DIR/gateway.yaml, DIR/README.md and, per self-hosted workload, DIR/<workload>/vllm.sh,
                          k8s.yaml (and llama-cpp.sh for small models); without it, print gateway.yaml to stdout
        --catalog FILE    prices and models merged over the built-in catalog by id
        --format FORMAT   yaml (default) or json: the gateway config on stdout; with --out, a JSON list of files written
        --namespace NS    Kubernetes namespace of the model servers (default switchboard); see docs/deploy.md
        --gateway-store URL  usage store of the gateway pods in DIR/gateway/k8s.yaml: sqlite:/data/switchboard.db
                          (default; one replica on a volume) or postgres://user@host:5432/db (two or more replicas)

      generate the gateway config and, for self-hosted workloads, vLLM commands and Kubernetes manifests
      "
    `);
  });

  it('reports bad input with exit 2, naming the field, and no stack trace', async () => {
    const bad = await run('bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('workloads[0].requestsPerDay: expected a number between 0 and 10,000,000,000, got "lots"');
    expect(bad.err).not.toMatch(/\n\s+at /);

    const noCatalog = await run('profile.yaml', '--catalog', 'missing.yaml');
    expect([noCatalog.code, noCatalog.err]).toEqual([2, 'switchboard plan: catalog missing.yaml: no such file\n']);

    const unwritable = await run('profile.yaml', '--out', 'a-file/deploy');
    expect(unwritable.code).toBe(2);
    expect(unwritable.err.split('\n').at(-2)).toBe('switchboard plan: --out a-file/deploy: cannot write (a path in it is a file)');

    const ns = await run('profile.yaml', '--namespace', 'Not_A_Namespace');
    expect(ns.code).toBe(2);
    expect(ns.err).toContain('--namespace: expected a Kubernetes namespace');

    const format = await run('profile.yaml', '--format', 'toml');
    expect([format.code, format.err]).toEqual([2, 'switchboard plan: --format: expected one of yaml | json, got "toml"\n']);

    expect((await run()).code).toBe(2);
  });
});
