import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHAT_KEY, NOTES_KEY, SSN_TEXT, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  h = await startHarness();
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: NOTES_KEY, maxRetries: 0 });
  anthropic = new Anthropic({ baseURL: h.url, apiKey: CHAT_KEY, maxRetries: 0 });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  for (const f of [h.local, h.gpt, h.claude]) {
    f.requests.length = 0;
    f.headers.length = 0;
    f.fault = 'none';
    f.toolCall = null;
    f.usage = { input: 12, output: 5, cached: 0 };
  }
  h.store.records.length = 0;
});

describe('OpenAI inbound, through the official openai client', () => {
  it('answers a plain request from the first default destination and meters it', async () => {
    const res = await openai.chat.completions.create({ model: 'whatever-the-app-sends', messages: [{ role: 'user', content: 'Summarise the weather.' }] }).withResponse();
    expect(res.data.choices[0]?.message.content).toBe('Hello from the fake.');
    expect(res.response.headers.get('x-switchboard-destination')).toBe('gpt');
    expect(res.response.headers.get('x-switchboard-route')).toBe('notes');
    expect(res.response.headers.get('x-switchboard-data-class')).toBe('none');
    expect(res.response.headers.get('x-switchboard-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.gpt.requests).toHaveLength(1);
    expect(h.gpt.requests[0]?.model).toBe('gpt-test');
    expect(h.gpt.headers[0]?.authorization).toBe('Bearer sk-upstream-openai-secret');
    const [rec] = h.store.records;
    expect(rec).toMatchObject({ keyId: 'notes-app', workload: 'notes', destination: 'gpt', destinationKind: 'third-party', model: 'gpt-test', dataClass: 'none', reason: 'default.route-order', inputTokens: 12, outputTokens: 5, cachedInputTokens: 0, costMicroUsd: 80, status: 200, stream: false, errorCode: null });
    expect(rec?.id).toBe(res.response.headers.get('x-switchboard-request-id'));
  });

  it('sends a request with an SSN only to the self-hosted destination', async () => {
    const res = await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: SSN_TEXT }] }).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('local');
    expect(res.response.headers.get('x-switchboard-data-class')).not.toBe('none');
    expect(h.gpt.requests).toHaveLength(0);
    expect(h.local.requests).toHaveLength(1);
    expect(h.store.records[0]).toMatchObject({ destination: 'local', reason: 'sensitive.covered-only', costMicroUsd: 0 });
  });

  it('streams, asks the upstream for usage, and meters the streamed tokens (LiteLLM #37923, #40100)', async () => {
    h.gpt.usage = { input: 1000, output: 100, cached: 800 };
    const stream = await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Tell me a story.' }], stream: true });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe('Hello from the fake.');
    expect(chunks).toBeGreaterThan(3);
    expect((h.gpt.requests[0]?.stream_options as { include_usage?: boolean }).include_usage).toBe(true);
    // 200 fresh × 2.5 + 800 cached × 1.25 + 100 out × 10 = 2500 micro-dollars, not 0.
    expect(h.store.records[0]).toMatchObject({ stream: true, inputTokens: 1000, cachedInputTokens: 800, outputTokens: 100, costMicroUsd: 2500, errorCode: null });
    expect(h.store.records[0]?.ttftMs).not.toBeNull();
  });

  it('forwards the usage chunk when the caller asked for it', async () => {
    const stream = await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } });
    let usage: unknown = null;
    for await (const chunk of stream) if (chunk.usage) usage = chunk.usage;
    expect(usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 5 });
  });

  it('passes tools and content arrays, and returns tool calls', async () => {
    h.gpt.toolCall = { name: 'get_weather', arguments: '{"city":"Oslo"}' };
    const res = await openai.chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Weather in Oslo?' }] }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    expect(res.choices[0]?.message.tool_calls?.[0]).toMatchObject({ type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } });
    expect(h.gpt.requests[0]?.tools).toHaveLength(1);
  });

  it('lists only the models of the key\'s own route', async () => {
    const list = await openai.models.list();
    expect(list.data.map((m) => m.id).sort()).toEqual(['gpt', 'local']);
  });

  it('refuses a missing or wrong key with 401 in the OpenAI envelope', async () => {
    const bad = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: 'sk-wrong', maxRetries: 0 });
    await expect(bad.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
    const res = await fetch(`${h.url}/v1/chat/completions`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { message: expect.stringContaining('API key is required'), type: 'authentication_error', param: null, code: 'missing_api_key' } });
    expect(h.gpt.requests).toHaveLength(0);
  });

  it('validates the request and names the field in a 400', async () => {
    const res = await fetch(`${h.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}` }, body: JSON.stringify({ model: 'x', messages: [] }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { param: string; code: string; type: string } };
    expect(body.error).toMatchObject({ param: 'messages', code: 'invalid_request', type: 'invalid_request_error' });
    expect(h.store.records[0]).toMatchObject({ status: 400, errorCode: 'invalid_request', destination: null });
  });
});

describe('Anthropic inbound, through the official @anthropic-ai/sdk client', () => {
  it('answers /v1/messages with Anthropic usage; cached tokens are counted and priced at the cached rate (LiteLLM #36168, #11789)', async () => {
    h.claude.usage = { input: 1000, output: 100, cached: 800 };
    const msg = await anthropic.messages.create({ model: 'claude-whatever', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] });
    expect(msg.content[0]).toMatchObject({ type: 'text', text: 'Hello from the fake.' });
    expect(msg.usage).toMatchObject({ input_tokens: 200, output_tokens: 100, cache_read_input_tokens: 800 });
    expect(h.claude.headers[0]?.['x-api-key']).toBe('sk-ant-upstream-secret');
    // 200 × 3 + 800 cached × 0.3 + 100 × 15 = 2340 (cached tokens neither dropped nor billed at full rate: LiteLLM #36168, #11789).
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', inputTokens: 1000, cachedInputTokens: 800, outputTokens: 100, costMicroUsd: 2340 });
  });

  it('streams /v1/messages and meters the stream', async () => {
    const stream = anthropic.messages.stream({ model: 'x', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] });
    const final = await stream.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'Hello from the fake.' });
    expect(final.usage.output_tokens).toBe(5);
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', stream: true, inputTokens: 12, outputTokens: 5, costMicroUsd: 12 * 3 + 5 * 15 });
  });

  it('translates an Anthropic caller to an OpenAI-compatible upstream (streaming, sensitive)', async () => {
    const stream = anthropic.messages.stream({ model: 'x', max_tokens: 100, messages: [{ role: 'user', content: SSN_TEXT }] });
    const final = await stream.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'Hello from the fake.' });
    expect(h.claude.requests).toHaveLength(0);
    expect(h.local.requests).toHaveLength(1);
    expect(h.store.records[0]).toMatchObject({ destination: 'local', stream: true, outputTokens: 5 });
  });

  it('translates tool use both ways through an OpenAI-compatible caller to the Anthropic upstream', async () => {
    h.claude.toolCall = { name: 'lookup', arguments: '{"id":7}' };
    const chat = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    const res = await chat.chat.completions.create({ model: 'x', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Find 7' }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] });
    expect(res.choices[0]?.finish_reason).toBe('tool_calls');
    expect(res.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { name: 'lookup', arguments: '{"id":7}' } });
    expect(h.claude.requests[0]).toMatchObject({ system: 'Be brief.', tools: [{ name: 'lookup', input_schema: { type: 'object' } }] });
  });
});

describe('operations endpoints', () => {
  it('exposes Prometheus metrics by workload, destination and data class, and a health check', async () => {
    await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hello' }] });
    // Without ops.adminListen or ops.metricsTokenEnv, /metrics is not served on the public port (see ops tests).
    expect((await fetch(`${h.url}/metrics`)).status).toBe(404);
    const metrics = await h.gw.gateway.runtime.metrics.registry.metrics();
    expect(metrics).toMatch(/switchboard_requests_total\{workload="notes",destination="gpt",data_class="none",status="200"\} \d+/);
    expect(metrics).toMatch(/switchboard_cost_micro_usd_total\{workload="notes",destination="gpt"\} \d+/);
    expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ status: 'ok', openCircuits: [] });
  });

  it('answers unknown paths with a 404 in the OpenAI envelope', async () => {
    const res = await fetch(`${h.url}/v1/audio/speech`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}` }, body: '{}' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { message: 'no route for POST /v1/audio/speech', type: 'not_found_error', param: null, code: 'not_found' } });
  });
});
