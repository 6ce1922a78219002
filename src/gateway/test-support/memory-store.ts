import type { AuditVerification, UsageQuery, UsageRecord, UsageStore } from '../../stores/usage-store.js';

/** In-memory UsageStore for unit tests; `failNext` makes the next writes throw. */
export class MemoryStore implements UsageStore {
  readonly records: UsageRecord[] = [];
  failNext = 0;

  record(entry: UsageRecord): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
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
  schemaVersion(): Promise<number> {
    return Promise.resolve(1);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
