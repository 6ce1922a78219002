/**
 * Benchmark-only packages live in bench/peer (its own package.json and lock), not in the root install:
 * redact-pii (detector baseline, 111 packages with gRPC and install scripts), autocannon (load generator) and
 * Portkey's gateway (gateway baseline). Benches load them through this file, which installs bench/peer on
 * first use (`npm ci --ignore-scripts`, npm registry only) and fails with a clear message when it cannot.
 *
 *   import { loadAutocannon, loadRedactPii } from './peer/load.js';
 *
 * The types below are the small part of each package's API the benches use, so that type-checking the
 * benches does not need bench/peer installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEER_DIR = dirname(fileURLToPath(import.meta.url));
export const PEER_INSTALL_COMMAND = 'npm ci --prefix bench/peer --no-audit --no-fund --ignore-scripts';

export type PeerPackage = 'redact-pii' | 'autocannon' | '@portkey-ai/gateway';

/** True when bench/peer/node_modules matches bench/peer/package-lock.json. */
export function peerInstalled(): boolean {
  const marker = join(PEER_DIR, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(PEER_DIR, 'package-lock.json')).mtimeMs;
}

/** Installs bench/peer when it is missing or older than its lock file. Set SWITCHBOARD_BENCH_NO_INSTALL=1 to only check. */
export function ensurePeerInstalled(): void {
  if (peerInstalled()) return;
  if (process.env['SWITCHBOARD_BENCH_NO_INSTALL']) {
    throw new Error(`bench/peer is not installed; run: ${PEER_INSTALL_COMMAND}`);
  }
  process.stderr.write(`bench/peer: installing benchmark-only packages (${PEER_INSTALL_COMMAND})\n`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: PEER_DIR, stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error(`bench/peer: install failed (exit ${String(r.status ?? r.signal)}); run it by hand: ${PEER_INSTALL_COMMAND}`);
  }
}

const requireFromPeer = createRequire(join(PEER_DIR, 'package.json'));

/** Loads a bench/peer package (installing bench/peer first if needed); the typed loaders below narrow it. */
export function loadPeer(name: PeerPackage): unknown {
  ensurePeerInstalled();
  try {
    return requireFromPeer(name);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`bench/peer: cannot load ${name} (${why ?? ''}); reinstall with: ${PEER_INSTALL_COMMAND}`, { cause: err });
  }
}

/** Path of a file inside an installed bench/peer package (for packages run as a separate process). */
export function peerPackageDir(name: PeerPackage): string {
  ensurePeerInstalled();
  return join(PEER_DIR, 'node_modules', name);
}

export interface RedactPii {
  SyncRedactor: new (options?: { globalReplaceWith?: string; builtInRedactors?: Record<string, { enabled?: boolean; replaceWith?: string }> }) => {
    redact(text: string): string;
  };
}
export const loadRedactPii = (): RedactPii => loadPeer('redact-pii') as RedactPii;

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  non2xx: number;
  '2xx': number;
}
export type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, res: AutocannonResult) => void) => unknown;
export const loadAutocannon = (): Autocannon => loadPeer('autocannon') as Autocannon;
