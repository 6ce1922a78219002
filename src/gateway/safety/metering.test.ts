import { afterEach, describe, expect, it } from 'vitest';
import { costMicroUsd } from '../../core/routing/index.js';
import { endStatus } from '../meter.js';
import { NOTES_KEY, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
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
    expect(h.store.records[0]).toMatchObject({ stream: true, destination: 'gpt', status: 502, errorCode: 'upstream_reset' });
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
