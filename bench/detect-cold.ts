// Cold figures for bench:detect: one finder in a fresh process, timed from its first call over the chat-set 8 KB
// prompts, before V8 has optimised it. `npx tsx bench/detect-cold.ts structured|full|redact-pii` prints one JSON line.
import { join } from 'node:path';
import { detect } from '../src/core/detector/index.js';
import { chatPrompts8k, loadChatSet } from './detect-chat.js';
import { loadRedactPii } from './peer/load.js';
import { cpuMs, percentile, warmUp } from './steady.js';

export const COLD_FINDERS = ['structured', 'full', 'redact-pii'] as const;
export type ColdFinder = (typeof COLD_FINDERS)[number];

export interface ColdFigures {
  /** Wall ms of the very first call (word sets and patterns are built on first use). */
  firstMs: number;
  /** Wall ms per prompt over the first pass (each prompt's first time). */
  firstPassP50: number;
  firstPassMax: number;
  /** CPU ms of the first pass, and of the first ten passes together. */
  firstPassCpuMs: number;
  firstTenCpuMs: number;
  /** Passes (the first ten included) until the time per pass stopped falling (steady.ts), their CPU ms, the last pass's. */
  passesToSteady: number;
  cpuMsToSteady: number;
  steadyPassCpuMs: number;
  prompts: number;
  bytes: number;
}

export function finder(name: ColdFinder): (t: string) => unknown {
  if (name === 'structured') return (t) => detect(t, { structuredOnly: true });
  if (name === 'full') return (t) => detect(t);
  const redactor = new (loadRedactPii().SyncRedactor)();
  return (t) => redactor.redact(t);
}

function measure(name: ColdFinder): ColdFigures {
  const prompts = chatPrompts8k(loadChatSet(join(import.meta.dirname, 'data/detector-chat/chat.jsonl')));
  const find = finder(name);
  const c0 = cpuMs();
  const wall: number[] = [];
  for (const p of prompts) {
    const t0 = performance.now();
    find(p);
    wall.push(performance.now() - t0);
  }
  const firstPassCpuMs = cpuMs() - c0;
  for (let i = 1; i < 10; i++) for (const p of prompts) find(p);
  const firstTenCpuMs = cpuMs() - c0;
  let last = NaN;
  const pass = (): void => {
    const p0 = cpuMs();
    for (const p of prompts) find(p);
    last = cpuMs() - p0;
  };
  const [w] = warmUp([pass], { minMs: 0, maxMs: 30_000 });
  const sorted = [...wall].sort((a, b) => a - b);
  return {
    firstMs: wall[0] ?? NaN, firstPassP50: percentile(sorted, 0.5), firstPassMax: sorted.at(-1) ?? NaN, firstPassCpuMs, firstTenCpuMs,
    passesToSteady: 10 + (w?.passes ?? NaN), cpuMsToSteady: firstTenCpuMs + (w?.cpuMs ?? NaN), steadyPassCpuMs: last,
    prompts: prompts.length, bytes: prompts.reduce((n, p) => n + Buffer.byteLength(p), 0),
  };
}

const which = process.argv[2];
if (process.argv[1]?.endsWith('detect-cold.ts') === true && which !== undefined) {
  if (!(COLD_FINDERS as readonly string[]).includes(which)) throw new Error(`usage: detect-cold.ts ${COLD_FINDERS.join('|')}`);
  process.stdout.write(`${JSON.stringify(measure(which as ColdFinder))}\n`);
}
