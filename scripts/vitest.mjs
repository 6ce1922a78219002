// Runs vitest with the arguments given. Vite cannot load project files from a path that contains '#'
// (vitejs/vite#6763: "Vite only supports # in dependency paths"), so in such a checkout the tests run through
// a symlink without '#' in the system temp folder, with symlinks preserved so nothing resolves back to the
// real path. Everything else (type-check, lint, the CLI and the packed bin) runs from the real path.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNSAFE = /[#?%]/;
const args = process.argv.slice(2);

let runRoot = root;
let linkDir;
const nodeArgs = [];
const env = { ...process.env };
if (UNSAFE.test(root)) {
  linkDir = mkdtempSync(join(tmpdir(), 'switchboard-vitest-'));
  runRoot = join(linkDir, 'repo');
  if (UNSAFE.test(runRoot)) {
    console.error(`vitest cannot run under ${root} (a '#', '?' or '%' in the path) and the temp folder ${tmpdir()} has one too; set TMPDIR to a plain path.`);
    process.exit(2);
  }
  symlinkSync(root, runRoot, process.platform === 'win32' ? 'junction' : 'dir');
  nodeArgs.push('--preserve-symlinks', '--preserve-symlinks-main');
  env.SWITCHBOARD_VITEST_ROOT = runRoot;
  console.error(`note: this checkout's path has a '#', which vite cannot load from; running the tests through ${runRoot}`);
}

const cleanup = () => {
  if (linkDir) rmSync(linkDir, { recursive: true, force: true });
};
const child = spawn(process.execPath, [...nodeArgs, join(runRoot, 'node_modules/vitest/vitest.mjs'), ...args], { cwd: runRoot, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  cleanup();
  process.exitCode = code ?? (signal ? 1 : 0);
});
