import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { formatIssues, type Issue, type Result } from '../core/result.js';
import { createApp } from './app.js';
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
      },
    },
  };
}

export interface RunningGateway {
  url: string;
  gateway: Gateway;
  close(): Promise<void>;
}

export class GatewayStartError extends Error {
  override readonly name = 'GatewayStartError';
  constructor(readonly issues: Issue[]) {
    super(formatIssues(issues));
  }
}

/** Starts the Node HTTP server on `listen` (host:port; port 0 picks a free one). */
export async function startGateway(options: GatewayOptions & { listen?: string }): Promise<RunningGateway> {
  const created = createGateway(options);
  if (!created.ok) throw new GatewayStartError(created.issues);
  const gateway = created.value;
  const listen = options.listen ?? options.config.listen;
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(listen);
  const hostname = m?.[1] ?? '127.0.0.1';
  const port = Number(m?.[2] ?? 8787);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: gateway.app.fetch, hostname, port }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}`,
    gateway,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await gateway.close();
    },
  };
}
