import { describe, expect, it } from 'vitest';
import { SseParser } from '../sse.js';
import { completionToResponse, responsesToChat } from './responses.js';
import { ChunksToResponses } from './responses-stream.js';

describe('Responses request -> canonical chat', () => {
  it('turns instructions, messages, function calls and outputs, tools, text.format and reasoning into chat', () => {
    const t = responsesToChat({
      model: 'm',
      instructions: 'Be brief.',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'Look' }, { type: 'input_image', image_url: 'data:image/png;base64,AA' }, { type: 'input_file', filename: 'a.pdf', file_data: 'data:application/pdf;base64,JV' }] },
        { type: 'message', role: 'assistant', id: 'msg_1', content: [{ type: 'output_text', text: 'Checking.' }] },
        { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{"a":1}' },
        { type: 'function_call', call_id: 'c2', name: 'g', arguments: '{}' },
        { type: 'function_call_output', call_id: 'c1', output: 'one' },
        { type: 'function_call_output', call_id: 'c2', output: [{ type: 'input_text', text: 'two' }] },
      ],
      tools: [{ type: 'function', name: 'f', parameters: { type: 'object' }, strict: true }],
      tool_choice: { type: 'function', name: 'f' },
      text: { format: { type: 'json_schema', name: 'out', schema: { type: 'object' }, strict: true } },
      reasoning: { effort: 'low' },
      max_output_tokens: 99,
      parallel_tool_calls: false,
    });
    expect(t.refusals).toEqual([]);
    expect(t.chat).toEqual({
      model: 'm',
      max_completion_tokens: 99,
      parallel_tool_calls: false,
      reasoning_effort: 'low',
      response_format: { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' }, strict: true } },
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, strict: true } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AA' } }, { type: 'file', file: { file_data: 'data:application/pdf;base64,JV', filename: 'a.pdf' } }] },
        {
          role: 'assistant',
          content: 'Checking.',
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } },
            { id: 'c2', type: 'function', function: { name: 'g', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'one' },
        { role: 'tool', tool_call_id: 'c2', content: 'two' },
      ],
    });
  });

  it.each([
    [{ previous_response_id: 'resp_1' }, 'previous_response_id'],
    [{ conversation: 'conv_1' }, 'conversation'],
    [{ store: true }, 'store'],
    [{ background: true }, 'background'],
    [{ truncation: 'auto' }, 'truncation'],
    [{ include: ['file_search_call.results'] }, 'include'],
    [{ tools: [{ type: 'web_search' }] }, 'tools[0].type'],
    [{ input: [{ type: 'item_reference', id: 'msg_1' }] }, 'input[0].type'],
    [{ input: [{ role: 'user', content: [{ type: 'input_file', file_id: 'file-1' }] }] }, 'input[0].content[0].file_id'],
  ] as const)('refuses %j naming %s', (extra, field) => {
    const t = responsesToChat({ input: 'hi', ...extra } as never);
    expect(t.refusals.map((r) => r.field)).toEqual([field]);
  });

  it('accepts store: false and include reasoning.encrypted_content with a note', () => {
    const t = responsesToChat({ input: 'hi', store: false, include: ['reasoning.encrypted_content'] });
    expect(t.refusals).toEqual([]);
    expect(t.notes).toEqual(['include: reasoning.encrypted_content: the upstream returns no encrypted reasoning']);
  });
});

describe('canonical -> Responses answer and stream', () => {
  it('a length stop is an incomplete response with the reason', () => {
    const r = completionToResponse({ id: 'chatcmpl-1', object: 'chat.completion', created: 5, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Hal' }, finish_reason: 'length' }] }, { inputTokens: 10, outputTokens: 3, cachedInputTokens: 4 }, '1');
    expect(r).toMatchObject({ id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, store: false, output: [{ type: 'message', content: [{ type: 'output_text', text: 'Hal' }] }], usage: { input_tokens: 10, input_tokens_details: { cached_tokens: 4 }, output_tokens: 3, total_tokens: 13 } });
  });

  it('emits created, item, delta and done events in order, numbered, holding completed back', () => {
    const enc = new ChunksToResponses('r1', 'm', 5);
    const base = { id: 'c', object: 'chat.completion.chunk' as const, created: 5, model: 'm' };
    let out = enc.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' }, finish_reason: null }] });
    out += enc.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a"' } }] }, finish_reason: null }] });
    out += enc.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }, finish_reason: 'tool_calls' }] });
    const fin = enc.finishWith({ inputTokens: 3, outputTokens: 2, cachedInputTokens: 0 });
    const events = new SseParser().push(out + fin.body + fin.terminal).map((e) => JSON.parse(e.data) as { type: string; sequence_number: number; response?: { output: unknown[] } });
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(events.at(-1)?.response?.output).toEqual([expect.objectContaining({ type: 'message' }), expect.objectContaining({ type: 'function_call', call_id: 'call_1', arguments: '{"a":1}' })]);
  });
});
