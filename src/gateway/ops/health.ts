/** Liveness, readiness and metrics endpoints, for the main listener and the admin listener. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Runtime } from '../runtime.js';

const json = (body: unknown, status: number): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

export interface Readiness {
  ready: boolean;
  draining: boolean;
  store: { writable: boolean; reason: string | null };
  /** Per workload: destinations whose circuit is not open. */
  routes: Record<string, { available: string[]; ready: boolean }>;
}

/** Ready when not draining, the store takes records, and every route has a destination whose circuit is not open. */
export function readiness(rt: Runtime): Readiness {
  const open = rt.breakers.unavailable();
  const routes: Readiness['routes'] = {};
  for (const r of rt.config.routes) {
    const available = [...new Set([...r.default, ...r.sensitive])].filter((d) => !open.has(d));
    routes[r.workload] = { available, ready: available.length > 0 };
  }
  const store = { writable: rt.ops.health.writable, reason: rt.ops.health.reason };
  const draining = rt.ops.draining;
  return { ready: !draining && store.writable && Object.values(routes).every((r) => r.ready), draining, store, routes };
}

const sameToken = (presented: string, expected: string): boolean => {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
};

/**
 * `/healthz` (the process is alive: always 200 while it serves), `/readyz` (take traffic?) and `/metrics`.
 * On the main listener /metrics needs the bearer token of `ops.metricsTokenEnv`; on the admin listener it is open.
 */
export function mountHealth(app: Hono, rt: Runtime, where: 'main' | 'admin'): void {
  app.get('/healthz', () => json({ status: 'ok', openCircuits: [...rt.breakers.unavailable()] }, 200));
  app.get('/readyz', () => {
    const r = readiness(rt);
    return json(r, r.ready ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    if (where === 'main') {
      const token = rt.metricsToken;
      if (token === undefined) return json({ error: { message: 'metrics are served on the admin listener (ops.adminListen) or with a token (ops.metricsTokenEnv)', type: 'not_found_error', param: null, code: 'not_found' } }, 404);
      const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
      if (!m?.[1] || !sameToken(m[1].trim(), token)) return json({ error: { message: 'metrics need the bearer token of ops.metricsTokenEnv', type: 'authentication_error', param: null, code: 'invalid_api_key' } }, 401);
    }
    return new Response(await rt.metrics.registry.metrics(), { headers: { 'content-type': rt.metrics.registry.contentType } });
  });
}
