import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHAT_KEY, NOTES_KEY, SSN_TEXT, startHarness, type Harness } from './test-support/harness.js';

/** Issue 14 "missing endpoints": each one classified, routed like chat, metered; sensitive data stays home. */
let h: Harness;
let notes: OpenAI;
let chat: OpenAI;

beforeAll(async () => {
  h = await startHarness();
  notes = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: NOTES_KEY, maxRetries: 0 });
  chat = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  for (const f of [h.local, h.gpt, h.claude]) {
    f.requests.length = 0;
    f.headers.length = 0;
    f.paths.length = 0;
    f.fault = 'none';
    f.toolCall = null;
    f.reply = 'Hello from the fake.';
  }
  h.store.records.length = 0;
});

const thirdParties = (): number => h.gpt.requests.length + h.claude.requests.length;
/** The third-party fakes record every body: not one byte of the SSN may be in any of them. */
const noSensitiveBytes = (): void => {
  expect(JSON.stringify([h.gpt.requests, h.claude.requests])).not.toContain('123-45-6789');
};

describe('/v1/responses (stateless)', () => {
  it('answers through an Anthropic upstream, store: false, metered', async () => {
    const res = await chat.responses.create({ model: 'x', instructions: 'Be brief.', input: 'Say hello.' }).withResponse();
    expect(res.data.output_text).toBe('Hello from the fake.');
    expect(res.data).toMatchObject({ object: 'response', status: 'completed', store: false, usage: { input_tokens: 12, output_tokens: 5, total_tokens: 17 } });
    expect(res.response.headers.get('x-switchboard-destination')).toBe('claude');
    expect(h.claude.requests[0]).toMatchObject({ system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Say hello.' }] }] });
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', inputTokens: 12, outputTokens: 5, status: 200 });
  });

  it('streams the Responses event stream, completed event last, metered', async () => {
    const stream = await notes.responses.create({ model: 'x', input: [{ role: 'user', content: 'Tell me.' }], stream: true });
    const types: string[] = [];
    let text = '';
    let final: OpenAI.Responses.Response | null = null;
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === 'response.output_text.delta') text += ev.delta;
      if (ev.type === 'response.completed') final = ev.response;
    }
    expect(text).toBe('Hello from the fake.');
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(types).toContain('response.output_item.done');
    expect(final?.usage).toMatchObject({ input_tokens: 12, output_tokens: 5 });
    expect(h.gpt.paths).toEqual(['/v1/chat/completions']);
    expect(h.store.records[0]).toMatchObject({ destination: 'gpt', stream: true, inputTokens: 12, outputTokens: 5, errorCode: null });
  });

  it('function calls and their outputs round-trip; structured output parses', async () => {
    h.gpt.toolCall = { name: 'lookup', arguments: '{"id":7}' };
    const tools: OpenAI.Responses.FunctionTool[] = [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { id: { type: 'number' } } }, strict: false }];
    const first = await notes.responses.create({ model: 'x', input: 'Find 7', tools });
    const call = first.output.find((o) => o.type === 'function_call');
    expect(call).toMatchObject({ type: 'function_call', name: 'lookup', arguments: '{"id":7}' });
    h.gpt.toolCall = null;
    h.gpt.reply = '{"name":"Ada"}';
    const parsed = await notes.responses.parse({
      model: 'x',
      input: [{ role: 'user', content: 'Find 7' }, call as OpenAI.Responses.ResponseFunctionToolCall, { type: 'function_call_output', call_id: (call as OpenAI.Responses.ResponseFunctionToolCall).call_id, output: '{"name":"Ada"}' }],
      text: { format: zodTextFormat(z.object({ name: z.string() }), 'person') },
    });
    expect(parsed.output_parsed).toEqual({ name: 'Ada' });
    expect(h.gpt.requests[1]).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'person' } },
      messages: [{ role: 'user' }, { role: 'assistant', tool_calls: [{ function: { name: 'lookup' } }] }, { role: 'tool', content: '{"name":"Ada"}' }],
    });
  });

  it('streams function calls as output items the SDK helper assembles', async () => {
    h.claude.toolCall = { name: 'lookup', arguments: '{"id":7}' };
    const stream = chat.responses.stream({ model: 'x', input: 'Find 7', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { id: { type: 'number' } } }, strict: false }] });
    const final = await stream.finalResponse();
    expect(final.output).toEqual([expect.objectContaining({ type: 'function_call', name: 'lookup', arguments: '{"id":7}', call_id: 'toolu_1', status: 'completed' })]);
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', stream: true, errorCode: null });
  });

  it('refuses state it does not keep (previous_response_id) with a 400 naming it', async () => {
    const err = await notes.responses.create({ model: 'x', input: 'hi', previous_response_id: 'resp_1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('previous_response_id');
    expect(thirdParties() + h.local.requests.length).toBe(0);
  });

  it('sensitive input goes only to the self-hosted model', async () => {
    const res = await chat.responses.create({ model: 'x', input: SSN_TEXT }).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('local');
    expect(thirdParties()).toBe(0);
    noSensitiveBytes();
  });
});

describe('/v1/embeddings', () => {
  it('passes through to an OpenAI-compatible upstream and meters the input tokens', async () => {
    const res = await notes.embeddings.create({ model: 'text-embedding-x', input: ['alpha', 'beta'] }).withResponse();
    expect(res.data.data.map((d) => d.index)).toEqual([0, 1]);
    expect(h.gpt.paths).toEqual(['/v1/embeddings']);
    expect(h.gpt.requests[0]).toMatchObject({ model: 'gpt-test', input: ['alpha', 'beta'] });
    expect(h.store.records[0]).toMatchObject({ destination: 'gpt', inputTokens: 12, outputTokens: 0, status: 200 });
  });

  it('skips Anthropic (no embeddings API) for the allowed self-hosted one, and keeps sensitive text home', async () => {
    const res = await chat.embeddings.create({ model: 'e', input: 'plain words' }).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('local');
    expect(res.response.headers.get('x-switchboard-translation')).toContain('claude skipped (endpoint: Anthropic has no embeddings API)');
    await notes.embeddings.create({ model: 'e', input: [SSN_TEXT] });
    expect(thirdParties()).toBe(0);
    noSensitiveBytes();
    expect(h.local.paths).toEqual(['/v1/embeddings', '/v1/embeddings']);
  });

  it('refuses token-id input, which the detector cannot read', async () => {
    const err = await notes.embeddings.create({ model: 'e', input: [[1, 2, 3]] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toContain('token-id arrays cannot be scanned');
    expect(thirdParties()).toBe(0);
    noSensitiveBytes();
  });
});

describe('/v1/completions', () => {
  it('JSON and stream pass through, metered; sensitive prompts stay home', async () => {
    const res = await notes.completions.create({ model: 'x', prompt: 'Once upon', max_tokens: 5 });
    expect(res.choices[0]?.text).toBe('Hello from the fake.');
    const stream = await notes.completions.create({ model: 'x', prompt: 'Once upon', stream: true });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.text ?? '';
    expect(text).toBe('Hello from the fake.');
    expect(h.gpt.requests[1]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(h.store.records.map((r) => [r.destination, r.inputTokens, r.outputTokens, r.stream])).toEqual([
      ['gpt', 12, 5, false],
      ['gpt', 12, 5, true],
    ]);
    await notes.completions.create({ model: 'x', prompt: SSN_TEXT });
    expect(h.local.paths).toEqual(['/v1/completions']);
    expect(h.gpt.requests).toHaveLength(2);
    noSensitiveBytes();
  });
});

describe('/v1/messages/count_tokens', () => {
  const anthropic = (): Anthropic => new Anthropic({ baseURL: h.url, apiKey: CHAT_KEY, maxRetries: 0 });

  it('asks the Anthropic upstream', async () => {
    const res = await anthropic().messages.countTokens({ model: 'claude-x', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(res.input_tokens).toBe(12);
    expect(h.claude.paths).toEqual(['/v1/messages/count_tokens']);
    expect(h.claude.requests[0]).toMatchObject({ model: 'claude-test', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(h.store.records[0]).toMatchObject({ destination: 'claude', costMicroUsd: 0, status: 200 });
  });

  it('counts sensitive text in the gateway (the self-hosted destination has no such endpoint): nothing leaves', async () => {
    const res = await anthropic().messages.countTokens({ model: 'claude-x', messages: [{ role: 'user', content: SSN_TEXT }] }).withResponse();
    expect(res.data.input_tokens).toBeGreaterThan(10);
    expect(res.response.headers.get('x-switchboard-destination')).toBe('local');
    expect(res.response.headers.get('x-switchboard-translation')).toContain('estimated by the gateway');
    expect(thirdParties() + h.local.requests.length).toBe(0);
    noSensitiveBytes();
  });
});
