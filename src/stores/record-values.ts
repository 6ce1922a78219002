/** Usage record <-> row values, without zod, so the SQLite writer thread loads little. */
import type { UsageRecord } from './usage-store.js';

/** Column order of `usage_records`; both dialects insert and select in this order. */
export const USAGE_COLUMNS = [
  'id',
  'time',
  'key_id',
  'workload',
  'destination',
  'destination_kind',
  'model',
  'data_class',
  'reason',
  'input_tokens',
  'output_tokens',
  'cached_input_tokens',
  'cost_micro_usd',
  'latency_ms',
  'ttft_ms',
  'status',
  'stream',
  'attempts',
  'error_code',
  'cache_write_input_tokens',
  'cache_write_1h_input_tokens',
  'tokens_estimated',
] as const;

export type UsageRow = Record<(typeof USAGE_COLUMNS)[number], unknown>;

/** Values in USAGE_COLUMNS order; `stream` as the dialect wants it (SQLite has no boolean). */
export function recordToValues(r: UsageRecord, booleans: 'native' | 'integer'): unknown[] {
  return [
    r.id,
    r.time,
    r.keyId,
    r.workload,
    r.destination,
    r.destinationKind,
    r.model,
    r.dataClass,
    r.reason,
    r.inputTokens,
    r.outputTokens,
    r.cachedInputTokens,
    r.costMicroUsd,
    r.latencyMs,
    r.ttftMs,
    r.status,
    booleans === 'native' ? r.stream : r.stream ? 1 : 0,
    JSON.stringify(r.attempts),
    r.errorCode,
    r.cacheWriteInputTokens ?? 0,
    r.cacheWrite1hInputTokens ?? 0,
    booleans === 'native' ? r.tokensEstimated === true : r.tokensEstimated === true ? 1 : 0,
  ];
}

// pg returns BIGINT as a string and PGlite as a number; both are exact below 2^53.
const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';

/** Columns added in schema 3, kept out of the record at their defaults so older records read back (and hash) as written. */
function schema3Fields(row: UsageRow): Pick<UsageRecord, 'cacheWriteInputTokens' | 'cacheWrite1hInputTokens' | 'tokensEstimated'> {
  const written = num(row.cache_write_input_tokens ?? 0);
  const oneHour = num(row.cache_write_1h_input_tokens ?? 0);
  return {
    ...(written > 0 ? { cacheWriteInputTokens: written } : {}),
    ...(oneHour > 0 ? { cacheWrite1hInputTokens: oneHour } : {}),
    ...(bool(row.tokens_estimated) ? { tokensEstimated: true } : {}),
  };
}

export function rowToRecord(row: UsageRow): UsageRecord {
  return {
    id: str(row.id),
    time: num(row.time),
    keyId: str(row.key_id),
    workload: str(row.workload),
    destination: strOrNull(row.destination),
    destinationKind: strOrNull(row.destination_kind) as UsageRecord['destinationKind'],
    model: strOrNull(row.model),
    dataClass: str(row.data_class) as UsageRecord['dataClass'],
    reason: str(row.reason),
    inputTokens: num(row.input_tokens),
    outputTokens: num(row.output_tokens),
    cachedInputTokens: num(row.cached_input_tokens),
    costMicroUsd: num(row.cost_micro_usd),
    latencyMs: num(row.latency_ms),
    ttftMs: row.ttft_ms === null || row.ttft_ms === undefined ? null : num(row.ttft_ms),
    status: num(row.status),
    stream: bool(row.stream),
    attempts: JSON.parse(str(row.attempts)) as string[],
    errorCode: strOrNull(row.error_code),
    ...schema3Fields(row),
  };
}
