/**
 * Usage-store benchmark: record() throughput of each adapter (validation + usage row + hash-chained audit entry,
 * durable before it resolves) against a bare INSERT of the same row on the same database with the same
 * durability, measured in the same run; plus verifyAudit() and measureUsage() throughput.
 * Run: npm run bench:stores   (env: N=1000; SWITCHBOARD_TEST_POSTGRES_URL adds the real PostgreSQL server)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { measureUsage } from '../src/core/usage/index.js';
import { SCENARIO_NOW, scenarioTraffic } from '../src/core/usage/test-support/synthetic-traffic.js';
import { openUsageStore, type UsageRecord } from '../src/stores/index.js';
import { sampleRecord } from '../src/stores/test-support/contract-suite.js';

const N = Number(process.env.N ?? 1000);
const pgUrl = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
const lines: string[] = [];
const rec = (i: number): UsageRecord => sampleRecord(i, { id: `b-${i}`, time: 1_767_600_000_000 + i });

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

function report(name: string, baseline: number, store: number): void {
  const line = `| ${name} | ${Math.round(N / baseline)} | ${Math.round(N / store)} | ${(store / baseline).toFixed(2)}× |`;
  lines.push(line);
  console.log(line);
}

try {
  // SQLite: bare INSERT in WAL + synchronous=FULL, one transaction per row, vs store.record().
  {
    const raw = new Database(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)');
    const ins = raw.prepare('INSERT INTO t VALUES (?, ?)');
    const base = await timed(async () => {
      for (let i = 0; i < N; i++) ins.run(`r${i}`, JSON.stringify(rec(i)));
    });
    raw.close();
    const store = await openUsageStore(`sqlite:${join(dir, 'store.db')}`);
    const s = await timed(async () => {
      for (let i = 0; i < N; i++) await store.record(rec(i));
    });
    report('SQLite, sequential', base, s);
    const v = await timed(async () => {
      await store.verifyAudit();
    });
    console.log(`verifyAudit SQLite: ${Math.round(N / v)} entries/s`);
    await store.close();
  }
  // PostgreSQL (pg Pool): bare INSERT autocommit vs record(), 16 concurrent callers.
  if (pgUrl) {
    const schema = `sbbench_${process.pid}`;
    const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
    await pool.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.t (id TEXT PRIMARY KEY, body TEXT)`);
    const par = async (f: (i: number) => Promise<unknown>) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < N) await f(next++);
        }),
      );
    };
    const base = await timed(() =>
      par((i) => pool.query(`INSERT INTO ${schema}.t VALUES ($1, $2)`, [`r${i}`, JSON.stringify(rec(i))])),
    );
    const store = await openUsageStore(`${pgUrl}?schema=${schema}`);
    const s = await timed(() => par((i) => store.record(rec(i))));
    report('PostgreSQL, 16 concurrent callers', base, s);
    await store.close();
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  }
  // measureUsage over the 30-day scenario (about 20k requests).
  {
    const records = scenarioTraffic().filter((r) => r.time < SCENARIO_NOW);
    const t = await timed(async () => {
      for (let i = 0; i < 10; i++) measureUsage(records, { now: SCENARIO_NOW });
    });
    console.log(
      `measureUsage: ${Math.round((records.length * 10) / t / 1000)}k records/s (${records.length} records)`,
    );
  }
  console.log(`\n| adapter | bare INSERT rows/s | record() rows/s | time ratio |\n${lines.join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
