import type { ServerResponse } from 'node:http';
import { startFake, type FakeUpstream } from './fake-upstream.js';

function usage(f: FakeUpstream) {
  // Anthropic reports cache reads and writes apart from input_tokens.
  const written = f.usage.cacheWrite ?? 0;
  const oneHour = f.usage.cacheWrite1h ?? 0;
  return {
    input_tokens: f.usage.input - f.usage.cached - written,
    output_tokens: f.usage.output,
    cache_read_input_tokens: f.usage.cached,
    cache_creation_input_tokens: written,
    cache_creation: { ephemeral_5m_input_tokens: written - oneHour, ephemeral_1h_input_tokens: oneHour },
  };
}

async function handle(f: FakeUpstream, body: Record<string, unknown>, res: ServerResponse): Promise<void> {
  const model = String(body.model);
  const content = f.toolCall ? [{ type: 'tool_use', id: 'toolu_1', name: f.toolCall.name, input: JSON.parse(f.toolCall.arguments) as unknown }] : [{ type: 'text', text: f.reply }];
  const stop = f.toolCall ? 'tool_use' : 'end_turn';
  if (body.stream !== true) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'msg_fake', type: 'message', role: 'assistant', model, content, stop_reason: stop, stop_sequence: null, usage: usage(f) }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const ev = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  const u = usage(f);
  ev('message_start', { message: { id: 'msg_fake', type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...u, output_tokens: 1 } } });
  if (f.toolCall) {
    ev('content_block_start', { index: 0, content_block: { type: 'tool_use', id: 'toolu_1', name: f.toolCall.name, input: {} } });
    ev('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: f.toolCall.arguments } });
  } else {
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    for (const [i, w] of f.reply.split(/(?<= )/).entries()) {
      ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: w } });
      if (f.fault === 'reset-mid-stream' && i === 1) {
        await new Promise((r) => setTimeout(r, 30));
        res.socket?.destroy();
        return;
      }
    }
  }
  if (res.destroyed) return;
  ev('content_block_stop', { index: 0 });
  ev('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: u.output_tokens } });
  ev('message_stop', {});
  res.end();
}

/** Anthropic Messages fake: `/v1/messages`, JSON and SSE with usage split across message_start and message_delta. */
export async function startFakeAnthropic(): Promise<FakeUpstream & { baseUrl: string }> {
  const f = await startFake('/v1/messages', handle, {
    '/v1/messages/count_tokens': (fake, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ input_tokens: fake.usage.input }));
    },
  });
  return Object.assign(f, { baseUrl: `${f.url}/v1` });
}
