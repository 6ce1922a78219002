import type { z } from 'zod';
import type { MeteredUsage } from '../core/routing/index.js';
import { anthropicEnvelope, envelope, type GatewayError } from './errors.js';
import { canonicalInbound, type InboundRequest, type StreamPiece, type Wire } from './providers/index.js';
import { anthropicToChat, betaRefusals } from './translate/anthropic-to-chat.js';
import { completionToAnthropic } from './translate/anthropic-response.js';
import { ChunksToAnthropic } from './translate/anthropic-stream.js';
import { completionToResponse, responsesToChat } from './translate/responses.js';
import { ChunksToResponses } from './translate/responses-stream.js';
import { toOpenAiUsage } from './translate/usage.js';
import { messagesRequestSchema, type MessagesRequest } from './wire/anthropic.js';
import { completionsRequestSchema, countTokensRequestSchema, embeddingsRequestSchema, responsesRequestSchema, type ResponsesRequest } from './wire/endpoints.js';
import { chatRequestSchema, type ChatChunk, type ChatCompletion, type ChatRequest } from './wire/openai.js';

export interface StreamEncoder {
  push(piece: StreamPiece): string;
  /** Everything but the terminal event, then the terminal event sent once the usage record is durable. */
  finish(usage: MeteredUsage): { body: string; terminal: string };
  error(code: string, message: string): string;
}

/** A wire format callers speak to the gateway; the canonical form inside is OpenAI chat. */
/** What the caller asked for: a chat turn, or one of the unary endpoints answered as the upstream sends it. */
export type Endpoint = 'chat' | 'embeddings' | 'completions' | 'count_tokens';

export interface InboundFormat {
  readonly kind: Wire | 'openai-responses';
  readonly endpoint: Endpoint;
  readonly schema: z.ZodType;
  toChat(body: unknown): ChatRequest;
  /** The caller's request behind a canonical chat this format produced, with what the chat could not carry. */
  inbound(chat: ChatRequest, headers: Headers): InboundRequest;
  includeUsage(chat: ChatRequest): boolean;
  completionBody(c: ChatCompletion, usage: MeteredUsage): unknown;
  errorBody(err: GatewayError): unknown;
  streamEncoder(args: { id: string; model: string; includeUsage: boolean; createdSec: number }): StreamEncoder;
}

const chunkOf = (p: StreamPiece): ChatChunk => p.chunk ?? (JSON.parse(p.raw ?? '{}') as ChatChunk);

class OpenAiEncoder implements StreamEncoder {
  private sawUsage = false;
  constructor(private readonly args: { id: string; model: string; includeUsage: boolean }) {}

  push(p: StreamPiece): string {
    if (p.raw === null && p.chunk === null) return '';
    if (p.usageOnly) {
      this.sawUsage = true;
      if (!this.args.includeUsage) return '';
    }
    return `data: ${p.raw ?? JSON.stringify(p.chunk)}\n\n`;
  }

  finish(usage: MeteredUsage): { body: string; terminal: string } {
    // Adapters that do not emit an OpenAI usage chunk (Anthropic) get one built from the metered usage.
    const body = this.args.includeUsage && !this.sawUsage ? `data: ${JSON.stringify({ id: `chatcmpl-${this.args.id}`, object: 'chat.completion.chunk', created: 0, model: this.args.model, choices: [], usage: toOpenAiUsage(usage) })}\n\n` : '';
    return { body, terminal: 'data: [DONE]\n\n' };
  }

  error(code: string, message: string): string {
    return `data: ${JSON.stringify({ error: { message, type: 'api_error', param: null, code } })}\n\n`;
  }
}

const MESSAGE_STOP = 'event: message_stop\ndata: {"type":"message_stop"}\n\n';

class AnthropicEncoder implements StreamEncoder {
  private readonly inner: ChunksToAnthropic;
  /** The upstream speaks Anthropic too: its events go out as sent (thinking, citations, cache usage). */
  private native = false;
  constructor(model: string) {
    this.inner = new ChunksToAnthropic(model);
  }
  push(p: StreamPiece): string {
    if (p.native) {
      this.native = true;
      // The terminal event waits until the usage record is durable.
      return p.native.event === 'message_stop' ? '' : `event: ${p.native.event ?? 'message'}\ndata: ${p.native.data}\n\n`;
    }
    if (this.native || p.usageOnly || (p.raw === null && p.chunk === null)) return '';
    return this.inner.push(chunkOf(p));
  }
  finish(usage: MeteredUsage): { body: string; terminal: string } {
    return this.native ? { body: '', terminal: MESSAGE_STOP } : this.inner.finish(usage);
  }
  error(code: string, message: string): string {
    return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message: `${message} (${code})` } })}\n\n`;
  }
}

/** The Anthropic body and translation behind each canonical chat produced here, keyed by the chat object. */
const behind = new WeakMap<ChatRequest, InboundRequest>();

const betasOf = (headers: Headers): string[] =>
  (headers.get('anthropic-beta') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);

function withBetas(chat: ChatRequest, headers: Headers): InboundRequest {
  const betas = betasOf(headers);
  const known = behind.get(chat);
  if (!known) return canonicalInbound(chat);
  // Beta headers are judged here, where the headers are at hand.
  return betas.length ? { ...known, betas, refusals: [...known.refusals, ...betaRefusals(betas)] } : known;
}

const fromBehind = (chat: ChatRequest): InboundRequest => behind.get(chat) ?? canonicalInbound(chat);

export const openAiInbound: InboundFormat = {
  kind: 'openai',
  endpoint: 'chat',
  schema: chatRequestSchema,
  toChat: (body) => body as ChatRequest,
  inbound: (chat) => canonicalInbound(chat),
  includeUsage: (chat) => chat.stream_options?.include_usage === true,
  completionBody: (c) => c,
  errorBody: envelope,
  streamEncoder: (args) => new OpenAiEncoder(args),
};

export const anthropicInbound: InboundFormat = {
  kind: 'anthropic',
  endpoint: 'chat',
  schema: messagesRequestSchema,
  toChat: (body) => {
    const t = anthropicToChat(body as MessagesRequest);
    behind.set(t.chat, { wire: 'anthropic', endpoint: 'chat', body: body as MessagesRequest, chat: t.chat, refusals: t.refusals, notes: t.notes, betas: [] });
    return t.chat;
  },
  inbound: withBetas,
  includeUsage: () => true,
  completionBody: completionToAnthropic,
  errorBody: anthropicEnvelope,
  streamEncoder: ({ model }) => new AnthropicEncoder(model),
};

class ResponsesEncoder implements StreamEncoder {
  private readonly inner: ChunksToResponses;
  constructor(args: { id: string; model: string; createdSec: number }) {
    this.inner = new ChunksToResponses(args.id, args.model, args.createdSec);
  }
  push(p: StreamPiece): string {
    if (p.usageOnly || (p.raw === null && p.chunk === null)) return '';
    return this.inner.push(chunkOf(p));
  }
  finish(usage: MeteredUsage): { body: string; terminal: string } {
    return this.inner.finishWith(usage);
  }
  error(code: string, message: string): string {
    return this.inner.error(code, message);
  }
}

/** OpenAI Responses API, stateless (`store: false`): translated to the canonical chat and back. */
export const responsesInbound: InboundFormat = {
  kind: 'openai-responses',
  endpoint: 'chat',
  schema: responsesRequestSchema,
  toChat: (body) => {
    const t = responsesToChat(body as ResponsesRequest);
    behind.set(t.chat, { wire: 'openai', endpoint: 'chat', body: body as ResponsesRequest, chat: t.chat, refusals: t.refusals, notes: t.notes, betas: [] });
    return t.chat;
  },
  inbound: fromBehind,
  includeUsage: () => true,
  completionBody: (c, usage) => completionToResponse(c, usage, c.id.replace(/^(chatcmpl-|msg_)/, '')),
  errorBody: envelope,
  streamEncoder: (args) => new ResponsesEncoder(args),
};

/** A unary OpenAI endpoint: the body goes to OpenAI-compatible upstreams as sent, the answer comes back as sent. */
function unary(endpoint: Endpoint, schema: z.ZodType, text: (body: Record<string, unknown>) => string, wire: Wire = 'openai'): InboundFormat {
  return {
    kind: wire,
    endpoint,
    schema,
    toChat: (raw) => {
      const body = raw as Record<string, unknown>;
      // The canonical form only carries the model hint; the detector scans the caller's body itself.
      const chat: ChatRequest = { messages: [{ role: 'user', content: text(body) }], ...(typeof body.model === 'string' ? { model: body.model } : {}), ...(body.stream === true ? { stream: true, stream_options: body.stream_options as ChatRequest['stream_options'] } : {}) };
      behind.set(chat, { wire, endpoint, body, chat, refusals: [], notes: [], betas: [] });
      return chat;
    },
    inbound: wire === 'anthropic' ? withBetas : fromBehind,
    includeUsage: (chat) => chat.stream_options?.include_usage === true,
    completionBody: (c) => c,
    errorBody: wire === 'anthropic' ? anthropicEnvelope : envelope,
    streamEncoder: (args) => new OpenAiEncoder(args),
  };
}

const joined = (v: unknown): string => (Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '');
export const embeddingsInbound = unary('embeddings', embeddingsRequestSchema, (b) => joined(b.input));
export const completionsInbound = unary('completions', completionsRequestSchema, (b) => joined(b.prompt));
export const countTokensInbound = unary('count_tokens', countTokensRequestSchema, () => '', 'anthropic');

/** The other endpoints clients call, each classified and routed like chat (registered in app.ts). */
export const ENDPOINTS: readonly (readonly [string, InboundFormat])[] = [
  ['/v1/responses', responsesInbound],
  ['/v1/embeddings', embeddingsInbound],
  ['/v1/completions', completionsInbound],
  ['/v1/messages/count_tokens', countTokensInbound],
];
