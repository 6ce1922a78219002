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

export interface SendLimits {
  dispatcher: Dispatcher;
  signal: AbortSignal | undefined;
  /** Idle: the wait for headers (our own timer: undici's are coarse, ~1 s); body gaps are the agent's bodyTimeout. */
  timeoutMs: number;
  /** Total: connect, headers and the whole body; past it the body is cut (UPSTREAM_DEADLINE). Default 120 s. */
  totalMs?: number | undefined;
  /** Bytes of the answer body; past it the body is cut (UPSTREAM_TOO_LARGE). Default 32 MiB. */
  maxBytes?: number | undefined;
}

const fault = (message: string, code: string): Error => Object.assign(new Error(message), { code });

/** Counts what undici pushes into the body (its handler calls `push` per chunk) and cuts it past `max`. */
function capBody(body: Dispatcher.ResponseData['body'], max: number): void {
  const push = body.push.bind(body);
  let seen = body.readableLength;
  body.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk !== null && chunk !== undefined) {
      seen += (chunk as Buffer).length;
      if (seen > max) {
        body.destroy(fault(`upstream answer exceeds ${max} bytes`, 'UPSTREAM_TOO_LARGE'));
        return false;
      }
    }
    return push(chunk, encoding);
  };
}

/**
 * One upstream call with its limits: idle (headers), total (the whole answer, stream or not) and size; the caller
 * hanging up aborts it.
 */
export async function send(req: UpstreamRequest, opts: SendLimits): Promise<Dispatcher.ResponseData> {
  const ctl = new AbortController();
  const onAbort = (): void => ctl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const headers = setTimeout(() => ctl.abort(fault('upstream headers timeout', 'UPSTREAM_TIMEOUT')), opts.timeoutMs);
  let res: Dispatcher.ResponseData | undefined;
  const totalMs = opts.totalMs ?? 120_000;
  const total = setTimeout(() => {
    const err = fault(`upstream answer took longer than ${totalMs} ms`, 'UPSTREAM_DEADLINE');
    if (res) res.body.destroy(err);
    else ctl.abort(err);
  }, totalMs);
  try {
    res = await request(req.url, { method: 'POST', headers: req.headers, body: req.body, dispatcher: opts.dispatcher, signal: ctl.signal });
  } catch (e) {
    clearTimeout(total);
    throw e;
  } finally {
    clearTimeout(headers);
  }
  capBody(res.body, opts.maxBytes ?? 32 * 1024 * 1024);
  res.body.once('close', () => clearTimeout(total));
  return res;
}

/** Retry these on the same destination (with backoff), then fall back to the next allowed one. */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 409 || status === 429 || status >= 500;
/** The destination itself is misconfigured (our key, a redirect, a non-HTTP answer): no retry, but another allowed destination may serve. */
export const isDestinationFault = (status: number): boolean => status === 401 || status === 403 || status < 200 || (status >= 300 && status < 400);
