import type { RequestDataClass } from '../detector/contract.js';

/** Ordered from least to most sensitive, matching the detector's `dataClass` precedence. */
export const DATA_CLASS_ORDER = ['none', 'pii', 'secret', 'financial', 'pci', 'phi'] as const satisfies readonly RequestDataClass[];

export const dataClassRank = (c: RequestDataClass): number => DATA_CLASS_ORDER.indexOf(c);

export const isSensitive = (c: RequestDataClass): boolean => c !== 'none';

/** Parses the caller's `x-switchboard-data-class` header; undefined when absent, null when not a known class. */
export function parseDataClassHeader(value: string | null | undefined): RequestDataClass | undefined | null {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  return (DATA_CLASS_ORDER as readonly string[]).includes(v) ? (v as RequestDataClass) : null;
}

/** A caller may raise the detected class, never lower it. */
export function effectiveDataClass(detected: RequestDataClass, declared: RequestDataClass | undefined): RequestDataClass {
  if (declared === undefined) return detected;
  return dataClassRank(declared) > dataClassRank(detected) ? declared : detected;
}
