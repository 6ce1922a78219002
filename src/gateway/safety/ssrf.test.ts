import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { Destination } from '../../core/routing/index.js';
import { leaked } from '../test-support/leak-check.js';
import { startFakeOpenAi } from '../test-support/fake-openai.js';
import type { FakeUpstream } from '../test-support/fake-upstream.js';
import { createAgent } from '../upstream.js';

const SECRET = 'Patient SSN 536-22-1234';
let fake: (FakeUpstream & { baseUrl: string }) | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const dest = (over: Partial<Destination>): Destination => ({
  kind: 'third-party',
  api: 'openai',
  baseUrl: 'https://api.example.com/v1',
  model: 'm',
  baa: false,
  zeroDataRetention: false,
  allowPrivateNetwork: false,
  timeoutMs: 2_000,
  attemptDeadlineMs: 2_000,
  maxStreamMs: 2_000,
  maxResponseBytes: 1 << 20,
  maxRetries: 0,
  ...over,
});

async function post(url: string, d: Destination): Promise<string> {
  const agent = createAgent(d);
  try {
    const res = await request(url, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: SECRET }] }), dispatcher: agent });
    await res.body.dump();
    return `HTTP ${res.statusCode}`;
  } catch (e) {
    return (e as { code?: string }).code ?? 'error';
  } finally {
    await agent.close();
  }
}

describe('SSRF at connect time (issue 14: IP literals skipped the check; [::ffff:127.0.0.1] reached loopback)', () => {
  it('checks IP literals before connecting and names through every resolved address: a third party never reaches loopback', async () => {
    fake = await startFakeOpenAi();
    const port = new URL(fake.url).port;
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', 'localhost']) {
      expect(await post(`http://${host}:${port}/v1/chat/completions`, dest({})), host).toBe('ESSRF');
    }
    expect(fake.requests).toHaveLength(0);
    expect(leaked(fake, [SECRET])).toEqual([]);
    // The same fake is reachable once the operator allows private networks (how tests run their fakes).
    expect(await post(`http://127.0.0.1:${port}/v1/chat/completions`, dest({ allowPrivateNetwork: true }))).toBe('HTTP 200');
  });

  it('refuses metadata and special-purpose literals for every destination, self-hosted included, without a packet sent', async () => {
    for (const host of ['169.254.169.254', '[::ffff:169.254.169.254]', '[64:ff9b::a9fe:a9fe]', '198.18.0.1', '224.0.0.1', '0.0.0.0']) {
      expect(await post(`http://${host}/latest/meta-data/`, dest({ kind: 'self-hosted', allowPrivateNetwork: true })), host).toBe('ESSRF');
    }
  });
});
