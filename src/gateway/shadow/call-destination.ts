import type { Dispatcher } from 'undici';
import type { Answer } from '../../core/eval/checks.js';
import type { CallErrorCode } from '../../core/eval/run-types.js';
import { costMicroUsd, type Destination, type MeteredUsage, type PriceSheet, type RoutingPlan } from '../../core/routing/index.js';
import type { CircuitBreakers } from '../breaker.js';
import { scrubSecrets } from '../errors.js';
import { executePlan, type ExecuteOutcome, type RetryPolicy } from '../execute.js';
import { adapterFor } from '../providers/index.js';
import { SseParser } from '../sse.js';
import type { ChatChunk, ChatRequest } from '../wire/openai.js';

/** Calls one destination through the gateway's own executor (retries, backoff, breaker, SSRF-guarded pools), streamed to time the first token. */
export interface CallContext {
  destinations: Readonly<Record<string, Destination>>;
  agents: ReadonlyMap<string, Dispatcher>;
  apiKeys: ReadonlyMap<string, string | undefined>;
  prices: ReadonlyMap<string, PriceSheet | null>;
  breakers: CircuitBreakers;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Monotonic milliseconds (performance.now). */
  clock: () => number;
  signal?: AbortSignal | undefined;
}

export type CallOutcome =
  | { ok: true; answer: Answer; usage: MeteredUsage; costMicroUsd: number; latencyMs: number; ttftMs: number | null; startMs: number; endMs: number }
  | { ok: false; code: CallErrorCode; message: string; startMs: number; endMs: number };

/** Maps the executor's last error text to a stable code. */
export function errorCodeOf(outcome: Exclude<ExecuteOutcome, { kind: 'ok' }>): { code: CallErrorCode; message: string } {
  switch (outcome.kind) {
    case 'client-closed':
      return { code: 'unreachable', message: 'interrupted' };
    case 'client-error':
      return { code: 'rejected', message: `HTTP ${outcome.status}` };
    case 'local-error':
      return { code: 'rejected', message: 'the request could not be built' };
    case 'exhausted': {
      const e = outcome.lastError;
      if (/circuit open/.test(e)) return { code: 'circuit-open', message: `${e} (too many consecutive failures)` };
      if (/HTTP \d+/.test(e)) return { code: 'upstream-error', message: e };
      if (/TIMEOUT/i.test(e)) return { code: 'timeout', message: e };
      return { code: 'unreachable', message: e };
    }
  }
}

interface Accumulated {
  text: string;
  calls: Map<number, { name: string; arguments: string }>;
}

function absorb(chunk: ChatChunk, acc: Accumulated): boolean {
  let produced = false;
  for (const choice of chunk.choices) {
    const d = choice.delta;
    if (typeof d.content === 'string' && d.content !== '') {
      acc.text += d.content;
      produced = true;
    }
    for (const tc of d.tool_calls ?? []) {
      const cur = acc.calls.get(tc.index) ?? { name: '', arguments: '' };
      cur.name += tc.function?.name ?? '';
      cur.arguments += tc.function?.arguments ?? '';
      acc.calls.set(tc.index, cur);
      produced = true;
    }
  }
  return produced;
}

/**
 * Sends `chat` along `plan` (one destination, decided by the routing policy: an empty plan sends nothing) and
 * reads the stream: the answer stays in memory for checks and the judge; only measures leave this function's caller.
 */
export async function callDestination(ctx: CallContext, plan: RoutingPlan, chat: ChatRequest): Promise<CallOutcome> {
  // A child signal per call: the executor adds a listener per attempt, which must not pile up on a run-wide signal.
  const child = new AbortController();
  const onAbort = (): void => child.abort();
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await callOnce({ ...ctx, signal: child.signal }, plan, chat);
  } finally {
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}

async function callOnce(ctx: CallContext, plan: RoutingPlan, chat: ChatRequest): Promise<CallOutcome> {
  const startMs = ctx.clock();
  const failed = (code: CallErrorCode, message: string): CallOutcome => ({ ok: false, code, message, startMs, endMs: ctx.clock() });
  if (plan.ranked.length === 0) return failed('rejected', `not sent: ${plan.reason}`);
  const outcome = await executePlan(plan, {
    destinations: ctx.destinations,
    agents: ctx.agents,
    breakers: ctx.breakers,
    retry: ctx.retry,
    sleep: ctx.sleep,
    signal: ctx.signal,
    build: (name, destination) => adapterFor(destination.api).buildRequest({ chat, destination, apiKey: ctx.apiKeys.get(name), stream: true }),
  });
  if (outcome.kind !== 'ok') {
    const e = errorCodeOf(outcome);
    if (outcome.kind === 'client-error') {
      const dest = ctx.destinations[outcome.destination.name]!;
      let msg: string | undefined;
      try {
        msg = adapterFor(dest.api).errorMessage(JSON.parse(outcome.body));
      } catch {
        msg = undefined;
      }
      return failed(e.code, scrubSecrets(msg ? `HTTP ${outcome.status}: ${msg}` : e.message));
    }
    return failed(e.code, e.message);
  }
  const name = outcome.destination.name;
  const adapter = adapterFor(ctx.destinations[name]!.api);
  const decoder = adapter.streamDecoder(0);
  const parser = new SseParser();
  const acc: Accumulated = { text: '', calls: new Map() };
  let ttftMs: number | null = null;
  const utf8 = new TextDecoder();
  const consume = (events: ReturnType<SseParser['push']>): void => {
    for (const ev of events) {
      for (const piece of decoder.push(ev)) {
        const chunk = piece.chunk ?? (piece.raw !== null ? (JSON.parse(piece.raw) as ChatChunk) : null);
        if (chunk && absorb(chunk, acc) && ttftMs === null) ttftMs = ctx.clock() - startMs;
      }
    }
  };
  try {
    for await (const part of outcome.response.body) consume(parser.push(utf8.decode(part as Buffer, { stream: true })));
    consume(parser.flush());
  } catch (e) {
    const code = (e as { code?: string }).code;
    return failed(/TIMEOUT/i.test(code ?? '') ? 'timeout' : 'upstream-error', `${name}: stream failed (${code ?? (e instanceof Error ? e.message : 'error')})`);
  }
  if (!decoder.done) return failed('upstream-error', `${name}: the stream ended before its terminal event`);
  const endMs = ctx.clock();
  const usage = decoder.usage();
  const toolCalls = [...acc.calls.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  return { ok: true, answer: { text: acc.text, toolCalls }, usage, costMicroUsd: costMicroUsd(usage, ctx.prices.get(name) ?? null), latencyMs: endMs - startMs, ttftMs, startMs, endMs };
}
