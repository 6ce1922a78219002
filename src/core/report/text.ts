import { formatTokens, formatUsd, groupExclusions } from './format.js';
import type { Report, WorkloadReport } from './types.js';
import { wrap } from './wrap.js';

export interface TextOptions {
  /** ANSI colour; the CLI passes whether stdout is a terminal. */
  color: boolean;
  width?: number;
}

type Paint = (code: string, s: string) => string;
const money = (n: number | null): string => (n === null ? 'n/a' : `${formatUsd(n)}/month`);

function bullet(paint: Paint, mark: string, text: string, width: number): string[] {
  const [first = '', ...rest] = wrap(text, width - 4, '    ');
  return [`  ${paint('2', mark)} ${first}`, ...rest];
}

function workloadBlock(w: WorkloadReport, paint: Paint, width: number): string[] {
  const verdict = w.verdict === 'open' ? paint('1;32', 'OPEN (self-host)') : paint('1;34', 'CLOSED (API)');
  const head = `== ${w.name} `;
  const out = [`${head}${'='.repeat(Math.max(2, width - head.length - 17))} ${verdict}`];
  out.push(...wrap(`Data: ${w.dataClasses.join(', ')}; may leave: ${w.dataMayLeave} (${w.allowedDestinations}).`, width, '  '));
  const r = w.recommendation;
  const open = r.openModel ? `${r.openModel}${r.precision ? ` ${r.precision}` : ''}${r.gpu ? ` on ${r.gpuCount ?? '?'}x ${r.gpu}` : ''}` : 'none';
  const api = r.closedModel ?? 'none allowed';
  out.push(...wrap(w.verdict === 'open' ? `Recommendation: self-host ${open}. Alternative: API ${api}.` : `Recommendation: API ${api}. Alternative: self-host ${open}.`, width, '  '));
  const c = w.cost;
  const be = c.breakEvenTokensPerMonth === null ? 'never' : `${formatTokens(c.breakEvenTokensPerMonth)} tokens/month`;
  out.push(...wrap(`Cost: API ${money(c.closedMonthlyUsd)}, self-hosted ${money(c.openMonthlyUsd)} at ${formatTokens(c.tokensPerMonth)} tokens/month; break-even ${be}; start-up ${c.startupCostUsd === null ? 'n/a' : formatUsd(c.startupCostUsd)}.`, width, '  '));
  if (w.dealBreakers.length > 0) {
    out.push(paint('1;31', 'Deal breakers:'));
    for (const d of w.dealBreakers) out.push(...bullet(paint, 'x', `${d.message} [${d.rule}]`, width));
  }
  out.push(paint('1', 'Why:'));
  for (const reason of w.reasons) out.push(...bullet(paint, '-', `${reason.area}: ${reason.message}`, width));
  if (w.flips.length > 0) {
    out.push(paint('1', 'What would flip it:'));
    for (const f of w.flips) out.push(...bullet(paint, '>', f.message, width));
  }
  if (w.excludedClosedModels.length > 0) {
    out.push('Excluded APIs:');
    for (const g of groupExclusions(w.excludedClosedModels)) out.push(...bullet(paint, '-', `${g.rule}: ${g.modelIds.join(', ')}`, width));
  }
  return out;
}

/** The report for a terminal: fits `width` columns (80 by default), colour only when asked. */
export function renderTextReport(report: Report, options: TextOptions): string {
  const width = options.width ?? 80;
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const t = report.totals;
  const verdictColour = report.verdict === 'open' ? '1;32' : report.verdict === 'closed' ? '1;34' : '1;35';
  const out: string[] = [
    paint('1', `Switchboard assessment: ${report.team}`),
    paint('2', `generated ${report.generatedAt}, catalog ${report.catalogVersion}`),
    '',
    `Verdict: ${paint(verdictColour, report.verdict.toUpperCase())}`,
    ...wrap(report.summary, width),
    ...wrap(`Totals: APIs where allowed ${formatUsd(t.closedMonthlyUsd)}/month; all self-hosted ${formatUsd(t.openMonthlyUsd)}/month; this plan ${formatUsd(t.planMonthlyUsd)}/month, ${formatUsd(t.startupCostUsd)} to start.`, width, '  '),
    '',
  ];
  for (const w of report.workloads) out.push(...workloadBlock(w, paint, width), '');
  out.push(paint('1', 'Assumptions:'));
  for (const a of report.assumptions) out.push(...bullet(paint, '-', a, width));
  out.push('', paint('1', 'Sources:'));
  for (const s of report.sources) out.push(...bullet(paint, '-', `${s.what}: ${s.source.url} (as of ${s.source.asOf})`, width));
  return `${out.join('\n')}\n`;
}
