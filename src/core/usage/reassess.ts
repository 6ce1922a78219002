/** Re-run the assessment with measured volumes and explain every verdict that changed. */
import { assess } from '../assess/index.js';
import type { Catalog } from '../catalog/schema.js';
import type { CostAnalyzer } from '../decision/index.js';
import type { CitedEvidence } from '../decision/quality-evidence.js';
import type { Profile } from '../profile/index.js';
import type { Report, WorkloadReport } from '../report/types.js';
import { applyMeasuredUsage } from './apply.js';
import { formatDollars, formatTokenCount } from './format.js';
import { DEFAULT_MIN_DAYS } from './measure.js';
import type { ComparisonRow, MeasuredWorkload, UsageSample, UsageWarning, VerdictChange } from './types.js';

export interface ReassessInput {
  profile: Profile;
  catalog: Catalog;
  measured: readonly MeasuredWorkload[];
  now: Date;
  /** The measured window (epoch ms), recorded in the report. */
  window?: { since: number | null; until: number };
  /** Replaces the cost model (tests); defaults to the real one. */
  analyze?: CostAnalyzer;
  minDays?: number;
  /** Per workload name: measured quality cited by the profile; both runs use it so only volumes differ. */
  qualityEvidence?: ReadonlyMap<string, CitedEvidence> | undefined;
}

export interface Reassessment {
  /** The assessment on measured volumes, with `usage` attached. */
  report: Report;
  guessedReport: Report;
  /** The profile the measured report was made from. */
  measuredProfile: Profile;
  rows: ComparisonRow[];
  warnings: UsageWarning[];
  changes: VerdictChange[];
  samples: UsageSample[];
}

export function reassessFromUsage(input: ReassessInput): Reassessment {
  const options = { now: input.now, qualityEvidence: input.qualityEvidence, ...(input.analyze ? { analyze: input.analyze } : {}) };
  const applied = applyMeasuredUsage(
    input.profile,
    input.measured,
    input.minDays === undefined ? {} : { minDays: input.minDays },
  );
  const guessedReport = assess(input.profile, input.catalog, options);
  const measuredReport = assess(applied.profile, input.catalog, options);
  const changes: VerdictChange[] = [];
  for (const after of measuredReport.workloads) {
    const before = guessedReport.workloads.find((w) => w.name === after.name);
    if (before && before.verdict !== after.verdict) {
      changes.push({
        workload: after.name,
        from: before.verdict,
        to: after.verdict,
        why: explainChange(before, after, input.catalog),
      });
    }
  }
  const window = input.window ?? { since: null, until: input.now.getTime() };
  const report: Report = {
    ...measuredReport,
    usage: {
      since: window.since,
      until: window.until,
      samples: usageSamples(input.profile, input.measured, input.minDays ?? DEFAULT_MIN_DAYS),
      rows: applied.rows,
      warnings: applied.warnings,
      changes,
    },
  };
  return {
    report,
    guessedReport,
    measuredProfile: applied.profile,
    rows: applied.rows,
    warnings: applied.warnings,
    changes,
    samples: report.usage?.samples ?? [],
  };
}

/** What each profile workload's measurement rests on (days, requests) and whether it replaced the guesses. */
export function usageSamples(profile: Profile, measured: readonly MeasuredWorkload[], daysNeeded: number): UsageSample[] {
  return profile.workloads.map((w) => {
    const m = measured.find((x) => x.workload === w.name);
    return {
      workload: w.name,
      daysObserved: m?.daysObserved ?? 0,
      daysNeeded,
      requests: m?.requests ?? 0,
      requestsSeen: m ? (m.requestsSeen ?? m.requests + m.errors) : 0,
      enough: m !== undefined && m.sufficient && m.requests > 0,
      firstSeen: m ? m.firstSeen : null,
      lastSeen: m ? m.lastSeen : null,
    };
  });
}

function deployment(w: WorkloadReport, catalog: Catalog): string {
  const r = w.recommendation;
  if (r.gpu === null) return 'self-hosting';
  const gpu = catalog.gpus.find((g) => g.id === r.gpu)?.name ?? r.gpu;
  return `self-hosting${r.openModel ? ` ${r.openModel}` : ''} on ${r.gpuCount ?? 1}×${gpu}`;
}

/** One sentence, in the measured volume's terms, of why the verdict moved. */
export function explainChange(before: WorkloadReport, after: WorkloadReport, catalog: Catalog): string {
  const volume = `at your measured ${formatTokenCount(after.cost.tokensPerMonth)} tokens/month (guessed ${formatTokenCount(before.cost.tokensPerMonth)})`;
  const { openMonthlyUsd: open, closedMonthlyUsd: closed } = after.cost;
  const api = after.recommendation.closedModel ?? 'the API';
  if (after.verdict === 'open' && open !== null && closed !== null && closed > open) {
    return `${volume}, ${deployment(after, catalog)} saves ${formatDollars(closed - open)}/month (${formatDollars(open)} against ${formatDollars(closed)} for ${api})`;
  }
  if (after.verdict === 'closed' && open !== null && closed !== null && open > closed) {
    return `${volume}, ${api} costs ${formatDollars(open - closed)}/month less than ${deployment(after, catalog)} (${formatDollars(closed)} against ${formatDollars(open)})`;
  }
  const reason = after.reasons.find((r) => r.favours === after.verdict) ?? after.reasons[0];
  return `${volume}, ${reason ? reason.message : `the assessment now favours ${after.verdict === 'open' ? 'self-hosting' : 'the API'}`}`;
}
