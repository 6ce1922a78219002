import type { PriceSheet } from '../core/routing/index.js';
import type { Admitted } from './admit.js';
import type { ExecuteOutcome } from './execute.js';
import type { InboundFormat } from './inbound.js';
import { buildRecord, pieceText } from './meter.js';
import type { ProviderAdapter } from './providers/index.js';
import { gatewayResponse, persist, switchboardHeaders, type ResponseMeta } from './respond.js';
import type { Runtime } from './runtime.js';
import { SseParser } from './sse.js';
import type { ShadowTicket } from './shadow/mirror.js';

export interface StreamArgs {
  rt: Runtime;
  format: InboundFormat;
  admitted: Admitted;
  outcome: Extract<ExecuteOutcome, { kind: 'ok' }>;
  adapter: ProviderAdapter;
  prices: PriceSheet | null;
  meta: ResponseMeta;
  started: number;
  createdSec: number;
  /** Set when this request is sampled for shadow traffic: sees each piece, told when the stream completed. */
  shadow?: ShadowTicket | undefined;
}

/**
 * Forwards the upstream stream as it arrives (no first-chunk delay, no buffering) and holds back only
 * the terminal event (`[DONE]` / `message_stop`) until the usage record is durable.
 */
export function streamResponse(s: StreamArgs): Response {
  const { rt, admitted: a, outcome } = s;
  const body = outcome.response.body;
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const decoder = s.adapter.streamDecoder(s.createdSec);
  const encoder = s.format.streamEncoder({ id: a.draft.id, model: outcome.destination.model, includeUsage: s.format.includeUsage(a.chat), createdSec: s.createdSec });
  const sse = new SseParser();
  const text = new TextDecoder();
  const bytes = new TextEncoder();
  let ttft: number | null = null;
  let settled = false;
  // What went out, to estimate the tokens of a stream the upstream cut or never reported usage for.
  let streamed = '';

  const record = (errorCode: string | null): Promise<boolean> => {
    settled = true;
    const rec = buildRecord(a.draft, {
      destination: outcome.destination,
      usage: decoder.usage(),
      prices: s.prices,
      status: 200,
      latencyMs: performance.now() - s.started,
      ttftMs: ttft,
      attempts: outcome.attempts,
      errorCode,
      estimate: { request: a.chat, output: streamed },
    });
    return persist(rt, rec);
  };
  const translate = (events: ReturnType<SseParser['push']>): string => {
    let out = '';
    for (const ev of events)
      for (const piece of decoder.push(ev)) {
        s.shadow?.piece(piece);
        streamed += pieceText(piece);
        out += encoder.push(piece);
      }
    return out;
  };

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            const tail = translate(sse.flush());
            if (tail) controller.enqueue(bytes.encode(tail));
            const complete = decoder.done || decoder.usage().outputTokens > 0;
            if (!complete) {
              await record('upstream_incomplete');
              controller.enqueue(bytes.encode(encoder.error('upstream_incomplete', 'the upstream stream ended early')));
            } else {
              const fin = encoder.finish(decoder.usage());
              if (fin.body) controller.enqueue(bytes.encode(fin.body));
              if (await record(null)) {
                controller.enqueue(bytes.encode(fin.terminal));
                s.shadow?.completeStream(decoder.usage(), performance.now() - s.started, ttft);
              } else controller.enqueue(bytes.encode(encoder.error('metering_failed', 'the usage record could not be written')));
            }
            controller.close();
            return;
          }
          const out = translate(sse.push(text.decode(next.value, { stream: true })));
          if (out) {
            ttft ??= performance.now() - s.started;
            controller.enqueue(bytes.encode(out));
            return;
          }
        }
      } catch {
        // Reset mid-stream: bytes already went out, so no fallback; record what was metered and say so.
        if (!settled) await record('upstream_reset');
        body.destroy();
        controller.enqueue(bytes.encode(encoder.error('upstream_reset', 'the upstream connection failed mid-stream')));
        controller.close();
      }
    },
    async cancel() {
      body.destroy();
      if (!settled) await record('client_closed');
    },
  });
  return gatewayResponse(stream, 200, switchboardHeaders(s.meta, 'text/event-stream; charset=utf-8'), s.meta);
}
