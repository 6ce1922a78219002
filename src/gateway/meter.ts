import type { RequestDataClass } from '../core/detector/contract.js';
import { findClosedModel, type Catalog } from '../core/catalog/index.js';
import { costMicroUsd, type Destination, type MeteredUsage, type PriceSheet } from '../core/routing/index.js';
import { countTokens } from 'gpt-tokenizer';
import type { UsageRecord } from '../stores/usage-store.js';
import type { StreamPiece } from './providers/index.js';

/**
 * Prices per destination, once at start-up. Third parties: catalog list prices (input, cached input, cache write, output).
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
    if (found.ok) prices.set(name, { input: found.value.inputUsdPerMTok, output: found.value.outputUsdPerMTok, cachedInput: found.value.cachedInputUsdPerMTok, cacheWrite: found.value.cacheWriteUsdPerMTok ?? null, cacheWrite1h: found.value.cacheWrite1hUsdPerMTok ?? null, longContext: found.value.longContext });
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
  /** For streams: the request and the text streamed so far, to estimate tokens the upstream never reported. */
  estimate?: { request: unknown; output: string } | undefined;
}

/**
 * The error code of a finished stream whose tokens were estimated because the upstream sent no usage (the record's
 * `tokensEstimated` says so for every record, cut streams included).
 */
export const USAGE_ESTIMATED = 'usage_estimated';
/** The tokenizer reads at most this much text; longer text is extrapolated by length. */
const MAX_TOKENIZE_CHARS = 1_000_000;

function strings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
}

/** Tokens of a text by the o200k tokenizer (gpt-tokenizer): an estimate for any model, marked as such. */
export function estimateTokens(text: string): number {
  if (text.length <= MAX_TOKENIZE_CHARS) return countTokens(text);
  return Math.round(countTokens(text.slice(0, MAX_TOKENIZE_CHARS)) * (text.length / MAX_TOKENIZE_CHARS));
}

/** The assistant text a stream piece carries (content deltas), for estimating a cut stream's output. */
export function pieceText(p: StreamPiece): string {
  let chunk = p.chunk;
  if (!chunk && p.raw?.includes('"content"')) {
    try {
      chunk = JSON.parse(p.raw) as typeof chunk;
    } catch {
      return '';
    }
  }
  return chunk?.choices?.map((c) => (typeof c.delta?.content === 'string' ? c.delta.content : '')).join('') ?? '';
}

/** Usage the upstream reported, with what it did not report estimated; `estimated` says whether any was. */
export function completeUsage(usage: MeteredUsage, estimate: RecordOutcome['estimate']): { usage: MeteredUsage; estimated: boolean } {
  if (!estimate) return { usage, estimated: false };
  let estimated = false;
  let { inputTokens, outputTokens } = usage;
  if (inputTokens === 0) {
    const parts: string[] = [];
    strings((estimate.request as { messages?: unknown }).messages ?? estimate.request, parts);
    inputTokens = estimateTokens(parts.join('\n'));
    estimated = inputTokens > 0;
  }
  if (outputTokens === 0 && estimate.output.length > 0) {
    outputTokens = estimateTokens(estimate.output);
    estimated = true;
  }
  return { usage: { ...usage, inputTokens, outputTokens }, estimated };
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
  if (errorCode === null || errorCode === USAGE_ESTIMATED || status !== 200) return status;
  return STREAM_END_STATUS[errorCode] ?? 500;
}

/** Cache writes as the record keeps them: only when there were any, the 1-hour part only when there was one. */
function cacheWriteCounts(u: MeteredUsage): Pick<UsageRecord, 'cacheWriteInputTokens' | 'cacheWrite1hInputTokens'> {
  const written = Math.min(u.cacheWriteInputTokens ?? 0, Math.max(0, u.inputTokens - u.cachedInputTokens));
  const oneHour = Math.min(u.cacheWrite1hInputTokens ?? 0, written);
  return { ...(written > 0 ? { cacheWriteInputTokens: written } : {}), ...(oneHour > 0 ? { cacheWrite1hInputTokens: oneHour } : {}) };
}

/** The usage record of one request: metadata and counts only, never prompt or completion text. */
export function buildRecord(draft: RecordDraft, o: RecordOutcome): UsageRecord {
  const { usage, estimated } = completeUsage(o.usage, o.estimate);
  const errorCode = o.errorCode ?? (estimated ? USAGE_ESTIMATED : null);
  return {
    ...draft,
    destination: o.destination?.name ?? null,
    destinationKind: o.destination?.kind ?? null,
    model: o.destination?.model ?? null,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    cachedInputTokens: usage.cachedInputTokens,
    ...cacheWriteCounts(usage),
    ...(estimated ? { tokensEstimated: true } : {}),
    costMicroUsd: costMicroUsd(usage, o.prices),
    latencyMs: Math.max(0, Math.round(o.latencyMs * 1000) / 1000),
    ttftMs: o.ttftMs === null ? null : Math.max(0, Math.round(o.ttftMs * 1000) / 1000),
    status: endStatus(o.status, errorCode),
    attempts: o.attempts,
    errorCode,
  };
}
