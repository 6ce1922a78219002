/** The usage-store port: every gateway request's metering record, a hash chain over them, and the gateway's shared state (keys, spend). */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
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

/** The last entry of the audit chain; kept outside the store, it detects truncation and rebuilds. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** Index of the first entry whose hash does not match, when not ok. */
  brokenAt?: number;
  /** The last verified entry (null for an empty chain). */
  head?: AuditHead | null;
  message: string;
}

/** A gateway API key kept in the store: only its SHA-256, never the key. */
export interface StoredKey {
  id: string;
  workload: string;
  sha256: string;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms after which the key is refused; null: never. */
  expiresAt: number | null;
  revokedAt: number | null;
  /** Per-key limits; null: the config's default for keys. */
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

export interface KeyStore {
  /** Adds a key; refuses (invalid-record) a duplicate hash. */
  create(key: StoredKey): Promise<void>;
  /** Every key, revoked and expired ones included, ordered by id then creation. */
  list(): Promise<StoredKey[]>;
  /** Revokes every secret of the key id at `at`; returns how many were active. */
  revoke(id: string, at: number): Promise<number>;
  /** Adds `next` and makes the id's other active secrets expire at `oldExpiresAt`, in one transaction. */
  rotate(next: StoredKey, oldExpiresAt: number): Promise<number>;
}

export interface SpendQuery {
  workload: string;
  /** UTC day (YYYY-MM-DD) or month (YYYY-MM). */
  period: string;
}

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

export interface UsageStore {
  /** Durable before it resolves (SQLite WAL + synchronous=FULL, or a committed PostgreSQL transaction); also appends the audit entry. */
  record(entry: UsageRecord): Promise<void>;
  /** Optional bulk form of record() (imports, tests, benchmarks): one transaction, all or nothing, audit entries in array order. */
  recordMany?(entries: readonly UsageRecord[]): Promise<void>;
  query(q?: UsageQuery): Promise<UsageRecord[]>;
  /** Walks the chain and every usage row it covers; with an anchor, also proves the chain still reaches it. */
  verifyAudit(anchor?: AuditHead): Promise<AuditVerification>;
  /** The chain's last entry; null when empty. */
  auditHead(): Promise<AuditHead | null>;
  /** Schema version of the store, to refuse stores written by another version. */
  schemaVersion(): Promise<number>;
  /** Resolves when the store can take records now (write lock or primary reachable); rejects otherwise. */
  probe(): Promise<void>;
  /** Metered spend in micro-dollars of a workload in a UTC day or month (a running total kept with the records). */
  spend(q: SpendQuery): Promise<number>;
  keys: KeyStore;
  /** A rate limiter shared by every process using this store; absent: the caller keeps limits in memory. */
  rateLimiter?(options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
  /** Shadow-traffic scores (docs/eval.md), in the same database. */
  readonly shadow?: ShadowStore;
}
