import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openUsageStore } from '../stores/index.js';
import { sha256Hex } from './auth.js';
import { startFakeOpenAi } from './test-support/fake-openai.js';

const KEY = 'sk-sb-kill-test';
const MAIN = resolve(import.meta.dirname, '../cli/main.ts');

let child: ChildProcess | undefined;
let dir: string | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function waitForUrl(p: ChildProcess): Promise<string> {
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    p.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m?.[1]) res(m[1]);
    });
    p.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    p.once('exit', (code) => rej(new Error(`gateway exited ${code}: ${err}`)));
  });
}

describe('SIGKILL under load', () => {
  it('every acknowledged request has its usage record in SQLite', async () => {
    const upstream = await startFakeOpenAi();
    dir = mkdtempSync(join(tmpdir(), 'sb-kill-'));
    writeFileSync(
      join(dir, 'gateway.yaml'),
      `listen: 127.0.0.1:0
store: sqlite:${join(dir, 'usage.db')}
destinations:
  local: { kind: self-hosted, api: openai, baseUrl: "${upstream.baseUrl}", model: m, maxRetries: 0 }
routes:
  - { workload: w, sensitive: [local], default: [local] }
keys:
  - { id: k, workload: w, sha256: ${sha256Hex(KEY)} }
`,
    );
    child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--config', join(dir, 'gateway.yaml')], { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await waitForUrl(child);
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async (n: number): Promise<void> => {
      for (let i = 0; !killed || i < 0; i++) {
        const stream = (n + i) % 3 === 0;
        try {
          const res = await fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'm', stream, messages: [{ role: 'user', content: `request ${n}-${i}` }] }),
          });
          const text = await res.text();
          // Acknowledged: a complete answer reached the caller (JSON parsed, or the stream's [DONE]).
          const complete = res.status === 200 && (stream ? text.includes('data: [DONE]') : (JSON.parse(text) as { choices?: unknown[] }).choices !== undefined);
          if (complete) acknowledged.push(res.headers.get('x-switchboard-request-id')!);
          if (acknowledged.length >= 80 && !killed) {
            killed = true;
            child?.kill('SIGKILL');
          }
        } catch {
          if (killed) return;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => worker(n)));
    await new Promise<void>((r) => (child?.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
    expect(child.signalCode).toBe('SIGKILL');
    const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`);
    const ids = new Set((await store.query()).map((r) => r.id));
    await store.close();
    await upstream.close();
    const missing = acknowledged.filter((id) => !ids.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(80);
    expect(missing).toEqual([]);
  }, 60_000);
});
