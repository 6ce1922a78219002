/** The one contract every UsageStore adapter passes (SQLite, PGlite, real PostgreSQL). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, StoreError } from '../errors.js';
import type { OpenStoreOptions } from '../open-options.js';
import { USAGE_COLUMNS } from '../record-values.js';
import type { StoredKey, UsageRecord, UsageStore } from '../usage-store.js';

export interface StoreHarness {
  /** Opens (or reopens) the store at this harness's location. */
  open: (options?: OpenStoreOptions) => Promise<UsageStore>;
  /** Raw SQL against the same database, for tampering; `table('audit_log')` is the qualified name. */
  exec: (sql: string) => Promise<void>;
  table: (name: 'audit_log' | 'usage_records' | 'switchboard_schema') => string;
  cleanup: () => Promise<void>;
}

const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);

export function sampleRecord(i: number, overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    id: `req-${String(i).padStart(5, '0')}`,
    time: T0 + i * 60_000,
    keyId: 'notes-app',
    workload: i % 2 === 0 ? 'clinical-notes' : 'support-bot',
    destination: i % 3 === 0 ? null : 'local-llama',
    destinationKind: i % 3 === 0 ? null : 'self-hosted',
    model: i % 3 === 0 ? null : 'meta-llama/Llama-3.1-8B-Instruct',
    dataClass: i % 2 === 0 ? 'phi' : 'none',
    reason: i % 3 === 0 ? 'sensitive.no-allowed-destination' : 'sensitive.self-hosted-only',
    inputTokens: 1000 + i,
    outputTokens: 200 + i,
    cachedInputTokens: 100,
    costMicroUsd: 1234 * i,
    latencyMs: 250.5 + i,
    ttftMs: i % 2 === 0 ? 40.25 : null,
    status: i % 3 === 0 ? 503 : 200,
    stream: i % 2 === 0,
    attempts: i % 4 === 0 ? ['gpt', 'local-llama'] : [],
    errorCode: i % 3 === 0 ? 'no_allowed_destination' : null,
    ...overrides,
  };
}

export function usageStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`UsageStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: UsageStore;
    beforeEach(async () => {
      h = await makeHarness();
      store = await h.open();
    });
    afterEach(async () => {
      await store.close();
      await h.cleanup();
    });

    it('returns every field of a record exactly as written, big micro-dollar amounts included', async () => {
      const r = sampleRecord(3, { costMicroUsd: 9_007_199_254_740_991, attempts: ['a', 'b'], stream: true });
      const s = sampleRecord(4);
      await store.record(r);
      await store.record(s);
      expect(await store.query()).toEqual([r, s]);
    });

    it('stores the cache-write counts (all lifetimes and the 1-hour part) and whether the tokens were estimated', async () => {
      const cached = sampleRecord(1, { inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400 });
      const estimated = sampleRecord(2, { tokensEstimated: true, errorCode: 'upstream_reset', status: 502 });
      const plain = sampleRecord(4);
      await store.recordMany!([cached, estimated]);
      await store.record(plain);
      expect(await store.query()).toEqual([cached, estimated, plain]);
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 3 });
      // The 1-hour writes are part of the writes, and the writes part of the input.
      const err = await store.record(sampleRecord(5, { cacheWriteInputTokens: 10, cacheWrite1hInputTokens: 11 })).catch((e: unknown) => e);
      expect((err as StoreError).code).toBe('invalid-record');
      expect((err as StoreError).message).toContain('cacheWrite1hInputTokens');
      const over = await store.record(sampleRecord(6, { inputTokens: 100, cachedInputTokens: 50, cacheWriteInputTokens: 51 })).catch((e: unknown) => e);
      expect((over as StoreError).message).toContain('cacheWriteInputTokens');
    });

    it('upgrades a schema-2 store in place: old records read back unchanged, the audit chain still verifies', async () => {
      const old = sampleRecord(1);
      await store.record(old);
      await store.close();
      for (const column of ['cache_write_input_tokens', 'cache_write_1h_input_tokens', 'tokens_estimated'])
        await h.exec(`ALTER TABLE ${h.table('usage_records')} DROP COLUMN ${column}`);
      await h.exec(`UPDATE ${h.table('switchboard_schema')} SET version = 2`);
      // A reader never migrates: it names both versions.
      const refused = await h.open({ create: false }).catch((e: unknown) => e);
      expect((refused as StoreError).code).toBe('version-mismatch');
      store = await h.open();
      expect(await store.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
      const next = sampleRecord(2, { cacheWriteInputTokens: 500, cacheWrite1hInputTokens: 500, tokensEstimated: true });
      await store.record(next);
      expect(await store.query()).toEqual([old, next]);
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 2 });
    });

    it('filters by since (inclusive), until (exclusive) and workload, ordered by time', async () => {
      for (const i of [5, 1, 4, 2, 3]) await store.record(sampleRecord(i));
      const since = sampleRecord(2).time;
      const until = sampleRecord(5).time;
      expect((await store.query({ since, until })).map((r) => r.id)).toEqual([
        'req-00002',
        'req-00003',
        'req-00004',
      ]);
      expect((await store.query({ workload: 'support-bot' })).map((r) => r.id)).toEqual([
        'req-00001',
        'req-00003',
        'req-00005',
      ]);
      expect(await store.query({ since: until + 1 })).toEqual([]);
    });

    it('refuses a fractional micro-dollar cost, naming the field, and stores nothing', async () => {
      const err = await store.record(sampleRecord(1, { costMicroUsd: 1.5 })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('invalid-record');
      expect((err as StoreError).message).toMatch(/costMicroUsd: expected an? int/);
      expect(await store.query()).toEqual([]);
      expect((await store.verifyAudit()).entries).toBe(0);
    });

    it('refuses a second record with the same request id and keeps the chain intact', async () => {
      await store.record(sampleRecord(1));
      const err = await store.record(sampleRecord(1)).catch((e: unknown) => e);
      expect((err as StoreError).code).toBe('invalid-record');
      expect(await store.query()).toHaveLength(1);
      expect(await store.verifyAudit()).toMatchObject({
        ok: true,
        entries: 1,
        message: 'audit chain intact: 1 entries verified',
      });
    });

    it('chains one audit entry per record and verifies them', async () => {
      for (let i = 1; i <= 12; i++) await store.record(sampleRecord(i));
      const v = await store.verifyAudit();
      expect(v.ok).toBe(true);
      expect(v.entries).toBe(12);
    });

    it('verifies an empty store', async () => {
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 0 });
    });

    it('detects an audit entry rewritten after the fact, and names it', async () => {
      for (let i = 1; i <= 8; i++) await store.record(sampleRecord(i));
      await h.exec(`UPDATE ${h.table('audit_log')} SET destination = 'gpt' WHERE seq = 5`);
      const v = await store.verifyAudit();
      expect(v).toMatchObject({ ok: false, brokenAt: 4, entries: 4 });
      expect(v.message).toMatch(/entry 4 \(seq 5\).*modified/);
    });

    it('detects a deleted audit entry', async () => {
      for (let i = 1; i <= 6; i++) await store.record(sampleRecord(i));
      await h.exec(`DELETE FROM ${h.table('audit_log')} WHERE seq = 3`);
      expect(await store.verifyAudit()).toMatchObject({ ok: false, brokenAt: 2 });
    });

    it('detects a rewritten hash chain whose tail no longer links', async () => {
      for (let i = 1; i <= 4; i++) await store.record(sampleRecord(i));
      await h.exec(`UPDATE ${h.table('audit_log')} SET hash = '${'f'.repeat(64)}' WHERE seq = 2`);
      expect(await store.verifyAudit()).toMatchObject({ ok: false, brokenAt: 1 });
    });

    it('detects a usage row deleted behind the audit log, and names its request', async () => {
      for (let i = 1; i <= 4; i++) await store.record(sampleRecord(i));
      await h.exec(`DELETE FROM ${h.table('usage_records')} WHERE id = 'req-00002'`);
      const v = await store.verifyAudit();
      expect(v).toMatchObject({ ok: false, brokenAt: 1 });
      expect(v.message).toMatch(/"req-00002" it covers was deleted/);
    });

    it.each([
      ['cost set to 0', 'cost_micro_usd = 0'],
      ['destination changed from gpt to local', "destination = 'local'"],
      ['tokens lowered', 'output_tokens = 1'],
      ['error code cleared', 'error_code = NULL'],
      ['cache writes added', 'cache_write_input_tokens = 100'],
      ['marked as estimated', 'tokens_estimated = (1 = 1)'],
    ])('detects a metered row edited after the fact: %s', async (_what, set) => {
      for (let i = 1; i <= 4; i++) await store.record(sampleRecord(i, { destination: 'gpt', errorCode: 'upstream_reset' }));
      await h.exec(`UPDATE ${h.table('usage_records')} SET ${set} WHERE id = 'req-00003'`);
      const v = await store.verifyAudit();
      expect(v).toMatchObject({ ok: false, brokenAt: 2 });
      expect(v.message).toMatch(/"req-00003" it covers was modified/);
    });

    it('detects usage rows inserted behind the audit log', async () => {
      for (let i = 1; i <= 2; i++) await store.record(sampleRecord(i));
      await h.exec(`INSERT INTO ${h.table('usage_records')} (${USAGE_COLUMNS.join(', ')}) SELECT 'req-x', time, key_id, workload, destination, destination_kind, model, data_class, reason, input_tokens, output_tokens, cached_input_tokens, cost_micro_usd, latency_ms, ttft_ms, status, stream, attempts, error_code, cache_write_input_tokens, cache_write_1h_input_tokens, tokens_estimated FROM ${h.table('usage_records')} WHERE id = 'req-00001'`);
      expect((await store.verifyAudit()).message).toMatch(/2 entries, but the store holds 3 usage records/);
    });

    it('reports the head and, given an anchor kept elsewhere, detects a truncated or rebuilt chain', async () => {
      for (let i = 1; i <= 5; i++) await store.record(sampleRecord(i));
      const head = await store.auditHead();
      expect(head).toMatchObject({ seq: 5 });
      expect(await store.verifyAudit(head!)).toMatchObject({ ok: true, entries: 5, head });
      await h.exec(`DELETE FROM ${h.table('audit_log')} WHERE seq >= 4`);
      await h.exec(`DELETE FROM ${h.table('usage_records')} WHERE id IN ('req-00004', 'req-00005')`);
      // Without the anchor the shortened chain looks intact; with it, the truncation shows.
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 3 });
      const v = await store.verifyAudit(head!);
      expect(v.ok).toBe(false);
      expect(v.message).toMatch(/anchor names entry 5: the chain was truncated/);
      expect((await store.verifyAudit({ seq: 2, hash: 'f'.repeat(64) })).message).toMatch(/does not match the anchored head/);
    });

    it('keeps spend totals per workload and UTC day and month with the records', async () => {
      await store.recordMany!([1, 2, 3, 4].map((i) => sampleRecord(i)));
      await store.record(sampleRecord(6));
      // sampleRecord(i) costs 1234 × i; even i are clinical-notes, all on 2026-01-05.
      expect(await store.spend({ workload: 'clinical-notes', period: '2026-01-05' })).toBe(1234 * (2 + 4 + 6));
      expect(await store.spend({ workload: 'clinical-notes', period: '2026-01' })).toBe(1234 * 12);
      expect(await store.spend({ workload: 'support-bot', period: '2026-01' })).toBe(1234 * 4);
      expect(await store.spend({ workload: 'support-bot', period: '2026-02' })).toBe(0);
    });

    it('keeps keys: create, list, revoke every secret of an id, rotate with a grace period', async () => {
      const key = (n: number, over: Partial<StoredKey> = {}): StoredKey => ({ id: 'app', workload: 'clinical-notes', sha256: String(n).repeat(64).slice(0, 64), createdAt: 1000 + n, expiresAt: null, revokedAt: null, requestsPerMinute: null, tokensPerMinute: 5000, ...over });
      await store.keys.create(key(1));
      await expect(store.keys.create(key(1))).rejects.toMatchObject({ code: 'invalid-record', message: /already stored/ });
      await expect(store.keys.create(key(2, { sha256: 'xyz' }))).rejects.toMatchObject({ code: 'invalid-record', message: /sha256/ });
      expect(await store.keys.rotate(key(2), 5000)).toBe(1);
      expect((await store.keys.list()).map((k) => [k.sha256.slice(0, 1), k.expiresAt, k.revokedAt, k.tokensPerMinute])).toEqual([
        ['1', 5000, null, 5000],
        ['2', null, null, 5000],
      ]);
      expect(await store.keys.revoke('app', 6000)).toBe(1);
      expect(await store.keys.revoke('nobody', 6000)).toBe(0);
      expect((await store.keys.list()).map((k) => k.revokedAt)).toEqual([null, 6000]);
    });

    it('probes writable', async () => {
      await expect(store.probe()).resolves.toBeUndefined();
    });

    it('keeps the chain whole under 40 concurrent record() calls', async () => {
      await Promise.all(Array.from({ length: 40 }, (_, i) => store.record(sampleRecord(i + 1))));
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 40 });
      expect(await store.query()).toHaveLength(40);
    });

    it('rejects only the duplicate among concurrent record() calls', async () => {
      const results = await Promise.allSettled([1, 2, 1, 3].map((i) => store.record(sampleRecord(i))));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 3 });
    });

    it('keeps the chain whole with two store instances appending to one database', async () => {
      const other = await h.open();
      try {
        await Promise.all(
          Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? store : other).record(sampleRecord(i + 1))),
        );
        expect(await other.verifyAudit()).toMatchObject({ ok: true, entries: 30 });
      } finally {
        await other.close();
      }
    });

    it('records a batch in one transaction, continuing the chain, and rolls back a batch with a bad record', async () => {
      await store.record(sampleRecord(1));
      await store.recordMany!([2, 3, 4].map((i) => sampleRecord(i)));
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 4 });
      const err = await store.recordMany!([sampleRecord(5), sampleRecord(6, { costMicroUsd: -1 })]).catch(
        (e: unknown) => e,
      );
      expect((err as StoreError).code).toBe('invalid-record');
      const dup = await store.recordMany!([sampleRecord(7), sampleRecord(2)]).catch((e: unknown) => e);
      expect((dup as StoreError).code).toBe('invalid-record');
      expect((await store.query()).map((r) => r.id)).toEqual([
        'req-00001',
        'req-00002',
        'req-00003',
        'req-00004',
      ]);
      await store.record(sampleRecord(8));
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: 5 });
    });

    it('reports its schema version and refuses a store written by another version, naming both', async () => {
      expect(await store.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
      await store.record(sampleRecord(1));
      await store.close();
      await h.exec(`UPDATE ${h.table('switchboard_schema')} SET version = 7`);
      const err = await h.open().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('version-mismatch');
      expect((err as StoreError).message).toMatch(
        new RegExp(`schema version 7, written by a newer Switchboard; this Switchboard reads schema version ${CURRENT_SCHEMA_VERSION}`),
      );
      await h.exec(`UPDATE ${h.table('switchboard_schema')} SET version = ${CURRENT_SCHEMA_VERSION}`);
      store = await h.open();
      expect(await store.query()).toHaveLength(1);
    });

    it('reopens with create: false and refuses writes after close', async () => {
      await store.record(sampleRecord(1));
      const reader = await h.open({ create: false });
      expect(await reader.query()).toHaveLength(1);
      await reader.close();
      await expect(reader.query()).rejects.toMatchObject({ code: 'closed' });
    });
  });
}
