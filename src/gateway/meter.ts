import type { RequestDataClass } from '../core/detector/contract.js';
import { findClosedModel, type Catalog } from '../core/catalog/index.js';
import { costMicroUsd, type Destination, type MeteredUsage, type PriceSheet } from '../core/routing/index.js';
import type { UsageRecord } from '../stores/usage-store.js';

/**
 * Prices per destination, once at start-up. Third parties: catalog list prices (input, cached input, output).
 * Self-hosted: 0 marginal per token; the fixed `hourlyCostUsd` is reported by `switchboard usage`, not per request.
 */
export function priceSheets(destinations: Readonly<Record<string, Destination>>, catalog: Catalog): { prices: Map<string, PriceSheet | null>; warnings: string[] } {
  const prices = new Map<string, PriceSheet | null>();
  const warnings: string[] = [];
  for (const [name, d] of Object.entries(destinations)) {
    if (d.kind === 'self-hosted') {
      prices.set(name, null);
      continue;
    }
    const found = findClosedModel(catalog, d.catalogModel ?? d.model);
    if (found.ok) prices.set(name, { input: found.value.inputUsdPerMTok, output: found.value.outputUsdPerMTok, cachedInput: found.value.cachedInputUsdPerMTok, longContext: found.value.longContext });
    else {
      prices.set(name, null);
      warnings.push(`destinations.${name}: no catalog price for "${d.catalogModel ?? d.model}"; its cost is metered as 0 (set catalogModel)`);
    }
  }
  return { prices, warnings };
}

export interface RecordDraft {
  id: string;
  time: number;
  keyId: string;
  workload: string;
  dataClass: RequestDataClass;
  reason: string;
  stream: boolean;
}

export interface RecordOutcome {
  destination: { name: string; kind: 'self-hosted' | 'third-party'; model: string } | null;
  usage: MeteredUsage;
  prices: PriceSheet | null;
  status: number;
  latencyMs: number;
  ttftMs: number | null;
  attempts: string[];
  errorCode: string | null;
}

/**
 * The status a stream's record carries: the answer's headers said 200, but a stream that failed or was cut is
 * metered by how it ended, so error rates in `usage` are the truth (issue 14: cut streams were recorded as 200).
 */
const STREAM_END_STATUS: Readonly<Record<string, number>> = {
  upstream_reset: 502,
  upstream_incomplete: 502,
  upstream_error: 502,
  upstream_too_large: 502,
  deadline_exceeded: 504,
  client_closed: 499,
  metering_failed: 503,
};

export function endStatus(status: number, errorCode: string | null): number {
  if (errorCode === null || status !== 200) return status;
  return STREAM_END_STATUS[errorCode] ?? 500;
}

/** The usage record of one request: metadata and counts only, never prompt or completion text. */
export function buildRecord(draft: RecordDraft, o: RecordOutcome): UsageRecord {
  return {
    ...draft,
    destination: o.destination?.name ?? null,
    destinationKind: o.destination?.kind ?? null,
    model: o.destination?.model ?? null,
    inputTokens: o.usage.inputTokens,
    outputTokens: o.usage.outputTokens,
    cachedInputTokens: o.usage.cachedInputTokens,
    costMicroUsd: costMicroUsd(o.usage, o.prices),
    latencyMs: Math.max(0, Math.round(o.latencyMs * 1000) / 1000),
    ttftMs: o.ttftMs === null ? null : Math.max(0, Math.round(o.ttftMs * 1000) / 1000),
    status: endStatus(o.status, o.errorCode),
    attempts: o.attempts,
    errorCode: o.errorCode,
  };
}
