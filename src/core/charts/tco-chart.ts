import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { buildAxis, LINE_BOX, plotX, plotY } from './axis.js';
import { formatPercent, formatUsd } from './format.js';
import type { LineChartData, Marker } from './line-chart.js';
import { project } from './scale.js';
import { finite, toSeries } from './series.js';
import type { ChartOptions } from './volume-chart.js';

/** First month at which self-hosting's cumulative cost drops to or below the API's, after starting above it. */
export function paybackMonth(tco: WorkloadCostAnalysis['tco']): number | null {
  const closed = tco.closedCumulativeUsd;
  if (!closed) return null;
  for (let i = 0; i < tco.months.length; i++) {
    const o = tco.openCumulativeUsd[i];
    const c = closed[i];
    if (o !== undefined && c !== undefined && o <= c) return tco.months[i] ?? null;
  }
  return null;
}

/** Month ticks on a step that divides the horizon when one does (0, 6, ..., 36), at most 7 of them, the horizon always last. */
export function monthTicks(horizon: number): number[] {
  const steps = [1, 2, 3, 4, 5, 6, 8, 10, 12, 24, 60];
  const step = steps.find((s) => horizon % s === 0 && horizon / s <= 6) ?? steps.find((s) => horizon / s <= 6) ?? 60;
  const ticks: number[] = [];
  for (let m = 0; m <= horizon; m += step) ticks.push(m);
  if (ticks.at(-1) !== horizon) {
    if (horizon - (ticks.at(-1) ?? 0) < step / 2) ticks.pop();
    ticks.push(horizon);
  }
  return ticks;
}

/** Cumulative cost over the horizon, growth included; start-up costs show as the open line's head start. */
export function tcoChartData(analysis: WorkloadCostAnalysis, opts: ChartOptions): LineChartData {
  const box = LINE_BOX;
  const { months, openCumulativeUsd, closedCumulativeUsd } = analysis.tco;
  const horizon = months.at(-1) ?? 1;
  // The axis ends at the horizon (36 months, not a rounded-up 40), with ticks on whole steps of it.
  const x = buildAxis({ label: 'Month', values: [0, horizon], domain: [0, horizon], range: plotX(box), format: (v) => String(v), kind: 'linear' });
  x.ticks = monthTicks(horizon).map((value) => ({ value, px: project(x.scale, value), label: String(value) }));
  const y = buildAxis({ label: 'Cumulative USD', values: finite([...openCumulativeUsd, ...(closedCumulativeUsd ?? [])]), range: plotY(box), format: formatUsd, kind: 'linear' });
  const series = [
    toSeries({ id: 'open', label: 'Self-hosted', style: 'open', points: months.map((m, i) => ({ x: m, y: openCumulativeUsd[i] ?? null })), x, y }),
    toSeries({ id: 'closed', label: 'API', style: 'closed', points: months.map((m, i) => ({ x: m, y: closedCumulativeUsd?.[i] ?? null })), x, y }),
  ].filter((s) => s.points.some((p) => p !== null));
  const payback = paybackMonth(analysis.tco);
  const markers: Marker[] = payback === null ? [] : [{ id: 'break-even', label: `Pays back month ${payback}`, value: payback, px: project(x.scale, payback) }];
  const last = months.length - 1;
  const o = openCumulativeUsd[last];
  const c = closedCumulativeUsd?.[last];
  const growth = analysis.basis?.growthPerMonth ?? 0;
  const desc =
    `Total cost of ownership over ${months.at(-1) ?? 0} months${growth === 0 ? ' at today\'s traffic' : ` with traffic ${growth > 0 ? 'growing' : 'shrinking'} ${formatPercent(Math.abs(growth), 1).replace('.0%', '%')} a month`}.` +
    (o !== undefined ? ` Self-hosted ${formatUsd(o)}` : '') +
    (c !== undefined ? `, API ${formatUsd(c)}.` : '.') +
    (payback === null ? ' Self-hosting does not pay back within the horizon.' : ` Self-hosting pays back in month ${payback}.`);
  const data: LineChartData = { kind: 'line', id: opts.id, title: `${months.at(-1) ?? 0}-month total cost of ownership`, desc, box, x, y, series, markers };
  return months.length === 0 ? { ...data, empty: analysis.infeasibleReason ?? 'No TCO projection.' } : data;
}
