import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { formatIssues, type Issue, type Result } from '../core/result.js';
import type { GatewayConfig } from '../core/routing/index.js';
import { createApp } from './app.js';
import { mountHealth } from './ops/health.js';
import { createRuntime, type GatewayOptions, type Runtime } from './runtime.js';

export interface Gateway {
  app: Hono;
  runtime: Runtime;
  /** Closes upstream connection pools (not the store, which the caller opened). */
  close(): Promise<void>;
}

export function createGateway(options: GatewayOptions): Result<Gateway> {
  const rt = createRuntime(options);
  if (!rt.ok) return rt;
  const runtime = rt.value;
  return {
    ok: true,
    value: {
      app: createApp(runtime),
      runtime,
      close: async () => {
        // Shadow jobs in flight use the pools and the store: let them finish first.
        await runtime.shadow?.close();
        await Promise.all([...runtime.agents.values()].map((a) => a.close()));
        await runtime.closeClassifier();
      },
    },
  };
}

export interface DrainResult {
  /** Requests (streams included) that finished within the drain timeout. */
  finished: number;
  /** Requests still running at the timeout, whose connections were closed. */
  cut: number;
}

export interface RunningGateway {
  url: string;
  /** The admin listener (/metrics, /healthz, /readyz), when `ops.adminListen` is set. */
  adminUrl: string | undefined;
  /** The gateway now serving; a reload swaps it. */
  readonly gateway: Gateway;
  /** Swaps in a new config atomically: in-flight requests finish on the old one. Invalid config keeps the old one. */
  reload(config: Readonly<GatewayConfig>): Result<{ warnings: string[] }>;
  /** Stops accepting, fails /readyz, lets in-flight requests finish up to `timeoutMs`, then cuts the rest. */
  drain(timeoutMs: number): Promise<DrainResult>;
  /** Drains with the config's `ops.drainTimeoutMs` (0 when called directly in tests) and closes pools. */
  close(timeoutMs?: number): Promise<DrainResult>;
}

export class GatewayStartError extends Error {
  override readonly name = 'GatewayStartError';
  constructor(readonly issues: Issue[]) {
    super(formatIssues(issues));
  }
}

function hostPort(listen: string): { hostname: string; port: number } {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(listen);
  return { hostname: m?.[1] ?? '127.0.0.1', port: Number(m?.[2] ?? 8787) };
}

async function listen(server: Server, where: string): Promise<string> {
  const { hostname, port } = hostPort(where);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return `http://${host}:${addr.port}`;
}

/** Starts the Node HTTP server on `listen` (host:port; port 0 picks a free one), and the admin listener if configured. */
export async function startGateway(options: GatewayOptions & { listen?: string }): Promise<RunningGateway> {
  const created = createGateway(options);
  if (!created.ok) throw new GatewayStartError(created.issues);
  let current = created.value;
  const ops = current.runtime.ops;
  // Before listening, so /readyz and the first requests only ever see a warm detector (classifier.warmUpMs).
  const warm = await current.runtime.warmUpClassifier();
  current.runtime.log.info({ event: 'classifier.warmed', ...warm }, 'detector warmed up');
  await ops.start();

  // Every request, streams included, counts until its response has ended or its socket closed.
  const inFlight = new Set<ServerResponse>();
  let idle: (() => void) | undefined;
  const track =
    (handler: (req: IncomingMessage, res: ServerResponse) => unknown) =>
    (req: IncomingMessage, res: ServerResponse) => {
      inFlight.add(res);
      if (ops.draining) res.setHeader('connection', 'close');
      res.once('close', () => {
        inFlight.delete(res);
        if (inFlight.size === 0) idle?.();
      });
      void handler(req, res);
    };
  const client = options.config.client;
  // Slow clients may not hold sockets: headers, the whole body and idle keep-alive are bounded (checked this often).
  const main = createServer({ connectionsCheckingInterval: Math.max(100, Math.min(1_000, client.headersTimeoutMs / 2)) }, track(getRequestListener((req) => current.app.fetch(req))));
  main.headersTimeout = Math.min(client.headersTimeoutMs, client.requestTimeoutMs);
  main.requestTimeout = client.requestTimeoutMs;
  main.keepAliveTimeout = client.keepAliveTimeoutMs;
  let admin: Server | undefined;
  let url: string;
  let adminUrl: string | undefined;
  try {
    url = await listen(main, options.listen ?? options.config.listen);
    if (options.config.ops.adminListen) {
      const adminListener = getRequestListener((req) => {
        const a = new Hono();
        mountHealth(a, current.runtime, 'admin');
        return a.fetch(req);
      });
      admin = createServer((req, res) => void adminListener(req, res));
      adminUrl = await listen(admin, options.config.ops.adminListen);
    }
  } catch (e) {
    main.close();
    ops.stop();
    await current.close();
    throw e;
  }

  const drain = async (timeoutMs: number): Promise<DrainResult> => {
    ops.draining = true;
    const closed = new Promise<void>((resolve) => main.close(() => resolve()));
    main.closeIdleConnections();
    const started = inFlight.size;
    if (inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const cut = inFlight.size;
    for (const res of inFlight) res.destroy();
    main.closeAllConnections();
    await closed;
    return { finished: started - cut, cut };
  };

  return {
    url,
    adminUrl,
    get gateway() {
      return current;
    },
    reload(config) {
      let next: Result<Gateway>;
      try {
        next = createGateway({ ...options, config, carry: current.runtime });
      } catch (e) {
        return { ok: false, issues: [{ path: 'config', message: `could not build the new gateway: ${e instanceof Error ? e.message : String(e)}` }] };
      }
      if (!next.ok) return next;
      const old = current;
      current = next.value;
      // Upstream pools of the old config close once their in-flight requests (streams included) are done.
      void old.close();
      return { ok: true, value: { warnings: next.value.runtime.warnings } };
    },
    drain,
    async close(timeoutMs = 0) {
      const result = await drain(timeoutMs);
      await new Promise<void>((resolve) => (admin ? admin.close(() => resolve()) : resolve()));
      admin?.closeAllConnections();
      ops.stop();
      await current.close();
      return result;
    },
  };
}
