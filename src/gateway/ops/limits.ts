/**
 * Per-key and per-workload rate limits (requests and tokens per minute) with rate-limiter-flexible. The counters
 * live where every replica sees them: Redis when configured, else the usage store (PostgreSQL table, or a SQLite
 * sidecar file for the processes of one machine); an in-memory limiter insures against the backend failing.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitsConfig, RateLimit } from '../../core/ops/index.js';
import type { LimiterOptions } from '../../stores/usage-store.js';
import type { KeyEntry } from './key-ring.js';
import type { Logger } from './logger.js';

export type LimiterFactory = (o: LimiterOptions) => RateLimiterAbstract;

export interface LimitRefusal {
  scope: 'key' | 'workload';
  kind: 'requests' | 'tokens';
  limit: number;
  retryAfterMs: number;
}

export const memoryLimiters: LimiterFactory = (o) => new RateLimiterMemory({ keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSeconds });

/** Counters in Redis (one client for all limiters); a failing Redis falls back to the in-memory insurance limiter. */
export function redisLimiters(url: string, log: Logger): { factory: LimiterFactory; close: () => void; ready: () => Promise<void> } {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  client.on('error', (e: Error) => log.warn({ event: 'limits.redis-error', err: e }, 'rate-limit Redis unreachable; limiting in memory until it is back'));
  return {
    factory: (o) => new RateLimiterRedis({ storeClient: client, keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSeconds }),
    close: () => client.disconnect(),
    // Start-up waits (up to 5 s) for the connection, so the first requests are counted in Redis, not in memory.
    ready: () =>
      client.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const t = setTimeout(resolve, 5_000);
            client.once('ready', () => (clearTimeout(t), resolve()));
          }),
  };
}

export class Limits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private config: LimitsConfig,
    private readonly factory: LimiterFactory,
  ) {}

  replaceConfig(config: LimitsConfig): void {
    this.config = config;
  }

  private limiter(scope: string, kind: string, points: number): RateLimiterAbstract {
    const prefix = `sb:${scope}:${kind}:${points}`;
    let l = this.limiters.get(prefix);
    if (!l) {
      const o = { keyPrefix: prefix, points, durationSeconds: 60 };
      l = this.factory(o);
      // If the shared backend fails, keep limiting in memory rather than letting everything through.
      (l as unknown as { insuranceLimiter?: RateLimiterAbstract }).insuranceLimiter ??= memoryLimiters(o);
      this.limiters.set(prefix, l);
    }
    return l;
  }

  private scopes(key: KeyEntry, workload: string): { scope: 'key' | 'workload'; id: string; limit: RateLimit }[] {
    const out: { scope: 'key' | 'workload'; id: string; limit: RateLimit }[] = [];
    const perKey: RateLimit = {
      ...this.config.perKey,
      ...(key.requestsPerMinute !== null ? { requestsPerMinute: key.requestsPerMinute } : {}),
      ...(key.tokensPerMinute !== null ? { tokensPerMinute: key.tokensPerMinute } : {}),
    };
    if (perKey.requestsPerMinute !== undefined || perKey.tokensPerMinute !== undefined) out.push({ scope: 'key', id: key.id, limit: perKey });
    const w = this.config.perWorkload[workload];
    if (w) out.push({ scope: 'workload', id: workload, limit: w });
    return out;
  }

  /** Counts the request and checks the token budget of the minute; null when admitted. */
  async admit(key: KeyEntry, workload: string): Promise<LimitRefusal | null> {
    for (const s of this.scopes(key, workload)) {
      if (s.limit.tokensPerMinute !== undefined) {
        const used = await this.limiter(s.scope, 'tokens', s.limit.tokensPerMinute).get(s.id);
        if (used && used.consumedPoints >= s.limit.tokensPerMinute) return { scope: s.scope, kind: 'tokens', limit: s.limit.tokensPerMinute, retryAfterMs: used.msBeforeNext };
      }
      if (s.limit.requestsPerMinute !== undefined) {
        try {
          await this.limiter(s.scope, 'requests', s.limit.requestsPerMinute).consume(s.id, 1);
        } catch (e) {
          if (e instanceof RateLimiterRes) return { scope: s.scope, kind: 'requests', limit: s.limit.requestsPerMinute, retryAfterMs: e.msBeforeNext };
          throw e;
        }
      }
    }
    return null;
  }

  /** Charges the tokens of an answer once they are known (the next request over the limit is refused). */
  async charge(key: { id: string; requestsPerMinute: number | null; tokensPerMinute: number | null; expiresAt: number | null; workload: string }, workload: string, tokens: number): Promise<void> {
    if (tokens <= 0) return;
    for (const s of this.scopes(key, workload)) {
      if (s.limit.tokensPerMinute !== undefined) await this.limiter(s.scope, 'tokens', s.limit.tokensPerMinute).penalty(s.id, tokens);
    }
  }
}
