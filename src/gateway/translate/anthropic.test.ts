import { describe, expect, it } from 'vitest';
import { SseParser } from '../sse.js';
import { anthropicToChat, betaRefusals } from './anthropic-to-chat.js';
import { chatToAnthropic } from './chat-to-anthropic.js';
import { anthropicToCompletion, completionToAnthropic } from './anthropic-response.js';
import { AnthropicToChunks, ChunksToAnthropic } from './anthropic-stream.js';

const PDF = 'JVBERi0xLjQK';

describe('OpenAI chat -> Anthropic Messages request', () => {
  it('moves system text out, merges same-role turns, maps tools, tool calls, tool results, images and files', () => {
    const out = chatToAnthropic(
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'text', text: 'Look:' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }, { type: 'file', file: { filename: 'a.pdf', file_data: `data:application/pdf;base64,${PDF}` } }] },
          { role: 'user', content: 'and this' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: 'result' },
        ],
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, strict: true } }],
        tool_choice: 'required',
        parallel_tool_calls: false,
        stop: 'END',
        temperature: 0.7,
        user: 'u-42',
        response_format: { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true } },
        reasoning_effort: 'minimal',
      },
      'claude-x',
    );
    expect(out).toEqual({
      ok: true,
      notes: ['max_tokens: Anthropic requires it; 4096 was sent'],
      value: {
        model: 'claude-x',
        max_tokens: 4096,
        system: 'Be brief.',
        temperature: 0.7,
        stop_sequences: ['END'],
        tools: [{ name: 'f', input_schema: { type: 'object' }, strict: true }],
        tool_choice: { type: 'any', disable_parallel_tool_use: true },
        metadata: { user_id: 'u-42' },
        output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: { a: { type: 'string' } } } }, effort: 'low' },
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Look:' },
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
              { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF }, title: 'a.pdf' },
              { type: 'text', text: 'and this' },
            ],
          },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1', name: 'f', input: { a: 1 } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: [{ type: 'text', text: 'result' }] }] },
        ],
      },
    });
  });

  it.each([
    [{ seed: 7 }, 'seed', 'no seed'],
    [{ logprobs: true }, 'logprobs', 'no log probabilities'],
    [{ top_logprobs: 3 }, 'top_logprobs', 'no log probabilities'],
    [{ temperature: 1.5 }, 'temperature', 'above 1'],
    [{ frequency_penalty: 0.5 }, 'frequency_penalty', 'no frequency penalty'],
    [{ logit_bias: { '50256': -100 } }, 'logit_bias', 'no logit bias'],
    [{ response_format: { type: 'json_object' } }, 'response_format.type', 'use json_schema'],
    [{ metadata: { team: 'a' } }, 'metadata', 'only a user id'],
    [{ store: true }, 'store', 'does not store'],
    [{ modalities: ['text', 'audio'] }, 'modalities', 'text only'],
    [{ prediction: { type: 'content', content: 'x' } }, 'prediction', 'no equivalent'],
    [{ messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AA', format: 'wav' } }] }] }, 'messages[0].content[0].type', '"input_audio" parts'],
    [{ messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }] }, 'messages[0].content[0].file', 'stored at OpenAI'],
    [{ messages: [{ role: 'user', name: 'ann', content: 'hi' }] }, 'messages[0].name', 'no equivalent'],
  ] as const)('refuses %j naming %s', (extra, field, why) => {
    const out = chatToAnthropic({ messages: [{ role: 'user', content: 'hi' }], ...extra } as never, 'claude-x');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.refusal.field).toBe(field);
    expect(out.refusal.why).toContain(why);
  });

  it('accepts the defaults clients send (seed null, logprobs false, n 1, penalties 0, text format)', () => {
    const out = chatToAnthropic({ messages: [{ role: 'user', content: 'hi' }], seed: null, logprobs: false, n: 1, frequency_penalty: 0, presence_penalty: 0, response_format: { type: 'text' }, stream_options: null } as never, 'c');
    expect(out.ok).toBe(true);
  });
});

describe('Anthropic Messages request (inbound) -> OpenAI chat', () => {
  it('keeps system, tool use, tool results and images', () => {
    const { chat, refusals } = anthropicToChat({
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
    expect(refusals).toEqual([]);
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

  it('carries documents, cache hints, thinking, output_config, metadata, top_k, is_error and tool-result images', () => {
    const t = anthropicToChat({
      max_tokens: 2000,
      system: [{ type: 'text', text: 'Sys', cache_control: { type: 'ephemeral' } }],
      top_k: 40,
      metadata: { user_id: 'u-1' },
      thinking: { type: 'enabled', budget_tokens: 8000 },
      output_config: { format: { type: 'json_schema', schema: { type: 'object' } } },
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      messages: [
        { role: 'user', content: [{ type: 'document', title: 'lab.pdf', source: { type: 'base64', media_type: 'application/pdf', data: PDF } }, { type: 'document', title: 'Note', source: { type: 'text', media_type: 'text/plain', data: 'plain words' } }] },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 'hmm', signature: 's' }, { type: 'tool_use', id: 't1', name: 'shot', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', is_error: true, content: [{ type: 'text', text: 'camera off' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'CC' } }] }] },
      ],
    });
    expect(t.refusals).toEqual([]);
    expect(t.notes).toEqual(['cache_control: OpenAI-compatible upstreams cache prompt prefixes automatically', 'thinking.budget_tokens: 8000 sent as reasoning_effort medium']);
    expect(t.chat).toEqual({
      max_tokens: 2000,
      top_k: 40,
      user: 'u-1',
      reasoning_effort: 'medium',
      parallel_tool_calls: false,
      tool_choice: 'auto',
      response_format: { type: 'json_schema', json_schema: { name: 'output', schema: { type: 'object' }, strict: true } },
      messages: [
        { role: 'system', content: 'Sys' },
        { role: 'user', content: [{ type: 'file', file: { filename: 'lab.pdf', file_data: `data:application/pdf;base64,${PDF}` } }, { type: 'text', text: 'Note\n\nplain words' }] },
        { role: 'assistant', content: null, reasoning_content: 'hmm', tool_calls: [{ id: 't1', type: 'function', function: { name: 'shot', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 't1', content: 'Error: camera off' },
        { role: 'user', content: [{ type: 'text', text: 'Attachments returned by tool call t1:' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,CC' } }] },
      ],
    });
  });

  it.each([
    [{ container: 'c1' }, 'container'],
    [{ mcp_servers: [] }, 'mcp_servers'],
    [{ tools: [{ type: 'web_search_20250305', name: 'web_search' }] }, 'tools[0].type'],
    [{ messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'url', url: 'https://x/a.pdf' } }] }] }, 'messages[0].content[0].source.type'],
    [{ messages: [{ role: 'user', content: [{ type: 'document', citations: { enabled: true }, source: { type: 'text', media_type: 'text/plain', data: 'x' } }] }] }, 'messages[0].content[0].citations'],
    [{ messages: [{ role: 'assistant', content: [{ type: 'redacted_thinking', data: 'xx' }] }] }, 'messages[0].content[0].type'],
    [{ output_config: { effort: 'max' } }, 'output_config.effort'],
  ] as const)('records %j as a refusal naming %s', (extra, field) => {
    const t = anthropicToChat({ max_tokens: 5, messages: [{ role: 'user', content: 'hi' }], ...extra } as never);
    expect(t.refusals.map((r) => r.field)).toEqual([field]);
  });

  it('judges beta headers: body-carried betas pass, behaviour-only betas are refused', () => {
    expect(betaRefusals(['prompt-caching-2024-07-31', 'structured-outputs-2025-11-13'])).toEqual([]);
    expect(betaRefusals(['context-1m-2025-08-07'])).toEqual([{ field: 'anthropic-beta', why: '"context-1m-2025-08-07" turns on behaviour only Anthropic implements' }]);
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

  it('carries reasoning both ways: thinking blocks and deltas <-> reasoning_content', () => {
    const msg = completionToAnthropic({ id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Yes.', reasoning_content: 'Check the units.' }, finish_reason: 'stop' }] }, { inputTokens: 5, outputTokens: 4, cachedInputTokens: 0 });
    expect(msg.content).toEqual([{ type: 'thinking', thinking: 'Check the units.', signature: '' }, { type: 'text', text: 'Yes.' }]);
    const { completion } = anthropicToCompletion({ id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'thinking', thinking: 'Hmm.', signature: 'sig' }, { type: 'text', text: 'Yes.' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 2 } }, 1);
    expect(completion.choices[0]?.message).toEqual({ role: 'assistant', content: 'Yes.', reasoning_content: 'Hmm.' });
    const up = new AnthropicToChunks(1);
    up.push({ type: 'message_start', message: { id: 'msg_1', model: 'm', usage: {} } });
    expect(up.push({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Hmm.' } })[0]?.choices[0]?.delta).toEqual({ reasoning_content: 'Hmm.' });
    const down = new ChunksToAnthropic('m');
    const base = { id: 'c1', object: 'chat.completion.chunk' as const, created: 1, model: 'm' };
    const out = down.push({ ...base, choices: [{ index: 0, delta: { reasoning_content: 'Hmm.' }, finish_reason: null }] }) + down.push({ ...base, choices: [{ index: 0, delta: { content: 'Yes.' }, finish_reason: 'stop' }] });
    const events = new SseParser().push(out).map((e) => JSON.parse(e.data) as Record<string, unknown>);
    expect(events.slice(1, 5)).toEqual([
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Hmm.' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
    ]);
  });

  it('an OpenAI refusal reaches Anthropic callers as a refusal stop with its text (JSON and stream)', () => {
    const msg = completionToAnthropic({ id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' }] }, { inputTokens: 5, outputTokens: 4, cachedInputTokens: 0 });
    expect(msg).toMatchObject({ stop_reason: 'refusal', content: [{ type: 'text', text: 'I cannot help with that.' }] });
    const enc = new ChunksToAnthropic('m');
    const out = enc.push({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { refusal: 'No.' }, finish_reason: 'stop' }] });
    expect(out + enc.finish({ inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 }).body).toContain('"stop_reason":"refusal"');
    expect(out).toContain('"text":"No."');
  });
});
