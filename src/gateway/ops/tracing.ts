/**
 * Optional OpenTelemetry spans (ops.tracing: true): one server span per request through @opentelemetry/api.
 * The process registers an SDK and exporter (e.g. `node --import ./otel-setup.mjs`); without one the API is a no-op.
 */
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

const ATTRIBUTES: Record<string, string> = {
  'x-switchboard-request-id': 'switchboard.request_id',
  'x-switchboard-route': 'switchboard.workload',
  'x-switchboard-destination': 'switchboard.destination',
  'x-switchboard-data-class': 'switchboard.data_class',
  'x-switchboard-reason': 'switchboard.reason',
};

export function tracing(): MiddlewareHandler {
  const tracer = trace.getTracer('switchboard-gateway', '0.2.0');
  return (c, next) =>
    tracer.startActiveSpan(c.req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method, 'url.path': c.req.path } }, async (span) => {
      try {
        await next();
        // The matched route (not the raw path), so span names stay few.
        span.updateName(`${c.req.method} ${routePath(c, -1)}`);
        span.setAttribute('http.response.status_code', c.res.status);
        for (const [header, attr] of Object.entries(ATTRIBUTES)) {
          const v = c.res.headers.get(header);
          if (v) span.setAttribute(attr, v);
        }
        if (c.res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      } finally {
        span.end();
      }
    });
}
