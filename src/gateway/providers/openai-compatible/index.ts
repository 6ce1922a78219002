import type { Destination } from '../../../core/routing/index.js';
import { countTokens } from 'gpt-tokenizer';
import type { ChatChunk, ChatCompletion, ChatRequest, ChatUsage } from '../../wire/openai.js';
import { NO_USAGE, usageFromOpenAi } from '../../translate/usage.js';
import { joinUrl, type Prepared, type ProviderAdapter, type StreamDecoder, type StreamPiece, type UpstreamRequest } from '../types.js';
import type { MeteredUsage } from '../../../core/routing/index.js';

const USAGE_RE = /"usage"\s*:\s*\{/;

class OpenAiStreamDecoder implements StreamDecoder {
  done = false;
  private metered: MeteredUsage = NO_USAGE;

  push(event: { data: string }): StreamPiece[] {
    const data = event.data;
    if (data === '[DONE]') {
      this.done = true;
      return [];
    }
    if (data.startsWith('{"error"')) throw new Error('upstream stream error event');
    // Parse only the chunk that carries usage; everything else is forwarded as the upstream sent it.
    if (!USAGE_RE.test(data)) return [{ raw: data, chunk: null, usageOnly: false }];
    const chunk = JSON.parse(data) as ChatChunk;
    this.metered = usageFromOpenAi(chunk.usage);
    return [{ raw: data, chunk, usageOnly: chunk.choices.length === 0 }];
  }

  usage(): MeteredUsage {
    return this.metered;
  }
}

function build(chat: ChatRequest, destination: Destination, apiKey: string | undefined, stream: boolean): UpstreamRequest {
  const body = stream ? { ...chat, model: destination.model, stream: true, stream_options: { ...(chat.stream_options ?? {}), include_usage: true } } : { ...chat, model: destination.model };
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: stream ? 'text/event-stream' : 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  return { url: joinUrl(destination.baseUrl, '/chat/completions'), headers, body: JSON.stringify(body) };
}

function unary(path: string, body: Record<string, unknown>, destination: Destination, apiKey: string | undefined, stream = false): UpstreamRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: stream ? 'text/event-stream' : 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  return { url: joinUrl(destination.baseUrl, path), headers, body: JSON.stringify(body) };
}

/** Tokens of every text in a Messages body (system, messages, tools), with the o200k encoding. */
function estimateTokens(body: Record<string, unknown>): number {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'data' && k !== 'cache_control') walk(x);
  };
  walk([body.system, body.messages, body.tools]);
  return countTokens(texts.join('\n'));
}

/** vLLM, Ollama, llama.cpp server, TGI and OpenAI itself: one OpenAI-compatible adapter. */
export const openAiCompatible = {
  id: 'openai-compatible' as const,
  api: 'openai' as const,
  wire: 'openai' as const,
  prepare({ inbound, destination, apiKey, stream }): Prepared {
    switch (inbound.endpoint) {
      case 'chat': {
        // OpenAI callers pass through (unknown fields too: the upstream judges them); others only when nothing was lost.
        const [refusal] = inbound.refusals;
        if (refusal) return { ok: false, refusal };
        return { ok: true, request: build(inbound.chat, destination, apiKey, stream), notes: [...inbound.notes], calls: 1 };
      }
      case 'embeddings':
        return { ok: true, request: unary('/embeddings', { ...inbound.body, model: destination.model }, destination, apiKey), notes: [], calls: 1 };
      case 'completions': {
        const body = { ...inbound.body, model: destination.model, ...(stream ? { stream: true, stream_options: { ...((inbound.body.stream_options as object | undefined) ?? {}), include_usage: true } } : {}) };
        return { ok: true, request: unary('/completions', body, destination, apiKey, stream), notes: [], calls: 1 };
      }
      case 'count_tokens':
        // No such endpoint on OpenAI-compatible servers: counted here, so the text goes nowhere.
        return { ok: true, request: unary('/count_tokens', {}, destination, apiKey), notes: ['count_tokens: estimated by the gateway with the o200k tokenizer; the model\'s own tokenizer may differ'], calls: 1, local: { input_tokens: estimateTokens(inbound.body) } };
    }
  },
  buildRequest: ({ chat, destination, apiKey, stream }) => build(chat, destination, apiKey, stream),
  unaryUsage: (json) => usageFromOpenAi((json as { usage?: ChatUsage } | null)?.usage),
  parseResponse(json) {
    const completion = json as ChatCompletion;
    if (!Array.isArray(completion.choices)) throw new Error('upstream response has no choices');
    return { completion, usage: usageFromOpenAi(completion.usage) };
  },
  streamDecoder: () => new OpenAiStreamDecoder(),
  errorMessage(json) {
    const e = (json as { error?: { message?: unknown } } | null)?.error;
    return typeof e?.message === 'string' ? e.message : undefined;
  },
} satisfies ProviderAdapter;
