import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHAT_KEY, NOTES_KEY, startHarness, type Harness } from './test-support/harness.js';

/**
 * Issue 14 "silent drops": every field either reaches the upstream in its own format or the caller gets a 400
 * naming it. Real clients (the official SDKs) against loopback fakes that record every body.
 */
const PDF = Buffer.from('%PDF-1.4 lab result').toString('base64');
const PNG = 'iVBORw0KGgo=';

let h: Harness;
/** The chat workload with Anthropic as its only destination: nothing to fall back to. */
let only: Harness;

beforeAll(async () => {
  // Attachments would make a request sensitive (issue 14 item 2); these tests pin translation, so they may leave.
  [h, only] = await Promise.all([
    startHarness({ edit: (cfg) => cfg.routes.forEach((r) => (r.attachments = 'allow')) }),
    startHarness({
      edit: (cfg) => {
        cfg.routes[1]!.default = ['claude'];
        cfg.routes[1]!.attachments = 'allow';
      },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([h.close(), only.close()]);
});
beforeEach(() => {
  for (const x of [h, only])
    for (const f of [x.local, x.gpt, x.claude]) {
      f.requests.length = 0;
      f.headers.length = 0;
      f.fault = 'none';
      f.toolCall = null;
      f.reply = 'Hello from the fake.';
      f.onRequest = null;
    }
});

const anthropicFor = (x: Harness, key: string): Anthropic => new Anthropic({ baseURL: x.url, apiKey: key, maxRetries: 0 });
const openaiFor = (x: Harness, key: string): OpenAI => new OpenAI({ baseURL: `${x.url}/v1`, apiKey: key, maxRetries: 0 });

// top_k is still an API parameter; this SDK version's types no longer list it.
const RICH: Anthropic.MessageCreateParamsNonStreaming & { top_k: number } = {
  model: 'claude-whatever',
  max_tokens: 4000,
  system: [{ type: 'text', text: 'You read lab reports.', cache_control: { type: 'ephemeral' } }],
  top_k: 20,
  metadata: { user_id: 'user-7' },
  thinking: { type: 'enabled', budget_tokens: 2048 },
  output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false } } },
  tools: [{ name: 'camera', description: 'take a photo', input_schema: { type: 'object', properties: {} } }],
  messages: [
    { role: 'user', content: [{ type: 'document', title: 'lab.pdf', source: { type: 'base64', media_type: 'application/pdf', data: PDF }, cache_control: { type: 'ephemeral' } }, { type: 'text', text: 'Is it fine?' }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'camera', input: {} }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', is_error: true, content: [{ type: 'text', text: 'lens cap on' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } }] }] },
  ],
};

describe('Anthropic inbound to an Anthropic upstream: nothing is lost', () => {
  it('sends the body as the caller wrote it (documents, cache_control, thinking, output_config, metadata, top_k, is_error, tool-result images) and forwards anthropic-beta', async () => {
    const res = await anthropicFor(h, CHAT_KEY).messages.create(RICH, { headers: { 'anthropic-beta': 'context-1m-2025-08-07' } }).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('claude');
    expect(h.claude.requests[0]).toEqual({ ...RICH, model: 'claude-test' });
    expect(h.claude.headers[0]?.['anthropic-beta']).toBe('context-1m-2025-08-07');
    // The upstream's own answer, with its cache-write count, goes back as sent.
    expect(res.data.usage).toMatchObject({ input_tokens: 12, output_tokens: 5, cache_creation_input_tokens: 0 });
  });

  it('streams the upstream events through and still holds message_stop until metered', async () => {
    const stream = anthropicFor(h, CHAT_KEY).messages.stream({ ...RICH, stream: true });
    const final = await stream.finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'Hello from the fake.' }]);
    expect(h.claude.requests[0]).toMatchObject({ stream: true, top_k: 20, thinking: { type: 'enabled', budget_tokens: 2048 } });
  });
});

describe('Anthropic inbound to an OpenAI-compatible upstream: translated field by field', () => {
  it('turns documents into file parts, thinking into reasoning effort, output_config into response_format, is_error into words and tool-result images into a user turn', async () => {
    const res = await anthropicFor(h, NOTES_KEY).messages.create(RICH).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('gpt');
    expect(res.response.headers.get('x-switchboard-translation')).toContain('cache_control: OpenAI-compatible upstreams cache prompt prefixes automatically');
    const sent = h.gpt.requests[0]!;
    expect(sent).toMatchObject({
      model: 'gpt-test',
      max_tokens: 4000,
      top_k: 20,
      user: 'user-7',
      reasoning_effort: 'low',
      response_format: { type: 'json_schema', json_schema: { name: 'output', strict: true, schema: { required: ['ok'] } } },
      tools: [{ type: 'function', function: { name: 'camera', description: 'take a photo' } }],
    });
    expect(sent.messages).toEqual([
      { role: 'system', content: 'You read lab reports.' },
      { role: 'user', content: [{ type: 'file', file: { filename: 'lab.pdf', file_data: `data:application/pdf;base64,${PDF}` } }, { type: 'text', text: 'Is it fine?' }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'camera', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'Error: lens cap on' },
      { role: 'user', content: [{ type: 'text', text: 'Attachments returned by tool call toolu_1:' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } }] },
    ]);
  });

  it('refuses with a 400 naming the field when no allowed destination can carry it, and sends nothing', async () => {
    const client = anthropicFor(h, NOTES_KEY);
    const err = await client.messages.create({ model: 'x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], container: 'cont_1' } as Anthropic.MessageCreateParamsNonStreaming).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as Error).message).toContain('container: has no equivalent in the OpenAI chat API');
    const beta = await client.messages.create({ model: 'x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'anthropic-beta': 'context-1m-2025-08-07' } }).catch((e: unknown) => e);
    expect((beta as Error).message).toMatch(/anthropic-beta: .*context-1m-2025-08-07.* turns on behaviour only Anthropic implements/);
    expect(h.gpt.requests).toHaveLength(0);
    expect(h.local.requests).toHaveLength(0);
    expect(h.store.records.at(-1)).toMatchObject({ status: 400, reason: 'refused.untranslatable', errorCode: 'invalid_request', destination: null });
  });
});

describe('OpenAI inbound to an Anthropic upstream', () => {
  it('structured output: .parse() with a zod schema gets output_config.format and a parsed answer', async () => {
    h.claude.reply = '{"city":"Oslo","celsius":3}';
    const Weather = z.object({ city: z.string(), celsius: z.number() });
    const res = await openaiFor(h, CHAT_KEY).chat.completions.parse({ model: 'x', messages: [{ role: 'user', content: 'Weather in Oslo?' }], response_format: zodResponseFormat(Weather, 'weather') });
    expect(res.choices[0]?.message.parsed).toEqual({ city: 'Oslo', celsius: 3 });
    expect(h.claude.requests[0]).toMatchObject({ output_config: { format: { type: 'json_schema', schema: { type: 'object', required: ['city', 'celsius'] } } } });
  });

  it('n = 3: three upstream calls, three choices, usage added up and metered once', async () => {
    const res = await openaiFor(h, CHAT_KEY).chat.completions.create({ model: 'x', n: 3, messages: [{ role: 'user', content: 'Name a colour.' }] }).withResponse();
    expect(res.data.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(res.data.usage).toMatchObject({ prompt_tokens: 36, completion_tokens: 15 });
    expect(h.claude.requests).toHaveLength(3);
    expect(h.claude.requests[0]).not.toHaveProperty('n');
    expect(res.response.headers.get('x-switchboard-translation')).toContain('n: 3 answers from 3 upstream requests');
    const rec = h.store.records.find((r) => r.id === res.response.headers.get('x-switchboard-request-id'));
    expect(rec).toMatchObject({ inputTokens: 36, outputTokens: 15, status: 200 });
  });

  it('n = 3 with a failing extra call: 502, and the answers that came back are still metered', async () => {
    h.claude.onRequest = (count) => {
      if (count === 2) h.claude.fault = '500';
    };
    const err = await openaiFor(h, CHAT_KEY)
      .chat.completions.create({ model: 'x', n: 3, messages: [{ role: 'user', content: 'Name a colour.' }] })
      .catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(502);
    expect(h.claude.requests).toHaveLength(3);
    expect(h.store.records.at(-1)).toMatchObject({ status: 502, errorCode: 'upstream_error', inputTokens: 12, outputTokens: 5 });
  });

  it('n = 2 streamed: two upstream streams, interleaved as choices 0 and 1, usage added up and metered once', async () => {
    const { data: stream, response } = await openaiFor(only, CHAT_KEY).chat.completions.create({ model: 'x', n: 2, stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'Name a colour.' }] }).withResponse();
    const text = ['', ''];
    const finish: (string | null)[] = [null, null];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      for (const c of chunk.choices) {
        text[c.index] = `${text[c.index] ?? ''}${c.delta.content ?? ''}`;
        finish[c.index] ??= c.finish_reason ?? null;
      }
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toEqual(['Hello from the fake.', 'Hello from the fake.']);
    expect(finish).toEqual(['stop', 'stop']);
    expect(usage).toMatchObject({ prompt_tokens: 24, completion_tokens: 10 });
    expect(only.claude.requests).toHaveLength(2);
    expect(only.claude.requests[0]).toMatchObject({ stream: true });
    expect(only.claude.requests[0]).not.toHaveProperty('n');
    expect(response.headers.get('x-switchboard-translation')).toContain('n: 2 answers from 2 upstream streams, interleaved by choice index');
    const rec = only.store.records.find((r) => r.id === response.headers.get('x-switchboard-request-id'));
    expect(rec).toMatchObject({ stream: true, status: 200, errorCode: null, inputTokens: 24, outputTokens: 10 });
  });

  it('n = 2 streamed with a refused extra stream: 502 before any byte, nothing half-served', async () => {
    only.claude.onRequest = (count) => {
      if (count === 2) only.claude.fault = '500';
    };
    const err = await openaiFor(only, CHAT_KEY)
      .chat.completions.create({ model: 'x', n: 2, stream: true, messages: [{ role: 'user', content: 'Name a colour.' }] })
      .catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(502);
    expect(only.store.records.at(-1)).toMatchObject({ stream: true, status: 502, errorCode: 'upstream_error' });
  });

  it('n = 2 streamed with one stream cut mid-way: the whole stream ends as a cut stream (recorded 502)', async () => {
    only.claude.reply = 'one two three four five';
    only.claude.onRequest = (count) => {
      if (count === 2) only.claude.fault = 'reset-mid-stream';
    };
    const res = await fetch(`${only.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CHAT_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'x', n: 2, stream: true, messages: [{ role: 'user', content: 'Count.' }] }),
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('upstream_reset');
    expect(body).not.toContain('[DONE]');
    expect(only.store.records.at(-1)).toMatchObject({ stream: true, status: 502, errorCode: 'upstream_reset' });
  });

  it('parallel_tool_calls: false becomes disable_parallel_tool_use; safety_identifier becomes metadata.user_id', async () => {
    h.claude.toolCall = { name: 'lookup', arguments: '{"id":7}' };
    await openaiFor(h, CHAT_KEY).chat.completions.create({ model: 'x', safety_identifier: 'u-9', parallel_tool_calls: false, tool_choice: 'auto', messages: [{ role: 'user', content: 'Find 7' }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] });
    expect(h.claude.requests[0]).toMatchObject({ tool_choice: { type: 'auto', disable_parallel_tool_use: true }, metadata: { user_id: 'u-9' } });
  });

  it.each([
    ['logprobs', { logprobs: true, top_logprobs: 2 }],
    ['seed', { seed: 42 }],
  ] as const)('%s: Anthropic cannot honour it, so the allowed self-hosted fallback serves it and says why', async (field, extra) => {
    const res = await openaiFor(h, CHAT_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }], ...extra } as OpenAI.ChatCompletionCreateParamsNonStreaming).withResponse();
    expect(res.response.headers.get('x-switchboard-destination')).toBe('local');
    expect(res.response.headers.get('x-switchboard-translation')).toContain(`claude skipped (${field}:`);
    expect(h.claude.requests).toHaveLength(0);
    expect(h.local.requests[0]).toMatchObject(extra);
  });

  it.each([
    ['logprobs', { logprobs: true }, 'Anthropic returns no log probabilities'],
    ['seed', { seed: 42 }, 'Anthropic has no seed'],
  ] as const)('%s with Anthropic as the only destination: a 400 naming the field, nothing sent', async (field, extra, why) => {
    const err = await openaiFor(only, CHAT_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }], ...extra } as OpenAI.ChatCompletionCreateParamsNonStreaming).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe(field);
    expect((err as Error).message).toContain(why);
    expect(only.claude.requests).toHaveLength(0);
  });
});
