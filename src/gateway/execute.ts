import type { Dispatcher } from 'undici';
import type { Destination, DestinationFacts, RoutingPlan } from '../core/routing/index.js';
import type { CircuitBreakers } from './breaker.js';
import type { UpstreamRequest } from './providers/index.js';
import { isDestinationFault, isRetryableStatus, send } from './upstream.js';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ExecuteContext {
  destinations: Readonly<Record<string, Destination>>;
  agents: ReadonlyMap<string, Dispatcher>;
  breakers: CircuitBreakers;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  build: (name: string, dest: Destination) => UpstreamRequest;
  signal?: AbortSignal | undefined;
  /** Total for the whole plan (every attempt and fallback) until an answer's headers; default none. */
  deadlineMs?: number | undefined;
}

/** A request for a stream: its body may run for `maxStreamMs`, not the JSON attempt deadline. */
const wantsStream = (body: string): boolean => /"stream"\s*:\s*true/.test(body);

export type ExecuteOutcome =
  | { kind: 'ok'; destination: DestinationFacts; response: Dispatcher.ResponseData; attempts: string[] }
  | { kind: 'client-error'; destination: DestinationFacts; status: number; body: string; attempts: string[] }
  | { kind: 'exhausted'; attempts: string[]; lastError: string }
  | { kind: 'client-closed'; attempts: string[] }
  /** Our own bug (building the request threw): a gateway 500, never held against the destination's circuit. */
  | { kind: 'local-error'; attempts: string[]; error: unknown };

/** Read at most this much of an upstream error body: only its type and code are kept. */
const ERROR_BODY_BYTES = 64 * 1024;

async function drain(res: Dispatcher.ResponseData): Promise<string> {
  try {
    let text = '';
    for await (const chunk of res.body) {
      text += (chunk as Buffer).toString('utf8');
      if (text.length > ERROR_BODY_BYTES) {
        res.body.destroy();
        break;
      }
    }
    return text;
  } catch {
    return '';
  }
}

const SAFE_TOKEN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * An upstream refusal, summarised: its status and machine-readable type/code/param only, never its message, which
 * can echo keys, file paths and tracebacks. Shaped `{error: {message}}` so either adapter reads the summary.
 */
export function summariseUpstreamError(destination: string, status: number, body: string): string {
  let e: Record<string, unknown> = {};
  try {
    const json = JSON.parse(body) as { error?: unknown };
    if (json.error && typeof json.error === 'object') e = json.error as Record<string, unknown>;
  } catch {
    // Not JSON: nothing of it is kept.
  }
  const safe = (v: unknown): string | undefined => (typeof v === 'string' && SAFE_TOKEN.test(v) ? v : undefined);
  const details = [safe(e.type), safe(e.code)].filter((x): x is string => x !== undefined);
  const param = safe(e.param);
  const message = `upstream ${destination} refused the request (HTTP ${status}${details.length > 0 ? `, ${[...new Set(details)].join('/')}` : ''}${param ? `, param ${param}` : ''}); its error text is not passed on`;
  return JSON.stringify({ error: { message, type: safe(e.type) ?? null, code: safe(e.code) ?? null, param: param ?? null } });
}

/** Upstream client-error statuses the OpenAI and Anthropic SDKs know; anything else a caller caused is a 400. */
export function normaliseClientStatus(status: number): number {
  return status === 400 || status === 404 || status === 413 || status === 422 ? status : 400;
}

/** Tries the plan's destinations in order, never any other: retries with backoff, then the next allowed one. */
export async function executePlan(plan: RoutingPlan, ctx: ExecuteContext): Promise<ExecuteOutcome> {
  const attempts: string[] = [];
  const deadline = ctx.deadlineMs === undefined ? Infinity : performance.now() + ctx.deadlineMs;
  let lastError = 'no destination tried';
  for (const facts of plan.ranked) {
    const dest = ctx.destinations[facts.name];
    const agent = ctx.agents.get(facts.name);
    if (!dest || !agent) continue;
    for (let attempt = 0; attempt <= dest.maxRetries; attempt++) {
      // Checked at every hop: a circuit opened by a concurrent request is respected here too.
      if (ctx.breakers.isOpen(facts.name)) {
        lastError = `${facts.name}: circuit open`;
        break;
      }
      if (attempt > 0) await ctx.sleep(Math.min(ctx.retry.maxDelayMs, ctx.retry.baseDelayMs * 2 ** (attempt - 1)));
      if (ctx.signal?.aborted) return { kind: 'client-closed', attempts };
      let built: UpstreamRequest;
      try {
        built = ctx.build(facts.name, dest);
      } catch (error) {
        return { kind: 'local-error', attempts, error };
      }
      const left = deadline - performance.now();
      if (left <= 0) return { kind: 'exhausted', attempts, lastError: 'request deadline passed' };
      const stream = wantsStream(built.body);
      let res: Dispatcher.ResponseData;
      try {
        res = await send(built, {
          dispatcher: agent,
          signal: ctx.signal,
          timeoutMs: Math.min(dest.timeoutMs, left),
          totalMs: stream ? dest.maxStreamMs : Math.min(dest.attemptDeadlineMs, left),
          maxBytes: dest.maxResponseBytes,
        });
      } catch (e) {
        // The caller went away: not the destination's fault, so the breaker is left alone.
        if (ctx.signal?.aborted) return { kind: 'client-closed', attempts };
        ctx.breakers.failure(facts.name);
        attempts.push(facts.name);
        lastError = `${facts.name}: ${(e as { code?: string }).code ?? 'connection failed'}`;
        continue;
      }
      if (res.statusCode >= 200 && res.statusCode < 300) {
        ctx.breakers.success(facts.name);
        return { kind: 'ok', destination: facts, response: res, attempts };
      }
      const body = await drain(res);
      attempts.push(facts.name);
      lastError = `${facts.name}: HTTP ${res.statusCode}`;
      if (isRetryableStatus(res.statusCode)) {
        ctx.breakers.failure(facts.name);
        continue;
      }
      if (isDestinationFault(res.statusCode)) {
        ctx.breakers.failure(facts.name);
        break;
      }
      return { kind: 'client-error', destination: facts, status: normaliseClientStatus(res.statusCode), body: summariseUpstreamError(facts.name, res.statusCode, body), attempts };
    }
  }
  return { kind: 'exhausted', attempts, lastError };
}
