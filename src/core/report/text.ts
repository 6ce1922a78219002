import { decidingReason, recommendedAction } from './deciding.js';
import { formatUsd } from './format.js';
import { assumptionLines, sourceLines, workloadBlock, type Paint } from './text-detail.js';
import type { Report, WorkloadReport } from './types.js';
import { wrap } from './wrap.js';

export interface TextOptions {
  /** ANSI colour; the CLI passes whether stdout is a terminal. */
  color: boolean;
  width?: number;
  /** Add every workload in full (reasons, flips, excluded APIs), the assumptions and the sources. */
  detail?: boolean;
  /** Show this workload in full, with its assumptions and the sources, instead of the whole portfolio. */
  workload?: string;
}

const cost = (n: number | null): string => (n === null ? 'n/a' : formatUsd(n));

function verdictWord(paint: Paint, v: Report['verdict']): string {
  const colour = v === 'open' ? '1;32' : v === 'closed' ? '1;34' : '1;35';
  return paint(colour, v.toUpperCase());
}

function fit(s: string, n: number): string {
  return s.length <= n ? s.padEnd(n) : `${s.slice(0, n - 1)}…`;
}

/** The portfolio table: one row per workload, both monthly costs and the area that decided it. */
function portfolioTable(report: Report, paint: Paint, width: number): string[] {
  const cols = { verdict: 7, api: 11, self: 11, by: 9 };
  const fixed = cols.verdict + cols.api + cols.self + cols.by + 8;
  const nameW = Math.max(8, Math.min(width - fixed, Math.max(...report.workloads.map((w) => w.name.length), 'Total'.length)));
  const row = (name: string, verdict: string, api: string, self: string, by: string): string =>
    `${fit(name, nameW)}  ${verdict}  ${api.padStart(cols.api)}  ${self.padStart(cols.self)}  ${by}`.trimEnd();
  const t = report.totals;
  return [
    paint('1', row('Workload', 'Verdict', 'API/month', 'Self-hosted', 'Decided by')),
    ...report.workloads.map((w) => {
      const v = w.verdict === 'open' ? paint('32', 'open   ') : paint('34', 'closed ');
      return row(w.name, v, cost(w.cost.closedMonthlyUsd), cost(w.cost.openMonthlyUsd), w.decidedBy?.area ?? decidingReason(w)?.area ?? '');
    }),
    row('Total', '       ', cost(t.closedMonthlyUsd), cost(t.openMonthlyUsd), ''),
  ];
}

/** One entry per workload: the recommendation, then the reason that settled it. */
function workloadLine(w: WorkloadReport, paint: Paint, width: number): string[] {
  const head = wrap(`${paint('1', w.name)}: ${recommendedAction(w)}`, width, '    ');
  const why = decidingReason(w);
  if (!why) return head;
  const rule = why.rule ? ` [${why.rule}]` : '';
  return [...head, ...wrap(`${why.message}${rule}`, width - 2, '  ').map((l, i) => (i === 0 ? `  ${l}` : l))];
}

function header(report: Report, paint: Paint): string[] {
  return [paint('1', `Switchboard assessment: ${report.team}`), paint('2', `generated ${report.generatedAt}, catalog ${report.catalogVersion}`), ''];
}

/** Self-hosted workloads that could share one fleet: one entry each, caveats with `detail`. Advice only. */
function sharedFleets(report: Report, paint: Paint, width: number, detail: boolean): string[] {
  return (report.consolidation ?? []).flatMap((c) => [
    ...wrap(`${paint('1', 'Shared fleet')} (advice; verdicts unchanged): ${c.message}${detail ? '' : '; caveats: --detail'}`, width, '    '),
    ...(detail ? [...c.caveats.flatMap((x) => wrap(`- ${x}`, width - 2, '    ').map((l, i) => (i === 0 ? `  ${l}` : l))), ''] : []),
  ]);
}

function summary(report: Report, paint: Paint, width: number, detail = false): string[] {
  const t = report.totals;
  return [
    `Verdict: ${verdictWord(paint, report.verdict)}`,
    ...wrap(report.summary, width),
    '',
    ...portfolioTable(report, paint, width),
    ...wrap(`USD per month; the total puts every workload on one side. This plan: ${formatUsd(t.planMonthlyUsd)}/month, ${formatUsd(t.startupCostUsd)} to start.`, width).map((l) => paint('2', l)),
    '',
    ...sharedFleets(report, paint, width, detail),
    ...(report.consolidation?.length && !detail ? [''] : []),
    ...report.workloads.flatMap((w) => workloadLine(w, paint, width)),
  ];
}

/**
 * The report for a terminal, `width` columns (80 by default), colour only when asked. By default one screen:
 * the verdict, the portfolio table and one entry per workload; `detail` or `workload` add the rest.
 */
export function renderTextReport(report: Report, options: TextOptions): string {
  const width = options.width ?? 80;
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const out = header(report, paint);
  const only = options.workload === undefined ? undefined : report.workloads.find((w) => w.name === options.workload);
  if (only) {
    out.push(`Portfolio verdict: ${verdictWord(paint, report.verdict)} (this workload is one of ${report.workloads.length})`, '');
    out.push(...workloadBlock(only, paint, width), '', ...assumptionLines(report, paint, width, only.name), '', ...sourceLines(report, paint, width));
  } else if (options.detail) {
    out.push(...summary(report, paint, width, true), '');
    for (const w of report.workloads) out.push(...workloadBlock(w, paint, width), '');
    out.push(...assumptionLines(report, paint, width), '', ...sourceLines(report, paint, width));
  } else {
    out.push(...summary(report, paint, width), '');
    out.push(...wrap('More: --detail (reasons, what would flip each verdict, assumptions, sources), --workload NAME, --format html|markdown|json.', width).map((l) => paint('2', l)));
  }
  return `${out.join('\n')}\n`;
}
