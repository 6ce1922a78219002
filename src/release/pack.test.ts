/**
 * The published package: `npm pack` (which runs `prepack`, the build) in a copy of the repository whose path
 * has a space and a '#', then the packed tarball is unpacked and used as a user would: the bin prints the
 * version and the library entry resolves through `exports` with its types.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileTempDir } from '../test-support/temp-dir.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const isGitCheckout = existsSync(join(ROOT, '.git'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** Tracked and new (not ignored) files: what a fresh clone plus this change would have. */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
}

describe.skipIf(!isGitCheckout)('npm pack', () => {
  const tmp = fileTempDir('sb-pack-');

  it('packs a built package whose bin runs and whose library entry has types, from a path with a space and #', () => {
    const base = join(tmp, 'my projects #1');
    const repo = join(base, 'switchboard');
    for (const file of sourceFiles()) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      cpSync(join(ROOT, file), join(repo, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');

    const dest = join(base, 'packed');
    mkdirSync(dest);
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // prepack's build prints to stdout too; the JSON array starts on a line of its own.
    const [packed] = JSON.parse(json.slice(json.search(/^\[/m))) as PackResult[];
    expect(packed?.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
    const files = new Set(packed!.files.map((f) => f.path));
    for (const needed of ['LICENSE', 'package.json', 'dist/cli/bin.js', 'dist/index.js', 'dist/index.d.ts', 'dist/ui/assets/app.js']) {
      expect(files, needed).toContain(needed);
    }
    expect([...files].filter((f) => f.startsWith('src/') || /\.test\.|test-support/.test(f))).toEqual([]);
    expect(readFileSync(join(repo, 'LICENSE'), 'utf8')).toContain('Apache License\n                           Version 2.0, January 2004');

    // Installed as a user would get it: node_modules/switchboard, its bin linked into node_modules/.bin.
    const consumer = join(base, 'app #2');
    const installed = join(consumer, 'node_modules', pkg.name);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dest, packed!.filename), '-C', installed, '--strip-components=1']);
    symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir'); // its runtime dependencies
    symlinkSync(join(ROOT, 'node_modules', 'yaml'), join(consumer, 'node_modules', 'yaml'), 'dir'); // the app's own
    mkdirSync(join(consumer, 'node_modules', '.bin'));
    const bin = join(consumer, 'node_modules', '.bin', 'switchboard');
    symlinkSync(join('..', pkg.name, 'dist', 'cli', 'bin.js'), bin);

    expect(execFileSync(process.execPath, [bin, '--version'], { cwd: consumer, encoding: 'utf8' })).toBe(`${pkg.version}\n`);

    const script = [
      "import { assess, defaultCatalog, parseProfile, renderReport } from 'switchboard';",
      "import { readFileSync } from 'node:fs';",
      "import { parse } from 'yaml';",
      "const parsed = parseProfile(parse(readFileSync(process.argv[1], 'utf8')));",
      "if (!parsed.ok) throw new Error('profile');",
      'const report = assess(parsed.value, defaultCatalog(), { now: new Date(Date.UTC(2026, 0, 1)) });',
      "console.log(report.verdict, renderReport(report, 'markdown', { color: false }).startsWith('#') ? 'markdown' : 'other');",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, join(installed, 'examples', 'hospital.yaml')], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(out).toMatch(/^(open|closed|hybrid) markdown\n$/);
    const types = readFileSync(join(installed, 'dist', 'index.d.ts'), 'utf8');
    expect(types).toContain('assess');
    expect(types).toContain('parseProfile');
  }, 300_000);
});
