import type { AuditHead, AuditVerification, KeyStore, SpendQuery, StoredKey, UsageQuery, UsageRecord, UsageStore } from '../../stores/usage-store.js';

const active = (k: StoredKey, at: number) => k.revokedAt === null && (k.expiresAt === null || k.expiresAt > at);

/** In-memory UsageStore for unit tests; `failNext` makes the next writes throw, `down` makes every write and probe fail. */
export class MemoryStore implements UsageStore {
  readonly records: UsageRecord[] = [];
  readonly storedKeys: StoredKey[] = [];
  failNext = 0;
  down = false;

  record(entry: UsageRecord): Promise<void> {
    if (this.down || this.failNext > 0) {
      if (this.failNext > 0) this.failNext -= 1;
      return Promise.reject(new Error('store down'));
    }
    this.records.push(structuredClone(entry));
    return Promise.resolve();
  }
  query(q: UsageQuery = {}): Promise<UsageRecord[]> {
    return Promise.resolve(this.records.filter((r) => (q.since === undefined || r.time >= q.since) && (q.until === undefined || r.time <= q.until) && (q.workload === undefined || r.workload === q.workload)));
  }
  verifyAudit(): Promise<AuditVerification> {
    return Promise.resolve({ ok: true, entries: this.records.length, message: 'memory store' });
  }
  auditHead(): Promise<AuditHead | null> {
    return Promise.resolve(null);
  }
  schemaVersion(): Promise<number> {
    return Promise.resolve(2);
  }
  probe(): Promise<void> {
    return this.down ? Promise.reject(new Error('store down')) : Promise.resolve();
  }
  spend(q: SpendQuery): Promise<number> {
    const inPeriod = (t: number) => new Date(t).toISOString().startsWith(q.period);
    return Promise.resolve(this.records.filter((r) => r.workload === q.workload && inPeriod(r.time)).reduce((s, r) => s + r.costMicroUsd, 0));
  }
  readonly keys: KeyStore = {
    create: (k) => {
      this.storedKeys.push({ ...k });
      return Promise.resolve();
    },
    list: () => Promise.resolve(this.storedKeys.map((k) => ({ ...k }))),
    revoke: (id, at) => {
      const hits = this.storedKeys.filter((k) => k.id === id && active(k, at));
      for (const k of hits) k.revokedAt = at;
      return Promise.resolve(hits.length);
    },
    rotate: (next, oldExpiresAt) => {
      const hits = this.storedKeys.filter((k) => k.id === next.id && active(k, oldExpiresAt));
      for (const k of hits) k.expiresAt = oldExpiresAt;
      this.storedKeys.push({ ...next });
      return Promise.resolve(hits.length);
    },
  };
  close(): Promise<void> {
    return Promise.resolve();
  }
}
