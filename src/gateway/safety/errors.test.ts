import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../breaker.js';
import { executePlan } from '../execute.js';
import { leaked } from '../test-support/leak-check.js';
import { CHAT_KEY, NOTES_KEY, SSN_TEXT, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}, key = NOTES_KEY): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const ask = (content: string) => ({ model: 'gpt-test', messages: [{ role: 'user' as const, content }] });

describe('errors (issue 14 item 9)', () => {
  it('summarises an upstream error body, never echoing its keys, paths or traceback; keeps type and code', async () => {
    h = await startHarness();
    h.gpt.fault = '400';
    h.gpt.errorBody = JSON.stringify({
      error: { message: 'API key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv is invalid\nTraceback: File "/srv/app/handlers/chat.py", line 88', type: 'invalid_request_error', code: 'context_length_exceeded', param: 'messages' },
    });
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(400);
    const text = await res.text();
    for (const bad of ['AIzaSy', 'Traceback', '/srv/app', 'chat.py']) expect(text).not.toContain(bad);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'upstream_error', message: expect.stringContaining('upstream gpt refused the request (HTTP 400, invalid_request_error/context_length_exceeded, param messages)') } });
  });

  it('normalises upstream statuses: a redirect is the destination failing (next one serves), an odd 4xx becomes 400', async () => {
    h = await startHarness();
    h.gpt.fault = '302';
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(200);
    expect(h.store.records[0]).toMatchObject({ destination: 'local', attempts: ['gpt'] });
    h.gpt.fault = '418';
    const odd = await post(h.url, ask('hello'));
    expect(odd.status).toBe(400);
  });

  it('x-request-id on every response: answers, refusals, 401, 404 and health', async () => {
    h = await startHarness();
    const ok = await post(h.url, ask('hello'));
    expect(ok.headers.get('x-request-id')).toBe(h.store.records[0]!.id);
    const responses = [await post(h.url, ask('hello'), {}, 'sk-wrong'), await fetch(`${h.url}/nope`), await fetch(`${h.url}/healthz`), await post(h.url, { messages: 'x' })];
    expect(responses.map((r) => [r.status, /^[0-9a-f-]{36}$/.test(r.headers.get('x-request-id') ?? '')])).toEqual([
      [401, true],
      [404, true],
      [200, true],
      [400, true],
    ]);
  });

  it('a policy refusal is a 403 the SDKs do not retry: one record, nothing sent anywhere (was 503 overloaded_error, retried and re-metered)', async () => {
    h = await startHarness({ edit: (c) => void (c.routes[0]!.sensitive = []) });
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: NOTES_KEY, maxRetries: 2 });
    const err = await client.chat.completions.create(ask(SSN_TEXT)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('policy_refused');
    expect(h.store.records).toHaveLength(1);
    expect(h.store.records[0]).toMatchObject({ status: 403, errorCode: 'policy_refused', reason: 'refused.sensitive-no-destination' });
    expect(leaked(h.gpt, ['123-45-6789'])).toEqual([]);
    expect(h.local.requests).toHaveLength(0);
    const anthropic = new Anthropic({ baseURL: h.url, apiKey: NOTES_KEY, maxRetries: 2 });
    const aErr = await anthropic.messages.create({ model: 'gpt-test', max_tokens: 10, messages: [{ role: 'user', content: SSN_TEXT }] }).catch((e: unknown) => e);
    expect(aErr).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(h.store.records).toHaveLength(2);
  });

  it('an unavailable local model is a retryable 503 with Retry-After, and the third party still gets nothing', async () => {
    h = await startHarness();
    h.local.fault = '503';
    const res = await post(h.url, ask(SSN_TEXT));
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(leaked(h.gpt, ['123-45-6789', 'John Smith'])).toEqual([]);
  });

  it('classification headers are off by default (they tell a caller when an evasion worked) and on for listed keys', async () => {
    h = await startHarness({ edit: (c) => void (c.debugHeaderKeys = ['chat-app']) });
    const quiet = await post(h.url, ask(SSN_TEXT));
    expect([quiet.headers.get('x-switchboard-data-class'), quiet.headers.get('x-switchboard-reason')]).toEqual([null, null]);
    const debug = await post(h.url, ask(SSN_TEXT), {}, CHAT_KEY);
    expect([debug.headers.get('x-switchboard-data-class'), debug.headers.get('x-switchboard-reason')]).toEqual(['phi', 'sensitive.covered-only']);
  });
});

describe('isolation (issue 14 item 4: one key could open every tenant\'s circuit)', () => {
  it('a 40 KB body nested 20,000 deep is a 400 at parse; repeated, it opens no circuit and others are served', async () => {
    h = await startHarness({ gateway: { breaker: { failureThreshold: 3 } } });
    const deep = `{"model":"gpt-test","messages":[{"role":"user","content":"x","name":${'['.repeat(20_000)}${']'.repeat(20_000)}}]}`;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${h.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-type': 'application/json' }, body: deep });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/nests deeper than 64 levels/);
    }
    expect(h.gw.gateway.runtime.breakers.unavailable().size).toBe(0);
    expect((await post(h.url, ask('hello'), {}, CHAT_KEY)).status).toBe(200);
    expect((await post(h.url, ask('hello'))).status).toBe(200);
    expect(h.gpt.requests).toHaveLength(1);
  });

  it('a local error while building the request is ours: no attempt, no breaker failure', async () => {
    const breakers = new CircuitBreakers({ failureThreshold: 1, cooldownMs: 30_000, now: () => 0 });
    const facts = { name: 'gpt', kind: 'third-party' as const, model: 'm', baa: false, zeroDataRetention: false };
    const outcome = await executePlan(
      { ranked: [facts], reason: 'default.route-order', sensitive: false },
      {
        destinations: { gpt: { kind: 'third-party', api: 'openai', baseUrl: 'https://api.example.com/v1', model: 'm', baa: false, zeroDataRetention: false, allowPrivateNetwork: false, timeoutMs: 1000, attemptDeadlineMs: 1000, maxStreamMs: 1000, maxResponseBytes: 1 << 20, maxRetries: 2 } },
        agents: new Map([['gpt', {} as never]]),
        breakers,
        retry: { baseDelayMs: 1, maxDelayMs: 1 },
        sleep: () => Promise.resolve(),
        build: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    );
    expect(outcome).toMatchObject({ kind: 'local-error', attempts: [] });
    expect(breakers.unavailable().size).toBe(0);
  });
});
