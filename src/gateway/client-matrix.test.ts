import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { embed, generateObject, generateText, Output, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHAT_KEY, NOTES_KEY, startHarness, type Harness } from './test-support/harness.js';

/**
 * The client matrix (docs/gateway.md): real clients × chat, stream, tools, structured output, embeddings,
 * responses. OpenAI-format clients use the `chat` key, whose first destination is an Anthropic upstream;
 * Anthropic-format clients use the `notes` key, whose first destination is an OpenAI upstream, so every cell
 * crosses a translation. Embeddings go to the OpenAI upstream (`notes`).
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  for (const f of [h.local, h.gpt, h.claude]) {
    f.requests.length = 0;
    f.paths.length = 0;
    f.fault = 'none';
    f.toolCall = null;
    f.reply = 'Hello from the fake.';
  }
  h.store.records.length = 0;
});

const WEATHER = z.object({ city: z.string(), celsius: z.number() });
const WEATHER_JSON = '{"city":"Oslo","celsius":3}';
const REPLY = 'Hello from the fake.';
/** Every cell ends with one metered record for the destination it reached. */
const metered = (destination: string): void => {
  expect(h.store.records.at(-1)).toMatchObject({ destination, status: 200, errorCode: null });
};

describe('official openai client', () => {
  const client = (key = CHAT_KEY): OpenAI => new OpenAI({ baseURL: `${h.url}/v1`, apiKey: key, maxRetries: 0 });

  it('chat', async () => {
    const res = await client().chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] });
    expect(res.choices[0]?.message.content).toBe(REPLY);
    metered('claude');
  });
  it('stream', async () => {
    let text = '';
    for await (const c of await client().chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hi' }], stream: true })) text += c.choices[0]?.delta.content ?? '';
    expect(text).toBe(REPLY);
    metered('claude');
  });
  it('tools', async () => {
    h.claude.toolCall = { name: 'weather', arguments: '{"city":"Oslo"}' };
    const res = await client().chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Weather?' }], tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }] });
    expect(res.choices[0]?.message.tool_calls?.[0]).toMatchObject({ type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } });
  });
  it('structured output', async () => {
    h.claude.reply = WEATHER_JSON;
    const res = await client().chat.completions.parse({ model: 'x', messages: [{ role: 'user', content: 'Weather?' }], response_format: zodResponseFormat(WEATHER, 'weather') });
    expect(res.choices[0]?.message.parsed).toEqual({ city: 'Oslo', celsius: 3 });
  });
  it('embeddings', async () => {
    const res = await client(NOTES_KEY).embeddings.create({ model: 'e', input: 'alpha' });
    expect(res.data[0]?.embedding).toEqual([0.25, -0.5, 0]);
    metered('gpt');
  });
  it('responses', async () => {
    const res = await client().responses.create({ model: 'x', input: 'Hi' });
    expect(res.output_text).toBe(REPLY);
    const stream = client().responses.stream({ model: 'x', input: 'Hi' });
    expect((await stream.finalResponse()).output_text).toBe(REPLY);
    metered('claude');
  });
});

describe('official @anthropic-ai/sdk client', () => {
  const client = (): Anthropic => new Anthropic({ baseURL: h.url, apiKey: NOTES_KEY, maxRetries: 0 });
  const text = (m: Anthropic.Message): string => m.content.map((b) => (b.type === 'text' ? b.text : '')).join('');

  it('chat', async () => {
    expect(text(await client().messages.create({ model: 'x', max_tokens: 50, messages: [{ role: 'user', content: 'Hi' }] }))).toBe(REPLY);
    metered('gpt');
  });
  it('stream', async () => {
    const final = await client().messages.stream({ model: 'x', max_tokens: 50, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(text(final)).toBe(REPLY);
    metered('gpt');
  });
  it('tools', async () => {
    h.gpt.toolCall = { name: 'weather', arguments: '{"city":"Oslo"}' };
    const res = await client().messages.create({ model: 'x', max_tokens: 50, messages: [{ role: 'user', content: 'Weather?' }], tools: [{ name: 'weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }] });
    expect(res.stop_reason).toBe('tool_use');
    expect(res.content[0]).toMatchObject({ type: 'tool_use', name: 'weather', input: { city: 'Oslo' } });
  });
  it('structured output', async () => {
    h.gpt.reply = WEATHER_JSON;
    const res = await client().messages.parse({ model: 'x', max_tokens: 50, messages: [{ role: 'user', content: 'Weather?' }], output_config: { format: zodOutputFormat(WEATHER) } });
    expect(res.parsed_output).toEqual({ city: 'Oslo', celsius: 3 });
    expect(h.gpt.requests[0]).toMatchObject({ response_format: { type: 'json_schema' } });
  });
  it('count_tokens (Anthropic has no embeddings or responses API)', async () => {
    const res = await new Anthropic({ baseURL: h.url, apiKey: CHAT_KEY, maxRetries: 0 }).messages.countTokens({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] });
    expect(res.input_tokens).toBe(12);
  });
});

describe('Vercel AI SDK, @ai-sdk/openai', () => {
  const provider = (key = CHAT_KEY) => createOpenAI({ baseURL: `${h.url}/v1`, apiKey: key });

  it('chat', async () => {
    const res = await generateText({ model: provider().chat('x'), prompt: 'Hi', maxRetries: 0 });
    expect(res.text).toBe(REPLY);
    expect(res.usage).toMatchObject({ inputTokens: 12, outputTokens: 5 });
    metered('claude');
  });
  it('stream', async () => {
    const res = streamText({ model: provider().chat('x'), prompt: 'Hi', maxRetries: 0 });
    expect(await res.text).toBe(REPLY);
    metered('claude');
  });
  it('tools', async () => {
    h.claude.toolCall = { name: 'weather', arguments: '{"city":"Oslo"}' };
    const res = await generateText({ model: provider().chat('x'), prompt: 'Weather?', maxRetries: 0, tools: { weather: tool({ inputSchema: z.object({ city: z.string() }) }) } });
    expect(res.toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
  });
  it('structured output (generateText with Output.object, and generateObject, on the Responses API by default)', async () => {
    h.claude.reply = WEATHER_JSON;
    const res = await generateText({ model: provider()('x'), output: Output.object({ schema: WEATHER }), prompt: 'Weather?', maxRetries: 0 });
    expect(res.output).toEqual({ city: 'Oslo', celsius: 3 });
    expect(h.claude.requests[0]).toMatchObject({ output_config: { format: { type: 'json_schema' } } });
    // Deprecated in AI SDK 6 but what most code still calls.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    expect((await generateObject({ model: provider()('x'), schema: WEATHER, prompt: 'Weather?', maxRetries: 0 })).object).toEqual({ city: 'Oslo', celsius: 3 });
  });
  it('embeddings', async () => {
    const res = await embed({ model: provider(NOTES_KEY).embedding('e'), value: 'alpha', maxRetries: 0 });
    expect(res.embedding).toEqual([0.25, -0.5, 0]);
    metered('gpt');
  });
  it('responses (the default model, generateText and streamText)', async () => {
    expect((await generateText({ model: provider()('x'), prompt: 'Hi', maxRetries: 0 })).text).toBe(REPLY);
    expect(await streamText({ model: provider()('x'), prompt: 'Hi', maxRetries: 0 }).text).toBe(REPLY);
    metered('claude');
  });
  it('responses, multi-turn: stateless, so the SDK must send items (store: false) rather than item references', async () => {
    const first = await generateText({ model: provider()('x'), prompt: 'Hi', maxRetries: 0 });
    const messages = [{ role: 'user' as const, content: 'Hi' }, ...first.response.messages, { role: 'user' as const, content: 'Again' }];
    // By default the SDK refers back to the previous answer by id, which a stateless gateway cannot resolve.
    await expect(generateText({ model: provider()('x'), messages, maxRetries: 0 })).rejects.toThrow(/item_reference|stateless/);
    // A reasoning-model id also makes the SDK ask for encrypted reasoning, which is accepted (there is none).
    const second = await generateText({ model: provider()('gpt-5'), messages, maxRetries: 0, providerOptions: { openai: { store: false } } });
    expect(second.text).toBe(REPLY);
    expect(h.claude.requests.at(-1)).toMatchObject({ messages: [{ role: 'user' }, { role: 'assistant', content: [{ type: 'text', text: REPLY }] }, { role: 'user' }] });
  });
});

describe('Vercel AI SDK, @ai-sdk/anthropic', () => {
  const provider = () => createAnthropic({ baseURL: `${h.url}/v1`, apiKey: NOTES_KEY });

  it('chat', async () => {
    expect((await generateText({ model: provider()('claude-x'), prompt: 'Hi', maxRetries: 0 })).text).toBe(REPLY);
    metered('gpt');
  });
  it('stream', async () => {
    expect(await streamText({ model: provider()('claude-x'), prompt: 'Hi', maxRetries: 0 }).text).toBe(REPLY);
    metered('gpt');
  });
  it('tools', async () => {
    h.gpt.toolCall = { name: 'weather', arguments: '{"city":"Oslo"}' };
    const res = await generateText({ model: provider()('claude-x'), prompt: 'Weather?', maxRetries: 0, tools: { weather: tool({ inputSchema: z.object({ city: z.string() }) }) } });
    expect(res.toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
  });
  it('structured output (generateText with Output.object, and generateObject)', async () => {
    h.gpt.reply = WEATHER_JSON;
    const out = await generateText({ model: provider()('claude-x'), output: Output.object({ schema: WEATHER }), prompt: 'Weather?', maxRetries: 0 });
    expect(out.output).toEqual({ city: 'Oslo', celsius: 3 });
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const res = await generateObject({ model: provider()('claude-x'), schema: WEATHER, prompt: 'Weather?', maxRetries: 0 });
    expect(h.gpt.requests[0]).toMatchObject({ response_format: { type: 'json_schema', json_schema: { strict: true, schema: { required: ['city', 'celsius'] } } } });
    expect(res.object).toEqual({ city: 'Oslo', celsius: 3 });
  });
});

describe('LangChain, @langchain/openai', () => {
  const chat = (extra: Partial<ConstructorParameters<typeof ChatOpenAI>[0]> = {}): ChatOpenAI => new ChatOpenAI({ model: 'x', apiKey: CHAT_KEY, configuration: { baseURL: `${h.url}/v1` }, maxRetries: 0, ...extra });

  it('chat', async () => {
    const res = await chat().invoke('Hi');
    expect(res.content).toBe(REPLY);
    metered('claude');
  });
  it('stream', async () => {
    let text = '';
    for await (const c of await chat().stream('Hi')) text += typeof c.content === 'string' ? c.content : '';
    expect(text).toBe(REPLY);
    metered('claude');
  });
  it('tools', async () => {
    h.claude.toolCall = { name: 'weather', arguments: '{"city":"Oslo"}' };
    const res = await chat()
      .bindTools([{ type: 'function', function: { name: 'weather', description: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }])
      .invoke('Weather?');
    expect(res.tool_calls?.[0]).toMatchObject({ name: 'weather', args: { city: 'Oslo' } });
  });
  it('structured output (withStructuredOutput)', async () => {
    h.claude.reply = WEATHER_JSON;
    h.claude.toolCall = null;
    const res = await chat().withStructuredOutput(WEATHER, { name: 'weather' }).invoke('Weather?');
    expect(res).toEqual({ city: 'Oslo', celsius: 3 });
  });
  it('embeddings', async () => {
    const res = await new OpenAIEmbeddings({ model: 'e', apiKey: NOTES_KEY, configuration: { baseURL: `${h.url}/v1` }, maxRetries: 0 }).embedQuery('alpha');
    expect(res).toEqual([0.25, -0.5, 0]);
    metered('gpt');
  });
  it('responses (useResponsesApi)', async () => {
    const res = await chat({ useResponsesApi: true }).invoke('Hi');
    expect(res.text).toBe(REPLY);
    metered('claude');
  });
});
