import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHAT_KEY, startHarness, type Harness } from './test-support/harness.js';
import { ChunksToAnthropic } from './translate/anthropic-stream.js';
import { toAnthropicUsage, usageFromAnthropic } from './translate/usage.js';

/**
 * Issue 14 item 7: Anthropic cache writes were folded into input, priced at the base input price and reported to
 * Anthropic clients as 0. The `claude-test` model (harness) prices input 3, cache reads 0.3, cache writes 3.75 and
 * output 15 USD per million tokens, so micro-dollars are tokens × those prices.
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.store.records.length = 0;
  // 1000 prompt tokens: 100 fresh, 300 read from the cache, 600 written to it.
  h.claude.usage = { input: 1000, output: 100, cached: 300, cacheWrite: 600 };
  h.claude.requests.length = 0;
});

// 100 × 3 + 300 × 0.3 + 600 × 3.75 + 100 × 15 = 300 + 90 + 2250 + 1500
const COST = 4140;
const anthropic = (): Anthropic => new Anthropic({ baseURL: h.url, apiKey: CHAT_KEY, maxRetries: 0 });

describe('Anthropic cache writes, through the official @anthropic-ai/sdk client', () => {
  it('JSON: the client sees the cache-creation and cache-read counts; the stored cost prices writes at the cache-write price', async () => {
    const msg = await anthropic().messages.create({ model: 'x', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] });
    expect(msg.usage).toMatchObject({ input_tokens: 100, output_tokens: 100, cache_read_input_tokens: 300, cache_creation_input_tokens: 600 });
    expect(h.store.records).toHaveLength(1);
    // The token total still counts the writes as input; only the cost tells them apart.
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', inputTokens: 1000, cachedInputTokens: 300, outputTokens: 100, costMicroUsd: COST });
  });

  it('stream: the final message carries the cache-creation count; the stored cost is the same', async () => {
    const final = await anthropic().messages.stream({ model: 'x', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] }).finalMessage();
    expect(final.usage).toMatchObject({ input_tokens: 100, output_tokens: 100, cache_read_input_tokens: 300, cache_creation_input_tokens: 600 });
    expect(h.store.records[0]).toMatchObject({ stream: true, inputTokens: 1000, cachedInputTokens: 300, outputTokens: 100, costMicroUsd: COST });
  });

  it('an OpenAI-format client of the same Anthropic upstream is billed the same (writes priced apart after translation)', async () => {
    const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    const res = await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hello' }] });
    expect(res.usage).toMatchObject({ prompt_tokens: 1000, completion_tokens: 100, prompt_tokens_details: { cached_tokens: 300 } });
    expect(h.store.records[0]).toMatchObject({ inputTokens: 1000, cachedInputTokens: 300, costMicroUsd: COST });
    const chunks = await openai.chat.completions.create({ model: 'x', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'Hello' }] });
    let n = 0;
    for await (const chunk of chunks) n += chunk.choices.length;
    expect(n).toBeGreaterThan(0);
    expect(h.store.records[1]).toMatchObject({ stream: true, inputTokens: 1000, cachedInputTokens: 300, costMicroUsd: COST });
  });
});

describe('Anthropic 1-hour cache writes (cache_control ttl "1h"), priced at the 1-hour write price', () => {
  // Of the 600 written tokens, 400 with a 1-hour lifetime: 100 × 3 + 300 × 0.3 + 200 × 3.75 + 400 × 6 + 100 × 15.
  const COST_1H = 300 + 90 + 750 + 2400 + 1500;
  beforeEach(() => {
    h.claude.usage = { input: 1000, output: 100, cached: 300, cacheWrite: 600, cacheWrite1h: 400 };
  });

  it('JSON and stream: the record stores the writes and their 1-hour part, and the cost prices each at its rate', async () => {
    const system = [{ type: 'text' as const, text: 'long instructions', cache_control: { type: 'ephemeral' as const, ttl: '1h' as const } }];
    const msg = await anthropic().messages.create({ model: 'x', max_tokens: 100, system, messages: [{ role: 'user', content: 'Hello' }] });
    expect(msg.usage).toMatchObject({ cache_creation_input_tokens: 600, cache_creation: { ephemeral_5m_input_tokens: 200, ephemeral_1h_input_tokens: 400 } });
    await anthropic().messages.stream({ model: 'x', max_tokens: 100, system, messages: [{ role: 'user', content: 'Hello' }] }).finalMessage();
    for (const r of h.store.records) {
      expect(r).toMatchObject({ inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400, costMicroUsd: COST_1H });
      expect(r.tokensEstimated).toBeUndefined();
    }
    expect(h.store.records.map((r) => r.stream)).toEqual([false, true]);
    // The cache_control (and its ttl) reached the upstream untouched.
    expect(JSON.stringify(h.claude.requests[0])).toContain('"ttl":"1h"');
  });

  it('an OpenAI-format client of the same upstream is billed the same, streamed or not', async () => {
    const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hello' }] });
    const chunks = await openai.chat.completions.create({ model: 'x', stream: true, messages: [{ role: 'user', content: 'Hello' }] });
    let n = 0;
    for await (const chunk of chunks) n += chunk.choices.length;
    expect(n).toBeGreaterThan(0);
    expect(h.store.records).toHaveLength(2);
    for (const r of h.store.records) expect(r).toMatchObject({ cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400, costMicroUsd: COST_1H });
  });

  it('the translated usage carries the writes by lifetime back to Anthropic clients', () => {
    const wire = { input_tokens: 100, output_tokens: 100, cache_read_input_tokens: 300, cache_creation_input_tokens: 600, cache_creation: { ephemeral_5m_input_tokens: 200, ephemeral_1h_input_tokens: 400 } };
    const metered = usageFromAnthropic(wire);
    expect(metered).toEqual({ inputTokens: 1000, outputTokens: 100, cachedInputTokens: 300, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400 });
    expect(toAnthropicUsage(metered)).toEqual(wire);
    // Only the breakdown given: the total is its sum.
    expect(usageFromAnthropic({ input_tokens: 1, output_tokens: 1, cache_creation: { ephemeral_1h_input_tokens: 50 } })).toMatchObject({ inputTokens: 51, cacheWriteInputTokens: 50, cacheWrite1hInputTokens: 50 });
  });
});

describe('Anthropic usage built by the gateway (translated answers)', () => {
  it('round-trips the four Anthropic counts', () => {
    const wire = { input_tokens: 100, output_tokens: 100, cache_read_input_tokens: 300, cache_creation_input_tokens: 600 };
    const metered = usageFromAnthropic(wire);
    expect(metered).toEqual({ inputTokens: 1000, outputTokens: 100, cachedInputTokens: 300, cacheWriteInputTokens: 600 });
    expect(toAnthropicUsage(metered)).toEqual(wire);
    expect(toAnthropicUsage({ inputTokens: 12, outputTokens: 5, cachedInputTokens: 0 })).toEqual({ input_tokens: 12, output_tokens: 5, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 });
  });

  it('the message_delta of a translated stream reports the cache-creation count', () => {
    const enc = new ChunksToAnthropic('m');
    enc.push({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'hi' }, finish_reason: 'stop' }] });
    const { body } = enc.finish({ inputTokens: 1000, outputTokens: 100, cachedInputTokens: 300, cacheWriteInputTokens: 600 });
    const delta = body
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)) as { type: string; usage?: unknown })
      .find((e) => e.type === 'message_delta');
    expect(delta?.usage).toEqual({ input_tokens: 100, output_tokens: 100, cache_read_input_tokens: 300, cache_creation_input_tokens: 600 });
  });
});
