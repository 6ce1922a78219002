import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../errors.js';
import { openUsageStore } from '../index.js';
import { sampleRecord, usageStoreContract } from '../test-support/contract-suite.js';

// The real server, when CI provides one (.ci/run sets this); a unique schema per test so parallel files never collide.
const url = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
const run = `${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
let n = 0;

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe.runIf(url)('real PostgreSQL server', () => {
  usageStoreContract('PostgreSQL (pg Pool)', () => {
    const schema = `sbtest_${run}_${++n}`;
    return Promise.resolve({
      open: (options) => openUsageStore(`${url!}?schema=${schema}`, options),
      exec: sql,
      table: (name) => `"${schema}".${name}`,
      cleanup: () => sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
    });
  });

  it('reports an unreachable server as such, without the password', async () => {
    const err = await openUsageStore('postgres://user:s3cret@127.0.0.1:1/test').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'unreachable' });
    expect((err as Error).message).not.toContain('s3cret');
  });

  it('reports a missing database as not-found', async () => {
    const u = new URL(url!);
    u.pathname = '/no_such_db_for_switchboard';
    await expect(openUsageStore(u.toString(), { create: false })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('several gateways starting at once on a new schema all open it (regression: "relation already exists")', async () => {
    const schema = `sbtest_${run}_race`;
    try {
      const stores = await Promise.all(
        Array.from({ length: 6 }, () => openUsageStore(`${url!}?schema=${schema}`)),
      );
      expect(await Promise.all(stores.map((st) => st.schemaVersion()))).toEqual(Array(6).fill(CURRENT_SCHEMA_VERSION));
      await Promise.all(stores.map((st) => st.close()));
    } finally {
      await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it('two gateways (two pools) appending concurrently keep one intact chain', async () => {
    const schema = `sbtest_${run}_pair`;
    const a = await openUsageStore(`${url!}?schema=${schema}`);
    const b = await openUsageStore(`${url!}?schema=${schema}`);
    try {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? a : b).record(sampleRecord(i + 1))),
      );
      expect(await a.verifyAudit()).toMatchObject({ ok: true, entries: 100 });
    } finally {
      await a.close();
      await b.close();
      await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });
});
