import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openUsageStore } from '../stores/index.js';
import type { UsageStore } from '../stores/usage-store.js';
import { NOTES_KEY, SSN_TEXT, startHarness } from './test-support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'sb-gw-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${NOTES_KEY}` }, body: JSON.stringify(body) });

// SQLite only here: PGlite's WASM start-up is slow on a busy 2-core CI box, and the stores' own contract suite covers it.
describe.each([['sqlite', () => `sqlite:${join(dir, 'usage.db')}`]])('metering into a real %s store', (_kind, url) => {
  it('records JSON, streamed and refused requests with tokens, cost and an intact audit chain', async () => {
    const store = await openUsageStore(url());
    const h = await startHarness({ store });
    try {
      h.gpt.usage = { input: 1000, output: 100, cached: 800 };
      expect((await post(h.url, { model: 'x', messages: [{ role: 'user', content: 'hello' }] })).status).toBe(200);
      const streamed = await post(h.url, { model: 'x', stream: true, messages: [{ role: 'user', content: 'hello' }] });
      expect(await streamed.text()).toContain('[DONE]');
      h.local.fault = '500';
      expect((await post(h.url, { model: 'x', messages: [{ role: 'user', content: SSN_TEXT }] })).status).toBe(503);
      const rows = await store.query({ workload: 'notes' });
      expect(rows.map((r) => [r.stream, r.status, r.destination, r.costMicroUsd, r.cachedInputTokens])).toEqual([
        [false, 200, 'gpt', 2500, 800],
        [true, 200, 'gpt', 2500, 800],
        [false, 503, null, 0, 0],
      ]);
      expect(h.gpt.requests).toHaveLength(2);
      expect((await store.verifyAudit()).ok).toBe(true);
    } finally {
      await h.close();
      await store.close();
    }
  });
});

const PG = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
describe('two gateway instances sharing one PostgreSQL usage store (issue 7)', () => {
  it.skipIf(!PG)(`totals add up across instances${PG ? '' : ' [skipped: set SWITCHBOARD_TEST_POSTGRES_URL to a real PostgreSQL server; PGlite cannot be shared by two processes]'}`, async () => {
    const schema = `sb_gw_${Date.now().toString(36)}`;
    const url = `${PG ?? ''}${PG?.includes('?') ? '&' : '?'}schema=${schema}`;
    const stores: UsageStore[] = [await openUsageStore(url), await openUsageStore(url)];
    const [a, b] = [await startHarness({ store: stores[0]! }), await startHarness({ store: stores[1]! })];
    try {
      const fire = (url: string, n: number) => Promise.all(Array.from({ length: n }, (_, i) => post(url, { model: 'x', stream: i % 2 === 0, messages: [{ role: 'user', content: `hi ${i}` }] }).then((r) => r.text())));
      await Promise.all([fire(a.url, 30), fire(b.url, 20)]);
      const rows = await stores[0]!.query({ workload: 'notes' });
      expect(rows).toHaveLength(50);
      expect(rows.reduce((s, r) => s + r.costMicroUsd, 0)).toBe(50 * 80);
      expect(rows.reduce((s, r) => s + r.outputTokens, 0)).toBe(50 * 5);
      expect((await stores[1]!.verifyAudit()).ok).toBe(true);
    } finally {
      await a.close();
      await b.close();
      for (const s of stores) await s.close();
      const client = new pg.Client(PG);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });
});
