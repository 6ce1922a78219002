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
}

export type ExecuteOutcome =
  | { kind: 'ok'; destination: DestinationFacts; response: Dispatcher.ResponseData; attempts: string[] }
  | { kind: 'client-error'; destination: DestinationFacts; status: number; body: string; attempts: string[] }
  | { kind: 'exhausted'; attempts: string[]; lastError: string }
  | { kind: 'client-closed'; attempts: string[] };

async function drain(res: Dispatcher.ResponseData): Promise<string> {
  try {
    return await res.body.text();
  } catch {
    return '';
  }
}

/** Tries the plan's destinations in order, never any other: retries with backoff, then the next allowed one. */
export async function executePlan(plan: RoutingPlan, ctx: ExecuteContext): Promise<ExecuteOutcome> {
  const attempts: string[] = [];
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
      let res: Dispatcher.ResponseData;
      try {
        res = await send(ctx.build(facts.name, dest), { dispatcher: agent, signal: ctx.signal, timeoutMs: dest.timeoutMs });
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
      return { kind: 'client-error', destination: facts, status: res.statusCode, body, attempts };
    }
  }
  return { kind: 'exhausted', attempts, lastError };
}
