import type { AnthropicMessage } from '../../wire/anthropic.js';
import { chatToAnthropicRequest } from '../../translate/anthropic-request.js';
import { anthropicToCompletion } from '../../translate/anthropic-response.js';
import { AnthropicToChunks } from '../../translate/anthropic-stream.js';
import { joinUrl, type ProviderAdapter, type StreamDecoder } from '../types.js';

const ANTHROPIC_VERSION = '2023-06-01';

function decoder(createdSec: number): StreamDecoder {
  const t = new AnthropicToChunks(createdSec);
  return {
    get done() {
      return t.done;
    },
    push(event) {
      const data = JSON.parse(event.data) as Record<string, unknown>;
      return t.push(data).map((chunk) => ({ raw: null, chunk, usageOnly: false }));
    },
    usage: () => t.usage(),
  };
}

/** Anthropic Messages API: translates requests, responses, streams, usage and errors. */
export const anthropicMessages = {
  id: 'anthropic' as const,
  api: 'anthropic' as const,
  buildRequest({ chat, destination, apiKey, stream }) {
    const body = chatToAnthropicRequest({ ...chat, stream }, destination.model);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'anthropic-version': ANTHROPIC_VERSION, accept: stream ? 'text/event-stream' : 'application/json' };
    if (apiKey) headers['x-api-key'] = apiKey;
    return { url: joinUrl(destination.baseUrl, '/messages'), headers, body: JSON.stringify(body) };
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
