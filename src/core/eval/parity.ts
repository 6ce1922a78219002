import type { Rng } from '../random/index.js';
import { bootstrapMean, bootstrapPairedDiff, scaleEstimate, type Estimate } from './bootstrap.js';
import type { CandidateResult } from './run-types.js';
import type { CandidateSummary } from './summarize.js';
import { promptScore } from './summarize.js';

export interface Parity {
  baseline: string;
  /** score: paired difference of per-prompt scores; win-rate: pairwise win rate minus 50%. */
  metric: 'score' | 'win-rate';
  /** Candidate minus baseline, in points (percentage points of the 0..1 score). */
  diffPoints: Estimate;
  margin: number;
  verdict: 'within' | 'worse' | 'better';
  /** The 95% interval lies entirely on the stated side (inside ±margin for "within", below 0 for "worse"). */
  conclusive: boolean;
  statement: string;
}

const pts = (x: number): string => {
  const r = Math.round(x);
  return r === 0 ? '0' : r > 0 ? `+${r}` : `−${Math.abs(r)}`;
};
const interval = (e: Estimate): string => `95% interval ${pts(e.low)}..${pts(e.high)}`;

/** "local-qwen is within 3 points of claude on this suite (95% interval −5..+1)" or "is worse by 12 points (...)". */
export function parityStatement(candidate: string, baseline: string, diff: Estimate, margin: number, metric: Parity['metric']): Pick<Parity, 'verdict' | 'conclusive' | 'statement'> {
  const what = metric === 'win-rate' ? ` (pairwise win rate ${Math.round(50 + diff.value)}%)` : '';
  const n = ` over ${diff.n} prompts`;
  const abs = Math.round(Math.abs(diff.value));
  if (Math.abs(diff.value) <= margin) {
    const conclusive = diff.low >= -margin && diff.high <= margin;
    const caveat = conclusive ? '' : `; not conclusive: the interval reaches ${pts(diff.low < -margin ? diff.low : diff.high)}, more prompts would narrow it`;
    return { verdict: 'within', conclusive, statement: `${candidate} is within ${margin} points of ${baseline} on this suite${what} (${interval(diff)}${n})${caveat}` };
  }
  if (diff.value < 0) {
    const conclusive = diff.high < 0;
    return { verdict: 'worse', conclusive, statement: `${candidate} is worse than ${baseline} by ${abs} points on this suite${what} (${interval(diff)}${n})${conclusive ? '' : '; not conclusive: the interval includes no difference'}` };
  }
  const conclusive = diff.low > 0;
  return { verdict: 'better', conclusive, statement: `${candidate} is better than ${baseline} by ${abs} points on this suite${what} (${interval(diff)}${n})${conclusive ? '' : '; not conclusive: the interval includes no difference'}` };
}

/**
 * Paired comparison on the prompts both answered: by score when the suite has checks or graded answers,
 * otherwise by pairwise win rate (50% = parity).
 */
export function parityOf(args: {
  candidate: CandidateSummary;
  candidateResults: readonly CandidateResult[];
  baselineResults: readonly CandidateResult[];
  baseline: string;
  margin: number;
  rng: Rng;
  resamples: number;
}): Parity | null {
  const base = new Map(args.baselineResults.filter((r) => r.status === 'answered').map((r) => [r.promptId, r]));
  const pairs: [number, number][] = [];
  const wins: number[] = [];
  for (const r of args.candidateResults) {
    const b = base.get(r.promptId);
    if (r.status !== 'answered' || !b) continue;
    const s = promptScore(r);
    const sb = promptScore(b);
    if (s !== null && sb !== null) pairs.push([s, sb]);
    if (r.judge?.status === 'scored' && r.judge.win !== undefined) wins.push(r.judge.win);
  }
  let metric: Parity['metric'];
  let diff: Estimate | null;
  if (pairs.length > 0) {
    metric = 'score';
    diff = bootstrapPairedDiff(pairs, args.rng, args.resamples);
  } else {
    metric = 'win-rate';
    const w = bootstrapMean(wins, args.rng, args.resamples);
    diff = w ? { value: w.value - 0.5, low: w.low - 0.5, high: w.high - 0.5, n: w.n } : null;
  }
  if (!diff) return null;
  const d = scaleEstimate(diff, 100);
  return { baseline: args.baseline, metric, diffPoints: d, margin: args.margin, ...parityStatement(args.candidate.name, args.baseline, d, args.margin, metric) };
}
