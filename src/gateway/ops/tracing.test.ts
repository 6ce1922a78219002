import { createConnection } from 'node:net';
import { trace, type Span, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTES_KEY, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  trace.disable();
});

/** A minimal TracerProvider that keeps finished spans, so the test needs no SDK. */
function recordingProvider(): { provider: TracerProvider; spans: { name: string; attributes: Record<string, unknown> }[] } {
  const spans: { name: string; attributes: Record<string, unknown> }[] = [];
  const tracer = {
    startActiveSpan(name: string, options: { attributes?: Record<string, unknown> }, fn: (span: Span) => unknown) {
      const attributes: Record<string, unknown> = { ...options.attributes };
      let spanName = name;
      const span = {
        updateName: (n: string) => ((spanName = n), span),
        setAttribute: (k: string, v: unknown) => ((attributes[k] = v), span),
        setStatus: () => span,
        end: () => void spans.push({ name: spanName, attributes }),
      } as unknown as Span;
      return fn(span);
    },
  } as unknown as Tracer;
  return { provider: { getTracer: () => tracer }, spans };
}

const post = (url: string): Promise<Response> => fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}` }, body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hello' }] }) });

describe('OpenTelemetry', () => {
  it('is off by default: no span even with a provider registered', async () => {
    const { provider, spans } = recordingProvider();
    trace.setGlobalTracerProvider(provider);
    h = await startHarness();
    await post(h.url);
    expect(spans).toEqual([]);
  });

  it('with ops.tracing, one server span per request with the routing attributes and no content', async () => {
    const { provider, spans } = recordingProvider();
    trace.setGlobalTracerProvider(provider);
    h = await startHarness({ edit: (c) => void (c.ops = { tracing: true }) });
    const res = await post(h.url);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      name: 'POST /v1/chat/completions',
      attributes: { 'http.response.status_code': 200, 'switchboard.workload': 'notes', 'switchboard.destination': 'gpt', 'switchboard.request_id': res.headers.get('x-switchboard-request-id') },
    });
    expect(JSON.stringify(spans)).not.toContain('hello');
  });
});

const redisUp = await new Promise<boolean>((resolve) => {
  const s = createConnection({ host: '127.0.0.1', port: 6379 });
  s.once('connect', () => (s.destroy(), resolve(true)));
  s.once('error', () => resolve(false));
});

describe('rate limits in Redis', () => {
  it.skipIf(!redisUp)(`two gateways share one limit through redis://127.0.0.1:6379${redisUp ? '' : ' [skipped: no Redis at 127.0.0.1:6379]'}`, async () => {
    const edit = (c: Parameters<NonNullable<NonNullable<Parameters<typeof startHarness>[0]>['edit']>>[0]) => void (c.limits = { perWorkload: { [`notes`]: { requestsPerMinute: 3 } }, redisUrl: 'redis://127.0.0.1:6379' });
    const a = await startHarness({ edit });
    const b = await startHarness({ edit });
    try {
      // The counters expire by themselves after their 60 s window; a rerun within it only sees more 429s.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post((i % 2 ? b : a).url)).status);
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
