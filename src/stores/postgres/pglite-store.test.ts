import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlStore, openUsageStore, pgliteClient } from '../index.js';
import { openPglite } from './index.js';
import { sampleRecord, usageStoreContract } from '../test-support/contract-suite.js';

// One PGlite per file (it takes seconds to start); each test gets its own schema.
let db: PGlite;
let n = 0;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

usageStoreContract('PGlite (in-process PostgreSQL)', () => {
  const schema = `contract_${++n}`;
  return Promise.resolve({
    open: (options) =>
      openSqlStore(pgliteClient(db, 'pglite:memory', { ownsDb: false }), { ...options, schema }),
    exec: async (sql) => {
      await db.exec(sql);
    },
    table: (name) => `"${schema}".${name}`,
    cleanup: async () => {
      await db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  });
});

describe('PGlite store specifics', () => {
  it('opens through a pglite:memory URL and a ?schema= parameter', async () => {
    const store = await openUsageStore('pglite:memory?schema=from_url');
    await store.record(sampleRecord(1));
    expect(await store.query()).toHaveLength(1);
    expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 1 });
    await store.close();
  });

  it('with create: false, refuses a database without a store', async () => {
    await expect(
      openSqlStore(pgliteClient(db, 'pglite:memory', { ownsDb: false }), {
        create: false,
        schema: 'nothing_here',
      }),
    ).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no usage store in pglite:memory \(schema nothing_here\)/),
    });
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(
      openSqlStore(pgliteClient(db, 'pglite:memory', { ownsDb: false }), { schema: 'x"; DROP TABLE y' }),
    ).rejects.toMatchObject({ code: 'unsupported-url' });
  });
});

describe('PGlite is an optional package', () => {
  it('a pglite: store without @electric-sql/pglite installed says what to install', async () => {
    const missing = Object.assign(new Error("Cannot find package '@electric-sql/pglite'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(openPglite(undefined, () => Promise.reject(missing))).rejects.toMatchObject({
      name: 'StoreError',
      code: 'unsupported-url',
      message: expect.stringMatching(/needs the optional package @electric-sql\/pglite.*npm install @electric-sql\/pglite/),
    });
  });

  it('other load failures are not disguised as a missing package', async () => {
    await expect(openPglite(undefined, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  });
});
