import type { MiddlewareHandler } from 'hono';
import { finalResponses } from '../respond.js';
import type { Runtime } from '../runtime.js';

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Access lines for requests that write no usage record (no key, unknown path): metered requests get theirs,
 * with tokens and cost, when the record is durable (see GatewayOps.recorded).
 */
export function accessLog(rt: Runtime): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const path = c.req.path;
    if (QUIET.has(path) || finalResponses.get(c.res)?.metered === true || c.res.headers.has('x-switchboard-route')) return;
    rt.log.info({ reqId: c.res.headers.get('x-switchboard-request-id'), method: c.req.method, path, status: c.res.status, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 }, 'request');
  };
}
