import { z } from 'zod';
import { fail, ok, type Result } from '../result.js';
import { fromZodIssues } from '../validation/index.js';
import type { EvalSummary } from './summarize.js';

/**
 * `switchboard eval --out evidence.json`: measured quality of candidates on a team's own prompts, in a versioned
 * schema that `assess` reads (a workload's `qualityEvidence`). Scores and measures only: no prompt or answer text.
 */
export const EVIDENCE_KIND = 'switchboard-eval-evidence';
export const EVIDENCE_SCHEMA_VERSION = 1;

const estimate = z.strictObject({ value: z.number(), low: z.number(), high: z.number(), n: z.number().int().nonnegative() });

const paritySchema = z.strictObject({
  baseline: z.string(),
  metric: z.enum(['score', 'win-rate']),
  diffPoints: estimate,
  margin: z.number().nonnegative(),
  verdict: z.enum(['within', 'worse', 'better']),
  conclusive: z.boolean(),
  statement: z.string(),
});

const candidateSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(['self-hosted', 'third-party']),
  /** The model the destination serves (gateway.yaml `model`), and its catalog id when known. */
  model: z.string(),
  catalogModel: z.string().optional(),
  prompts: z.strictObject({ total: z.number().int(), answered: z.number().int(), notAllowed: z.number().int(), failed: z.number().int(), skipped: z.number().int() }),
  score: estimate.nullable(),
  allChecksPassed: estimate.nullable(),
  judgeRating: estimate.nullable(),
  winRate: estimate.nullable(),
  ttftMsP50: z.number().nullable(),
  outputTokensPerSecondP50: z.number().nullable(),
  usdPer1kPrompts: z.number().nullable(),
  costBasis: z.enum(['catalog-prices', 'hourly-cost-at-measured-throughput', 'unpriced']),
  parity: paritySchema.optional(),
});

export const evidenceSchema = z.strictObject({
  kind: z.literal(EVIDENCE_KIND),
  schemaVersion: z.literal(EVIDENCE_SCHEMA_VERSION),
  generatedAt: z.iso.datetime({ offset: true }),
  source: z.enum(['suite', 'shadow']),
  workload: z.string(),
  suite: z.strictObject({ source: z.string(), version: z.string().optional(), hash: z.string(), prompts: z.number().int().nonnegative() }),
  baseline: z.string().nullable(),
  judge: z.strictObject({ destination: z.string(), model: z.string(), mode: z.enum(['score', 'pairwise']) }).nullable(),
  settings: z.strictObject({ seed: z.number().int(), resamples: z.number().int().positive(), margin: z.number().nonnegative() }),
  /** True when the run stopped early (budget, interrupt) or prompts failed: the evidence is partial. */
  partial: z.boolean(),
  candidates: z.array(candidateSchema).min(1),
});

export type Evidence = z.output<typeof evidenceSchema>;
export type EvidenceCandidate = z.output<typeof candidateSchema>;

export function buildEvidence(s: EvalSummary, opts: { generatedAt: string; source: 'suite' | 'shadow' }): Evidence {
  const partial = s.stopped !== undefined || s.candidates.some((c) => c.prompts.failed > 0 || c.prompts.skipped > 0);
  return {
    kind: EVIDENCE_KIND,
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    generatedAt: opts.generatedAt,
    source: opts.source,
    workload: s.suite.workload,
    suite: { source: s.suite.source, ...(s.suite.version !== undefined ? { version: s.suite.version } : {}), hash: s.suite.hash, prompts: s.suite.prompts },
    baseline: s.baseline ?? null,
    judge: s.judge ?? null,
    settings: s.settings,
    partial,
    candidates: s.candidates.map((c) => ({
      name: c.name,
      kind: c.kind,
      model: c.model,
      ...(c.catalogModel !== undefined ? { catalogModel: c.catalogModel } : {}),
      prompts: { total: c.prompts.total, answered: c.prompts.answered, notAllowed: c.prompts.notAllowed, failed: c.prompts.failed, skipped: c.prompts.skipped },
      score: c.score,
      allChecksPassed: c.checks.allPassed,
      judgeRating: c.judge.rating,
      winRate: c.judge.winRate,
      ttftMsP50: c.latency.ttftMsP50,
      outputTokensPerSecondP50: c.latency.outputTokensPerSecondP50,
      usdPer1kPrompts: c.cost.usdPer1kPrompts,
      costBasis: c.cost.basis,
      ...(c.parity ? { parity: c.parity } : {}),
    })),
  };
}

/** Validates an evidence file; an older or newer schema version is named, never misread. */
export function parseEvidence(data: unknown): Result<Evidence> {
  const v = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof v === 'number' && v !== EVIDENCE_SCHEMA_VERSION) {
    return fail([{ path: 'schemaVersion', message: `evidence schema version ${v} was written by ${v > EVIDENCE_SCHEMA_VERSION ? 'a newer' : 'an older'} Switchboard; this one reads version ${EVIDENCE_SCHEMA_VERSION}: re-run switchboard eval` }]);
  }
  const parsed = evidenceSchema.safeParse(data, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(fromZodIssues(evidenceSchema, parsed.error.issues));
}
