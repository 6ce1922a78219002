import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openUsageStore } from '../../stores/index.js';
import { sha256Hex } from '../auth.js';
import { startFakeOpenAi } from '../test-support/fake-openai.js';
import type { FakeUpstream } from '../test-support/fake-upstream.js';
import { startServe, type ServeProcess } from './test-support/serve-process.js';

const KEY = 'sk-sb-signals-0123456789';
const KEY2 = 'sk-sb-signals-second-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'sb-signals-'));
let proc: ServeProcess | undefined;
let upstream: (FakeUpstream & { baseUrl: string }) | undefined;
afterEach(async () => {
  proc?.kill();
  await proc?.exited;
  await upstream?.close();
  proc = undefined;
  upstream = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string, baseUrl: string, keys: string[], extra = ''): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(
    path,
    `listen: 127.0.0.1:0
store: sqlite:${join(dir, `${name}.db`)}
destinations:
  local: { kind: self-hosted, api: openai, baseUrl: "${baseUrl}", model: m, maxRetries: 0 }
routes:
  - { workload: w, sensitive: [local], default: [local] }
keys:
${keys.map((k, i) => `  - { id: k${i}, workload: w, sha256: ${sha256Hex(k)} }`).join('\n')}
${extra}`,
  );
  return path;
}

const post = (url: string, key: string, stream = false): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', stream, messages: [{ role: 'user', content: 'hello' }] }) });

describe('SIGHUP reloads the config atomically', () => {
  it('a good config takes effect (a new key works); a bad one is refused, logged with the reason, and the old one keeps serving', { timeout: 60_000 }, async () => {
    upstream = await startFakeOpenAi();
    const path = config('hup', upstream.baseUrl, [KEY]);
    proc = await startServe(path);
    expect((await post(proc.url, KEY2)).status).toBe(401);
    config('hup', upstream.baseUrl, [KEY, KEY2]);
    proc.kill('SIGHUP');
    await proc.waitForLog((l) => l.event === 'reloaded');
    expect((await post(proc.url, KEY2)).status).toBe(200);

    writeFileSync(path, 'listen: 127.0.0.1:0\ndestinations: {}\nroutes: []\nbogus: 1\n');
    proc.kill('SIGHUP');
    const rejected = await proc.waitForLog((l) => l.event === 'reload.rejected');
    expect(String(rejected.reason)).toMatch(/bogus/);
    expect((await post(proc.url, KEY)).status).toBe(200);
    expect((await post(proc.url, KEY2)).status).toBe(200);
    expect(proc.child.exitCode).toBeNull();
  });
});

describe('SIGTERM drains', () => {
  it('an in-flight stream finishes after SIGTERM and is recorded as completed; new connections are refused', { timeout: 60_000 }, async () => {
    upstream = await startFakeOpenAi();
    let release: () => void = () => undefined;
    upstream.gate = new Promise<void>((r) => (release = r));
    const path = config('term', upstream.baseUrl, [KEY]);
    proc = await startServe(path);
    const res = await post(proc.url, KEY, true);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('data: ');
    const id = res.headers.get('x-switchboard-request-id')!;
    proc.kill('SIGTERM');
    await proc.waitForLog((l) => l.event === 'draining');
    await expect(post(proc.url, KEY)).rejects.toThrow();
    release();
    let text = new TextDecoder().decode(first.value);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: [DONE]');
    expect(await proc.exited).toEqual({ code: 0, signal: null });
    expect(proc.logs().find((l) => l.event === 'stopped')).toMatchObject({ finished: 1, cut: 0 });
    const store = await openUsageStore(`sqlite:${join(dir, 'term.db')}`, { create: false });
    expect((await store.query()).find((r) => r.id === id)).toMatchObject({ status: 200, errorCode: null, stream: true, outputTokens: 5 });
    expect(await store.verifyAudit()).toMatchObject({ ok: true });
    await store.close();
  });
});
