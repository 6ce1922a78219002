import type { Destination } from '../../../core/routing/index.js';
import type { AnthropicMessage } from '../../wire/anthropic.js';
import type { ChatRequest } from '../../wire/openai.js';
import { chatToAnthropic } from '../../translate/chat-to-anthropic.js';
import { anthropicToCompletion } from '../../translate/anthropic-response.js';
import { AnthropicToChunks } from '../../translate/anthropic-stream.js';
import { NO_USAGE } from '../../translate/usage.js';
import { joinUrl, type Prepared, type ProviderAdapter, type StreamDecoder, type UpstreamRequest } from '../types.js';

const ANTHROPIC_VERSION = '2023-06-01';

function decoder(createdSec: number): StreamDecoder {
  const t = new AnthropicToChunks(createdSec);
  return {
    get done() {
      return t.done;
    },
    push(event) {
      const data = JSON.parse(event.data) as Record<string, unknown>;
      const chunks = t.push(data);
      // One piece per upstream event: the canonical chunk (if any) and the event itself for Anthropic callers.
      return [{ raw: null, chunk: chunks[0] ?? null, usageOnly: false, native: event }, ...chunks.slice(1).map((chunk) => ({ raw: null, chunk, usageOnly: false }))];
    },
    usage: () => t.usage(),
  };
}

function request(destination: Destination, apiKey: string | undefined, stream: boolean, body: Record<string, unknown>, betas: readonly string[], path = '/messages'): UpstreamRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'anthropic-version': ANTHROPIC_VERSION, accept: stream ? 'text/event-stream' : 'application/json' };
  if (betas.length) headers['anthropic-beta'] = betas.join(',');
  if (apiKey) headers['x-api-key'] = apiKey;
  return { url: joinUrl(destination.baseUrl, path), headers, body: JSON.stringify(body) };
}

function fromChat(chat: ChatRequest, destination: Destination, apiKey: string | undefined, stream: boolean): Prepared {
  const n = typeof chat.n === 'number' ? chat.n : 1;
  const t = chatToAnthropic({ ...chat, stream }, destination.model);
  if (!t.ok) return t;
  // Anthropic gives one answer per request: n calls, merged as choices (streams interleaved by choice index).
  if (n > 1) t.notes.push(stream ? `n: ${n} answers from ${n} upstream streams, interleaved by choice index` : `n: ${n} answers from ${n} upstream requests`);
  return { ok: true, request: request(destination, apiKey, stream, t.value, []), notes: t.notes, calls: n };
}

/** Anthropic Messages API: Anthropic callers pass through untouched; OpenAI callers are translated field by field. */
export const anthropicMessages = {
  id: 'anthropic' as const,
  api: 'anthropic' as const,
  wire: 'anthropic' as const,
  prepare({ inbound, destination, apiKey, stream }): Prepared {
    if (inbound.endpoint === 'embeddings' || inbound.endpoint === 'completions') return { ok: false, refusal: { field: 'endpoint', why: `Anthropic has no ${inbound.endpoint} API` } };
    if (inbound.endpoint === 'count_tokens') return { ok: true, request: request(destination, apiKey, false, { ...inbound.body, model: destination.model }, inbound.betas, '/messages/count_tokens'), notes: [], calls: 1 };
    if (inbound.wire !== 'anthropic') {
      const [refusal] = inbound.refusals;
      return refusal ? { ok: false, refusal } : fromChat(inbound.chat, destination, apiKey, stream);
    }
    const body = { ...inbound.body, model: destination.model, ...(stream ? { stream: true } : {}) };
    return { ok: true, request: request(destination, apiKey, stream, body, inbound.betas), notes: [], calls: 1 };
  },
  // Counting tokens is free; a Messages answer's usage is read by parseResponse.
  unaryUsage: () => NO_USAGE,
  buildRequest({ chat, destination, apiKey, stream }) {
    const p = fromChat(chat, destination, apiKey, stream);
    if (!p.ok) throw new Error(`${p.refusal.field}: ${p.refusal.why}`);
    return p.request;
  },
  parseResponse(json, createdSec) {
    const msg = json as AnthropicMessage;
    if (!Array.isArray(msg.content)) throw new Error('upstream response has no content');
    return anthropicToCompletion(msg, createdSec);
  },
  streamDecoder: decoder,
  errorMessage(json) {
    const e = (json as { error?: { message?: unknown } } | null)?.error;
    return typeof e?.message === 'string' ? e.message : undefined;
  },
} satisfies ProviderAdapter;
