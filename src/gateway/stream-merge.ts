/**
 * `n > 1` streamed from an upstream that gives one answer per request: n upstream streams, each decoded on its own,
 * their chunks re-indexed as choices 0..n-1 and interleaved as they arrive, usage summed and metered once (the
 * record is written by `streamResponse` as for one stream). One stream failing or ending early ends the whole
 * stream as a cut stream does: OpenAI's stream has no per-choice error.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { MeteredUsage } from '../core/routing/index.js';
import type { StreamDecoder, StreamPiece } from './providers/index.js';
import { SseParser } from './sse.js';
import type { ChatChunk } from './wire/openai.js';

/** An upstream answer's body (undici's is a Readable). */
type Body = Readable;

/** Usage of several calls added up, cache writes (and their 1-hour part) included. */
export function addUsage(usages: readonly MeteredUsage[]): MeteredUsage {
  const sum: MeteredUsage = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 };
  let written = 0;
  let oneHour = 0;
  for (const u of usages) {
    sum.inputTokens += u.inputTokens;
    sum.outputTokens += u.outputTokens;
    sum.cachedInputTokens += u.cachedInputTokens;
    written += u.cacheWriteInputTokens ?? 0;
    oneHour += u.cacheWrite1hInputTokens ?? 0;
  }
  if (written > 0) sum.cacheWriteInputTokens = written;
  if (oneHour > 0) sum.cacheWrite1hInputTokens = oneHour;
  return sum;
}

/** Closes an upstream body nobody reads any more (undici reports the abort as an error: expected here). */
export function closeBody(body: Body): void {
  if (body.destroyed) return;
  body.on('error', () => undefined);
  body.destroy();
}

const chunkOf = (p: StreamPiece): ChatChunk | null => p.chunk ?? (p.raw ? (JSON.parse(p.raw) as ChatChunk) : null);

/** One OpenAI-format event stream (as bytes) of every upstream stream's chunks, and the decoder that reads it. */
export function mergeStreams(bodies: readonly Body[], makeDecoder: () => StreamDecoder): { body: Body; decoder: StreamDecoder } {
  const out = new PassThrough();
  const decoders = bodies.map(() => makeDecoder());
  let finished = 0;
  let failed = false;
  const fail = (e: unknown): void => {
    if (failed) return;
    failed = true;
    for (const b of bodies) closeBody(b);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  };
  // The caller hung up (or the merged stream was cut): no upstream stream keeps running.
  out.once('close', () => {
    for (const b of bodies) closeBody(b);
  });
  bodies.forEach((body, index) => {
    const sse = new SseParser();
    const decoder = decoders[index]!;
    const text = new TextDecoder();
    const forward = (events: ReturnType<SseParser['push']>): void => {
      for (const ev of events)
        for (const piece of decoder.push(ev)) {
          // Usage is summed below and sent once by the encoder; everything else goes out under its choice index.
          if (piece.usageOnly) continue;
          const chunk = chunkOf(piece);
          if (!chunk || chunk.choices.length === 0) continue;
          const { usage: _usage, ...rest } = chunk;
          out.write(`data: ${JSON.stringify({ ...rest, choices: chunk.choices.map((c) => ({ ...c, index })) })}\n\n`);
        }
    };
    void (async () => {
      try {
        for await (const buf of body) forward(sse.push(text.decode(buf as Buffer, { stream: true })));
        forward(sse.flush());
        if (!decoder.done && decoder.usage().outputTokens === 0) throw new Error(`upstream stream ${index} ended early`);
        if (++finished === bodies.length && !failed) out.end('data: [DONE]\n\n');
      } catch (e) {
        fail(e);
      }
    })();
  });
  let done = false;
  const decoder: StreamDecoder = {
    get done() {
      return done;
    },
    push(event) {
      if (event.data === '[DONE]') {
        done = true;
        return [];
      }
      return [{ raw: event.data, chunk: null, usageOnly: false }];
    },
    usage: () => addUsage(decoders.map((d) => d.usage())),
  };
  return { body: out, decoder };
}
