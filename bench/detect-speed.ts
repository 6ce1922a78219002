// The speed rows of bench:detect: steady state and cold start of the structured pass, the full detector and
// redact-pii, each finder in a fresh process of its own holding only these texts. Sharing a process would skew them:
// V8 stops optimising regular expressions compiled once a process has generated over 1 MB of regexp code and holds
// over 16 MB of executable memory (src/regexp/regexp.cc, TooMuchRegExpCode), which the detector alone reaches, and
// redact-pii run after the detector in one process is about 2.3x slower than alone. A gateway runs only the detector.
// `npx tsx bench/detect-speed.ts PII_EVAL_DIR` prints the markdown section (detect.bench.ts runs it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { COLD_FINDERS, finder, type ColdFigures, type ColdFinder } from './detect-cold.js';
import { chatPrompts8k, loadChatSet } from './detect-chat.js';
import { makeNegatives } from './data/detect-negatives.js';
import { cpuMs, percentile, warmUp, type WarmUp } from './steady.js';

const repo = resolve(import.meta.dirname, '..');
const say = (s = ''): void => void process.stdout.write(`${s}\n`);

interface Steady {
  /** Per input set: MB per CPU-second, and the warm-up before it. */
  rows: { name: string; mbs: number; warm: WarmUp }[];
  /** The worst chat prompt's p99 of 50 runs in a row, wall ms. */
  chatWorstP99: number;
  /** The pii-eval 8 KB prompt, wall ms. */
  piiP50: number;
  piiP99: number;
  piiWarm: WarmUp;
}

/**
 * MB per CPU-second of this process ("per core", far less skewed by other load on the machine than wall time) in
 * steady state: passes over the texts until the time per pass stops falling (steady.ts: at least warmMs, at most
 * maxMs of CPU), then passes until minMs of CPU.
 */
function speed(texts: readonly string[], find: (t: string) => unknown, warmMs: number, maxMs: number, minMs = 1200): { mbs: number; warm: WarmUp } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const pass = (): void => {
    for (const t of texts) find(t);
  };
  const [warm = { passes: 0, cpuMs: 0, flat: false }] = warmUp([pass], { minMs: warmMs, maxMs });
  let spent = 0;
  let passes = 0;
  while (spent < minMs) {
    const c0 = cpuMs();
    pass();
    spent += cpuMs() - c0;
    passes++;
  }
  return { mbs: (bytes * passes) / 1e6 / (spent / 1000), warm };
}

/** Wall ms per call, p50 and p99 of n calls on one prompt; the caller warms the finder first. */
function latency(prompt: string, find: (t: string) => unknown, n: number): { p50: number; p99: number } {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    find(prompt);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

// Short samples measure per-call overhead; 64 KB blocks measure scanning throughput.
function blocks(texts: readonly string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const t of texts) {
    cur += `${t}\n`;
    if (cur.length >= 65_536) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

function steady(name: ColdFinder, evalDir: string): Steady {
  const readTexts = (file: string): string[] => (JSON.parse(readFileSync(join(evalDir, file), 'utf8')) as { full_text: string }[]).map((s) => s.full_text);
  const evalTexts = [...readTexts('synth_dataset_v2.json'), ...readTexts('generated_large.json')];
  const negTexts = makeNegatives(repo).map((n) => n.text);
  const prompts8k = chatPrompts8k(loadChatSet(join(repo, 'bench/data/detector-chat/chat.jsonl')));
  const find = finder(name);
  const rows: Steady['rows'] = [];
  for (const [row, texts] of [
    [`MB/s, chat-set 8 KB prompts (${prompts8k.length})`, prompts8k],
    ['MB/s, pii-eval samples one by one (~85 B each)', evalTexts],
    ['MB/s, pii-eval joined into 64 KB blocks', blocks(evalTexts)],
    ['MB/s, negative set one by one', negTexts],
    ['MB/s, negative set joined into 64 KB blocks', blocks(negTexts)],
  ] as const) {
    // The first set warms the shared code from a cold start (8 to 16 s: the detector's time per 8 KB prompt keeps
    // falling for thousands of prompts, with noise that can look flat sooner); the later ones only their own paths.
    rows.push({ name: row, ...(texts === prompts8k ? speed(texts, find, 8_000, 16_000) : speed(texts, find, 1_000, 8_000)) });
  }
  // Each prompt 50 times in a row, after the first row warmed the finder on these prompts.
  const chatWorstP99 = Math.max(...prompts8k.map((p) => latency(p, find, 50).p99));
  // The pii-eval 8 KB prompt (dense with names and addresses): 20 calls a pass until flat.
  const prompt8k = evalTexts.join('\n').slice(0, 8192);
  const [piiWarm = { passes: 0, cpuMs: 0, flat: false }] = warmUp([() => { for (let i = 0; i < 20; i++) find(prompt8k); }], { minMs: 500, maxMs: 10_000 });
  const l = latency(prompt8k, find, 500);
  return { rows, chatWorstP99, piiP50: l.p50, piiP99: l.p99, piiWarm };
}

/** Runs this file (or detect-cold.ts) for one finder in a fresh process and parses its JSON line. */
function child(file: string, args: readonly string[]): unknown {
  const r = spawnSync(process.execPath, [...process.execArgv, join(repo, 'bench', file), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (exit ${String(r.status ?? r.signal)})`);
  return JSON.parse(r.stdout);
}

function report(evalDir: string): void {
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const [s, f, r] = COLD_FINDERS.map((name) => child('detect-speed.ts', [evalDir, name]) as Steady);
  if (s === undefined || f === undefined || r === undefined) return;
  say(`## Speed in steady state (MB per CPU-second; latency is wall time; each finder in its own fresh process, one after the other; load average ${load} on ${cpus().length} CPUs)`);
  say('');
  say('A gateway is a long-running process, so each finder first runs over the texts until its time per pass stops falling (V8');
  say('optimises the large detector over thousands of calls), then is measured; the warm-up each took is listed below the');
  say('table, and the cold figures of a fresh process follow. The finders run in turn, not interleaved, so a change in the');
  say("machine's load between them moves the ratio.");
  say('');
  say('| measure | structured pass | full detect | redact-pii | full / redact-pii |');
  say('|---|---|---|---|---|');
  f.rows.forEach((row, i) => {
    const [a = NaN, b = NaN, c = NaN] = [s, f, r].map((x) => x.rows[i]?.mbs ?? NaN);
    say(`| ${row.name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${c.toFixed(2)} | ${(b / c).toFixed(1)}x |`);
  });
  say(`| chat-set 8 KB prompt p99 ms (worst prompt's p99 of 50 runs) | ${s.chatWorstP99.toFixed(3)} | ${f.chatWorstP99.toFixed(3)} | ${r.chatWorstP99.toFixed(3)} | ${(r.chatWorstP99 / f.chatWorstP99).toFixed(1)}x faster |`);
  say(`| pii-eval 8 KB prompt p50 ms | ${s.piiP50.toFixed(3)} | ${f.piiP50.toFixed(3)} | ${r.piiP50.toFixed(3)} | ${(r.piiP50 / f.piiP50).toFixed(1)}x faster |`);
  say(`| pii-eval 8 KB prompt p99 ms | ${s.piiP99.toFixed(3)} | ${f.piiP99.toFixed(3)} | ${r.piiP99.toFixed(3)} | ${(r.piiP99 / f.piiP99).toFixed(1)}x faster |`);
  say('');
  say('Warm-up before measuring (structured / full / redact-pii; CPU seconds; "still falling": the cap, 16 s for the first row and 8 s for the others, ran out first):');
  say('');
  const note = (w: WarmUp): string => `${w.passes} passes, ${(w.cpuMs / 1000).toFixed(1)} s${w.flat ? '' : ', still falling'}`;
  f.rows.forEach((row, i) => say(`- ${row.name.replace('MB/s, ', '')}: ${[s, f, r].map((x) => (x.rows[i] ? note(x.rows[i].warm) : '')).join(' / ')}`));
  say(`- pii-eval 8 KB prompt, 20 calls a pass: ${[s, f, r].map((x) => note(x.piiWarm)).join(' / ')}`);

  const colds = COLD_FINDERS.map((name) => child('detect-cold.ts', [name]) as ColdFigures);
  const [cs, cf, cr] = colds;
  say('');
  say(`## Cold start (each finder alone in a fresh process, from its first call, on the chat-set 8 KB prompts; ${cf?.prompts ?? NaN} prompts a pass)`);
  say('');
  say('| measure | structured pass | full detect | redact-pii | full / redact-pii |');
  say('|---|---|---|---|---|');
  const coldRow = (name: string, v: (c: ColdFigures) => number, digits: number, ratio: (full: number, rp: number) => string): void => {
    const [a = NaN, b = NaN, c = NaN] = [cs, cf, cr].map((x) => (x === undefined ? NaN : v(x)));
    say(`| ${name} | ${a.toFixed(digits)} | ${b.toFixed(digits)} | ${c.toFixed(digits)} | ${ratio(b, c)} |`);
  };
  const mbs = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
  const faster = (b: number, c: number): string => `${(c / b).toFixed(1)}x faster`;
  const times = (b: number, c: number): string => `${(b / c).toFixed(1)}x`;
  coldRow('first call ms (wall; builds word sets and patterns)', (c) => c.firstMs, 1, faster);
  coldRow('first pass: prompt p50 ms (wall)', (c) => c.firstPassP50, 2, faster);
  coldRow('first pass: worst prompt ms (wall)', (c) => c.firstPassMax, 1, faster);
  coldRow('MB/s, first pass', (c) => mbs(c.bytes, c.firstPassCpuMs), 2, times);
  coldRow('MB/s, first ten passes', (c) => mbs(10 * c.bytes, c.firstTenCpuMs), 2, times);
  coldRow('passes until the time per pass stopped falling', (c) => c.passesToSteady, 0, () => '');
  coldRow('CPU s until then', (c) => c.cpuMsToSteady / 1000, 1, () => '');
  coldRow('MB/s, the last of those passes', (c) => mbs(c.bytes, c.steadyPassCpuMs), 2, times);
}

if (process.argv[1]?.endsWith('detect-speed.ts') === true) {
  const [evalDir = join(repo, '../shared/data/pii-eval'), which] = process.argv.slice(2);
  if (which === undefined) report(evalDir);
  else if ((COLD_FINDERS as readonly string[]).includes(which)) say(JSON.stringify(steady(which as ColdFinder, evalDir)));
  else throw new Error(`usage: detect-speed.ts PII_EVAL_DIR [${COLD_FINDERS.join('|')}]`);
}
