import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openUsageStore } from './index.js';

const writer = fileURLToPath(new URL('./test-support/writer-process.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sb-procs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startWriter(
  url: string,
  prefix: string,
  count: number,
): { child: ChildProcess; acked: string[]; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, url, prefix, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acked: string[] = [];
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const l of lines) if (l.startsWith('ack ')) acked.push(l.slice(4));
  });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, acked, done };
}

describe('usage store across processes', () => {
  it(
    'keeps every acknowledged record of a SQLite writer killed with SIGKILL mid-stream',
    { timeout: 120_000 },
    async () => {
      const url = `sqlite:${join(dir, 'kill.db')}`;
      const w = startWriter(url, 'k', 100_000);
      await new Promise<void>((resolve) => {
        const t = setInterval(() => {
          if (w.acked.length >= 200) {
            clearInterval(t);
            resolve();
          }
        }, 5);
      });
      w.child.kill('SIGKILL');
      await w.done;
      const store = await openUsageStore(url, { create: false });
      const ids = new Set((await store.query()).map((r) => r.id));
      expect(w.acked.filter((id) => !ids.has(id))).toEqual([]);
      expect(await store.verifyAudit()).toMatchObject({ ok: true });
      await store.close();
    },
  );

  it('two processes appending to one SQLite file keep one intact chain', { timeout: 120_000 }, async () => {
    const url = `sqlite:${join(dir, 'pair.db')}`;
    await (await openUsageStore(url)).close();
    const a = startWriter(url, 'a', 150);
    const b = startWriter(url, 'b', 150);
    expect(await Promise.all([a.done, b.done])).toEqual([0, 0]);
    const store = await openUsageStore(url, { create: false });
    expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 300 });
    await store.close();
  });

  const pgUrl = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
  it.runIf(pgUrl)(
    'three gateway processes appending to one PostgreSQL schema keep one intact chain',
    { timeout: 120_000 },
    async () => {
      const schema = `sbprocs_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
      const url = `${pgUrl!}?schema=${schema}`;
      try {
        const ws = ['x', 'y', 'z'].map((p) => startWriter(url, p, 100));
        expect(await Promise.all(ws.map((w) => w.done))).toEqual([0, 0, 0]);
        const store = await openUsageStore(url, { create: false });
        expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 300 });
        expect(await store.query()).toHaveLength(300);
        await store.close();
      } finally {
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      }
    },
  );
});
