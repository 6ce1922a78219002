/** Reading audit rows joined with the usage row each covers, the same way in every SQL dialect. */
import type { AuditRow } from './audit-chain.js';
import { USAGE_COLUMNS, rowToRecord, type UsageRow } from './record-row.js';
import type { UsageRecord } from './usage-store.js';

/** `SELECT ... FROM audit_log a LEFT JOIN usage_records u ON u.id = a.request_id` columns. */
export const AUDIT_JOIN_COLUMNS = [
  'a.seq AS seq',
  'a.time AS time',
  'a.request_id AS request_id',
  'a.key_id AS key_id',
  'a.workload AS workload',
  'a.destination AS destination',
  'a.data_class AS data_class',
  'a.reason AS reason',
  'a.status AS status',
  'a.record_hash AS record_hash',
  'a.prev_hash AS prev_hash',
  'a.hash AS hash',
  ...USAGE_COLUMNS.map((c) => `u.${c} AS u_${c}`),
].join(', ');

const text = (v: unknown): string => (typeof v === 'string' ? v : String(v));

export function auditRowFrom(r: Record<string, unknown>): AuditRow {
  return {
    seq: Number(r.seq),
    time: Number(r.time),
    requestId: text(r.request_id),
    keyId: text(r.key_id),
    workload: text(r.workload),
    destination: r.destination === null || r.destination === undefined ? null : text(r.destination),
    dataClass: text(r.data_class),
    reason: text(r.reason),
    status: Number(r.status),
    // Entries written by schema 1 have none; the chain hash then covers only the entry's own fields.
    recordHash: typeof r.record_hash === 'string' && r.record_hash !== '' ? r.record_hash : undefined,
    prevHash: text(r.prev_hash),
    hash: text(r.hash),
  };
}

/** The usage row of a joined audit row; null when it was deleted. */
export function joinedRecordFrom(r: Record<string, unknown>): UsageRecord | null {
  if (r.u_id === null || r.u_id === undefined) return null;
  return rowToRecord(Object.fromEntries(USAGE_COLUMNS.map((c) => [c, r[`u_${c}`]])) as UsageRow);
}
