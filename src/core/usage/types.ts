/** Types of measured usage: what the gateway saw, per workload, and how it compares with the profile's guesses. */
import type { RequestDataClass } from '../detector/contract.js';
import type { Verdict } from '../report/types.js';

/** What the core needs of a metered request; the stores' UsageRecord is assignable to it. */
export interface MeteredRequest {
  /** Epoch milliseconds. */
  readonly time: number;
  readonly workload: string;
  readonly destination: string | null;
  readonly destinationKind?: 'self-hosted' | 'third-party' | null;
  readonly inputTokens: number;
  /** Subset of inputTokens served from a prompt cache (the OpenAI convention). */
  readonly cachedInputTokens: number;
  /** Subset of inputTokens written to a prompt cache, and the 1-hour part of those; absent: none. */
  readonly cacheWriteInputTokens?: number | undefined;
  readonly cacheWrite1hInputTokens?: number | undefined;
  /** The counts were estimated by the gateway (the upstream reported none). */
  readonly tokensEstimated?: boolean | undefined;
  readonly outputTokens: number;
  readonly costMicroUsd: number;
  readonly latencyMs: number;
  readonly status: number;
}

export interface DestinationSpend {
  /** Destination name; `(refused)` for requests refused before any upstream. */
  destination: string;
  kind: 'self-hosted' | 'third-party' | null;
  requests: number;
  costMicroUsd: number;
  /** The observed spend extrapolated to a month (365/12 days). */
  monthlyUsd: number;
}

export interface MeasuredWorkload {
  workload: string;
  /** Complete days in the window, from the workload's first day of traffic (UTC midnight) to the last whole day. */
  daysObserved: number;
  /** Days in the window with at least one served request. */
  activeDays: number;
  /** Whether enough days were observed to replace the profile's guesses. */
  sufficient: boolean;
  /** Served (status < 400) and failed requests in the window's complete days. */
  requests: number;
  errors: number;
  /** Every request seen in the window, including the current partial day (not used for rates). */
  requestsSeen?: number;
  /** Per active day, as the profile means it. */
  requestsPerDay: number;
  activeDaysPerWeek: number;
  /** Means per served request. */
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  cachedInputTokensPerRequest: number;
  cachedInputShare: number;
  /** Input + output tokens per month at the measured rate. */
  tokensPerMonth: number;
  /** Mean served requests in each UTC hour of the day (24 values). */
  hourlyTraffic: number[];
  /** Busiest hour of the mean day over the mean hour. */
  peakToAverage: number;
  /** Month-over-month growth from a log-linear fit of daily tokens; null when too few days to say. */
  growthPerMonth: number | null;
  spendByDestination: DestinationSpend[];
  monthlySpendUsd: number;
  /** Epoch ms of the first and last request seen in the window. */
  firstSeen: number;
  lastSeen: number;
}

export const COMPARED_FIELDS = [
  'requestsPerDay',
  'activeDaysPerWeek',
  'inputTokens',
  'outputTokens',
  'cachedInputShare',
  'peakToAverage',
  'growthPerMonth',
  'tokensPerMonth',
  'monthlySpendUsd',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One line of the "guessed vs measured" table. */
export interface ComparisonRow {
  workload: string;
  field: ComparedField;
  guessed: number | null;
  measured: number | null;
  /** Whether the measured value replaced the guess in the re-assessed profile. */
  applied: boolean;
}

export const USAGE_WARNING_CODES = [
  'not-in-profile',
  'no-traffic',
  'too-few-days',
  'small-sample',
  'growth-not-measured',
  'growth-clamped',
] as const;
export type UsageWarningCode = (typeof USAGE_WARNING_CODES)[number];

export interface UsageWarning {
  workload: string;
  code: UsageWarningCode;
  message: string;
}

export interface VerdictChange {
  workload: string;
  from: Verdict;
  to: Verdict;
  why: string;
}

/** How much traffic a workload's measurement rests on, and whether that is enough to replace the guesses. */
export interface UsageSample {
  workload: string;
  /** Complete UTC days measured; rates come from these only. */
  daysObserved: number;
  /** Complete days needed before measured volumes replace the guesses. */
  daysNeeded: number;
  /** Served requests in the complete days. */
  requests: number;
  /** Every request seen, including today's partial day and failures. */
  requestsSeen: number;
  /** Whether the measured values replaced the guesses. */
  enough: boolean;
  /** Epoch ms of the first and last request seen; null when none. */
  firstSeen: number | null;
  lastSeen: number | null;
}

/** Attached to a Report re-assessed from measured usage (Report.usage). */
export interface UsageComparison {
  /** One per profile workload, in profile order (added in report schema 1.x; absent in older reports). */
  samples?: UsageSample[];
  /** Epoch ms of the measured window, start inclusive, end exclusive. */
  since: number | null;
  until: number;
  rows: ComparisonRow[];
  warnings: UsageWarning[];
  changes: VerdictChange[];
}

/** One gateway request's metering record, as the usage stores keep it. */
export interface UsageRecord {
  /** Unique request id (UUID), also returned to the client in `x-switchboard-request-id`. */
  id: string;
  /** Epoch milliseconds when the request arrived. */
  time: number;
  keyId: string;
  workload: string;
  /** Destination name from the config; null when the request was refused before any upstream. */
  destination: string | null;
  destinationKind: 'self-hosted' | 'third-party' | null;
  /** Upstream model id actually used. */
  model: string | null;
  dataClass: RequestDataClass;
  /** Routing reason code from `decide()`, e.g. `sensitive.self-hosted-only`. */
  reason: string;
  /** Every input token, cache reads and cache writes included. */
  inputTokens: number;
  outputTokens: number;
  /** The part of inputTokens read from a prompt cache. */
  cachedInputTokens: number;
  /** The part of inputTokens written to a prompt cache (Anthropic `cache_creation_input_tokens`); absent: none. */
  cacheWriteInputTokens?: number | undefined;
  /** The part of cacheWriteInputTokens written with a 1-hour lifetime (priced apart); absent: none. */
  cacheWrite1hInputTokens?: number | undefined;
  /**
   * True when the token counts were estimated by the gateway (gpt-tokenizer) because the upstream reported none,
   * as for a cut or usage-less stream; absent: the upstream's counts.
   */
  tokensEstimated?: boolean | undefined;
  /** Integer micro-dollars (1e-6 USD); never a float. */
  costMicroUsd: number;
  latencyMs: number;
  /** Time to first byte of a streamed answer; null for non-streaming. */
  ttftMs: number | null;
  /** HTTP status returned to the client. */
  status: number;
  stream: boolean;
  /** Destinations tried before the one that answered, in order. */
  attempts: string[];
  /** Short error code when status >= 400, never upstream text or secrets. */
  errorCode: string | null;
}
