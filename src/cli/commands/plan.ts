import { chmod, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { assess } from '../../core/assess/index.js';
import { planDeployment, type DeploymentPlan } from '../../core/deploy/index.js';
import { formatIssues } from '../../core/result.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { makeDirs } from '../support/files.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { loadProfile, profilePathArg } from './validate.js';

const USAGE = `switchboard plan <profile> [--out DIR] [--catalog FILE] [--format yaml|json] [--namespace NS] [--gateway-store URL]

  <profile>         YAML or JSON team profile (- for stdin); see docs/profile.md
  --out DIR         write DIR/gateway.yaml, DIR/README.md and, per self-hosted workload, DIR/<workload>/vllm.sh,
                    k8s.yaml (and llama-cpp.sh for small models); without it, print gateway.yaml to stdout
  --catalog FILE    prices and models merged over the built-in catalog by id
  --format FORMAT   yaml (default) or json: the gateway config on stdout; with --out, a JSON list of files written
  --namespace NS    Kubernetes namespace of the model servers (default switchboard); see docs/deploy.md
  --gateway-store URL  usage store of the gateway pods in DIR/gateway/k8s.yaml: sqlite:/data/switchboard.db
                    (default; one replica on a volume) or postgres://user@host:5432/db (two or more replicas)`;

const FORMATS = ['yaml', 'json'] as const;

async function writePlan(plan: DeploymentPlan, dir: string, io: CliIo): Promise<string[]> {
  const root = resolve(io.cwd, dir);
  const written: string[] = [];
  try {
    for (const f of plan.files) {
      const target = resolve(root, f.path);
      await makeDirs(dirname(target));
      await writeFile(target, f.content, 'utf8');
      if (f.executable) await chmod(target, 0o755);
      written.push(f.path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`--out ${dir}: cannot write ${written.length > 0 ? 'all files ' : ''}(${code === 'ENOTDIR' || code === 'EEXIST' ? 'a path in it is a file' : code})`);
  }
  return written;
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'generate the gateway config and, for self-hosted workloads, vLLM commands and Kubernetes manifests',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(
      args,
      { out: { type: 'string' }, catalog: { type: 'string' }, format: { type: 'string' }, namespace: { type: 'string' }, 'gateway-store': { type: 'string' } },
      USAGE.split('\n')[0] ?? '',
    );
    const path = profilePathArg(positionals, USAGE);
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'yaml';
    if (values.out === '') throw new UsageError('--out: expected a folder');
    const catalog = await loadCatalog(values.catalog, io);
    const profile = await loadProfile(path, io, catalog);
    const report = assess(profile, catalog, { now: new Date() });
    const gatewayStore = values['gateway-store'];
    if (gatewayStore !== undefined && !/^(sqlite:\/|postgres(ql)?:\/\/)/.test(gatewayStore)) throw new UsageError(`--gateway-store: expected sqlite:/ABSOLUTE/PATH or postgres://user@host:5432/db, got ${JSON.stringify(gatewayStore)}`);
    if (gatewayStore !== undefined && /^postgres(ql)?:\/\/[^/@]*:[^@]*@/.test(gatewayStore)) throw new UsageError('--gateway-store: leave the password out; the pods read it from the Secret (SWITCHBOARD_STORE_PASSWORD)');
    const planned = planDeployment({ profile, report, catalog, options: { ...(values.namespace === undefined ? {} : { namespace: values.namespace }), ...(gatewayStore === undefined ? {} : { gatewayStore }) } });
    if (!planned.ok) {
      const issues = planned.issues.map((i) => (i.path === 'namespace' ? { ...i, path: '--namespace' } : i));
      throw new UsageError(`cannot plan a deployment for ${path}:\n${formatIssues(issues)}`);
    }
    const plan = planned.value;
    for (const w of plan.warnings) io.stderr(`warning: ${w}\n`);
    if (values.out === undefined) {
      io.stdout(format === 'json' ? `${JSON.stringify(plan.gateway, null, 2)}\n` : plan.gatewayYaml);
      return 0;
    }
    const written = await writePlan(plan, values.out, io);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ out: values.out, files: written, warnings: plan.warnings }, null, 2)}\n`);
    } else {
      const gpus = plan.selfHosted.reduce((n, s) => n + s.deployment.gpuCount, 0);
      io.stdout(
        [
          `wrote ${written.length} files to ${values.out}: ${plan.selfHosted.length} self-hosted model server(s) on ${gpus} GPU(s), ${plan.gateway.routes.length} route(s)`,
          ...written.map((f) => `  ${f}`),
          `next: read ${values.out}/README.md`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  },
};
