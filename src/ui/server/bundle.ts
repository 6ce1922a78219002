import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` (scripts/build-ui.mjs) puts the client: dist/ui/assets/app.js. */
const PREBUILT = fileURLToPath(new URL('../assets/app.js', import.meta.url));
/** The client's entry, for running from source (tsx, tests). */
export const CLIENT_ENTRY = fileURLToPath(new URL('../client/main.ts', import.meta.url));

let cached: Promise<string> | undefined;

/** The browser bundle: the prebuilt file when present, else bundled from source once with esbuild. */
export function clientBundle(): Promise<string> {
  cached ??= readFile(PREBUILT, 'utf8').catch(() => bundleFromSource());
  return cached;
}

export async function bundleFromSource(opts: { minify?: boolean } = {}): Promise<string> {
  // esbuild is a dev dependency: only needed when running from source.
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: opts.minify ?? true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the UI client');
  return file.text;
}
