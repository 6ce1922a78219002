/**
 * Assess benchmark: in-process time to assess a 20-workload profile (goal < 50 ms), split into the decision
 * engine alone (cost model replaced by a constant stub) and the full run (the first in the process, with no
 * capacity curve memoised; a new profile object each run; the same profile repeated); and CLI cold start
 * (`node dist/cli/main.js --help`) against a bare `node -e 0` baseline measured in the same run.
 * Run: npm run bench:assess   (env: RUNS=15 COLD=15; builds dist/ first when it is missing)
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assess } from '../src/core/assess/index.js';
import { defaultCatalog } from '../src/core/catalog/index.js';
import { analyzeWorkloadCost } from '../src/core/cost/index.js';
import type { CostAnalysisInput } from '../src/core/cost/contract.js';
import { parseProfile, type Profile } from '../src/core/profile/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 15);
const COLD = Number(process.env.COLD ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** 20 workloads: every workload of the bundled examples, repeated with new names until there are 20 (a fresh object each call). */
function twentyWorkloads(): Profile {
  const files = ['hospital', 'fintech', 'government-agency', 'seed-startup', 'ecommerce-catalog', 'bank-code-assistant'];
  const all = files.flatMap((f) => (parse(readFileSync(join(ROOT, 'examples', `${f}.yaml`), 'utf8')) as { workloads: Record<string, unknown>[] }).workloads);
  const workloads = Array.from({ length: 20 }, (_, i) => ({ ...all[i % all.length], name: `w${i}` }));
  const p = parseProfile({ team: { name: 'Bench', industry: 'healthcare', mlEngineers: 2, gpuAccess: 'rent' }, workloads });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
}

function timeMs(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Median wall and CPU (user + system) time of `fn` over `runs` runs, each on a new input from `make`. */
function timeFresh<T>(make: () => T, fn: (x: T) => void, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = make();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(x);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function coldStartMs(cmd: string, args: string[]): number {
  const times: number[] = [];
  spawnSync(cmd, args, { cwd: ROOT });
  for (let i = 0; i < COLD; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}`);
  }
  return median(times);
}

const catalog = defaultCatalog();
const now = new Date('2026-11-23T00:00:00Z');
// The first assess in this process: no capacity curve memoised yet (what one CLI run pays).
const first = timeFresh(twentyWorkloads, (p) => assess(p, catalog, { now }), 1);
const profile = twentyWorkloads();
let calls = 0;
const counting = (input: CostAnalysisInput) => {
  calls++;
  return analyzeWorkloadCost(input);
};
assess(profile, catalog, { now, analyze: counting });
const callsPerAssess = calls;
const stub = analyzeWorkloadCost({ workload: profile.workloads[3]!, team: profile.team, assumptions: profile.assumptions, catalog, openModelId: 'llama-3.1-8b-instruct', closedModelId: null, regionalProcessing: false });
if (!stub.ok) throw new Error('stub analysis failed');
const decisionOnly = timeMs(() => assess(profile, catalog, { now, analyze: () => stub }), RUNS);
const full = timeMs(() => assess(profile, catalog, { now }), Math.max(3, Math.floor(RUNS / 3)));
// A new profile object each run, capacity curves already memoised (sizing and the rest are memoised within one assessment only).
const fresh = timeFresh(twentyWorkloads, (p) => assess(p, catalog, { now }), RUNS);
const decisionCpu = timeFresh(() => profile, (p) => assess(p, catalog, { now, analyze: () => stub }), RUNS);
// One full analysis, sizing included (no memo): a workload whose Monte Carlo runs all its draws, on its recommended models.
const report = assess(profile, catalog, { now });
const heavy = report.workloads.findIndex((w) => w.analysis?.monteCarloDraws === profile.assumptions.monteCarloRuns && w.recommendation.openModel !== null && w.recommendation.closedModel !== null);
const probe = report.workloads[Math.max(0, heavy)]!;
const perCallInput: CostAnalysisInput = {
  workload: profile.workloads[Math.max(0, heavy)]!, team: profile.team, assumptions: profile.assumptions, catalog,
  openModelId: probe.recommendation.openModel ?? 'llama-3.1-8b-instruct', closedModelId: probe.recommendation.closedModel, regionalProcessing: false,
};
if (!analyzeWorkloadCost(perCallInput).ok) throw new Error('the probe analysis failed');
const perCall = timeMs(() => analyzeWorkloadCost(perCallInput), RUNS);

if (!existsSync(join(ROOT, 'dist/cli/main.js'))) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
const baseline = coldStartMs(process.execPath, ['-e', '0']);
const cli = coldStartMs(process.execPath, ['dist/cli/main.js', '--help']);

const rows = [
  ['assess, 20 workloads, decision engine only (cost model stubbed)', `${decisionOnly.toFixed(2)} ms`, ''],
  ['assess, 20 workloads, decision engine only, CPU time', `${decisionCpu.cpu.toFixed(2)} ms`, ''],
  ['assess, 20 workloads, first in the process (nothing memoised)', `${first.wall.toFixed(1)} ms`, `CPU ${first.cpu.toFixed(1)} ms`],
  ['assess, 20 workloads, new profile object each run', `${fresh.wall.toFixed(1)} ms`, `CPU ${fresh.cpu.toFixed(1)} ms; ${(fresh.cpu / decisionCpu.cpu).toFixed(0)}x decision-only CPU; goal < 50 ms`],
  ['assess, 20 workloads, same profile repeated', `${full.toFixed(1)} ms`, `${(full / decisionOnly).toFixed(0)}x decision-only; goal < 50 ms`],
  ['cost model calls per assess', `${callsPerAssess}`, `${(callsPerAssess / 20).toFixed(1)} per workload`],
  [`one analyzeWorkloadCost call (${probe.name}: ${probe.analysis?.monteCarloDraws ?? 0} Monte Carlo draws, sizing included)`, `${perCall.toFixed(1)} ms`, ''],
  ['node -e 0 (baseline)', `${baseline.toFixed(0)} ms`, '1.00x'],
  ['node dist/cli/main.js --help', `${cli.toFixed(0)} ms`, `${(cli / baseline).toFixed(2)}x baseline`],
];
console.log(`assess benchmark (median; RUNS=${RUNS}, COLD=${COLD}, node ${process.version})`);
for (const [what, value, note] of rows) console.log(`  ${what!.padEnd(70)} ${value!.padStart(10)}  ${note ?? ''}`);
