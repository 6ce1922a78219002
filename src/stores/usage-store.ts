/** The usage-store port: every gateway request's metering record, plus a hash-chained audit of routing decisions. */
import type { RequestDataClass } from '../core/detector/contract.js';

export interface UsageRecord {
  /** Unique request id (UUID), also returned to the client in `x-switchboard-request-id`. */
  id: string;
  /** Epoch milliseconds when the request arrived. */
  time: number;
  keyId: string;
  workload: string;
  /** Destination name from the config; null when the request was refused before any upstream. */
  destination: string | null;
  destinationKind: 'self-hosted' | 'third-party' | null;
  /** Upstream model id actually used. */
  model: string | null;
  dataClass: RequestDataClass;
  /** Routing reason code from `decide()`, e.g. `sensitive.self-hosted-only`. */
  reason: string;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  /** Integer micro-dollars (1e-6 USD); never a float. */
  costMicroUsd: number;
  latencyMs: number;
  /** Time to first byte of a streamed answer; null for non-streaming. */
  ttftMs: number | null;
  /** HTTP status returned to the client. */
  status: number;
  stream: boolean;
  /** Destinations tried before the one that answered, in order. */
  attempts: string[];
  /** Short error code when status >= 400, never upstream text or secrets. */
  errorCode: string | null;
}

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
}
