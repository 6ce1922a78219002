import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openUsageStore } from '../../stores/index.js';
import { sha256Hex } from '../auth.js';
import { NOTES_KEY, SSN_TEXT, startHarness, type Harness } from '../test-support/harness.js';
import { MemoryStore } from '../test-support/memory-store.js';
import { createLogger } from './logger.js';

let h: Harness | undefined;
const extra: Harness[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sb-ops-'));
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const x of extra.splice(0)) await x.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, content: string, key = NOTES_KEY, extra: object = {}): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content }], ...extra }) });

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger('info', { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) }) };
}

describe('fail closed on metering', () => {
  it('a store that cannot take records: third-party requests are refused before any byte is sent, and /readyz fails', async () => {
    const store = new MemoryStore();
    h = await startHarness({ store });
    expect((await fetch(`${h.url}/readyz`)).status).toBe(200);
    store.down = true;
    await h.gw.gateway.runtime.ops.health.check();
    const res = await post(h.url, 'hello');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('metering_unavailable');
    const streamed = await post(h.url, 'hello', NOTES_KEY, { stream: true });
    expect(streamed.status).toBe(503);
    expect(h.gpt.requests).toHaveLength(0);
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, store: { writable: false, reason: 'store down' } });
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    store.down = false;
    await h.gw.gateway.runtime.ops.health.check();
    expect((await post(h.url, 'hello')).status).toBe(200);
    expect(h.gpt.requests).toHaveLength(1);
  });

  it('one failed write marks the store down at once, so the next request is refused without a probe', async () => {
    const store = new MemoryStore();
    h = await startHarness({ store });
    store.failNext = 1;
    expect((await post(h.url, 'hello')).status).toBe(503);
    expect(h.gpt.requests).toHaveLength(1);
    const next = await post(h.url, 'hello');
    expect(((await next.json()) as { error: { code: string } }).error.code).toBe('metering_unavailable');
    expect(h.gpt.requests).toHaveLength(1);
  });

  it('/readyz fails when every destination of a route has its circuit open', async () => {
    h = await startHarness({ gateway: { breaker: { failureThreshold: 1, cooldownMs: 60_000 } } });
    h.gw.gateway.runtime.breakers.failure('gpt');
    expect((await fetch(`${h.url}/readyz`)).status).toBe(200);
    h.gw.gateway.runtime.breakers.failure('local');
    const r = await fetch(`${h.url}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ routes: { notes: { available: [], ready: false }, chat: { available: ['claude'], ready: true } } });
  });
});

describe('logs', () => {
  it('one access line per request with ids, routing, tokens and latency, never prompt or completion text', async () => {
    const { lines, logger } = captureLogs();
    h = await startHarness({ gateway: { logger } });
    await post(h.url, SSN_TEXT);
    await (await post(h.url, 'tell me a story', NOTES_KEY, { stream: true })).text();
    await post(h.url, 'hello', 'sk-wrong');
    const access = lines.filter((l) => l.msg === 'request');
    expect(access).toHaveLength(3);
    expect(access[0]).toMatchObject({ level: 'info', keyId: 'notes-app', workload: 'notes', destination: 'local', dataClass: 'phi', status: 200, inputTokens: 12, outputTokens: 5 });
    expect(access[0]!.latencyMs).toEqual(expect.any(Number));
    expect(access[1]).toMatchObject({ destination: 'gpt', stream: true, status: 200 });
    expect(access[2]).toMatchObject({ status: 401, path: '/v1/chat/completions' });
    const all = JSON.stringify(lines);
    for (const secret of ['123-45-6789', 'John Smith', 'tell me a story', 'Hello from the fake', 'sk-wrong', NOTES_KEY]) expect(all).not.toContain(secret);
  });

  it('an unexpected error is logged with its stack at the boundary, and the caller gets a bare 500', async () => {
    const { lines, logger } = captureLogs();
    h = await startHarness({
      gateway: {
        logger,
        newId: () => {
          throw new Error('id generator broke');
        },
      },
    });
    const res = await post(h.url, 'hello');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('id generator');
    const err = lines.find((l) => l.event === 'unhandled') as { err: { message: string; stack: string } } | undefined;
    expect(err?.err.message).toBe('id generator broke');
    expect(err?.err.stack).toMatch(/at .*ops\.test\.ts/);
  });
});

describe('metrics', () => {
  it('on the main port only with the bearer token, open on the admin port', async () => {
    h = await startHarness({ edit: (c) => void (c.ops = { metricsTokenEnv: 'SB_METRICS_TOKEN', adminListen: '127.0.0.1:0' }), gateway: { env: { OPENAI_API_KEY: 'x', ANTHROPIC_API_KEY: 'y', SB_METRICS_TOKEN: 'metrics-secret' } } });
    await post(h.url, 'hello');
    expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const ok = await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret' } });
    expect(await ok.text()).toMatch(/switchboard_requests_total\{workload="notes",destination="gpt",data_class="none",status="200"\} 1/);
    expect(h.gw.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${h.gw.adminUrl!}/metrics`)).text()).toMatch(/switchboard_requests_total/);
    expect((await fetch(`${h.gw.adminUrl!}/readyz`)).status).toBe(200);
    expect((await fetch(`${h.gw.adminUrl!}/v1/models`)).status).toBe(404);
  });
});

describe('rate limits and budgets', () => {
  it('per-key requests per minute: 429 with Retry-After, metered, the upstream not called', async () => {
    h = await startHarness({ edit: (c) => void (c.limits = { perKey: { requestsPerMinute: 2 } }) });
    expect((await post(h.url, 'a')).status).toBe(200);
    expect((await post(h.url, 'b')).status).toBe(200);
    const third = await post(h.url, 'c');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await third.json()) as { error: { code: string; type: string } }).error).toMatchObject({ code: 'rate_limited', type: 'rate_limit_error' });
    expect(h.gpt.requests).toHaveLength(2);
    expect(h.store.records.at(-1)).toMatchObject({ status: 429, reason: 'refused.rate-limit-key-requests', errorCode: 'rate_limited' });
  });

  it('per-workload tokens per minute are charged after each answer and refuse the next request', async () => {
    h = await startHarness({ edit: (c) => void (c.limits = { perWorkload: { notes: { tokensPerMinute: 30 } } }) });
    h.gpt.usage = { input: 20, output: 5, cached: 0 };
    expect((await post(h.url, 'a')).status).toBe(200);
    expect((await post(h.url, 'b')).status).toBe(200);
    const r = await post(h.url, 'c');
    expect(r.status).toBe(429);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/workload "notes" reached: 30 tokens per minute/);
  });

  it('a daily budget refuses at the limit, with Retry-After until the UTC day ends', async () => {
    h = await startHarness({ edit: (c) => void (c.budgets = { notes: { dailyUsd: 0.003 } }) });
    h.gpt.usage = { input: 1000, output: 100, cached: 0 }; // $0.0035 each at 2.5 / 10 per MTok
    expect((await post(h.url, 'a')).status).toBe(200);
    await h.gw.gateway.runtime.ops.budgets.spend('notes');
    const r = await post(h.url, 'b');
    expect(r.status).toBe(429);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('budget_exceeded');
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
    expect(h.gpt.requests).toHaveLength(1);
  });

  it('at the limit, fallback goes to a cheaper allowed destination and never to one the data may not reach', async () => {
    h = await startHarness({ edit: (c) => void (c.budgets = { notes: { dailyUsd: 0.003, onLimit: 'fallback' } }) });
    h.gpt.usage = { input: 1000, output: 100, cached: 0 };
    expect((await post(h.url, 'a')).headers.get('x-switchboard-destination')).toBe('gpt');
    const r = await post(h.url, 'b');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-switchboard-destination')).toBe('local');
    expect(r.headers.get('x-switchboard-reason')).toBe('budget.daily-fallback');
    expect(h.claude.requests).toHaveLength(0);
  });
});

describe('keys in the store', () => {
  it('a key revoked through one replica is refused by another within keyRefreshMs', async () => {
    const url = `sqlite:${join(dir, 'keys.db')}`;
    const [s1, s2] = [await openUsageStore(url), await openUsageStore(url)];
    const refresh = 200;
    const a = await startHarness({ store: s1, edit: (c) => void (c.ops = { keyRefreshMs: refresh }) });
    const b = await startHarness({ store: s2, edit: (c) => void (c.ops = { keyRefreshMs: refresh }) });
    extra.push(a, b);
    try {
      const key = 'sk-sb-stored-key-0123456789';
      await s1.keys.create({ id: 'stored', workload: 'notes', sha256: sha256Hex(key), createdAt: Date.now(), expiresAt: null, revokedAt: null, requestsPerMinute: null, tokensPerMinute: null });
      await b.gw.gateway.runtime.ops.keys.refresh();
      expect((await post(b.url, 'hi', key)).status).toBe(200);
      const client = new OpenAI({ baseURL: `${b.url}/v1`, apiKey: key, maxRetries: 0 });
      await client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] });
      await s1.keys.revoke('stored', Date.now());
      const revokedAt = performance.now();
      let refusedAfter = Infinity;
      while (performance.now() - revokedAt < 5 * refresh) {
        if ((await post(b.url, 'hi', key)).status === 401) {
          refusedAfter = performance.now() - revokedAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(refusedAfter).toBeLessThanOrEqual(refresh + 150);
      await expect(client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ status: 401 });
    } finally {
      await a.close();
      await b.close();
      extra.length = 0;
      await s1.close();
      await s2.close();
    }
  });

  it('an expired key is refused at once, without waiting for a refresh', async () => {
    const store = new MemoryStore();
    const key = 'sk-sb-short-lived-0123456789';
    await store.keys.create({ id: 'short', workload: 'notes', sha256: sha256Hex(key), createdAt: 0, expiresAt: Date.now() + 300, revokedAt: null, requestsPerMinute: null, tokensPerMinute: null });
    h = await startHarness({ store });
    expect((await post(h.url, 'hi', key)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 350));
    expect((await post(h.url, 'hi', key)).status).toBe(401);
  });
});
