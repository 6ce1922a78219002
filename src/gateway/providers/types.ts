import type { Destination, MeteredUsage } from '../../core/routing/index.js';
import type { SseEvent } from '../sse.js';
import type { Refusal } from '../translate/refusal.js';
import type { ChatChunk, ChatCompletion, ChatRequest } from '../wire/openai.js';

export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The wire formats callers and upstreams speak. */
export type Wire = 'openai' | 'anthropic';

/** One canonical chunk: `raw` is the OpenAI chunk JSON when it can be forwarded byte for byte. */
export interface StreamPiece {
  raw: string | null;
  chunk: ChatChunk | null;
  /** A usage-only chunk (no choices), forwarded only when the caller asked for usage. */
  usageOnly: boolean;
  /** The upstream event itself, for a caller speaking the upstream's own wire format. */
  native?: SseEvent;
}

export interface StreamDecoder {
  /** Canonical pieces for one upstream event; throws on an upstream error event. */
  push(event: SseEvent): StreamPiece[];
  usage(): MeteredUsage;
  /** The upstream sent its terminal event. */
  readonly done: boolean;
}

/** A caller's request: its own body, the canonical chat form, and what that form could not carry. */
export interface InboundRequest {
  wire: Wire;
  /** Chat, or a unary endpoint whose body is sent as is (embeddings, completions, count_tokens). */
  endpoint: 'chat' | 'embeddings' | 'completions' | 'count_tokens';
  body: Record<string, unknown>;
  chat: ChatRequest;
  /** Fields of `body` the canonical form lost: an upstream of another wire must refuse the request. */
  refusals: readonly Refusal[];
  notes: readonly string[];
  /** `anthropic-beta` values the caller sent. */
  betas: readonly string[];
}

export type Prepared =
  | {
      ok: true;
      request: UpstreamRequest;
      notes: string[];
      /** Upstream calls needed for `n` choices. */
      calls: number;
      /** The answer, computed here without calling the upstream (a token count). */
      local?: Record<string, unknown>;
    }
  | { ok: false; refusal: Refusal };

/** What the gateway needs from an upstream API; one folder per provider implements it. */
export interface ProviderAdapter {
  readonly id: string;
  /** The `api:` value in gateway.yaml this adapter speaks. */
  readonly api: Destination['api'];
  readonly wire: Wire;
  /** The request for this destination, translated field by field, or the first field it cannot carry. */
  prepare(args: { inbound: InboundRequest; destination: Destination; apiKey: string | undefined; stream: boolean }): Prepared;
  /** The canonical chat request for this destination (shadow traffic); throws when a field cannot be carried. */
  buildRequest(args: { chat: ChatRequest; destination: Destination; apiKey: string | undefined; stream: boolean }): UpstreamRequest;
  parseResponse(json: unknown, createdSec: number): { completion: ChatCompletion; usage: MeteredUsage };
  /** Usage of a unary endpoint's answer (embeddings, completions, count_tokens). */
  unaryUsage(json: unknown): MeteredUsage;
  streamDecoder(createdSec: number): StreamDecoder;
  /** The upstream's own error message from an error body, if it has one. */
  errorMessage(json: unknown): string | undefined;
}

export const joinUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;

/** An inbound request in the canonical form only (shadow traffic, tests). */
export const canonicalInbound = (chat: ChatRequest): InboundRequest => ({ wire: 'openai', endpoint: 'chat', body: chat, chat, refusals: [], notes: [], betas: [] });
