import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openSqlStore, openUsageStore, pgliteClient } from './index.js';
import { shadowStoreContract } from './test-support/shadow-contract-suite.js';

shadowStoreContract('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sb-shadow-'));
  const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`);
  const cleanup = async (): Promise<void> => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { store, cleanup };
});

describe('PGlite', () => {
  let db: PGlite;
  let n = 0;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterAll(async () => {
    await db.close();
  });
  shadowStoreContract('PGlite', async () => {
    const schema = `shadow_${++n}`;
    const store = await openSqlStore(pgliteClient(db, 'pglite:memory', { ownsDb: false }), { schema });
    const cleanup = async (): Promise<void> => {
      await store.close();
      await db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    };
    return { store, cleanup };
  });
});

const url = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
describe.runIf(url)('real PostgreSQL server', () => {
  let n = 0;
  const run = `${process.pid}_${Date.now().toString(36)}`;
  shadowStoreContract('PostgreSQL', async () => {
    const schema = `sbshadow_${run}_${++n}`;
    const store = await openUsageStore(`${url!}?schema=${schema}`);
    return {
      store,
      cleanup: async () => {
        await store.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    };
  });
});
