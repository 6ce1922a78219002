import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { assess, checkProfileAgainstCatalog } from '../../core/assess/index.js';
import { defaultCatalog } from '../../core/catalog/index.js';
import { parseProfile } from '../../core/profile/index.js';
import type { Report } from '../../core/report/types.js';
import type { UiBoot } from '../boot.js';
import { createUiApp } from './app.js';
import { clientBundle } from './bundle.js';

export { createUiApp, type UiAppOptions } from './app.js';
export { bundleFromSource, clientBundle } from './bundle.js';
export { inlineJson, renderShell } from './shell.js';

export interface RunningUi {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Serves the UI on 127.0.0.1 only; port 0 picks a free port. The bundle is ready before the URL is returned. */
export interface StartUiOptions {
  boot: UiBoot;
  port: number;
  bundle?: () => Promise<string>;
  /** Server-side first render of the boot profile (see `initialAssessment`). */
  initialReport?: Report | null;
}

/**
 * The boot profile assessed with the same core the browser runs, for the first paint;
 * null when the profile is missing or invalid (the browser then shows the problems).
 */
export function initialAssessment(boot: UiBoot, now: Date): Report | null {
  if (boot.profileYaml === null) return null;
  const catalog = boot.catalog ?? defaultCatalog();
  try {
    const parsed = parseProfile(parseYaml(boot.profileYaml));
    if (!parsed.ok || checkProfileAgainstCatalog(parsed.value, catalog).length > 0) return null;
    return assess(parsed.value, catalog, { now });
  } catch {
    // Anything unexpected is left to the browser, which runs the same code and shows the error.
    return null;
  }
}

export async function startUiServer(opts: StartUiOptions): Promise<RunningUi> {
  const bundle = opts.bundle ?? clientBundle;
  await bundle();
  let hosts: string[] = [];
  const app = createUiApp({ boot: opts.boot, bundle, hosts: () => hosts, initialReport: opts.initialReport ?? null });
  const listener = getRequestListener((req) => app.fetch(req));
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Only names of this loopback listener: a page on another origin cannot rebind a DNS name onto it.
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
