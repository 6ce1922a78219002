import type { MiddlewareHandler } from 'hono';
import { authenticate } from '../admit.js';
import { finalResponses } from '../respond.js';
import type { Runtime } from '../runtime.js';

/** Headers that describe the classification: only keys listed in `debugHeaderKeys` see them. */
const DETAIL_HEADERS = ['x-switchboard-data-class', 'x-switchboard-reason'] as const;

function mayDebug(rt: Runtime, req: Request): boolean {
  if (rt.config.debugHeaderKeys.length === 0) return false;
  try {
    return rt.config.debugHeaderKeys.includes(authenticate(rt, req).keyId);
  } catch {
    return false;
  }
}

/** `x-request-id` on every response (the usage record's id when there is one); classification details off by default. */
export function responseHeaders(rt: Runtime): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // The gateway's own responses set both already (respond.ts); touching their headers would only rebuild them.
    if (finalResponses.has(c.res)) return;
    const h = c.res.headers;
    const id = h.get('x-switchboard-request-id') ?? rt.newId();
    const drop = !mayDebug(rt, c.req.raw);
    try {
      h.set('x-request-id', id);
      if (drop) for (const name of DETAIL_HEADERS) h.delete(name);
    } catch {
      // Immutable headers (a fetched Response): copy them.
      const copy = new Headers(h);
      copy.set('x-request-id', id);
      if (drop) for (const name of DETAIL_HEADERS) copy.delete(name);
      c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers: copy });
    }
  };
}
