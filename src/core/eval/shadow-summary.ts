import type { RequestDataClass } from '../detector/contract.js';
import type { CheckResult } from './checks.js';
import type { CallMeasure, CandidateInfo, CandidateResult, EvalRun, JudgeResult } from './run-types.js';
import type { ShadowRecord, ShadowSide } from './shadow-record.js';

/** What the summary needs to know about a destination (from gateway.yaml and the catalog). */
export type DestinationInfo = Omit<CandidateInfo, 'name'>;

function call(s: ShadowSide, time: number): CallMeasure {
  return { latencyMs: s.latencyMs, ttftMs: s.ttftMs, inputTokens: s.inputTokens, outputTokens: s.outputTokens, cachedInputTokens: s.cachedInputTokens, costMicroUsd: s.costMicroUsd, startMs: time, endMs: time + s.latencyMs, outputChars: s.outputChars };
}

/**
 * Shadow records as an eval run: each mirrored request is a prompt, the primary destination is the baseline and
 * the shadow destination the candidate, so `summarizeRun` scores them like a suite (paired, with intervals).
 */
export function shadowToRun(records: readonly ShadowRecord[], opts: { workload: string; since: number; until: number; hash: string; destinations: Readonly<Record<string, DestinationInfo>>; startedAt: string }): EvalRun {
  const rs = records.filter((r) => r.workload === opts.workload);
  const primaries = [...new Set(rs.map((r) => r.primaryDestination))];
  const shadows = [...new Set(rs.map((r) => r.shadowDestination))];
  // Several primaries (fallbacks) are one baseline: what the route served.
  const baseline = primaries.length === 1 ? primaries[0]! : 'primary';
  const results: CandidateResult[] = [];
  const dataClasses: Partial<Record<RequestDataClass, number>> = {};
  let spent = 0;
  let judge: EvalRun['judge'];
  for (const r of rs) {
    const m = r.measures;
    dataClasses[r.dataClass] = (dataClasses[r.dataClass] ?? 0) + 1;
    spent += m.shadow.costMicroUsd + (m.judge?.costMicroUsd ?? 0);
    if (m.judge) judge ??= { destination: m.judge.destination, model: opts.destinations[m.judge.destination]?.model ?? m.judge.destination, mode: m.judge.mode };
    const j = m.judge;
    const judged = j?.status === 'scored';
    const primaryChecks: CheckResult[] = m.checks.map((c) => ({ name: c.name, kind: c.kind, pass: c.primaryPass }));
    const shadowChecks: CheckResult[] = m.checks.flatMap((c) => (c.shadowPass === null ? [] : [{ name: c.name, kind: c.kind, pass: c.shadowPass }]));
    const primaryJudge: JudgeResult | undefined = j && j.mode === 'score' ? { status: j.status, rating: j.primaryRating, costMicroUsd: 0 } : undefined;
    const shadowJudge: JudgeResult | undefined = j ? { status: j.status, ...(judged && j.mode === 'score' ? { rating: j.shadowRating } : {}), ...(judged && j.mode === 'pairwise' ? { win: j.win, preferences: j.preferences } : {}), costMicroUsd: j.costMicroUsd } : undefined;
    results.push({ promptId: r.id, candidate: baseline, status: 'answered', checks: primaryChecks, call: call(m.primary, r.time), judge: primaryJudge });
    results.push(
      m.shadow.status === 'answered'
        ? { promptId: r.id, candidate: r.shadowDestination, status: 'answered', checks: shadowChecks, call: call(m.shadow, r.time), judge: shadowJudge }
        : { promptId: r.id, candidate: r.shadowDestination, status: 'failed', errorCode: m.shadow.errorCode, checks: [] },
    );
  }
  const info = (name: string): CandidateInfo => {
    const d = opts.destinations[name];
    return d ? { name, ...d } : { name, kind: 'third-party', model: name, priced: false };
  };
  return {
    suite: { workload: opts.workload, hash: opts.hash, prompts: rs.length, source: `shadow traffic ${new Date(opts.since).toISOString().slice(0, 16)}Z..${new Date(opts.until).toISOString().slice(0, 16)}Z` },
    candidates: [info(baseline), ...shadows.map(info)],
    baseline,
    judge,
    plans: [],
    results,
    startedAt: opts.startedAt,
    durationMs: 0,
    spentMicroUsd: spent,
    dataClasses,
  };
}
