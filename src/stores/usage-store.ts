/** The usage-store port: every gateway request's metering record, plus a hash-chained audit of routing decisions. */
import type { UsageRecord } from '../core/usage/types.js';
import type { ShadowStore } from './shadow-store.js';

/** The record type lives in the core (measurement reads it); the port re-exports it for the edges. */
export type { UsageRecord };

export interface UsageQuery {
  /** Epoch ms, inclusive. */
  since?: number;
  until?: number;
  workload?: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** Index of the first entry whose hash does not match, when not ok. */
  brokenAt?: number;
  message: string;
}

export interface UsageStore {
  /** Durable before it resolves (SQLite WAL + synchronous=FULL, or a committed PostgreSQL transaction); also appends the audit entry. */
  record(entry: UsageRecord): Promise<void>;
  /** Optional bulk form of record() (imports, tests, benchmarks): one transaction, all or nothing, audit entries in array order. */
  recordMany?(entries: readonly UsageRecord[]): Promise<void>;
  query(q?: UsageQuery): Promise<UsageRecord[]>;
  verifyAudit(): Promise<AuditVerification>;
  /** Schema version of the store, to refuse stores written by another version. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
  /** Shadow-traffic scores (docs/eval.md), in the same database. */
  readonly shadow?: ShadowStore;
}
