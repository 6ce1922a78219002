import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Report } from '../../core/report/types.js';
import type { UiBoot } from '../boot.js';
import { renderShell } from './shell.js';

export interface UiAppOptions {
  boot: UiBoot;
  /** The assessment of the boot profile, rendered into the page so verdicts show before the script runs. */
  initialReport?: Report | null;
  /** The client JavaScript. */
  bundle: () => Promise<string>;
  /** Allowed `Host` values (DNS-rebinding guard), read per request; absent allows any, for tests calling app.request(). */
  hosts?: () => readonly string[];
}

const SCRIPT = '/assets/app.js';
const CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The UI's HTTP surface: the page with its boot data, and the client script. No writes. */
export function createUiApp(opts: UiAppOptions): Hono {
  const app = new Hono();
  const page = renderShell(opts.boot, SCRIPT, opts.initialReport ?? null);
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const allowed = opts.hosts?.() ?? [];
    if (allowed.length > 0 && (host === undefined || !allowed.includes(host))) return c.text('unexpected Host header', 421);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    return undefined;
  });
  app.use('*', compress());
  app.get('/', (c) => {
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(page);
  });
  app.get(SCRIPT, async (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(await opts.bundle());
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.notFound((c) => c.text('not found', 404));
  return app;
}
