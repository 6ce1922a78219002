/** The `switchboard usage` figures: requests, tokens, spend, errors and latency, by workload and by destination. */
import { percentile } from './stats.js';
import { REFUSED } from './measure.js';
import type { MeteredRequest } from './types.js';

export interface UsageTotals {
  requests: number;
  errors: number;
  /** errors / requests; 0 when there are no requests. */
  errorRate: number;
  inputTokens: number;
  outputTokens: number;
  /** Input read from a prompt cache. */
  cachedInputTokens: number;
  /** Input written to a prompt cache, and the part of it written for 1 hour. */
  cacheWriteInputTokens: number;
  cacheWrite1hInputTokens: number;
  /** Requests whose token counts the gateway estimated (the upstream reported none). */
  estimatedRequests: number;
  costMicroUsd: number;
  /** Nearest-rank percentiles of end-to-end latency; null when there are no requests. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
}

export interface UsageGroup extends UsageTotals {
  key: string;
}

export interface UsageSummary {
  since: number | null;
  until: number;
  totals: UsageTotals;
  byWorkload: UsageGroup[];
  byDestination: (UsageGroup & { kind: 'self-hosted' | 'third-party' | null })[];
}

function totals(records: readonly MeteredRequest[]): UsageTotals {
  const latencies = records.map((r) => r.latencyMs).sort((a, b) => a - b);
  const errors = records.filter((r) => r.status >= 400).length;
  let inputTokens = 0;
  let outputTokens = 0;
  let cachedInputTokens = 0;
  let cacheWriteInputTokens = 0;
  let cacheWrite1hInputTokens = 0;
  let estimatedRequests = 0;
  let costMicroUsd = 0;
  for (const r of records) {
    inputTokens += r.inputTokens;
    outputTokens += r.outputTokens;
    cachedInputTokens += r.cachedInputTokens;
    cacheWriteInputTokens += r.cacheWriteInputTokens ?? 0;
    cacheWrite1hInputTokens += r.cacheWrite1hInputTokens ?? 0;
    if (r.tokensEstimated) estimatedRequests++;
    costMicroUsd += r.costMicroUsd;
  }
  return {
    requests: records.length,
    errors,
    errorRate: records.length ? errors / records.length : 0,
    inputTokens,
    outputTokens,
    cachedInputTokens,
    cacheWriteInputTokens,
    cacheWrite1hInputTokens,
    estimatedRequests,
    costMicroUsd,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
  };
}

function groupBy(
  records: readonly MeteredRequest[],
  key: (r: MeteredRequest) => string,
): Map<string, MeteredRequest[]> {
  const map = new Map<string, MeteredRequest[]>();
  for (const r of records) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

const bySpendThenName = (a: UsageGroup, b: UsageGroup): number =>
  b.costMicroUsd - a.costMicroUsd || b.requests - a.requests || (a.key < b.key ? -1 : 1);

/** Summarises the requests in [since, until). */
export function summarizeUsage(
  records: readonly MeteredRequest[],
  window: { since?: number; until: number },
): UsageSummary {
  const since = window.since ?? null;
  const inWindow = records.filter((r) => (since === null || r.time >= since) && r.time < window.until);
  const byWorkload = [...groupBy(inWindow, (r) => r.workload)]
    .map(([key, list]) => ({ key, ...totals(list) }))
    .sort(bySpendThenName);
  const byDestination = [...groupBy(inWindow, (r) => r.destination ?? REFUSED)]
    .map(([key, list]) => ({ key, kind: list[0]?.destinationKind ?? null, ...totals(list) }))
    .sort(bySpendThenName);
  return { since, until: window.until, totals: totals(inWindow), byWorkload, byDestination };
}
