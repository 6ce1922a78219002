import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { deadUrl } from './test-support/fake-upstream.js';
import { CHAT_KEY, NOTES_KEY, SSN_TEXT, startHarness, type Harness } from './test-support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const ask = (content: string, extra: object = {}) => ({ model: 'gpt-test', messages: [{ role: 'user', content }], ...extra });

describe('fail closed: a sensitive request never reaches a third party', () => {
  it('self-hosted upstream down + an SSN: 503 saying why, and the third party received zero requests', async () => {
    const dead = await deadUrl();
    h = await startHarness({ edit: (c) => void (c.destinations.local!.baseUrl = `${dead}/v1`) });
    const res = await post(h.url, ask(SSN_TEXT));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { message: string; code: string; type: string; param: null } };
    expect(body.error.code).toBe('sensitive_no_destination');
    expect(body.error.message).toMatch(/not sent elsewhere \(fail closed\)/);
    expect(h.gpt.requests).toHaveLength(0);
    expect(h.claude.requests).toHaveLength(0);
    expect(h.store.records[0]).toMatchObject({ status: 503, destination: null, attempts: ['local', 'local'], errorCode: 'sensitive_no_destination' });
  });

  it('fallbacks stay inside the allowed set: self-hosted 500s are retried, then refused, never sent to the default list (LiteLLM #25276, #41344)', async () => {
    h = await startHarness();
    h.local.fault = '500';
    const res = await post(h.url, ask(SSN_TEXT));
    expect(res.status).toBe(503);
    expect(h.local.requests).toHaveLength(2);
    expect(h.gpt.requests).toHaveLength(0);
  });

  it('a mid-stream reset of the self-hosted upstream ends the stream with an error, no fallback, and is metered', async () => {
    h = await startHarness();
    h.local.fault = 'reset-mid-stream';
    const res = await post(h.url, ask(SSN_TEXT, { stream: true }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('"code":"upstream_reset"');
    expect(text).not.toContain('[DONE]');
    expect(h.gpt.requests).toHaveLength(0);
    expect(h.store.records[0]).toMatchObject({ destination: 'local', stream: true, errorCode: 'upstream_reset' });
  });

  it('a slow self-hosted upstream times out and the request is refused, not rerouted', async () => {
    h = await startHarness({ edit: (c) => void Object.assign(c.destinations.local!, { timeoutMs: 100, maxRetries: 0 }) });
    h.local.fault = 'slow';
    h.local.slowMs = 400;
    const res = await post(h.url, ask(SSN_TEXT));
    expect(res.status).toBe(503);
    expect(h.gpt.requests).toHaveLength(0);
  });

  it('the PII check fails closed when the detector throws (LiteLLM #30728)', async () => {
    h = await startHarness({
      gateway: {
        classify: () => {
          throw new Error('analyzer down');
        },
      },
    });
    const res = await post(h.url, ask('an ordinary question'));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('detector_failed');
    expect(h.gpt.requests.length + h.local.requests.length).toBe(0);
    expect(h.store.records[0]).toMatchObject({ reason: 'refused.detector-error', status: 503 });
  });

  it('an oversized body is refused unscanned and unforwarded', async () => {
    h = await startHarness({ edit: (c) => void (c.maxBodyBytes = 1_000) });
    const res = await post(h.url, ask('x'.repeat(2_000)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
    expect(h.gpt.requests.length + h.local.requests.length).toBe(0);
  });

  it('routing is never chosen by a client header (Portkey OSS x-portkey-config) and a header cannot lower the class', async () => {
    h = await startHarness();
    const res = await post(h.url, ask(SSN_TEXT), {
      'x-portkey-config': JSON.stringify({ strategy: { mode: 'single' }, targets: [{ provider: 'openai' }] }),
      'x-switchboard-destination': 'gpt',
      'x-switchboard-data-class': 'none',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-switchboard-destination')).toBe('local');
    expect(h.gpt.requests).toHaveLength(0);
  });

  it('a caller can raise the class with x-switchboard-data-class: phi', async () => {
    h = await startHarness();
    const res = await post(h.url, ask('nothing sensitive here'), { 'x-switchboard-data-class': 'phi' });
    expect(res.headers.get('x-switchboard-destination')).toBe('local');
    expect(res.headers.get('x-switchboard-data-class')).toBe('phi');
    expect(h.gpt.requests).toHaveLength(0);
    const bad = await post(h.url, ask('hi'), { 'x-switchboard-data-class': 'secretish' });
    expect(bad.status).toBe(400);
  });

  it('a key reaches only its own workload: a model hint naming another route\'s destination is ignored', async () => {
    h = await startHarness();
    const chat = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    const res = await chat.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(res.response.headers.get('x-switchboard-route')).toBe('chat');
    expect(res.response.headers.get('x-switchboard-destination')).toBe('claude');
    expect(h.gpt.requests).toHaveLength(0);
  });

  it('the circuit opens after repeated failures and later sensitive requests are refused without calling the upstream', async () => {
    h = await startHarness({ gateway: { breaker: { failureThreshold: 2, cooldownMs: 60_000 } } });
    h.local.fault = '500';
    expect((await post(h.url, ask(SSN_TEXT))).status).toBe(503);
    const before = h.local.requests.length;
    const res = await post(h.url, ask(SSN_TEXT));
    expect(res.status).toBe(503);
    expect(h.local.requests.length).toBe(before);
    expect(h.store.records[1]).toMatchObject({ reason: 'refused.sensitive-all-unavailable' });
    expect(h.gpt.requests).toHaveLength(0);
  });
});

describe('retries and fallback for data that may leave', () => {
  it('retries a 429 with backoff on the same destination, then succeeds', async () => {
    h = await startHarness();
    h.gpt.fault = '429';
    h.gpt.failTimes = 1;
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-switchboard-destination')).toBe('gpt');
    expect(h.gpt.requests).toHaveLength(2);
    expect(h.store.records[0]).toMatchObject({ attempts: ['gpt'], destination: 'gpt' });
  });

  it('falls back to the next allowed destination and bills the one that answered (LiteLLM #41344)', async () => {
    h = await startHarness();
    h.gpt.fault = '500';
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-switchboard-destination')).toBe('local');
    expect(h.store.records[0]).toMatchObject({ destination: 'local', model: 'meta-llama/Llama-3.1-8B-Instruct', costMicroUsd: 0, attempts: ['gpt', 'gpt'] });
  });

  it('a caller error from the upstream is returned, not retried, and its credentials are scrubbed', async () => {
    h = await startHarness();
    h.gpt.fault = '400';
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain('sk-secret');
    // Summarised, never echoed (issue 14): the status and the upstream's error type only.
    expect(text).toContain('upstream gpt refused the request (HTTP 400, fake)');
    expect(h.gpt.requests).toHaveLength(1);
    expect(h.local.requests).toHaveLength(0);
  });
});

describe('streaming', () => {
  it('forwards the first chunk while the upstream is still streaming (no fixed first-chunk sleep, unlike Portkey)', async () => {
    h = await startHarness();
    let release!: () => void;
    h.gpt.gate = new Promise<void>((r) => (release = r));
    const res = await post(h.url, ask('hello', { stream: true }));
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    while (!seen.includes('"content":"Hello "')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    // The upstream is parked after its first word: it has not sent the rest, yet the caller already has it.
    expect(seen).toContain('"content":"Hello "');
    expect(seen).not.toContain('[DONE]');
    release();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('[DONE] is sent only after the usage record is written; a failed write withholds it', async () => {
    h = await startHarness();
    h.store.failNext = 1;
    const res = await post(h.url, ask('hello', { stream: true }));
    const text = await res.text();
    expect(text).toContain('metering_failed');
    expect(text).not.toContain('[DONE]');
    // The failed write marks the store down (fail closed on metering) until a probe finds it writable again.
    expect((await post(h.url, ask('hello'))).status).toBe(503);
    await h.gw.gateway.runtime.ops.health.check();
    const json = await post(h.url, ask('hello'));
    expect(json.status).toBe(200);
    expect(h.store.records.map((r) => r.errorCode)).toEqual(['metering_unavailable', null]);
  });

  it('a failed usage write withholds a JSON answer (503)', async () => {
    h = await startHarness();
    h.store.failNext = 1;
    const res = await post(h.url, ask('hello'));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('metering_failed');
  });
});

describe('callers that hang up', () => {
  it('a caller abort is not a destination failure: it never opens the circuit', async () => {
    h = await startHarness({ gateway: { breaker: { failureThreshold: 2, cooldownMs: 60_000 } } });
    h.gpt.fault = 'slow';
    h.gpt.slowMs = 300;
    for (let i = 0; i < 3; i++) {
      const ctl = new AbortController();
      const res = fetch(`${h.url}/v1/chat/completions`, { method: 'POST', signal: ctl.signal, headers: { authorization: `Bearer ${NOTES_KEY}` }, body: JSON.stringify(ask('hello')) }).catch(() => null);
      // Abort once the upstream has the request in hand (causal, not timed).
      while (h.gpt.requests.length < i + 1) await new Promise((r) => setTimeout(r, 5));
      ctl.abort();
      await res;
    }
    h.gpt.fault = 'none';
    const ok = await post(h.url, ask('hello'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-switchboard-destination')).toBe('gpt');
    const health = (await (await fetch(`${h.url}/healthz`)).json()) as { openCircuits: string[] };
    expect(health.openCircuits).toEqual([]);
  });
});
