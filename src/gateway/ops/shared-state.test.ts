/**
 * Limits, budgets and keys held across replicas sharing one PostgreSQL store: two gateways on one PGlite
 * database always, and two `switchboard serve` processes on a real server when SWITCHBOARD_TEST_POSTGRES_URL is set.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openSqlStore, openUsageStore, pgliteClient, type UsageStore } from '../../stores/index.js';
import { sha256Hex } from '../auth.js';
import { startFakeOpenAi } from '../test-support/fake-openai.js';
import { startHarness } from '../test-support/harness.js';
import { startServe } from './test-support/serve-process.js';

const KEY = 'sk-sb-shared-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'sb-shared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, key: string): Promise<Response> =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hello' }] }) });

/** 8 requests alternating between the two replicas, one at a time: statuses in order. */
async function alternate(urls: [string, string], key: string, n = 8): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await post(urls[i % 2]!, key)).status);
  return out;
}

describe('two gateways on one PGlite database', () => {
  it('share the per-workload rate limit, the daily budget and key revocation', { timeout: 60_000 }, async () => {
    const db = await openPglite(undefined);
    const stores: UsageStore[] = [];
    for (let i = 0; i < 2; i++) stores.push(await openSqlStore(pgliteClient(db, 'pglite:memory', { ownsDb: false })));
    const edit = (c: Parameters<NonNullable<Parameters<typeof startHarness>[0]>['edit'] & object>[0]) => {
      c.limits = { perWorkload: { chat: { requestsPerMinute: 5 } } };
      c.budgets = { notes: { dailyUsd: 0.006 } };
      c.ops = { keyRefreshMs: 200, budgetRefreshMs: 100 };
    };
    const [a, b] = [await startHarness({ store: stores[0]!, edit }), await startHarness({ store: stores[1]!, edit })];
    try {
      // Rate limit: 5 a minute for the workload, whichever replica serves.
      expect(await alternate([a.url, b.url], 'sk-sb-chat-0123456789abcdef')).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      // Budget: $0.0035 per request at 2.5 / 10 per MTok; the second crosses $0.006 and every later one is refused.
      a.gpt.usage = { input: 1000, output: 100, cached: 0 };
      b.gpt.usage = { input: 1000, output: 100, cached: 0 };
      expect((await post(a.url, 'sk-sb-notes-0123456789abcdef')).status).toBe(200);
      expect((await post(a.url, 'sk-sb-notes-0123456789abcdef')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 150));
      expect((await post(b.url, 'sk-sb-notes-0123456789abcdef')).status).toBe(429);
      expect(a.gpt.requests.length + b.gpt.requests.length).toBe(2);
      // Keys: created and revoked through one replica's store, refused by the other within keyRefreshMs.
      await stores[0]!.keys.create({ id: 'shared', workload: 'chat', sha256: sha256Hex(KEY), createdAt: Date.now(), expiresAt: null, revokedAt: null, requestsPerMinute: null, tokensPerMinute: null });
      await new Promise((r) => setTimeout(r, 300));
      expect((await post(b.url, KEY)).status).toBe(429); // known to b (the workload's limit is spent), not 401
      await stores[0]!.keys.revoke('shared', Date.now());
      await new Promise((r) => setTimeout(r, 300));
      expect((await post(b.url, KEY)).status).toBe(401);
    } finally {
      await a.close();
      await b.close();
      for (const s of stores) await s.close();
      await db.close();
    }
  });
});

const PG = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
describe('two switchboard serve processes on one PostgreSQL server', () => {
  it.skipIf(!PG)(`hold one rate limit, one budget and one key set${PG ? '' : ' [skipped: set SWITCHBOARD_TEST_POSTGRES_URL]'}`, { timeout: 120_000 }, async () => {
    const schema = `sb_shared_${process.pid}_${Date.now().toString(36)}`;
    const url = `${PG!}${PG!.includes('?') ? '&' : '?'}schema=${schema}`;
    const upstream = await startFakeOpenAi();
    const cfg = join(dir, 'pg.yaml');
    // A priced third party (gpt-6-luna: $0.10 / $0.50 per MTok): 12 in + 5 out = 4 micro-dollars a request.
    writeFileSync(
      cfg,
      `listen: 127.0.0.1:0
store: "${url}"
destinations:
  api: { kind: third-party, api: openai, baseUrl: "${upstream.baseUrl}", model: gpt-6-luna, allowPrivateNetwork: true, maxRetries: 0 }
routes:
  - { workload: limited, dataMayLeave: anywhere, default: [api] }
  - { workload: budgeted, dataMayLeave: anywhere, default: [api] }
keys:
  - { id: l, workload: limited, sha256: ${sha256Hex('sk-sb-limited-0123456789')} }
  - { id: b, workload: budgeted, sha256: ${sha256Hex('sk-sb-budgeted-0123456789')} }
limits: { perWorkload: { limited: { requestsPerMinute: 5 } } }
budgets: { budgeted: { dailyUsd: 0.00001 } }
ops: { keyRefreshMs: 300, budgetRefreshMs: 100 }
`,
    );
    const seed = await openUsageStore(url);
    const procs = [await startServe(cfg), await startServe(cfg)];
    try {
      const urls: [string, string] = [procs[0]!.url, procs[1]!.url];
      expect(await alternate(urls, 'sk-sb-limited-0123456789')).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      // 4 micro-dollars each against a 10 micro-dollar day: the third request reaches the limit.
      const spent: number[] = [];
      for (let i = 0; i < 6; i++) {
        spent.push((await post(urls[i % 2]!, 'sk-sb-budgeted-0123456789')).status);
        await new Promise((r) => setTimeout(r, 150));
      }
      expect(spent).toEqual([200, 200, 200, 429, 429, 429]);
      await seed.keys.create({ id: 'dyn', workload: 'limited', sha256: sha256Hex(KEY), createdAt: Date.now(), expiresAt: null, revokedAt: null, requestsPerMinute: null, tokensPerMinute: null });
      await new Promise((r) => setTimeout(r, 600));
      expect((await post(urls[1], KEY)).status).toBe(429);
      await seed.keys.revoke('dyn', Date.now());
      await new Promise((r) => setTimeout(r, 600));
      expect((await post(urls[1], KEY)).status).toBe(401);
      expect((await post(urls[0], KEY)).status).toBe(401);
      const rows = await seed.query();
      expect(rows.filter((r) => r.workload === 'budgeted' && r.status === 200).reduce((s, r) => s + r.costMicroUsd, 0)).toBe(12);
      expect(await seed.verifyAudit()).toMatchObject({ ok: true, entries: rows.length });
    } finally {
      for (const p of procs) {
        p.kill('SIGTERM');
        await p.exited;
      }
      await seed.close();
      await upstream.close();
      const c = new pg.Client({ connectionString: PG });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  });
});
