import { createServer, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatewayConfigInput } from '../../core/routing/index.js';
import { CHAT_KEY, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
let upstream: Server | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  upstream?.closeAllConnections();
  await new Promise<void>((r) => (upstream ? upstream.close(() => r()) : r()));
  upstream = undefined;
});

/** A loopback upstream with a custom behaviour; answers every path. */
async function serve(handle: (res: ServerResponse, body: string) => void): Promise<string> {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(res, body));
  });
  await new Promise<void>((r) => upstream!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`;
}

const trickle = (res: ServerResponse, text: string, everyMs: number): void => {
  let i = 0;
  const t = setInterval(() => {
    if (res.destroyed || i >= text.length) {
      clearInterval(t);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(text[i++]);
  }, everyMs);
  res.once('close', () => clearInterval(t));
};

const chat = (stream = false): Promise<Response> =>
  fetch(`${h!.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CHAT_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', stream, messages: [{ role: 'user', content: 'hello' }] }),
  });

/** The chat workload served by the custom upstream only (openai wire), with these destination limits. */
const only = (baseUrl: string, limits: object) => ({
  edit: (c: GatewayConfigInput) => {
    Object.assign(c.destinations.gpt!, { baseUrl, maxRetries: 0, ...limits });
    c.routes[1]!.default = ['gpt'];
  },
});

describe('limits (issue 14 item 8)', () => {
  it('a trickling JSON answer is cut at the attempt deadline (a 2 s request was held 14.6 s, each gap under timeoutMs)', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      trickle(res, JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'a'.repeat(200) }, finish_reason: 'stop' }] }), 20);
    });
    h = await startHarness(only(url, { timeoutMs: 500, attemptDeadlineMs: 400 }));
    const t0 = performance.now();
    const res = await chat();
    expect(res.status).toBe(502);
    expect(performance.now() - t0).toBeLessThan(1_500);
  });

  it('a never-ending stream is cut at maxStreamMs and metered as failed', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const t = setInterval(() => res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'la ' } }] })}\n\n`), 20);
      res.once('close', () => clearInterval(t));
    });
    h = await startHarness(only(url, { maxStreamMs: 400 }));
    const t0 = performance.now();
    const res = await chat(true);
    const text = await res.text();
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(text).not.toContain('[DONE]');
    expect(text).toContain('"error"');
    expect(h.store.records[0]).toMatchObject({ stream: true, status: 502 });
  });

  it('an upstream answer over maxResponseBytes is cut, not buffered (50 MB was)', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'a'.repeat(3 * 1024 * 1024) }, finish_reason: 'stop' }] }));
    });
    h = await startHarness(only(url, { maxResponseBytes: 1024 * 1024 }));
    const res = await chat();
    expect(res.status).toBe(502);
    expect(h.store.records[0]).toMatchObject({ status: 502, errorCode: 'upstream_error' });
  });

  it('the request deadline bounds every attempt and fallback together', async () => {
    h = await startHarness({ edit: (c) => void Object.assign(c, { requestDeadlineMs: 300 }) });
    for (const f of [h.claude, h.local]) {
      f.fault = 'slow';
      f.slowMs = 1_000;
    }
    const t0 = performance.now();
    const res = await chat();
    expect(res.status).toBe(503);
    expect(performance.now() - t0).toBeLessThan(900);
  });

  it('a client that sends its body slowly is cut at client.requestTimeoutMs (was held 300 s)', async () => {
    h = await startHarness({ edit: (c) => void Object.assign(c, { client: { headersTimeoutMs: 300, requestTimeoutMs: 500, keepAliveTimeoutMs: 1_000 } }) });
    const { port } = new URL(h.url);
    const t0 = performance.now();
    const reply = await new Promise<string>((resolve) => {
      const sock = connect(Number(port), '127.0.0.1', () => {
        sock.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${CHAT_KEY}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"model":`);
      });
      let got = '';
      sock.on('data', (d: Buffer) => (got += d.toString()));
      sock.on('close', () => resolve(got));
    });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(reply).toMatch(/^HTTP\/1.1 408/);
  });
});
