import { Hono } from 'hono';
import { authenticate } from './admit.js';
import { envelope, GatewayError } from './errors.js';
import { handleChat } from './handle-chat.js';
import { anthropicInbound, ENDPOINTS, openAiInbound } from './inbound.js';
import { accessLog } from './ops/access-log.js';
import { mountHealth } from './ops/health.js';
import { tracing } from './ops/tracing.js';
import type { Runtime } from './runtime.js';
import { responseHeaders } from './safety/response-headers.js';

const json = (body: unknown, status: number, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The gateway as a Web-standard app: handlers take a Request and return a Response; tests call `app.request()`. */
export function createApp(rt: Runtime): Hono {
  const app = new Hono();
  // Outermost: spans and access logs below still see the classification headers this strips.
  app.use(responseHeaders(rt));
  if (rt.config.ops.tracing) app.use(tracing());
  app.use(accessLog(rt));
  mountHealth(app, rt, 'main');
  app.get('/v1/models', (c) => {
    let who: { workload: string };
    try {
      who = authenticate(rt, c.req.raw);
    } catch (e) {
      rt.metrics.unauthorizedRequest();
      const err = e as GatewayError;
      return json(envelope(err), err.status);
    }
    const route = rt.policies.get(who.workload)!;
    const names = [...new Set([...route.default, ...route.sensitive].map((d) => d.name))];
    const data = names.map((name) => ({ id: name, object: 'model', created: 0, owned_by: 'switchboard', root: rt.config.destinations[name]?.model }));
    return json({ object: 'list', data }, 200, { 'x-switchboard-route': who.workload });
  });
  app.post('/v1/chat/completions', (c) => handleChat(rt, c.req.raw, openAiInbound));
  app.post('/v1/messages', (c) => handleChat(rt, c.req.raw, anthropicInbound));
  for (const [path, format] of ENDPOINTS) app.post(path, (c) => handleChat(rt, c.req.raw, format));
  app.notFound((c) => json(envelope(new GatewayError('not_found', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`)), 404));
  // Never a stack trace or internal message on the wire; the log gets it.
  app.onError((err, c) => {
    rt.log.error({ event: 'unhandled', err, method: c.req.method, path: c.req.path }, 'unexpected error');
    return json(envelope(new GatewayError('internal_error', 'internal error')), 500);
  });
  return app;
}
