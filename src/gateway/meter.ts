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
    if (found.ok) prices.set(name, { input: found.value.inputUsdPerMTok, output: found.value.outputUsdPerMTok, cachedInput: found.value.cachedInputUsdPerMTok });
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
    status: o.status,
    attempts: o.attempts,
    errorCode: o.errorCode,
  };
}
