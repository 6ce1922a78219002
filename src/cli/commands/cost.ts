import { assess } from '../../core/assess/index.js';
import { fmtTokens, type WorkloadCostAnalysis } from '../../core/cost/index.js';
import type { Report, WorkloadReport } from '../../core/report/types.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { TERMINAL_WIDTH, labelled } from '../support/columns.js';
import type { Command } from '../support/io.js';
import { wrap } from '../../core/report/wrap.js';
import { loadProfile, profilePathArg } from './validate.js';

const USAGE = `switchboard cost <profile> [--format text|json] [--catalog FILE]

  <profile>        YAML or JSON team profile (- for stdin)
  --format F       text (default) | json (the cost analysis of each workload, WorkloadCostAnalysis)
  --catalog FILE   prices and models merged over the built-in catalog by id

Prices both sides of every workload with the models the assessment recommends: the sized self-hosted
deployment and the closed API, break-even volume, 12/36-month TCO and the assumptions that move it most.`;

const FORMATS = ['text', 'json'] as const;

const usd = (n: number): string => `${n < 0 ? '-' : ''}$${Math.round(Math.abs(n)).toLocaleString('en-US')}`;
const signed = (n: number): string => `${n >= 0 ? '+' : '-'}${usd(Math.abs(n))}`;
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const perM = (n: number): string => `$${n.toFixed(2)}/M tokens`;
/** One labelled line of a workload (label column 11 wide), wrapped under its value to fit 80 columns. */
const field = (label: string, value: string): string[] => labelled(`  ${label.padEnd(11)}  `, value);

function openLines(a: WorkloadCostAnalysis): string[] {
  if (!a.open) return field('self-hosted', `not feasible: ${a.infeasibleReason ?? 'no catalog GPU fits'}`);
  const d = a.open.deployment;
  const c = a.open.cost;
  return [
    ...field('self-hosted', `${d.modelId} ${d.precision} on ${d.gpuCount}x ${d.gpuId} (${d.replicas} replica${d.replicas === 1 ? '' : 's'} x TP${d.tensorParallel}), ${d.engine}, ${c.mode}`),
    ...field('', `${usd(c.monthlyUsd)}/month = GPUs ${usd(c.gpuMonthlyUsd)} + facilities ${usd(c.facilitiesMonthlyUsd)} + staff ${usd(c.staffMonthlyUsd)}; ${a.tokensPerMonth.total > 0 ? perM(c.costPerMTokUsd) : 'n/a per M tokens (no traffic)'}`),
    ...field('', `utilization ${pct(d.utilization)}; TTFT ${Math.round(d.ttftMs)} ms, ${(1000 / d.tpotMs).toFixed(0)} tokens/s per stream${d.meetsLatencySlo ? '' : ' (MISSES the latency SLO)'}; speed +/-${pct(d.errorBand)}`),
    ...field('', `start-up ${usd(c.startupCostUsd)}, ${c.startupWeeks.toFixed(0)} weeks before it serves`),
  ];
}

function closedLines(a: WorkloadCostAnalysis): string[] {
  const c = a.closed;
  if (!c) return field('closed API', 'none allowed for this workload');
  const adj = [
    c.cachedSavingsUsd > 0 ? `cache -${usd(c.cachedSavingsUsd)}` : '',
    c.batchSavingsUsd > 0 ? `batch -${usd(c.batchSavingsUsd)}` : '',
    c.longContextUpliftUsd > 0 ? `long context +${usd(c.longContextUpliftUsd)}` : '',
    c.regionalUpliftUsd > 0 ? `regional +${usd(c.regionalUpliftUsd)}` : '',
  ].filter(Boolean);
  return field('closed API', `${c.modelId}: ${usd(c.monthlyUsd)}/month (input ${usd(c.inputUsd)} + output ${usd(c.outputUsd)}${adj.length ? `; ${adj.join(', ')}` : ''}); ${perM(c.costPerMTokUsd)}`);
}

function tcoLines(a: WorkloadCostAnalysis): string[] {
  const at = (m: number): string => {
    const i = a.tco.months.indexOf(m);
    if (i < 0) return '';
    const closed = a.tco.closedCumulativeUsd?.[i];
    return `${m} months: open ${usd(a.tco.openCumulativeUsd[i] ?? 0)}${closed !== undefined ? ` vs closed ${usd(closed)}` : ''}`;
  };
  return field('TCO', [at(12), at(36)].filter(Boolean).join('; ') || 'n/a');
}

function workloadText(w: WorkloadReport): string {
  const a = w.analysis;
  const head = `${w.name}: ${w.verdict}`;
  if (!a) return `${[head, ...labelled('  ', `no cost analysis (${w.dealBreakers.map((d) => d.message).join('; ') || 'not priced'})`)].join('\n')}\n`;
  const lines = [
    head,
    ...field('volume', `${fmtTokens(a.tokensPerMonth.total)} tokens/month (${fmtTokens(a.tokensPerMonth.input)} in, ${fmtTokens(a.tokensPerMonth.output)} out)`),
    ...openLines(a),
    ...closedLines(a),
    ...field('break-even', `${a.breakEven.note}${a.breakEven.utilization !== null ? ` (utilization there ${pct(a.breakEven.utilization)})` : ''}`),
    ...tcoLines(a),
  ];
  if (a.probabilitySelfHostCheaper !== null) lines.push(...field('uncertainty', `self-hosting cheaper in ${pct(a.probabilitySelfHostCheaper)} of Monte Carlo draws`));
  if (a.sensitivity.length > 0) {
    lines.push('  sensitivity  monthly savings of self-hosting, low -> high:');
    const width = Math.max(...a.sensitivity.map((b) => `${b.label} (${b.low} -> ${b.high})`.length));
    for (const b of a.sensitivity) lines.push(`    ${`${b.label} (${b.low} -> ${b.high})`.padEnd(width)}  ${signed(b.savingsAtLow)} -> ${signed(b.savingsAtHigh)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderCostText(report: Report): string {
  const t = report.totals;
  return [
    ...wrap(`${report.team}: ${report.verdict}. Monthly: closed ${usd(t.closedMonthlyUsd)}, self-hosted ${usd(t.openMonthlyUsd)}, plan ${usd(t.planMonthlyUsd)}; start-up ${usd(t.startupCostUsd)}`, TERMINAL_WIDTH, '  '),
    '',
    ...report.workloads.map(workloadText),
  ].join('\n');
}

export const costCommand: Command = {
  name: 'cost',
  summary: 'both sides per workload: sized self-hosting vs API, break-even, TCO, sensitivity',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(args, { format: { type: 'string' }, catalog: { type: 'string' } }, USAGE.split('\n')[0] ?? '');
    const path = profilePathArg(positionals, USAGE);
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'text';
    const catalog = await loadCatalog(values.catalog, io);
    const profile = await loadProfile(path, io, catalog);
    const report = assess(profile, catalog, { now: new Date() });
    if (format === 'json') {
      const out = report.workloads.map((w) => ({ name: w.name, verdict: w.verdict, recommendation: w.recommendation, analysis: w.analysis }));
      io.stdout(`${JSON.stringify({ team: report.team, totals: report.totals, workloads: out }, null, 2)}\n`);
    } else {
      io.stdout(renderCostText(report));
    }
    return 0;
  },
};
