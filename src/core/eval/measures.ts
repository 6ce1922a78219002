import { percentile } from './bootstrap.js';
import type { CallMeasure, CandidateInfo, CandidateResult } from './run-types.js';

export interface LatencySummary {
  ttftMsP50: number | null;
  ttftMsP95: number | null;
  latencyMsP50: number | null;
  latencyMsP95: number | null;
  /** Decode speed of one stream: output tokens over the time after the first token. */
  outputTokensPerSecondP50: number | null;
}

export interface CostSummary {
  /** USD for 1,000 prompts like these; null when it cannot be priced. */
  usdPer1kPrompts: number | null;
  basis: 'catalog-prices' | 'hourly-cost-at-measured-throughput' | 'unpriced';
  note: string;
  inputTokensPer1kPrompts: number | null;
  outputTokensPer1kPrompts: number | null;
}

const calls = (rs: readonly CandidateResult[]): CallMeasure[] => rs.flatMap((r) => (r.call ? [r.call] : []));

export function candidateLatency(rs: readonly CandidateResult[]): LatencySummary {
  const cs = calls(rs);
  const ttft = cs.flatMap((c) => (c.ttftMs !== null ? [c.ttftMs] : []));
  const speeds = cs.flatMap((c) => {
    if (c.ttftMs === null || c.outputTokens < 2) return [];
    const decodeMs = c.latencyMs - c.ttftMs;
    return decodeMs > 0 ? [(c.outputTokens - 1) / (decodeMs / 1000)] : [];
  });
  return {
    ttftMsP50: percentile(ttft, 50),
    ttftMsP95: percentile(ttft, 95),
    latencyMsP50: percentile(cs.map((c) => c.latencyMs), 50),
    latencyMsP95: percentile(cs.map((c) => c.latencyMs), 95),
    outputTokensPerSecondP50: percentile(speeds, 50),
  };
}

/** Length of the union of [start, end] intervals: how long the deployment was busy serving these calls. */
export function busyMs(cs: readonly Pick<CallMeasure, 'startMs' | 'endMs'>[]): number {
  const sorted = [...cs].sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const c of sorted) {
    if (c.startMs > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = c.startMs;
      curEnd = c.endMs;
    } else curEnd = Math.max(curEnd, c.endMs);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Cost per 1,000 prompts: a third party at catalog prices for the tokens measured; a self-hosted deployment at
 * its hourly cost for the time it was busy answering (its throughput as measured at this run's concurrency).
 */
export function candidateCost(info: CandidateInfo, rs: readonly CandidateResult[]): CostSummary {
  const cs = calls(rs);
  const tokens = {
    inputTokensPer1kPrompts: cs.length ? mean(cs.map((c) => c.inputTokens))! * 1000 : null,
    outputTokensPer1kPrompts: cs.length ? mean(cs.map((c) => c.outputTokens))! * 1000 : null,
  };
  if (cs.length === 0) return { usdPer1kPrompts: null, basis: 'unpriced', note: 'no answered prompt to measure', ...tokens };
  if (info.kind === 'third-party') {
    if (!info.priced) return { usdPer1kPrompts: null, basis: 'unpriced', note: `the catalog has no price for ${info.catalogModel ?? info.model}; set catalogModel in gateway.yaml`, ...tokens };
    return { usdPer1kPrompts: (mean(cs.map((c) => c.costMicroUsd))! * 1000) / 1e6, basis: 'catalog-prices', note: 'catalog list prices for the tokens measured', ...tokens };
  }
  if (info.hourlyCostUsd === undefined || info.hourlyCostUsd === 0) {
    return { usdPer1kPrompts: null, basis: 'unpriced', note: `no hourlyCostUsd for ${info.name} in gateway.yaml`, ...tokens };
  }
  const seconds = busyMs(cs) / 1000;
  const usd = ((info.hourlyCostUsd * seconds) / 3600 / cs.length) * 1000;
  return {
    usdPer1kPrompts: usd,
    basis: 'hourly-cost-at-measured-throughput',
    note: `$${info.hourlyCostUsd}/h for the ${seconds.toFixed(1)} s it was busy with ${cs.length} prompts; a fuller batch would cost less per prompt`,
    ...tokens,
  };
}
