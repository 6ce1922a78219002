import { describe, expect, it } from 'vitest';
import { SseParser } from '../sse.js';
import { anthropicToChatRequest, chatToAnthropicRequest } from './anthropic-request.js';
import { completionToAnthropic } from './anthropic-response.js';
import { ChunksToAnthropic } from './anthropic-stream.js';

describe('OpenAI chat -> Anthropic Messages request', () => {
  it('moves system text out, merges same-role turns, maps tools, tool calls, tool results and images', () => {
    const out = chatToAnthropicRequest(
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'text', text: 'Look:' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] },
          { role: 'user', content: 'and this' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: 'result' },
        ],
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
        tool_choice: 'required',
        stop: 'END',
        temperature: 1.5,
      },
      'claude-x',
    );
    expect(out).toEqual({
      model: 'claude-x',
      max_tokens: 4096,
      system: 'Be brief.',
      temperature: 1,
      stop_sequences: ['END'],
      tools: [{ name: 'f', description: undefined, input_schema: { type: 'object' } }],
      tool_choice: { type: 'any' },
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Look:' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } }, { type: 'text', text: 'and this' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1', name: 'f', input: { a: 1 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: 'result' }] },
      ],
    });
  });
});

describe('Anthropic Messages request (inbound) -> OpenAI chat', () => {
  it('keeps system, tool use, tool results and images', () => {
    const chat = anthropicToChatRequest({
      model: 'claude',
      max_tokens: 10,
      system: [{ type: 'text', text: 'Sys' }],
      messages: [
        { role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: 'BB' } }, { type: 'text', text: 'hi' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'f', input: { q: 'x' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: 'ok' }] }] },
      ],
      tool_choice: { type: 'tool', name: 'f' },
      stream: true,
    });
    expect(chat).toMatchObject({
      model: 'claude',
      max_tokens: 10,
      stream: true,
      tool_choice: { type: 'function', function: { name: 'f' } },
      messages: [
        { role: 'system', content: 'Sys' },
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/jpeg;base64,BB' } }, { type: 'text', text: 'hi' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{"q":"x"}' } }] },
        { role: 'tool', tool_call_id: 't1', content: 'ok' },
      ],
    });
  });
});

describe('canonical -> Anthropic response and stream', () => {
  it('splits cached input back out of input_tokens', () => {
    const msg = completionToAnthropic({ id: 'chatcmpl-9', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'hey' }, finish_reason: 'length' }] }, { inputTokens: 100, outputTokens: 7, cachedInputTokens: 60 });
    expect(msg).toMatchObject({ id: 'msg_9', stop_reason: 'max_tokens', content: [{ type: 'text', text: 'hey' }], usage: { input_tokens: 40, cache_read_input_tokens: 60, output_tokens: 7 } });
  });

  it('emits a well-formed event sequence for text then a tool call, holding message_stop back', () => {
    const enc = new ChunksToAnthropic('m');
    const base = { id: 'c1', object: 'chat.completion.chunk' as const, created: 1, model: 'm' };
    let out = enc.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' }, finish_reason: null }] });
    out += enc.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } }] }, finish_reason: null }] });
    out += enc.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{"a":1}' } }] }, finish_reason: 'tool_calls' }] });
    const fin = enc.finish({ inputTokens: 10, outputTokens: 3, cachedInputTokens: 0 });
    const events = new SseParser().push(out + fin.body).map((e) => e.event);
    expect(events).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta']);
    expect(fin.body).toContain('"stop_reason":"tool_use"');
    expect(fin.terminal).toBe('event: message_stop\ndata: {"type":"message_stop"}\n\n');
  });
});
