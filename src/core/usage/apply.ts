/** Replace a profile's guessed volumes with measured ones, field by field, and say what could not be measured. */
import type { Profile, Workload } from '../profile/index.js';
import { hint } from '../validation/index.js';
import { DAYS_PER_MONTH } from './calendar.js';
import { DEFAULT_MIN_DAYS, DEFAULT_MIN_DAYS_FOR_GROWTH } from './measure.js';
import type { ComparisonRow, MeasuredWorkload, UsageWarning } from './types.js';

export interface AppliedUsage {
  profile: Profile;
  rows: ComparisonRow[];
  warnings: UsageWarning[];
}

// The profile schema's bounds on growthPerMonth.
const GROWTH_MIN = -0.5;
const GROWTH_MAX = 2;

/** Peak-to-average a profile implies: stated, or from its hourly curve; null when it leaves it to the default. */
function guessedPeak(w: Workload): number | null {
  if (w.peakToAverage !== undefined) return w.peakToAverage;
  if (!w.hourlyTraffic) return null;
  const mean = w.hourlyTraffic.reduce((a, b) => a + b, 0) / 24;
  return mean > 0 ? Math.max(...w.hourlyTraffic) / mean : null;
}

export const guessedTokensPerMonth = (w: Workload): number =>
  w.requestsPerDay * (w.inputTokens + w.outputTokens) * w.activeDaysPerWeek * (DAYS_PER_MONTH / 7);

export function applyMeasuredUsage(
  profile: Profile,
  measured: readonly MeasuredWorkload[],
  options: { minDays?: number } = {},
): AppliedUsage {
  const minDays = options.minDays ?? DEFAULT_MIN_DAYS;
  const rows: ComparisonRow[] = [];
  const warnings: UsageWarning[] = [];
  const names = profile.workloads.map((w) => w.name);
  for (const m of measured) {
    if (!names.includes(m.workload)) {
      warnings.push({
        workload: m.workload,
        code: 'not-in-profile',
        message: `workload "${m.workload}" has ${m.requests + m.errors} requests in the usage store but is not in the profile${hint(m.workload, names)}; add it to the profile to assess it`,
      });
    }
  }

  const workloads = profile.workloads.map((w): Workload => {
    const m = measured.find((x) => x.workload === w.name);
    const use = m !== undefined && m.sufficient && m.requests > 0;
    const row = (
      field: ComparisonRow['field'],
      guessed: number | null,
      value: number | null,
      applied = use,
    ) =>
      rows.push({
        workload: w.name,
        field,
        guessed,
        measured: m?.sufficient ? value : null,
        applied: applied && value !== null,
      });
    row('requestsPerDay', w.requestsPerDay, m?.requestsPerDay ?? null);
    row('activeDaysPerWeek', w.activeDaysPerWeek, m?.activeDaysPerWeek ?? null);
    row('inputTokens', w.inputTokens, m?.inputTokensPerRequest ?? null);
    row('outputTokens', w.outputTokens, m?.outputTokensPerRequest ?? null);
    row('cachedInputShare', w.cachedInputShare, m?.cachedInputShare ?? null);
    row('peakToAverage', guessedPeak(w), m?.peakToAverage ?? null);
    row('growthPerMonth', w.growthPerMonth, m?.growthPerMonth ?? null);
    row('tokensPerMonth', guessedTokensPerMonth(w), m?.tokensPerMonth ?? null);
    row('monthlySpendUsd', null, m?.monthlySpendUsd ?? null, false);

    const seen = m ? (m.requestsSeen ?? m.requests + m.errors) : 0;
    if (!m || seen === 0) {
      warnings.push({
        workload: w.name,
        code: 'no-traffic',
        message: `no traffic measured yet for "${w.name}"; keeping the guessed volumes`,
      });
      return w;
    }
    if (!m.sufficient) {
      const counted = m.daysObserved === 0 ? `${count(seen, 'request')} seen, none in a complete day yet (today is not counted)` : `only ${count(m.daysObserved, 'complete day')} and ${count(m.requests, 'served request')}`;
      warnings.push({
        workload: w.name,
        code: 'too-few-days',
        message: `${counted} for "${w.name}": at least ${minDays} complete days are needed to cover a weekly cycle; keeping the guessed volumes`,
      });
      return w;
    }
    if (m.requests < SMALL_SAMPLE) {
      warnings.push({
        workload: w.name,
        code: 'small-sample',
        message: `only ${count(m.requests, 'served request')} in ${m.daysObserved} days for "${w.name}": the per-request token averages and the hourly shape are rough; using them anyway`,
      });
    }
    const next: Workload = {
      ...w,
      requestsPerDay: m.requestsPerDay,
      activeDaysPerWeek: m.activeDaysPerWeek,
      inputTokens: m.inputTokensPerRequest,
      outputTokens: m.outputTokensPerRequest,
      cachedInputShare: m.cachedInputShare,
    };
    // The schema takes a curve or a peak-to-average, not both: the measured curve carries both.
    delete next.peakToAverage;
    if (m.hourlyTraffic.some((x) => x > 0)) next.hourlyTraffic = m.hourlyTraffic;
    if (m.growthPerMonth === null) {
      warnings.push({
        workload: w.name,
        code: 'growth-not-measured',
        message: `growth for "${w.name}" needs ${DEFAULT_MIN_DAYS_FOR_GROWTH} days of traffic, ${m.daysObserved} observed; keeping the guessed ${pct(w.growthPerMonth)}/month`,
      });
    } else {
      const clamped = Math.min(GROWTH_MAX, Math.max(GROWTH_MIN, m.growthPerMonth));
      if (clamped !== m.growthPerMonth) {
        warnings.push({
          workload: w.name,
          code: 'growth-clamped',
          message: `measured growth for "${w.name}" of ${pct(m.growthPerMonth)}/month is outside ${pct(GROWTH_MIN)}..${pct(GROWTH_MAX)}; using ${pct(clamped)}`,
        });
      }
      next.growthPerMonth = clamped;
    }
    return next;
  });
  return { profile: { ...profile, workloads }, rows, warnings };
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** Below this many served requests, means per request and the hourly curve are noisy (flagged, still used). */
export const SMALL_SAMPLE = 200;
