// Bundles the web UI client (src/ui/client, which calls the pure core) into dist/ui/assets/app.js.
// The server serves that file when present; run from source (tsx, tests) it bundles on the fly instead.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const entry = 'src/ui/client/main.ts';
if (!existsSync(entry)) process.exit(0);
const { build } = await import('esbuild');
const outfile = 'dist/ui/assets/app.js';
mkdirSync('dist/ui/assets', { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  outfile,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const size = statSync(outfile).size;
const gz = gzipSync(readFileSync(outfile)).length;
console.log(`ui: ${outfile} ${(size / 1024).toFixed(0)} KB (${(gz / 1024).toFixed(0)} KB gzipped)`);
