/** One mapping between a UsageRecord and a table row, shared by every SQL dialect. */
import { z } from 'zod';
import { fromZodIssues } from '../core/validation/index.js';
import { formatIssues } from '../core/result.js';
import { StoreError } from './errors.js';
import type { UsageRecord } from './usage-store.js';

const count = z.number().int().nonnegative();

export const usageRecordSchema = z.strictObject({
  id: z.string().min(1),
  time: z.number().int().nonnegative(),
  keyId: z.string(),
  workload: z.string().min(1),
  destination: z.string().nullable(),
  destinationKind: z.enum(['self-hosted', 'third-party']).nullable(),
  model: z.string().nullable(),
  dataClass: z.enum(['pii', 'phi', 'pci', 'financial', 'secret', 'none']),
  reason: z.string(),
  inputTokens: count,
  outputTokens: count,
  cachedInputTokens: count,
  cacheWriteInputTokens: count.optional(),
  cacheWrite1hInputTokens: count.optional(),
  tokensEstimated: z.boolean().optional(),
  /** Micro-dollars must be an exact integer: money never rounds silently. */
  costMicroUsd: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  latencyMs: z.number().nonnegative(),
  ttftMs: z.number().nonnegative().nullable(),
  status: z.number().int().min(100).max(599),
  stream: z.boolean(),
  attempts: z.array(z.string()),
  errorCode: z.string().nullable(),
}).superRefine((r, ctx) => {
  // The cache counts are parts of the input: never more than it holds.
  if ((r.cacheWrite1hInputTokens ?? 0) > (r.cacheWriteInputTokens ?? 0))
    ctx.addIssue({ code: 'custom', path: ['cacheWrite1hInputTokens'], message: `expected at most cacheWriteInputTokens (${r.cacheWriteInputTokens ?? 0}), got ${r.cacheWrite1hInputTokens}` });
  if (r.cacheWriteInputTokens && r.cacheWriteInputTokens + r.cachedInputTokens > r.inputTokens)
    ctx.addIssue({ code: 'custom', path: ['cacheWriteInputTokens'], message: `expected cacheWriteInputTokens + cachedInputTokens at most inputTokens (${r.inputTokens}), got ${r.cacheWriteInputTokens + r.cachedInputTokens}` });
});

// Compile-time check that the schema and the port's interface agree both ways.
type SchemaRecord = z.output<typeof usageRecordSchema>;
export type RecordSchemaMatchesPort = [
  SchemaRecord extends UsageRecord ? true : never,
  UsageRecord extends SchemaRecord ? true : never,
];
export const recordSchemaMatchesPort: RecordSchemaMatchesPort = [true, true];

export function validateRecord(entry: unknown): UsageRecord {
  const parsed = usageRecordSchema.safeParse(entry, { reportInput: true });
  if (!parsed.success) {
    throw new StoreError(
      'invalid-record',
      `usage record rejected:\n${formatIssues(fromZodIssues(usageRecordSchema, parsed.error.issues))}`,
    );
  }
  return parsed.data;
}


export { USAGE_COLUMNS, recordToValues, rowToRecord, type UsageRow } from './record-values.js';
