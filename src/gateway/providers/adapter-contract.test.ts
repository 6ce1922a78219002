import { describe, expect, it } from 'vitest';
import type { Destination } from '../../core/routing/index.js';
import { SseParser } from '../sse.js';
import type { ChatChunk, ChatRequest } from '../wire/openai.js';
import { PROVIDERS } from './index.js';
import type { ProviderAdapter } from './types.js';

/** Recorded-shape fixtures per provider; every adapter must pass the same suite. */
interface Fixture {
  path: string;
  response: unknown;
  sse: string;
  error: unknown;
  keyHeader: [string, string];
}

const FIXTURES: Record<(typeof PROVIDERS)[number]['id'], Fixture> = {
  'openai-compatible': {
    path: '/chat/completions',
    keyHeader: ['authorization', 'Bearer sk-up'],
    response: { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Hello world' }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17, prompt_tokens_details: { cached_tokens: 4 } } },
    sse: [
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}',
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}],"usage":null}',
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":" world"},"finish_reason":null}]}',
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17,"prompt_tokens_details":{"cached_tokens":4}}}',
      '[DONE]',
    ]
      .map((d) => `data: ${d}\r\n\r\n`)
      .join(''),
    error: { error: { message: 'bad model', type: 'invalid_request_error' } },
  },
  anthropic: {
    path: '/messages',
    keyHeader: ['x-api-key', 'sk-up'],
    response: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: 'Hello world' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 8, output_tokens: 5, cache_read_input_tokens: 4, cache_creation_input_tokens: 0 } },
    sse: ([
      ['message_start', { type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [], usage: { input_tokens: 8, output_tokens: 1, cache_read_input_tokens: 4 } } }],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
      ['ping', { type: 'ping' }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hello' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: ' world' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 5 } }],
      ['message_stop', { type: 'message_stop' }],
    ] as [string, object][])
      .map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`)
      .join(''),
    error: { type: 'error', error: { type: 'invalid_request_error', message: 'bad model' } },
  },
};

const chat: ChatRequest = { model: 'caller-model', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], max_tokens: 50 };

function destination(a: ProviderAdapter): Destination {
  return { kind: 'third-party', api: a.api, baseUrl: 'https://api.example.com/v1/', model: 'upstream-model', baa: false, zeroDataRetention: false, allowPrivateNetwork: false, timeoutMs: 1000, attemptDeadlineMs: 1000, maxStreamMs: 1000, maxResponseBytes: 1 << 20, maxRetries: 0 };
}

describe.each(PROVIDERS.map((p) => [p.id, p] as const))('provider adapter contract: %s', (id, adapter) => {
  const f = FIXTURES[id];

  it('builds the upstream request: its path, its model (the inbound one is only a hint), the key from env', () => {
    const req = adapter.buildRequest({ chat, destination: destination(adapter), apiKey: 'sk-up', stream: false });
    expect(req.url).toBe(`https://api.example.com/v1${f.path}`);
    expect(req.headers[f.keyHeader[0]]).toBe(f.keyHeader[1]);
    const body = JSON.parse(req.body) as Record<string, unknown>;
    expect(body.model).toBe('upstream-model');
    expect(JSON.stringify(body)).toContain('Be brief.');
  });

  it('asks a streaming upstream for usage', () => {
    const body = JSON.parse(adapter.buildRequest({ chat, destination: destination(adapter), apiKey: undefined, stream: true }).body) as Record<string, unknown>;
    expect(body.stream).toBe(true);
    // OpenAI-compatible servers send usage only when asked; Anthropic always sends it in message_start/message_delta.
    if (adapter.api === 'openai') expect(body.stream_options).toEqual({ include_usage: true });
  });

  it('parses a response into the canonical completion with usage (input includes cached)', () => {
    const { completion, usage } = adapter.parseResponse(f.response, 1);
    expect(completion.choices[0]?.message.content).toBe('Hello world');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(usage).toEqual({ inputTokens: 12, outputTokens: 5, cachedInputTokens: 4 });
  });

  it('decodes a stream into canonical chunks and the final usage', () => {
    const decoder = adapter.streamDecoder(1);
    const parser = new SseParser();
    let text = '';
    let finish: string | null = null;
    // Feed in awkward slices, as TCP would.
    for (let i = 0; i < f.sse.length; i += 7) {
      for (const ev of parser.push(f.sse.slice(i, i + 7))) {
        for (const piece of decoder.push(ev)) {
          if (piece.chunk === null && piece.raw === null) continue;
          const chunk: ChatChunk = piece.chunk ?? (JSON.parse(piece.raw!) as ChatChunk);
          text += chunk.choices[0]?.delta.content ?? '';
          finish ??= chunk.choices[0]?.finish_reason ?? null;
        }
      }
    }
    expect(text).toBe('Hello world');
    expect(finish).toBe('stop');
    expect(decoder.done).toBe(true);
    expect(decoder.usage()).toEqual({ inputTokens: 12, outputTokens: 5, cachedInputTokens: 4 });
  });

  it('extracts the upstream error message', () => {
    expect(adapter.errorMessage(f.error)).toBe('bad model');
    expect(adapter.errorMessage({})).toBeUndefined();
  });
});
