import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const isGitCheckout = existsSync(join(ROOT, '.git'));

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

// Built from parts so this file does not match itself.
const SLASH = '/';
const MACHINE_PATH = new RegExp(
  [
    `(?<![\\w.~-])${SLASH}(?:work|home|Users)${SLASH}[\\w.-]+`, // developer and CI machines
    '[A-Za-z]:\\\\Users\\\\', // Windows profiles
  ].join('|'),
);

function offendingLines(text: string, needles: readonly string[], needlesOnly = false): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => (!needlesOnly && MACHINE_PATH.test(line)) || needles.some((needle) => line.includes(needle)))
    .map(({ line, n }) => `${n}: ${line.trim().slice(0, 120)}`);
}

describe.skipIf(!isGitCheckout)('repository hygiene', () => {
  it('no tracked file contains an absolute machine path (a clone elsewhere must work)', () => {
    // This checkout's own path is a machine path too, wherever it is.
    const needles = [ROOT];
    const found: string[] = [];
    for (const file of trackedFiles()) {
      const buf = readFileSync(join(ROOT, file));
      if (buf.includes(0)) continue; // binary
      // The detector's held-out sets are invented traffic: a pasted log may hold a user's home directory on purpose
      // (the user name in it is personal data). Only this checkout's own path counts there.
      const data = file.startsWith('bench/data/detector-');
      for (const hit of offendingLines(buf.toString('utf8'), needles, data)) found.push(`${file}:${hit}`);
    }
    expect(found).toEqual([]);
  });

  it('the machine-path check catches the paths it is meant to catch', () => {
    const bad = [`import x from '${SLASH}work${SLASH}main/src/core/index.ts'`, `cd ${SLASH}home${SLASH}alice/switchboard`, 'C:\\Users\\bob\\repo'];
    const good = [`mountPath: '${SLASH}root${SLASH}.cache/huggingface'`, 'see docs/work/notes.md', 'https://example.com/home/page'];
    expect(bad.map((l) => offendingLines(l, []).length)).toEqual([1, 1, 1]);
    expect(good.map((l) => offendingLines(l, []).length)).toEqual([0, 0, 0]);
  });

  it('no scratch file is tracked', () => {
    const scratch = trackedFiles().filter((f) => /(^|\/)(scratch[^/]*|[^/]*\.tmp(\.[^/]+)?)$/.test(f));
    expect(scratch).toEqual([]);
  });

  it('type-checking covers source folders only, never root files a developer leaves behind', () => {
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };
    expect(tsconfig.include.filter((p) => p.includes('*') || p.startsWith('.'))).toEqual([]);
  });
});

describe('lean install', () => {
  const lockPath = join(ROOT, 'package-lock.json');
  const lock = existsSync(lockPath)
    ? (JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }> })
    : undefined;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
  const nameOf = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

  it.skipIf(!lock)('the root install runs no install script that package.json has not approved', () => {
    const withScripts = Object.entries(lock!.packages)
      .filter(([key, v]) => key && v.hasInstallScript)
      .map(([key]) => nameOf(key));
    expect(withScripts.filter((name) => pkg.allowScripts?.[name] !== true)).toEqual([]);
  });

  it.skipIf(!lock)('benchmark-only packages stay in bench/peer, out of the root install', () => {
    const peer = JSON.parse(readFileSync(join(ROOT, 'bench/peer/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const root = new Set(Object.keys(lock!.packages).filter(Boolean).map(nameOf));
    expect(Object.keys(peer.dependencies).filter((name) => root.has(name))).toEqual([]);
    // 471 before the move (redact-pii alone brought 111, with gRPC and install scripts).
    expect(root.size).toBeLessThan(377);
  });
});
