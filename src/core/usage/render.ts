/** Text and markdown views of usage: the `usage` command's summary and the "guessed vs measured" comparison. */
import type { Report } from '../report/types.js';
import { wrap } from '../report/wrap.js';
import { SMALL_SAMPLE } from './apply.js';
import { formatMicroUsd, formatShare, formatTokenCount, formatValue, formatDollars } from './format.js';
import type { UsageGroup, UsageSummary } from './summarize.js';
import type { ComparedField, ComparisonRow, UsageSample, UsageWarning, VerdictChange } from './types.js';

export type UsageFormat = 'text' | 'markdown';

const LABELS: Record<ComparedField, string> = {
  requestsPerDay: 'requests / active day',
  activeDaysPerWeek: 'active days / week',
  inputTokens: 'input tokens / request',
  outputTokens: 'output tokens / request',
  cachedInputShare: 'cached input share',
  peakToAverage: 'peak-to-average',
  growthPerMonth: 'growth / month',
  tokensPerMonth: 'tokens / month',
  monthlySpendUsd: 'spend / month (measured)',
};

function cell(field: ComparedField, v: number | null): string {
  if (v === null) return '—';
  switch (field) {
    case 'cachedInputShare':
    case 'growthPerMonth':
      return formatShare(v, 1);
    case 'tokensPerMonth':
      return formatTokenCount(v);
    case 'monthlySpendUsd':
      return formatDollars(v);
    case 'requestsPerDay':
    case 'activeDaysPerWeek':
    case 'inputTokens':
    case 'outputTokens':
    case 'peakToAverage':
      return formatValue(v);
  }
}

/** A table with columns padded (text) or piped (markdown). */
export function table(
  head: readonly string[],
  body: readonly (readonly string[])[],
  format: UsageFormat,
  /** How many leading columns are left-aligned, or the indexes of every left-aligned column. */
  leftColumns: number | readonly number[] = 1,
): string {
  const isLeft = (i: number): boolean => (typeof leftColumns === 'number' ? i < leftColumns : leftColumns.includes(i));
  if (format === 'markdown') {
    const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (isLeft(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...body.map(line)].join('\n');
}

export interface ComparisonView {
  /** What each workload's measurement rests on; shown first when given. */
  samples?: readonly UsageSample[];
  rows: readonly ComparisonRow[];
  warnings: readonly UsageWarning[];
  changes: readonly VerdictChange[];
  /** Portfolio verdicts before and after, when both reports are at hand. */
  guessedReport?: Report;
  report?: Report;
}

const day = (ms: number | null): string => (ms === null ? '—' : new Date(ms).toISOString().slice(0, 10));

/** Whether a sample is enough, in words: `yes`, or `no: ...` with what is missing. */
export function sampleVerdict(s: UsageSample): string {
  if (s.requestsSeen === 0) return 'no: no traffic yet';
  if (s.enough) return s.requests < SMALL_SAMPLE ? 'yes, few requests' : 'yes';
  if (s.daysObserved === 0) return 'no: no full day yet';
  return `no: ${s.daysObserved} of ${s.daysNeeded} days`;
}

function samplesTable(samples: readonly UsageSample[], format: UsageFormat): string {
  const body = samples.map((s) => [
    s.workload,
    s.daysObserved.toLocaleString('en-US'),
    s.requests.toLocaleString('en-US'),
    s.requestsSeen.toLocaleString('en-US'),
    day(s.lastSeen),
    sampleVerdict(s),
  ]);
  return table(['workload', 'days', 'requests', 'seen', 'last seen', 'enough?'], body, format, [0, 5]);
}

export function renderUsageComparison(view: ComparisonView, format: UsageFormat = 'text'): string {
  const h = (t: string, level = 2): string => (format === 'markdown' ? `${'#'.repeat(level)} ${t}` : t);
  const out: string[] = [];
  if (view.samples && view.samples.length > 0) {
    out.push(h('Measured usage: what the gateway saw'));
    out.push(samplesTable(view.samples, format));
    const note = `Days: complete UTC days, the only ones rates are taken from; requests: served in those days; seen: every request, today and failures included. A workload needs ${view.samples[0]?.daysNeeded ?? 7} complete days (a weekly cycle) before its measured values replace the guesses; under ${SMALL_SAMPLE} requests they are used but rough.`;
    out.push('', ...(format === 'markdown' ? [note] : wrap(note, 80)), '');
  }
  out.push(h('Guessed vs measured'));
  const body = view.rows.map((r) => [
    r.workload,
    LABELS[r.field],
    cell(r.field, r.guessed),
    cell(r.field, r.measured),
    r.applied ? 'measured' : r.guessed === null ? '' : 'guess',
  ]);
  out.push(table(['workload', 'field', 'guessed', 'measured', 'used'], body, format, 2));
  if (view.guessedReport && view.report && view.guessedReport.verdict !== view.report.verdict) {
    out.push('', `Portfolio verdict: ${view.guessedReport.verdict} → ${view.report.verdict}`);
  }
  out.push('', h('Verdict changes', 3));
  if (view.changes.length === 0) out.push('none: every verdict holds at the measured volumes');
  for (const c of view.changes) out.push(`- ${c.workload}: ${c.from} → ${c.to}: ${c.why}`);
  if (view.warnings.length > 0) {
    out.push('', h('Warnings', 3));
    for (const w of view.warnings) out.push(`- ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}

function groupRow(g: UsageGroup): string[] {
  return [
    g.key,
    g.requests.toLocaleString('en-US'),
    formatTokenCount(g.inputTokens),
    formatTokenCount(g.outputTokens),
    formatTokenCount(g.cachedInputTokens),
    formatMicroUsd(g.costMicroUsd),
    formatShare(g.errorRate, 1),
    g.latencyP50Ms === null ? '—' : `${formatValue(g.latencyP50Ms)} ms`,
    g.latencyP95Ms === null ? '—' : `${formatValue(g.latencyP95Ms)} ms`,
  ];
}

const HEAD = ['requests', 'input', 'output', 'cached', 'spend', 'errors', 'p50', 'p95'];

/** Prompt-cache writes and estimated counts, under the totals, only when there are any (the table stays in 80 columns). */
function totalsNotes(t: UsageSummary['totals']): string[] {
  const notes: string[] = [];
  if (t.cacheWriteInputTokens > 0) {
    const oneHour = t.cacheWrite1hInputTokens > 0 ? ` (${formatTokenCount(t.cacheWrite1hInputTokens)} for 1 hour)` : '';
    notes.push(`Prompt cache (part of input): ${formatTokenCount(t.cachedInputTokens)} tokens read, ${formatTokenCount(t.cacheWriteInputTokens)} written${oneHour}`);
  }
  if (t.estimatedRequests > 0) {
    const n = t.estimatedRequests;
    notes.push(`Estimated tokens: ${n.toLocaleString('en-US')} request${n === 1 ? '' : 's'} without upstream usage, counted with a tokenizer`);
  }
  return notes.flatMap((n) => wrap(n, 80));
}

/** The `switchboard usage` text: totals, then by workload and by destination. */
export function renderUsageSummary(s: UsageSummary, format: UsageFormat = 'text'): string {
  const from = s.since === null ? 'the first record' : new Date(s.since).toISOString();
  const h = (t: string) => (format === 'markdown' ? `### ${t}` : t);
  return [
    `Usage from ${from} to ${new Date(s.until).toISOString()}`,
    '',
    table(['', ...HEAD], [groupRow({ key: 'total', ...s.totals })], format),
    ...totalsNotes(s.totals),
    '',
    h('By workload'),
    table(['workload', ...HEAD], s.byWorkload.map(groupRow), format),
    '',
    h('By destination'),
    table(['destination', ...HEAD], s.byDestination.map(groupRow), format),
    '',
  ].join('\n');
}
