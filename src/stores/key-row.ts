/** One mapping between a StoredKey and an `api_keys` row, shared by every SQL dialect. */
import { z } from 'zod';
import { formatIssues } from '../core/result.js';
import { fromZodIssues } from '../core/validation/index.js';
import { StoreError } from './errors.js';
import type { StoredKey } from './usage-store.js';

const epoch = z.number().int().nonnegative();
const perMinute = z.number().int().positive().nullable();

export const storedKeySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"'),
  workload: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters'),
  createdAt: epoch,
  expiresAt: epoch.nullable(),
  revokedAt: epoch.nullable(),
  requestsPerMinute: perMinute,
  tokensPerMinute: perMinute,
});

export function validateKey(key: unknown): StoredKey {
  const parsed = storedKeySchema.safeParse(key, { reportInput: true });
  if (!parsed.success) throw new StoreError('invalid-record', `key rejected:\n${formatIssues(fromZodIssues(storedKeySchema, parsed.error.issues))}`);
  return parsed.data;
}

export const KEY_COLUMNS = 'sha256, id, workload, created_at, expires_at, revoked_at, requests_per_minute, tokens_per_minute';

export const keyValues = (k: StoredKey): unknown[] => [k.sha256, k.id, k.workload, k.createdAt, k.expiresAt, k.revokedAt, k.requestsPerMinute, k.tokensPerMinute];

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowToKey(row: Record<string, unknown>): StoredKey {
  return {
    id: String(row.id),
    workload: String(row.workload),
    sha256: String(row.sha256),
    createdAt: Number(row.created_at),
    expiresAt: numOrNull(row.expires_at),
    revokedAt: numOrNull(row.revoked_at),
    requestsPerMinute: numOrNull(row.requests_per_minute),
    tokensPerMinute: numOrNull(row.tokens_per_minute),
  };
}
