import type { Destination } from '../../../core/routing/index.js';
import type { ChatChunk, ChatCompletion, ChatRequest } from '../../wire/openai.js';
import { NO_USAGE, usageFromOpenAi } from '../../translate/usage.js';
import { joinUrl, type ProviderAdapter, type StreamDecoder, type StreamPiece, type UpstreamRequest } from '../types.js';
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

/** vLLM, Ollama, llama.cpp server, TGI and OpenAI itself: one OpenAI-compatible adapter. */
export const openAiCompatible = {
  id: 'openai-compatible' as const,
  api: 'openai' as const,
  wire: 'openai' as const,
  prepare({ inbound, destination, apiKey, stream }) {
    // OpenAI callers pass through (unknown fields too: the upstream judges them); others only when nothing was lost.
    const [refusal] = inbound.refusals;
    if (refusal) return { ok: false, refusal };
    return { ok: true, request: build(inbound.chat, destination, apiKey, stream), notes: [...inbound.notes], calls: 1 };
  },
  buildRequest: ({ chat, destination, apiKey, stream }) => build(chat, destination, apiKey, stream),
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
