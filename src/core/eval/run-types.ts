import type { RequestDataClass } from '../detector/contract.js';
import type { CheckResult } from './checks.js';
import type { Preference } from './judge.js';
import type { PromptPlan } from './policy.js';

/** What one upstream call measured; never the text. */
export interface CallMeasure {
  latencyMs: number;
  /** Time to the first content token (streamed calls); null when not measured. */
  ttftMs: number | null;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  /** Catalog price of this call in integer micro-dollars (0 for self-hosted: its cost is per hour). */
  costMicroUsd: number;
  /** Offsets from the start of the run, for the busy time of a self-hosted deployment. */
  startMs: number;
  endMs: number;
  outputChars: number;
}

/** Why a call produced no usable answer; stable codes for reports and exit status. */
export const CALL_ERROR_CODES = ['unreachable', 'timeout', 'upstream-error', 'rejected', 'unreadable', 'circuit-open'] as const;
export type CallErrorCode = (typeof CALL_ERROR_CODES)[number];

export type CandidateStatus = 'answered' | 'not-allowed' | 'failed' | 'skipped';

export interface JudgeResult {
  status: 'scored' | 'not-allowed' | 'failed' | 'unreadable' | 'skipped';
  /** Score mode: the 1-10 grade. */
  rating?: number | undefined;
  /** Pairwise mode: the candidate's result against the baseline over both orders (0 loss, 0.5 tie, 1 win). */
  win?: number | undefined;
  /** Pairwise mode: the judge's pick with the candidate first, then with the baseline first. */
  preferences?: [Preference, Preference] | undefined;
  reason?: string | undefined;
  costMicroUsd: number;
}

export interface CandidateResult {
  promptId: string;
  candidate: string;
  status: CandidateStatus;
  /** Why it was not allowed or failed, in words. */
  reason?: string | undefined;
  errorCode?: CallErrorCode | undefined;
  checks: CheckResult[];
  call?: CallMeasure | undefined;
  judge?: JudgeResult | undefined;
}

export interface CandidateInfo {
  name: string;
  kind: 'self-hosted' | 'third-party';
  model: string;
  /** Catalog id used for prices and to match evidence to assessed models. */
  catalogModel?: string | undefined;
  /** Self-hosted deployments: their fixed cost per hour. */
  hourlyCostUsd?: number | undefined;
  /** Third parties: whether the catalog has a price. */
  priced: boolean;
}

export interface SuiteIdentity {
  workload: string;
  version?: string | undefined;
  /** SHA-256 of the suite's canonical content, computed at the edge. */
  hash: string;
  prompts: number;
  /** Where it came from: the file name, or "shadow traffic". */
  source: string;
}

export interface EvalRun {
  suite: SuiteIdentity;
  candidates: CandidateInfo[];
  baseline?: string | undefined;
  judge?: { destination: string; model: string; mode: 'score' | 'pairwise' } | undefined;
  /** Per prompt: class and who may see it. Empty for shadow traffic (decided per request). */
  plans: PromptPlan[];
  results: CandidateResult[];
  /** ISO time the run started (from the edge's clock). */
  startedAt: string;
  durationMs: number;
  budgetUsd?: number | undefined;
  spentMicroUsd: number;
  stopped?: { reason: 'budget' | 'interrupted'; message: string } | undefined;
  /** Prompts' data classes, for the report (shadow: per request). */
  dataClasses?: Partial<Record<RequestDataClass, number>> | undefined;
}
