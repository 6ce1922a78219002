// A negative set for the detector: text that carries no PII but looks number- and token-heavy.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as rng } from '../../src/core/random/index.js';

export interface NegativeSample {
  kind: string;
  text: string;
}

export function makeNegatives(repoRoot: string, seed = 42): NegativeSample[] {
  const r = rng(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const digits = (n: number): string => Array.from({ length: n }, (_, i) => String(i === 0 ? 1 + int(9) : int(10))).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
  const iso = (): string => new Date(1_600_000_000_000 + int(200_000_000_000)).toISOString();
  const out: NegativeSample[] = [];
  for (let i = 0; i < 300; i++) out.push({ kind: 'uuid', text: `request ${uuid()} failed with ${uuid()} as parent` });
  for (let i = 0; i < 300; i++) out.push({ kind: 'git-sha', text: `commit ${hex(40)} (short ${hex(7)}) merged into ${hex(40)}` });
  for (let i = 0; i < 300; i++) out.push({ kind: 'timestamp', text: `at ${iso()} (epoch ${String(1_600_000_000 + int(200_000_000))}, ms ${String(1_600_000_000_000 + int(200_000_000_000))}) the job ran` });
  for (let i = 0; i < 300; i++) {
    const forms = [`Order #${digits(9)}`, `order ORD-${2020 + int(6)}-${digits(6)}`, `invoice INV${digits(10)}`, `tracking 1Z${hex(16).toUpperCase()}`, `SKU ${digits(12)}`, `PO ${digits(8)}`, `order number ${digits(16)}`];
    out.push({ kind: 'order-number', text: `${forms[int(forms.length)] ?? ''} shipped; total ${String(int(900) + 10)}.${digits(2)} EUR` });
  }
  for (let i = 0; i < 300; i++) {
    const line = { ts: iso(), level: ['info', 'warn', 'error'][int(3)], req_id: uuid(), trace_id: hex(32), span_id: hex(16), latency_ms: int(5000), status: [200, 201, 404, 500][int(4)], bytes: int(1_000_000), path: `/v1/items/${digits(7)}`, version: `${int(5)}.${int(20)}.${int(30)}`, build: hex(12) };
    out.push({ kind: 'json-log', text: JSON.stringify(line) });
  }
  for (let i = 0; i < 100; i++) out.push({ kind: 'numbers', text: Array.from({ length: 40 }, () => (r() * 10_000).toFixed(int(4))).join(' ') });
  for (const file of sourceFiles(join(repoRoot, 'src'))) out.push({ kind: 'source-code', text: readFileSync(file, 'utf8') });
  return out;
}

/** Product source (not tests, not the detector, whose files hold PII on purpose). */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'detector') files.push(...sourceFiles(p));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(p);
  }
  return files;
}
