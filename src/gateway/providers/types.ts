import type { Destination, MeteredUsage } from '../../core/routing/index.js';
import type { SseEvent } from '../sse.js';
import type { ChatChunk, ChatCompletion, ChatRequest } from '../wire/openai.js';

export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One canonical chunk: `raw` is the OpenAI chunk JSON when it can be forwarded byte for byte. */
export interface StreamPiece {
  raw: string | null;
  chunk: ChatChunk | null;
  /** A usage-only chunk (no choices), forwarded only when the caller asked for usage. */
  usageOnly: boolean;
}

export interface StreamDecoder {
  /** Canonical pieces for one upstream event; throws on an upstream error event. */
  push(event: SseEvent): StreamPiece[];
  usage(): MeteredUsage;
  /** The upstream sent its terminal event. */
  readonly done: boolean;
}

/** What the gateway needs from an upstream API; one folder per provider implements it. */
export interface ProviderAdapter {
  readonly id: string;
  /** The `api:` value in gateway.yaml this adapter speaks. */
  readonly api: Destination['api'];
  buildRequest(args: { chat: ChatRequest; destination: Destination; apiKey: string | undefined; stream: boolean }): UpstreamRequest;
  parseResponse(json: unknown, createdSec: number): { completion: ChatCompletion; usage: MeteredUsage };
  streamDecoder(createdSec: number): StreamDecoder;
  /** The upstream's own error message from an error body, if it has one. */
  errorMessage(json: unknown): string | undefined;
}

export const joinUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;
