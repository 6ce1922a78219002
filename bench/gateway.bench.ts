/**
 * Gateway overhead on loopback: direct upstream vs Switchboard (detection, metering and the audit chain on, SQLite
 * store on disk) vs Portkey's gateway, same fake upstream, same ~1 KB chat request, JSON and SSE (20 events).
 * Then a scale-out run: two Switchboard processes on one PostgreSQL schema, checking that the usage totals and the
 * audit chain match the requests sent. Figures are ratios within one run.
 * Run: npm run bench:gateway   (env: D=10 WARMUP=2 C=50 REPS=3 PROBE_N=300 MEM_S=60 PG_N=4000 TMPFS=0 WORKERS=n OUT=file.json
 *      BASELINE_ROOT=<another checkout, with node_modules> to measure it as one more target in the same run;
 *      PG_URL defaults to SWITCHBOARD_TEST_POSTGRES_URL; the scale-out run is skipped without one)
 * Load runs are interleaved across targets and repeated REPS times; medians are reported, so load from other
 * processes on the machine falls on every target alike. autocannon comes from bench/peer (npm --prefix bench/peer install).
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAutocannon, type AutocannonResult } from './peer/load.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside a clone, or two levels up from a git worktree of it; SHARED_BENCH overrides.
const SHARED = process.env.SHARED_BENCH ?? [resolve(ROOT, '../shared/bench/peer-gateway'), resolve(ROOT, '../../shared/bench/peer-gateway')].find((d) => existsSync(d)) ?? resolve(ROOT, '../shared/bench/peer-gateway');
const PEER = join(ROOT, 'bench/peer');
const env = (k: string, d: number): number => Number(process.env[k] ?? d);
const D = env('D', 10);
const WARMUP = env('WARMUP', 2);
const C = env('C', 50);
const PROBE_N = env('PROBE_N', 300);
const MEM_S = env('MEM_S', 60);
const REPS = env('REPS', 3);
const UP_PORT = env('UP_PORT', 19000);
const SB_PORT = env('SB_PORT', 19100);
const SB_DISK_PORT = env('SB_DISK_PORT', 19101);
const PK_PORT = env('PK_PORT', 19200);
const KEY = 'sk-sb-bench-key';

const autocannon = loadAutocannon(); // benchmark-only: lives in bench/peer

// ~1 KB of ordinary text (no personal data), the same request for every target.
const filler = 'Please summarise the quarterly capacity review for the platform team in three short bullet points. ';
const body = (stream: boolean): string =>
  JSON.stringify({
    model: 'fake-model',
    messages: [
      { role: 'system', content: 'You are a concise assistant for an internal engineering team.' },
      { role: 'user', content: filler.repeat(9) },
    ],
    max_tokens: 64,
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  });

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  pid: number | null;
}

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function start(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }): ChildProcess {
  const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${args.at(-1) ?? cmd}] ${d.toString()}`));
  // The gateway writes one JSON access line per request to stdout: read it, as a log shipper would.
  child.stdout?.resume();
  children.push(child);
  return child;
}

async function waitFor(url: string, init: RequestInit = {}): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url, init);
      await r.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

const TICK = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
function cpuSeconds(pid: number): number {
  const rest = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(rest[11]) + Number(rest[12])) / TICK;
}
const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

function cannon(t: Target, stream: boolean, duration: number, connections = C, amount?: number): Promise<AutocannonResult> {
  return new Promise((res, rej) => {
    autocannon({ url: `${t.url}/v1/chat/completions`, method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: body(stream), connections, pipelining: 1, ...(amount ? { amount } : { duration }) }, (err, r) => (err ? rej(err) : res(r)));
  });
}

async function load(t: Target, stream: boolean) {
  if (WARMUP > 0) await cannon(t, stream, WARMUP);
  const cpu0 = t.pid ? cpuSeconds(t.pid) : 0;
  const t0 = performance.now();
  const r = await cannon(t, stream, D);
  const wall = (performance.now() - t0) / 1000;
  const cpu = t.pid ? cpuSeconds(t.pid) - cpu0 : 0;
  return { target: t.name, stream, rps: Math.round(r['2xx'] / wall), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx, cpuMsPerReq: t.pid && r['2xx'] ? +((cpu * 1000) / r['2xx']).toFixed(3) : null };
}

const pct = (a: number[], p: number): number => {
  const s = [...a].sort((x, y) => x - y);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN).toFixed(3);
};

/**
 * One request at a time on a keep-alive socket per target: time to first body byte and to the last byte. Targets
 * take turns request by request, so a burst of load from elsewhere on the machine falls on all of them alike.
 */
async function probeAll(ts: readonly Target[], stream: boolean) {
  const probes = ts.map((t) => probeOne(t, stream));
  for (let i = 0; i < 20; i++) for (const p of probes) await p.one();
  const rs: { ttfb: number; total: number; status: number; events: number }[][] = ts.map(() => []);
  for (let i = 0; i < PROBE_N; i++) for (const [k, p] of probes.entries()) rs[k]!.push(await p.one());
  for (const p of probes) p.agent.destroy();
  return ts.map((t, k) => {
    const ok = rs[k]!.filter((r) => r.status === 200);
    return { target: t.name, stream, ok: ok.length, ttfbP50: pct(ok.map((r) => r.ttfb), 50), ttfbP99: pct(ok.map((r) => r.ttfb), 99), totalP50: pct(ok.map((r) => r.total), 50), totalP99: pct(ok.map((r) => r.total), 99), events: pct(ok.map((r) => r.events), 50) };
  });
}

function probeOne(t: Target, stream: boolean) {
  const u = new URL(`${t.url}/v1/chat/completions`);
  const payload = body(stream);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const one = () =>
    new Promise<{ ttfb: number; total: number; status: number; events: number }>((res, rej) => {
      const t0 = performance.now();
      let first = 0;
      let events = 0;
      const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...t.headers } }, (r) => {
        r.on('data', (d: Buffer) => {
          first ||= performance.now();
          events += (d.toString().match(/^data: /gm) ?? []).length;
        });
        r.on('end', () => res({ ttfb: first - t0, total: performance.now() - t0, status: r.statusCode ?? 0, events }));
      });
      req.on('error', rej);
      req.end(payload);
    });
  return { one, agent };
}

function gatewayYaml(store: string, port: number, upstream: string, thirdParty = false): string {
  // The scale-out run meters a priced third party (gpt-6-luna, $0.10 / $0.50 per MTok): 12 + 11 tokens = 7 micro-dollars.
  const dest = thirdParty ? `kind: third-party\n    allowPrivateNetwork: true\n    model: gpt-6-luna` : `kind: self-hosted\n    model: fake-model`;
  // WORKERS=n sets classifier.workers (0: the detector on the event loop) to measure the worker-thread hop.
  const workers = process.env.WORKERS === undefined ? '' : `classifier: { workers: ${Number(process.env.WORKERS)} }\n`;
  return `listen: 127.0.0.1:${port}
store: "${store}"
ops: { logLevel: info }
${workers}destinations:
  local:
    ${dest}
    api: openai
    baseUrl: ${upstream}/v1
routes:
  - workload: bench
    dataMayLeave: anywhere
    ${thirdParty ? '' : 'sensitive: [local]\n    '}default: [local]
keys:
  - { id: bench, workload: bench, sha256: ${createHash('sha256').update(KEY).digest('hex')} }
`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/sb-bench-') : work;
  const upstream = `http://127.0.0.1:${UP_PORT}`;
  const up = start('node', [join(SHARED, 'fake-upstream.mjs')], { cwd: ROOT, env: { PORT: String(UP_PORT), CHUNKS: '16' } });
  await waitFor(`${upstream}/health`);

  const targets: Target[] = [{ name: 'direct', url: upstream, headers: { authorization: 'Bearer sk-fake-local' }, pid: up.pid ?? null }];
  const sbHeaders = { authorization: `Bearer ${KEY}` };
  const sbTargets: [string, string, number][] = [['switchboard (store on disk)', `sqlite:${join(work, 'usage.db')}`, SB_DISK_PORT]];
  if (process.env.TMPFS === '1') sbTargets.push(['switchboard (store on tmpfs)', `sqlite:${join(shm, 'usage.db')}`, SB_PORT]);
  for (const [name, store, port] of sbTargets) {
    const cfg = join(work, `gateway-${port}.yaml`);
    writeFileSync(cfg, gatewayYaml(store, port, upstream));
    const sb = start(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--config', cfg], { cwd: ROOT });
    await waitFor(`http://127.0.0.1:${port}/healthz`);
    targets.push({ name, url: `http://127.0.0.1:${port}`, headers: sbHeaders, pid: sb.pid ?? null });
  }
  // BASELINE_ROOT=<another checkout> adds it as one more target, so a change is measured against the code before it
  // in the same interleaved run (same load from the rest of the machine).
  const base = process.env.BASELINE_ROOT;
  const baseTargets: [string, string, number][] = [['switchboard (baseline, store on disk)', `sqlite:${join(work, 'usage-baseline.db')}`, SB_PORT + 2]];
  if (process.env.TMPFS === '1') baseTargets.push(['switchboard (baseline, store on tmpfs)', `sqlite:${join(shm, 'usage-baseline.db')}`, SB_PORT + 3]);
  for (const [name, store, port] of base ? baseTargets : []) {
    const cfg = join(work, `gateway-${port}.yaml`);
    writeFileSync(cfg, gatewayYaml(store, port, upstream));
    const sb = start(process.execPath, ['--import', 'tsx', join(base!, 'src/cli/main.ts'), 'serve', '--config', cfg], { cwd: base! });
    await waitFor(`http://127.0.0.1:${port}/healthz`);
    targets.push({ name, url: `http://127.0.0.1:${port}`, headers: sbHeaders, pid: sb.pid ?? null });
  }
  const portkeyDir = join(PEER, 'node_modules/@portkey-ai/gateway');
  if (existsSync(portkeyDir)) {
    const pk = start('node', ['--require', join(SHARED, 'force-loopback.cjs'), 'build/start-server.js', `--port=${PK_PORT}`, '--headless'], { cwd: portkeyDir });
    const pkHeaders = { authorization: 'Bearer sk-fake-local', 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstream}/v1` };
    await waitFor(`http://127.0.0.1:${PK_PORT}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...pkHeaders }, body: body(false) });
    targets.push({ name: 'portkey 1.15.2', url: `http://127.0.0.1:${PK_PORT}`, headers: pkHeaders, pid: pk.pid ?? null });
  } else console.error(`Portkey not installed: run \`npm ci --prefix bench/peer --ignore-scripts\` to add it (skipped).`);

  const runs: Awaited<ReturnType<typeof load>>[] = [];
  for (let rep = 0; rep < REPS; rep++)
    for (const stream of [false, true])
      for (const t of targets) {
        const r = await load(t, stream);
        console.log(JSON.stringify({ rep, ...r }));
        runs.push(r);
      }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const loads = [];
  for (const stream of [false, true])
    for (const t of targets) {
      const mine = runs.filter((r) => r.target === t.name && r.stream === stream);
      const med = { target: t.name, stream, reps: mine.length, rps: median(mine.map((r) => r.rps)), rpsMin: Math.min(...mine.map((r) => r.rps)), rpsMax: Math.max(...mine.map((r) => r.rps)), p50: median(mine.map((r) => r.p50)), p99: median(mine.map((r) => r.p99)), errors: mine.reduce((a, r) => a + r.errors, 0), cpuMsPerReq: t.pid ? median(mine.map((r) => r.cpuMsPerReq ?? NaN)) : null };
      console.log(JSON.stringify({ median: med }));
      loads.push(med);
    }
  const probes = [];
  for (const stream of [false, true])
    for (const r of await probeAll(targets, stream)) {
      console.log(JSON.stringify(r));
      probes.push(r);
    }
  // Added latency over the direct upstream, per target, and each over Portkey's, from the same run.
  const added = (rows: { target: string; stream: boolean }[], field: 'p50' | 'totalP50' | 'ttfbP50') =>
    [false, true].map((stream) => {
      const of = (name: string) => (rows.find((r) => r.target === name && r.stream === stream) as Record<string, number> | undefined)?.[field] ?? NaN;
      const direct = of('direct');
      const pk = targets.find((t) => t.name.startsWith('portkey'));
      const pkAdded = pk ? of(pk.name) - direct : NaN;
      return { stream, field, ...Object.fromEntries(targets.filter((t) => t.name !== 'direct').map((t) => [t.name, { addedMs: +(of(t.name) - direct).toFixed(3), overPortkey: +((of(t.name) - direct) / pkAdded).toFixed(2) }])) };
    });
  const summary = [...added(probes, 'totalP50'), ...added(probes, 'ttfbP50'), ...added(loads, 'p50')];
  for (const line of summary) console.log(JSON.stringify({ added: line }));
  // Memory over a sustained run: RSS of the Switchboard process sampled every second.
  const sb = targets[1]!;
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(+rssMb(sb.pid!).toFixed(1)), 1000);
  const memRun = await cannon(sb, false, MEM_S, 10);
  clearInterval(timer);
  const memory = { target: sb.name, seconds: MEM_S, requests: memRun['2xx'], rssMbFirst: samples[0], rssMbLast: samples.at(-1), rssMbMax: Math.max(...samples), samples };
  console.log(JSON.stringify({ memory: { ...memory, samples: undefined } }));

  for (const c of children.splice(1)) c.kill('SIGTERM');
  const scaleOut = await scaleOutRun(upstream, work);
  const out = { when: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, loadavg: (await import('node:os')).loadavg(), D, WARMUP, C, REPS, PROBE_N, loads, runs, probes, added: summary, memory, scaleOut };
  const outPath = process.env.OUT ?? join(work, 'gateway-bench.json');
  writeFileSync(outPath, JSON.stringify(out, null, 2));
  console.log(`results: ${outPath}`);
  for (const c of children) c.kill('SIGTERM');
  rmSync(shm, { recursive: true, force: true });
}

/** Two gateway processes on one PostgreSQL schema: throughput, then every request accounted for. */
async function scaleOutRun(upstream: string, work: string): Promise<unknown> {
  const base = process.env.PG_URL ?? process.env.SWITCHBOARD_TEST_POSTGRES_URL;
  if (!base) {
    console.error('scale-out run skipped: set PG_URL or SWITCHBOARD_TEST_POSTGRES_URL');
    return null;
  }
  const schema = `sb_bench_${Date.now().toString(36)}`;
  const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
  const { openUsageStore } = await import('../src/stores/index.js');
  const pg = (await import('pg')).default;
  const ports = [SB_PORT + 10, SB_PORT + 11];
  const procs = ports.map((port) => {
    const cfg = join(work, `gateway-pg-${port}.yaml`);
    writeFileSync(cfg, gatewayYaml(url, port, upstream, true));
    return start(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--config', cfg], { cwd: ROOT });
  });
  try {
    for (const port of ports) await waitFor(`http://127.0.0.1:${port}/healthz`);
    const targets: Target[] = ports.map((port, i) => ({ name: `pg-${i}`, url: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${KEY}` }, pid: procs[i]!.pid ?? null }));
    const N = env('PG_N', 4000);
    const results: Record<string, unknown> = {};
    let sent = 0;
    let ok = 0;
    // The fake upstream reports 12 + 11 tokens for JSON and 12 + CHUNKS (16) for SSE; gpt-6-luna costs $0.10 / $0.50 per MTok.
    const per = { json: { tokens: 23, cost: Math.round(12 * 0.1 + 11 * 0.5) }, sse: { tokens: 28, cost: Math.round(12 * 0.1 + 16 * 0.5) } };
    let expectedTokens = 0;
    let expectedCost = 0;
    for (const stream of [false, true]) {
      const t0 = performance.now();
      const rs = await Promise.all(targets.map((t) => cannon(t, stream, 0, Math.ceil(C / 2), N / 2)));
      const wall = (performance.now() - t0) / 1000;
      const twoXx = rs.reduce((a, r) => a + r['2xx'], 0);
      sent += rs.reduce((a, r) => a + r.requests.total, 0);
      ok += twoXx;
      expectedTokens += twoXx * per[stream ? 'sse' : 'json'].tokens;
      expectedCost += twoXx * per[stream ? 'sse' : 'json'].cost;
      results[stream ? 'sse' : 'json'] = { requests: N, ok: twoXx, errors: rs.reduce((a, r) => a + r.errors + r.non2xx, 0), rps: Math.round(twoXx / wall) };
      console.log(JSON.stringify({ scaleOut: stream ? 'sse' : 'json', ...(results[stream ? 'sse' : 'json'] as object) }));
    }
    const store = await openUsageStore(url, { create: false });
    const rows = await store.query();
    const audit = await store.verifyAudit();
    await store.close();
    const cost = rows.reduce((a, r) => a + r.costMicroUsd, 0);
    const tokens = rows.reduce((a, r) => a + r.inputTokens + r.outputTokens, 0);
    const check = {
      sent,
      answered200: ok,
      records: rows.length,
      records200: rows.filter((r) => r.status === 200).length,
      costMicroUsd: cost,
      expectedCostMicroUsd: expectedCost,
      tokens,
      expectedTokens,
      audit: { ok: audit.ok, entries: audit.entries, message: audit.message },
      match: rows.length === sent && rows.filter((r) => r.status === 200).length === ok && cost === expectedCost && tokens === expectedTokens && audit.ok && audit.entries === rows.length,
    };
    console.log(JSON.stringify({ scaleOutCheck: check }));
    return { ...results, check };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
