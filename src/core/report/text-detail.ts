/** The full terminal view of a workload, the assumptions and the sources (`assess --detail`, `--workload NAME`). */
import { openSide } from './deciding.js';
import { formatTokens, formatUsd, groupExclusions } from './format.js';
import type { Report, WorkloadReport } from './types.js';
import { wrap } from './wrap.js';

export type Paint = (code: string, s: string) => string;

const money = (n: number | null): string => (n === null ? 'n/a' : `${formatUsd(n)}/month`);

export function bullet(paint: Paint, mark: string, text: string, width: number): string[] {
  const [first = '', ...rest] = wrap(text, width - 4, '    ');
  return [`  ${paint('2', mark)} ${first}`, ...rest];
}

export const verdictLabel = (paint: Paint, verdict: WorkloadReport['verdict']): string =>
  verdict === 'open' ? paint('1;32', 'OPEN (self-host)') : paint('1;34', 'CLOSED (API)');

export function workloadBlock(w: WorkloadReport, paint: Paint, width: number): string[] {
  const head = `== ${w.name} `;
  const out = [`${head}${'='.repeat(Math.max(2, width - head.length - 17))} ${verdictLabel(paint, w.verdict)}`];
  out.push(...wrap(`Data: ${w.dataClasses.join(', ')}; may leave: ${w.dataMayLeave} (${w.allowedDestinations}).`, width, '  '));
  const open = openSide(w) ?? 'none';
  const api = `${w.recommendation.closedModel ?? 'none allowed'}${w.recommendation.closedChannel ? ` via ${w.recommendation.closedChannel}` : ''}`;
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

/** Assumptions, optionally only the general ones and those of one workload (they are prefixed `name: `). */
export function assumptionLines(report: Report, paint: Paint, width: number, only?: string): string[] {
  const names = report.workloads.map((w) => w.name);
  const ofOther = (a: string): boolean => names.some((n) => n !== only && a.startsWith(`${n}: `));
  const list = only === undefined ? report.assumptions : report.assumptions.filter((a) => !ofOther(a));
  return [paint('1', 'Assumptions:'), ...list.flatMap((a) => bullet(paint, '-', a, width))];
}

/** Sources grouped by what they support, each URL with its as-of date. */
export function sourceLines(report: Report, paint: Paint, width: number): string[] {
  const byWhat = new Map<string, string[]>();
  for (const s of report.sources) byWhat.set(s.what, [...(byWhat.get(s.what) ?? []), `${s.source.url} (as of ${s.source.asOf})`]);
  const out = [paint('1', 'Sources:')];
  for (const [what, refs] of byWhat) {
    out.push(...bullet(paint, '-', `${what}:`, width));
    for (const ref of refs) out.push(...wrap(ref, width - 6, '      ').map((l, i) => (i === 0 ? `      ${l}` : l)));
  }
  return out;
}
