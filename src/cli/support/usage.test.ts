import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { expectScenarioMeasured } from '../../core/usage/test-support/scenario-expectations.js';
import {
  FULL_SCENARIO,
  SCENARIO_NOW,
  scenarioTraffic,
} from '../../core/usage/test-support/synthetic-traffic.js';
import { openUsageStore } from '../../stores/index.js';
import { memoryIo, UsageError } from './io.js';
import { loadMeasuredUsage } from './usage.js';

const traffic = scenarioTraffic().filter((r) => r.time < SCENARIO_NOW);
const now = new Date(SCENARIO_NOW);
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sb-usage-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function seed(url: string, records = traffic): Promise<void> {
  const store = await openUsageStore(url);
  try {
    await store.recordMany!(records);
  } finally {
    await store.close();
  }
}

describe('loadMeasuredUsage from a SQLite file seeded with 30 days of synthetic traffic', () => {
  it('measures requests/day, tokens, peak-to-average and growth exactly, and honours --since', async () => {
    const url = `sqlite:${join(tempDir(), 'usage.db')}`;
    await seed(url);
    expectScenarioMeasured(await loadMeasuredUsage(url, { now }, memoryIo()), FULL_SCENARIO);
    const lastWeek = await loadMeasuredUsage(url, { now, since: '7d' }, memoryIo());
    expect(lastWeek.find((m) => m.workload === 'clinical-notes')).toMatchObject({
      daysObserved: 6,
      requests: 6 * 240,
    });
  });

  it('resolves a relative sqlite: path against the working directory', async () => {
    const dir = tempDir();
    await seed(`sqlite:${join(dir, 'rel.db')}`, traffic.slice(0, 50));
    const measured = await loadMeasuredUsage('sqlite:rel.db', { now }, memoryIo({ cwd: dir }));
    expect(measured.reduce((a, m) => a + m.requests + m.errors, 0)).toBe(50);
  });
});

describe('loadMeasuredUsage errors', () => {
  const io = memoryIo();
  it('says a missing SQLite file does not exist', async () => {
    const err = await loadMeasuredUsage(`sqlite:${join(tempDir(), 'nope.db')}`, { now }, io).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/no usage store at sqlite:.*nope\.db: the file does not exist/);
  });

  it('says an empty store is empty, and a window with nothing in it should be widened', async () => {
    const url = `sqlite:${join(tempDir(), 'empty.db')}`;
    await seed(url, []);
    await expect(loadMeasuredUsage(url, { now }, io)).rejects.toThrow(/is empty: no requests recorded yet/);
    const some = `sqlite:${join(tempDir(), 'old.db')}`;
    await seed(some, traffic.slice(0, 10));
    await expect(loadMeasuredUsage(some, { now, since: '1d' }, io)).rejects.toThrow(
      /has no requests since 2026-02-03T10:00:00.000Z \(it has 10 older\); widen --since/,
    );
  });

  it('names both versions for a store from another version', async () => {
    const file = join(tempDir(), 'v9.db');
    await seed(`sqlite:${file}`, traffic.slice(0, 1));
    const db = new Database(file);
    db.exec('UPDATE switchboard_schema SET version = 9');
    db.close();
    await expect(loadMeasuredUsage(`sqlite:${file}`, { now }, io)).rejects.toThrow(
      /has schema version 9, written by a newer Switchboard; this Switchboard reads schema version \d+/,
    );
  });

  it('rejects a bad --since and an unknown store scheme', async () => {
    await expect(loadMeasuredUsage('sqlite:x.db', { now, since: 'yesterday' }, io)).rejects.toThrow(
      '--since: expected a duration such as 30m, 24h, 7d or 4w',
    );
    await expect(loadMeasuredUsage('redis://x', { now }, io)).rejects.toThrow(
      /store: expected one of sqlite:/,
    );
  });
});
