import type { Catalog } from '../../core/catalog/index.js';
import { formatPercent, formatTokens, formatUsdExact } from '../../core/charts/index.js';
import { parseProfile } from '../../core/profile/index.js';
import { reassessFromUsage, type ComparisonRow, type MeasuredWorkload } from '../../core/usage/index.js';
import { h } from './dom.js';

const LABEL: Record<ComparisonRow['field'], string> = {
  requestsPerDay: 'Requests per day',
  activeDaysPerWeek: 'Active days per week',
  inputTokens: 'Input tokens per request',
  outputTokens: 'Output tokens per request',
  cachedInputShare: 'Cached input share',
  peakToAverage: 'Peak to average',
  growthPerMonth: 'Growth per month',
  tokensPerMonth: 'Tokens per month',
  monthlySpendUsd: 'Spend per month',
};

function cell(field: ComparisonRow['field'], v: number | null): string {
  if (v === null) return '—';
  if (field === 'tokensPerMonth') return formatTokens(v);
  if (field === 'monthlySpendUsd') return formatUsdExact(v);
  if (field === 'cachedInputShare' || field === 'growthPerMonth') return formatPercent(v, 1);
  return String(Math.round(v * 100) / 100);
}

export interface UsageViewInput {
  draft: unknown;
  catalog: Catalog;
  measured: readonly MeasuredWorkload[] | null;
  note: string | null;
  now: Date;
}

/** Guessed (the profile being edited) vs measured (the gateway), re-assessed with the same core as `assess --usage`. */
export function renderUsage(root: HTMLElement, input: UsageViewInput): void {
  if (!input.measured) {
    root.replaceChildren(h('p', { class: 'meta' }, input.note ?? 'Start with `switchboard ui --usage sqlite:PATH` (or postgres://...) to compare the profile with the usage the gateway measured.'));
    return;
  }
  const parsed = parseProfile(input.draft);
  if (!parsed.ok) {
    root.replaceChildren(h('p', {}, 'Fix the problems in the profile first (Assessment tab); the comparison re-assesses it.'));
    return;
  }
  const r = reassessFromUsage({ profile: parsed.value, catalog: input.catalog, measured: input.measured, now: input.now });
  const rows = r.rows.map((row) =>
    h('tr', { 'data-workload': row.workload, 'data-field': row.field }, h('td', {}, row.workload), h('td', {}, LABEL[row.field]), h('td', { class: 'num' }, cell(row.field, row.guessed)),
      h('td', { class: 'num' }, cell(row.field, row.measured)), h('td', {}, row.applied ? 'measured' : row.guessed === null ? '' : 'guess')));
  const warnings = r.warnings.length ? [h('div', {}, h('h2', {}, 'Warnings'), h('ul', {}, ...r.warnings.map((w) => h('li', {}, w.message))))] : [];
  root.replaceChildren(
    h('p', { class: 'meta' }, input.note ?? ''),
    h('p', {}, `Portfolio verdict: ${r.guessedReport.verdict} on the guesses, ${r.report.verdict} on measured usage.`),
    h('h2', {}, 'Verdict changes'),
    r.changes.length
      ? h('ul', { class: 'usage-changes' }, ...r.changes.map((c) => h('li', { 'data-workload': c.workload }, h('strong', {}, `${c.workload}: ${c.from} → ${c.to}`), `: ${c.why}`)))
      : h('p', {}, 'None: every verdict holds at the measured volumes.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'usage-table' }, h('caption', {}, 'Guessed vs measured'),
      h('thead', {}, h('tr', {}, ...['Workload', 'Field', 'Guessed', 'Measured', 'Used'].map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows))),
    ...warnings,
  );
}
