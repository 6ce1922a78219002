import type { z } from 'zod';
import type { MeteredUsage } from '../core/routing/index.js';
import { anthropicEnvelope, envelope, type GatewayError } from './errors.js';
import type { StreamPiece } from './providers/index.js';
import { anthropicToChatRequest } from './translate/anthropic-request.js';
import { completionToAnthropic } from './translate/anthropic-response.js';
import { ChunksToAnthropic } from './translate/anthropic-stream.js';
import { toOpenAiUsage } from './translate/usage.js';
import { messagesRequestSchema, type MessagesRequest } from './wire/anthropic.js';
import { chatRequestSchema, type ChatChunk, type ChatCompletion, type ChatRequest } from './wire/openai.js';

export interface StreamEncoder {
  push(piece: StreamPiece): string;
  /** Everything but the terminal event, then the terminal event sent once the usage record is durable. */
  finish(usage: MeteredUsage): { body: string; terminal: string };
  error(code: string, message: string): string;
}

/** A wire format callers speak to the gateway; the canonical form inside is OpenAI chat. */
export interface InboundFormat {
  readonly kind: 'openai' | 'anthropic';
  readonly schema: z.ZodType;
  toChat(body: unknown): ChatRequest;
  includeUsage(chat: ChatRequest): boolean;
  completionBody(c: ChatCompletion, usage: MeteredUsage): unknown;
  errorBody(err: GatewayError): unknown;
  streamEncoder(args: { id: string; model: string; includeUsage: boolean }): StreamEncoder;
}

const chunkOf = (p: StreamPiece): ChatChunk => p.chunk ?? (JSON.parse(p.raw ?? '{}') as ChatChunk);

class OpenAiEncoder implements StreamEncoder {
  private sawUsage = false;
  constructor(private readonly args: { id: string; model: string; includeUsage: boolean }) {}

  push(p: StreamPiece): string {
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

class AnthropicEncoder implements StreamEncoder {
  private readonly inner: ChunksToAnthropic;
  constructor(model: string) {
    this.inner = new ChunksToAnthropic(model);
  }
  push(p: StreamPiece): string {
    return p.usageOnly ? '' : this.inner.push(chunkOf(p));
  }
  finish(usage: MeteredUsage): { body: string; terminal: string } {
    return this.inner.finish(usage);
  }
  error(code: string, message: string): string {
    return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message: `${message} (${code})` } })}\n\n`;
  }
}

export const openAiInbound: InboundFormat = {
  kind: 'openai',
  schema: chatRequestSchema,
  toChat: (body) => body as ChatRequest,
  includeUsage: (chat) => chat.stream_options?.include_usage === true,
  completionBody: (c) => c,
  errorBody: envelope,
  streamEncoder: (args) => new OpenAiEncoder(args),
};

export const anthropicInbound: InboundFormat = {
  kind: 'anthropic',
  schema: messagesRequestSchema,
  toChat: (body) => anthropicToChatRequest(body as MessagesRequest),
  includeUsage: () => true,
  completionBody: completionToAnthropic,
  errorBody: anthropicEnvelope,
  streamEncoder: ({ model }) => new AnthropicEncoder(model),
};
