import type { ServerResponse } from 'node:http';
import { startFake, type FakeUpstream } from './fake-upstream.js';

function usage(f: FakeUpstream) {
  return { prompt_tokens: f.usage.input, completion_tokens: f.usage.output, total_tokens: f.usage.input + f.usage.output, prompt_tokens_details: { cached_tokens: f.usage.cached } };
}

function words(text: string): string[] {
  return text.split(/(?<= )/);
}

async function handle(f: FakeUpstream, body: Record<string, unknown>, res: ServerResponse): Promise<void> {
  const model = String(body.model);
  const toolCalls = f.toolCall ? [{ id: 'call_1', type: 'function', function: f.toolCall }] : undefined;
  if (body.stream !== true) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion', created: 1, model, choices: [{ index: 0, message: { role: 'assistant', content: toolCalls ? null : f.reply, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: toolCalls ? 'tool_calls' : 'stop', logprobs: null }], usage: usage(f) }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const chunk = (delta: object, finish: string | null = null) => `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }));
  if (toolCalls && f.toolCall) {
    res.write(chunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: f.toolCall.name, arguments: '' } }] }));
    res.write(chunk({ tool_calls: [{ index: 0, function: { arguments: f.toolCall.arguments } }] }));
  } else {
    const parts = words(f.reply);
    for (const [i, w] of parts.entries()) {
      res.write(chunk({ content: w }));
      if (i === 0 && f.gate) await f.gate;
      if (f.fault === 'reset-mid-stream' && i === 1) {
        // Let the first chunks leave the socket (Node corks the first write) before the reset.
        await new Promise((r) => setTimeout(r, 30));
        res.socket?.destroy();
        return;
      }
    }
  }
  if (res.destroyed) return;
  res.write(chunk({}, toolCalls ? 'tool_calls' : 'stop'));
  const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
  if (includeUsage) res.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1, model, choices: [], usage: usage(f) })}\n\n`);
  res.end('data: [DONE]\n\n');
}

function embeddings(f: FakeUpstream, body: Record<string, unknown>, res: ServerResponse): void {
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  res.writeHead(200, { 'content-type': 'application/json' });
  // The official SDK asks for base64 (little-endian float32) by default.
  const vector = (index: number): number[] | string => (body.encoding_format === 'base64' ? Buffer.from(new Float32Array([0.25, -0.5, index]).buffer).toString('base64') : [0.25, -0.5, index]);
  res.end(JSON.stringify({ object: 'list', model: String(body.model), data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: vector(index) })), usage: { prompt_tokens: f.usage.input, total_tokens: f.usage.input } }));
}

function completions(f: FakeUpstream, body: Record<string, unknown>, res: ServerResponse): void {
  const model = String(body.model);
  if (body.stream !== true) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'cmpl-fake', object: 'text_completion', created: 1, model, choices: [{ index: 0, text: f.reply, finish_reason: 'stop', logprobs: null }], usage: usage(f) }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const w of words(f.reply)) res.write(`data: ${JSON.stringify({ id: 'cmpl-fake', object: 'text_completion', created: 1, model, choices: [{ index: 0, text: w, finish_reason: null, logprobs: null }] })}\n\n`);
  if ((body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true) res.write(`data: ${JSON.stringify({ id: 'cmpl-fake', object: 'text_completion', created: 1, model, choices: [], usage: usage(f) })}\n\n`);
  res.end('data: [DONE]\n\n');
}

/** OpenAI-compatible fake (vLLM-like): chat (JSON and SSE with a final usage chunk), embeddings, completions. */
export async function startFakeOpenAi(): Promise<FakeUpstream & { baseUrl: string }> {
  const f = await startFake('/v1/chat/completions', handle, { '/v1/embeddings': embeddings, '/v1/completions': completions });
  return Object.assign(f, { baseUrl: `${f.url}/v1` });
}
