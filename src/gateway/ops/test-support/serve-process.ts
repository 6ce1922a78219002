/** `switchboard serve` as a child process, for signal, crash and multi-process tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const MAIN = resolve(import.meta.dirname, '../../../cli/main.ts');
const ROOT = resolve(import.meta.dirname, '../../../..');

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** JSON log lines so far. */
  logs: () => Record<string, unknown>[];
  /** Resolves with the first log line matching, or rejects after `ms`. */
  waitForLog: (match: (l: Record<string, unknown>) => boolean, ms?: number) => Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal?: NodeJS.Signals) => void;
}

export async function startServe(configPath: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--config', configPath], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let buf = '';
  let err = '';
  let url: ((u: string) => void) | undefined;
  const urlP = new Promise<string>((res) => (url = res));
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    for (const p of parts) {
      const m = /listening on (\S+)/.exec(p);
      if (m?.[1] && !p.startsWith('{')) url?.(m[1]);
      if (!p.startsWith('{')) continue;
      const line = JSON.parse(p) as Record<string, unknown>;
      lines.push(line);
      for (const w of [...waiters]) {
        if (!w.match(line)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const started = await Promise.race([urlP, exited.then(({ code }) => Promise.reject(new Error(`serve exited ${code}: ${err}`)))]);
  return {
    url: started,
    child,
    logs: () => lines,
    waitForLog: (match, ms = 10_000) => {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((res, rej) => {
        const t = setTimeout(() => rej(new Error(`no matching log line within ${ms} ms; stderr: ${err}`)), ms);
        waiters.push({ match, resolve: (l) => (clearTimeout(t), res(l)) });
      });
    },
    exited,
    kill: (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
