import { mulberry32, type Rng } from '../random/index.js';
import { bootstrapMean, DEFAULT_RESAMPLES, type Estimate } from './bootstrap.js';
import { normalizeScore } from './judge.js';
import { candidateCost, candidateLatency, type CostSummary, type LatencySummary } from './measures.js';
import { parityOf, type Parity } from './parity.js';
import type { CandidateInfo, CandidateResult, EvalRun, SuiteIdentity } from './run-types.js';

export interface CountedWhy {
  why: string;
  count: number;
}

export interface CandidateSummary {
  name: string;
  kind: CandidateInfo['kind'];
  model: string;
  catalogModel?: string | undefined;
  prompts: { total: number; answered: number; notAllowed: number; failed: number; skipped: number; notAllowedWhy: CountedWhy[]; failedWhy: CountedWhy[] };
  /** Mean per-prompt score on 0..1: the share of its checks passed and the judge's grade, averaged. */
  score: Estimate | null;
  checks: { allPassed: Estimate | null; byName: { name: string; kind: string; passRate: Estimate }[] };
  judge: {
    mode: 'score' | 'pairwise' | 'none';
    /** Score mode: mean 1-10 grade. */
    rating: Estimate | null;
    /** Pairwise mode: win rate against the baseline (ties count half). */
    winRate: Estimate | null;
    /** Pairwise mode: share of single-order verdicts that picked whichever answer was shown first (0.5 = no bias). */
    firstShownPicked: number | null;
    judged: number;
    unreadable: number;
    notAllowed: number;
    failed: number;
  };
  latency: LatencySummary;
  cost: CostSummary;
  parity?: Parity | undefined;
}

export interface SummarizeOptions {
  seed: number;
  resamples?: number;
  /** Points of difference still called parity (default 3). */
  margin?: number;
}

export interface EvalSummary {
  suite: SuiteIdentity;
  baseline?: string | undefined;
  judge?: EvalRun['judge'];
  candidates: CandidateSummary[];
  totals: { spentUsd: number; budgetUsd?: number | undefined; durationMs: number; calls: number; judgeCalls: number };
  stopped?: EvalRun['stopped'];
  settings: { seed: number; resamples: number; margin: number };
  startedAt: string;
  dataClasses?: EvalRun['dataClasses'];
  notes: string[];
}

/** A stable stream per (candidate, metric): adding a candidate never changes another's interval. */
export function streamFor(seed: number, key: string): Rng {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return mulberry32(h >>> 0);
}

function counted(items: readonly string[]): CountedWhy[] {
  const m = new Map<string, number>();
  for (const w of items) m.set(w, (m.get(w) ?? 0) + 1);
  return [...m].map(([why, count]) => ({ why, count })).sort((a, b) => b.count - a.count || a.why.localeCompare(b.why));
}

/** The per-prompt score on 0..1, or null when the prompt has no check and no judge grade. */
export function promptScore(r: CandidateResult): number | null {
  const parts: number[] = [];
  if (r.checks.length > 0) parts.push(r.checks.filter((c) => c.pass).length / r.checks.length);
  if (r.judge?.status === 'scored' && r.judge.rating !== undefined) parts.push(normalizeScore(r.judge.rating));
  return parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
}

function checkRates(rs: readonly CandidateResult[], boot: (key: string, xs: number[]) => Estimate | null): CandidateSummary['checks'] {
  const withChecks = rs.filter((r) => r.checks.length > 0);
  const allPassed = boot('checks.all', withChecks.map((r) => (r.checks.every((c) => c.pass) ? 1 : 0)));
  const by = new Map<string, { kind: string; xs: number[] }>();
  for (const r of withChecks) {
    for (const c of r.checks) {
      const e = by.get(c.name) ?? { kind: c.kind, xs: [] };
      e.xs.push(c.pass ? 1 : 0);
      by.set(c.name, e);
    }
  }
  const byName = [...by].flatMap(([name, e]) => {
    const passRate = boot(`check.${name}`, e.xs);
    return passRate ? [{ name, kind: e.kind, passRate }] : [];
  });
  return { allPassed, byName };
}

function judgeSummary(rs: readonly CandidateResult[], mode: CandidateSummary['judge']['mode'], boot: (key: string, xs: number[]) => Estimate | null): CandidateSummary['judge'] {
  const judged = rs.filter((r) => r.judge?.status === 'scored');
  const prefs = judged.flatMap((r) => r.judge?.preferences ?? []);
  // Candidate first, then baseline first: "A" is the first-shown answer in both.
  const decisive = prefs.filter((p) => p !== 'tie');
  return {
    mode,
    rating: boot('judge.rating', judged.flatMap((r) => (r.judge?.rating !== undefined ? [r.judge.rating] : []))),
    winRate: boot('judge.win', judged.flatMap((r) => (r.judge?.win !== undefined ? [r.judge.win] : []))),
    firstShownPicked: decisive.length > 0 ? decisive.filter((p) => p === 'A').length / decisive.length : null,
    judged: judged.length,
    unreadable: rs.filter((r) => r.judge?.status === 'unreadable').length,
    notAllowed: rs.filter((r) => r.judge?.status === 'not-allowed').length,
    failed: rs.filter((r) => r.judge?.status === 'failed').length,
  };
}

/** Per-candidate scores with 95% bootstrap intervals, latency, cost per 1,000 prompts, and parity with the baseline. */
export function summarizeRun(run: EvalRun, opts: SummarizeOptions): EvalSummary {
  const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
  const margin = opts.margin ?? 3;
  const mode = run.judge?.mode ?? 'none';
  const byCandidate = new Map<string, CandidateResult[]>(run.candidates.map((c) => [c.name, []]));
  for (const r of run.results) byCandidate.get(r.candidate)?.push(r);
  const notes: string[] = [];

  const candidates = run.candidates.map((info): CandidateSummary => {
    const rs = byCandidate.get(info.name) ?? [];
    const boot = (key: string, xs: number[]) => bootstrapMean(xs, streamFor(opts.seed, `${info.name}:${key}`), resamples);
    const answered = rs.filter((r) => r.status === 'answered');
    const scores = answered.map(promptScore).filter((s): s is number => s !== null);
    return {
      name: info.name,
      kind: info.kind,
      model: info.model,
      ...(info.catalogModel !== undefined ? { catalogModel: info.catalogModel } : {}),
      prompts: {
        total: rs.length,
        answered: answered.length,
        notAllowed: rs.filter((r) => r.status === 'not-allowed').length,
        failed: rs.filter((r) => r.status === 'failed').length,
        skipped: rs.filter((r) => r.status === 'skipped').length,
        notAllowedWhy: counted(rs.filter((r) => r.status === 'not-allowed').map((r) => r.reason ?? 'not allowed')),
        failedWhy: counted(rs.filter((r) => r.status === 'failed').map((r) => `${r.errorCode ?? 'failed'}${r.reason ? `: ${r.reason}` : ''}`)),
      },
      score: boot('score', scores),
      checks: checkRates(answered, boot),
      judge: judgeSummary(answered, mode === 'pairwise' && info.name === run.baseline ? 'none' : mode, boot),
      latency: candidateLatency(answered),
      cost: candidateCost(info, answered),
    };
  });

  if (run.baseline !== undefined) {
    const base = byCandidate.get(run.baseline) ?? [];
    for (const c of candidates) {
      if (c.name === run.baseline) continue;
      const parity = parityOf({ candidate: c, candidateResults: byCandidate.get(c.name) ?? [], baselineResults: base, baseline: run.baseline, margin, rng: streamFor(opts.seed, `${c.name}:parity`), resamples });
      if (parity) c.parity = parity;
      else notes.push(`no parity for ${c.name}: it and ${run.baseline} share no scored prompt`);
    }
  }
  for (const c of candidates) {
    if (c.score && c.score.n < 30) notes.push(`${c.name}: ${c.score.n} scored prompts; intervals from fewer than 30 prompts are wide and approximate`);
  }
  const judgeCalls = run.results.filter((r) => r.judge && r.judge.status !== 'not-allowed' && r.judge.status !== 'skipped').length * (mode === 'pairwise' ? 2 : 1);
  return {
    suite: run.suite,
    baseline: run.baseline,
    judge: run.judge,
    candidates,
    totals: { spentUsd: run.spentMicroUsd / 1e6, budgetUsd: run.budgetUsd, durationMs: run.durationMs, calls: run.results.filter((r) => r.call).length, judgeCalls },
    stopped: run.stopped,
    settings: { seed: opts.seed, resamples, margin },
    startedAt: run.startedAt,
    dataClasses: run.dataClasses,
    notes,
  };
}
