/** The shadow-score port: mirrored requests' scores, lengths and timings (never text), beside the usage records. */
import { shadowRecordSchema, type ShadowRecord } from '../core/eval/shadow-record.js';
import { StoreError } from './errors.js';

export type { ShadowRecord };

export interface ShadowQuery {
  /** Epoch ms, inclusive. */
  since?: number;
  until?: number;
  workload?: string;
}

export interface ShadowStore {
  /** Durable before it resolves, like usage records. */
  recordShadow(entry: ShadowRecord): Promise<void>;
  queryShadow(q?: ShadowQuery): Promise<ShadowRecord[]>;
}

/** Refuses anything but the strict record shape, so no text field can reach the table. */
export function validateShadowRecord(entry: unknown): ShadowRecord {
  const r = shadowRecordSchema.safeParse(entry);
  if (!r.success) throw new StoreError('invalid-record', `shadow record rejected: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? ''}`.trim());
  return r.data;
}

/** A stored row back to a record; a row that no longer parses is an error, never silently skipped. */
export function shadowRowToRecord(row: { id: unknown; time: unknown; workload: unknown; data_class: unknown; primary_destination: unknown; shadow_destination: unknown; measures: unknown }): ShadowRecord {
  return validateShadowRecord({
    id: String(row.id),
    time: Number(row.time),
    workload: String(row.workload),
    dataClass: String(row.data_class),
    primaryDestination: String(row.primary_destination),
    shadowDestination: String(row.shadow_destination),
    measures: JSON.parse(String(row.measures)) as unknown,
  });
}

export const SHADOW_COLUMNS = ['id', 'time', 'workload', 'data_class', 'primary_destination', 'shadow_destination', 'measures'] as const;

export const shadowValues = (r: ShadowRecord): (string | number)[] => [r.id, r.time, r.workload, r.dataClass, r.primaryDestination, r.shadowDestination, JSON.stringify(r.measures)];
