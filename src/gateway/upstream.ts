import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, request, type Dispatcher } from 'undici';
import { isMetadataHost, isPrivateHost, type Destination } from '../core/routing/index.js';
import type { UpstreamRequest } from './providers/index.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Re-checks resolved addresses so a public name cannot point a third party at a private or metadata host. */
function guardedLookup(dest: Destination) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => isMetadataHost(a.address) || (dest.kind === 'third-party' && !dest.allowPrivateNetwork && isPrivateHost(a.address)));
      if (bad) return callback(Object.assign(new Error(`refused: ${hostname} resolves to a blocked address`), { code: 'ESSRF' }), []);
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), []);
    });
  };
}

/** One keep-alive connection pool per destination, with its timeouts and the SSRF lookup guard. */
export function createAgent(dest: Destination): Agent {
  return new Agent({
    keepAliveTimeout: 30_000,
    connections: 256,
    headersTimeout: dest.timeoutMs,
    bodyTimeout: dest.timeoutMs,
    connect: { timeout: Math.min(dest.timeoutMs, 10_000), lookup: guardedLookup(dest) },
  });
}

/**
 * One upstream call. The wait for response headers is bounded by our own timer (undici's timers are coarse,
 * ~1 s), and the caller hanging up aborts it; gaps in the body are bounded by the agent's bodyTimeout.
 */
export async function send(req: UpstreamRequest, opts: { dispatcher: Dispatcher; signal: AbortSignal | undefined; timeoutMs: number }): Promise<Dispatcher.ResponseData> {
  const ctl = new AbortController();
  const onAbort = (): void => ctl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => ctl.abort(Object.assign(new Error('upstream headers timeout'), { code: 'UPSTREAM_TIMEOUT' })), opts.timeoutMs);
  try {
    return await request(req.url, { method: 'POST', headers: req.headers, body: req.body, dispatcher: opts.dispatcher, signal: ctl.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Retry these on the same destination (with backoff), then fall back to the next allowed one. */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 409 || status === 429 || status >= 500;
/** The destination itself is misconfigured (our key): no retry, but another allowed destination may serve. */
export const isDestinationFault = (status: number): boolean => status === 401 || status === 403;
