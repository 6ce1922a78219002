import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, buildConnector, request, type Dispatcher } from 'undici';
import { checkAddress, parseIp, type Destination, type UpstreamUrlPolicy } from '../core/routing/index.js';
import type { UpstreamRequest } from './providers/index.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const ssrfError = (why: string): NodeJS.ErrnoException => Object.assign(new Error(`refused: ${why}`), { code: 'ESSRF' });

/** Every address a name resolves to must pass the address check, so a public name cannot point at a private host. */
function guardedLookup(policy: UpstreamUrlPolicy) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const why = checkAddress(a.address, policy);
        if (why) return callback(ssrfError(`${hostname} resolves to ${why}`), []);
      }
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), []);
    });
  };
}

/**
 * undici's connector with the address check at connect time: IP literals (which skip DNS) are checked before
 * connecting, names through the guarded lookup, and the socket's actual peer once connected.
 */
export function guardedConnector(policy: UpstreamUrlPolicy, timeoutMs: number): buildConnector.connector {
  const base = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(policy) });
  return (opts, callback) => {
    if (parseIp(opts.hostname)) {
      const why = checkAddress(opts.hostname, policy);
      if (why) return callback(ssrfError(why), null);
    }
    base(opts, (err, socket) => {
      if (err || !socket) return callback(err ?? ssrfError('no socket'), null);
      const peer = socket.remoteAddress;
      const why = peer === undefined ? 'unknown peer address' : checkAddress(peer, policy);
      if (why) {
        socket.destroy();
        return callback(ssrfError(why), null);
      }
      return callback(null, socket);
    });
  };
}

/** One keep-alive connection pool per destination, with its timeouts and the SSRF address check. */
export function createAgent(dest: Destination): Agent {
  return new Agent({
    keepAliveTimeout: 30_000,
    connections: 256,
    headersTimeout: dest.timeoutMs,
    bodyTimeout: dest.timeoutMs,
    connect: guardedConnector(dest, Math.min(dest.timeoutMs, 10_000)),
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
/** The destination itself is misconfigured (our key, a redirect, a non-HTTP answer): no retry, but another allowed destination may serve. */
export const isDestinationFault = (status: number): boolean => status === 401 || status === 403 || status < 200 || (status >= 300 && status < 400);
