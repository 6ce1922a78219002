import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { costMicroUsd } from '../../core/routing/index.js';
import { endStatus } from '../meter.js';
import { NOTES_KEY, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
let upstream: Server | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  upstream?.closeAllConnections();
  await new Promise<void>((r) => (upstream ? upstream.close(() => r()) : r()));
  upstream = undefined;
});

const stream = (signal?: AbortSignal): Promise<Response> =>
  fetch(`${h!.url}/v1/chat/completions`, {
    method: 'POST',
    ...(signal ? { signal } : {}),
    headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: 'hello' }] }),
  });

const until = async (cond: () => boolean): Promise<void> => {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
};

describe('metering truth (issue 14 item 7)', () => {
  it('a stream reset mid-way is recorded with its real status, not 200 (usage showed 10.6% errors for 27.7%)', async () => {
    h = await startHarness();
    h.gpt.fault = 'reset-mid-stream';
    const res = await stream();
    expect(res.status).toBe(200);
    await res.text();
    // Usage comes last, so a cut stream reported none: tokens are estimated with a tokenizer, not 0, and the record
    // says so in its own field (the error code is the cut's).
    expect(h.store.records[0]).toMatchObject({ stream: true, destination: 'gpt', status: 502, errorCode: 'upstream_reset', tokensEstimated: true });
    const rec = h.store.records[0]!;
    expect(rec.inputTokens).toBeGreaterThan(0);
    expect(rec.outputTokens).toBeGreaterThan(0);
    expect(rec.costMicroUsd).toBeGreaterThan(0);
  });

  it('a finished stream without a usage chunk gets estimated tokens, marked usage_estimated (it recorded 0)', async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const word of ['The ', 'answer ', 'is ', 'four.']) res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: word }, finish_reason: null }] })}\n\n`);
        res.end(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
      });
    });
    await new Promise<void>((r) => upstream!.listen(0, '127.0.0.1', r));
    const port = (upstream.address() as AddressInfo).port;
    h = await startHarness({ edit: (c) => void Object.assign(c.destinations.gpt!, { baseUrl: `http://127.0.0.1:${port}/v1` }) });
    const res = await stream();
    expect(await res.text()).toContain('[DONE]');
    expect(h.store.records[0]).toMatchObject({ status: 200, errorCode: 'usage_estimated', tokensEstimated: true, outputTokens: 5 });
    expect(h.store.records[0]!.inputTokens).toBeGreaterThan(0);
  });

  it('a stream whose upstream reported usage is not marked as estimated', async () => {
    h = await startHarness();
    const res = await stream();
    await res.text();
    expect(h.store.records[0]).toMatchObject({ status: 200, errorCode: null });
    expect(h.store.records[0]!.tokensEstimated).toBeUndefined();
  });

  it('a JSON answer to a caller of the same wire is passed on byte for byte (parsed for usage, never re-serialised)', async () => {
    const answer = `{\n  "id": "chatcmpl-raw",\n  "object": "chat.completion",\n  "created": 1,\n  "model": "m",\n  "choices": [{"index": 0, "message": {"role": "assistant", "content": "four"}, "finish_reason": "stop"}],\n  "usage": {"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10},\n  "system_fingerprint": "fp_x"\n}`;
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(answer));
    });
    await new Promise<void>((r) => upstream!.listen(0, '127.0.0.1', r));
    const port = (upstream.address() as AddressInfo).port;
    h = await startHarness({ edit: (c) => void Object.assign(c.destinations.gpt!, { baseUrl: `http://127.0.0.1:${port}/v1` }) });
    const res = await fetch(`${h.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hello' }] }) });
    expect(await res.text()).toBe(answer);
    expect(res.headers.get('x-request-id')).toBe(h.store.records[0]!.id);
    expect(h.store.records[0]).toMatchObject({ status: 200, inputTokens: 9, outputTokens: 1 });
  });

  it('a caller that hangs up mid-stream is recorded as 499 client_closed', async () => {
    h = await startHarness();
    let release!: () => void;
    h.gpt.gate = new Promise<void>((r) => (release = r));
    const ctl = new AbortController();
    const res = await stream(ctl.signal);
    const reader = res.body!.getReader();
    await reader.read();
    ctl.abort();
    // The upstream is still paused: the record can only come from the hang-up.
    await until(() => h!.store.records.length > 0);
    release();
    expect(h.store.records[0]).toMatchObject({ stream: true, status: 499, errorCode: 'client_closed' });
  });

  it('maps every stream ending to a status; a finished stream stays 200', () => {
    expect([endStatus(200, null), endStatus(200, 'upstream_incomplete'), endStatus(200, 'metering_failed'), endStatus(200, 'deadline_exceeded'), endStatus(429, 'rate_limited')]).toEqual([200, 502, 503, 504, 429]);
  });

  it('prices long-context tiers as the catalog says: a 300K-token prompt is not metered at half price', () => {
    const prices = { input: 3, output: 15, cachedInput: 0.3, longContext: [{ aboveInputTokens: 200_000, inputMultiplier: 2, outputMultiplier: 1.5 }] };
    // 300,000 × $3 × 2 + 1,000 × $15 × 1.5 per million = $1.80 + $0.0225
    expect(costMicroUsd({ inputTokens: 300_000, cachedInputTokens: 0, outputTokens: 1_000 }, prices)).toBe(1_822_500);
    expect(costMicroUsd({ inputTokens: 200_000, cachedInputTokens: 0, outputTokens: 1_000 }, prices)).toBe(615_000);
    // Cached input in a long request: the tier multiplies its cached price too.
    expect(costMicroUsd({ inputTokens: 300_000, cachedInputTokens: 100_000, outputTokens: 0 }, prices)).toBe(1_260_000);
  });
});
