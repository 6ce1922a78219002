import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openUsageStore } from '../index.js';
import { sampleRecord, usageStoreContract } from '../test-support/contract-suite.js';

usageStoreContract('SQLite (temp file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
  const file = join(dir, 'usage.db');
  return Promise.resolve({
    open: (options) => openUsageStore(`sqlite:${file}`, options),
    exec: (sql) => {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
      return Promise.resolve();
    },
    table: (name) => name,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
});

describe('SQLite store specifics', () => {
  it('runs in WAL mode with synchronous=FULL, so an acknowledged record survives a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      const store = await openUsageStore(`sqlite:${join(dir, 'u.db')}`);
      await store.record(sampleRecord(1));
      const db = new Database(join(dir, 'u.db'), { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resolves a relative path against the given cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      const store = await openUsageStore('sqlite:rel.db', { cwd: dir });
      await store.record(sampleRecord(1));
      await store.close();
      const again = await openUsageStore(`sqlite:${join(dir, 'rel.db')}`, { create: false });
      expect(await again.query()).toHaveLength(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with create: false, refuses a missing file and a SQLite file that is not a usage store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      await expect(
        openUsageStore(`sqlite:${join(dir, 'missing.db')}`, { create: false }),
      ).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/file does not exist/) });
      const other = new Database(join(dir, 'other.db'));
      other.exec('CREATE TABLE t (x)');
      other.close();
      await expect(
        openUsageStore(`sqlite:${join(dir, 'other.db')}`, { create: false }),
      ).rejects.toMatchObject({
        code: 'not-found',
        message: expect.stringMatching(/not a Switchboard usage store/),
      });
      writeFileSync(
        join(dir, 'junk.db'),
        'this is not a database at all, just text that is long enough to look like a header.......',
      );
      await expect(openUsageStore(`sqlite:${join(dir, 'junk.db')}`, { create: false })).rejects.toMatchObject(
        { code: 'unreachable' },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown URL scheme, listing the supported ones', async () => {
    await expect(openUsageStore('mysql://x')).rejects.toMatchObject({
      code: 'unsupported-url',
      message: expect.stringMatching(/sqlite:.*postgres:\/\/.*pglite:/),
    });
  });
});
