import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { buildAxis, LINE_BOX, plotX, plotY } from './axis.js';
import { formatUsd } from './format.js';
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

/** Cumulative cost over the horizon, growth included; start-up costs show as the open line's head start. */
export function tcoChartData(analysis: WorkloadCostAnalysis, opts: ChartOptions): LineChartData {
  const box = LINE_BOX;
  const { months, openCumulativeUsd, closedCumulativeUsd } = analysis.tco;
  const x = buildAxis({ label: 'Month', values: months.length ? [0, ...months] : [0, 1], range: plotX(box), format: (v) => String(v), kind: 'linear', tickCount: 6 });
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
  const desc =
    `Total cost of ownership over ${months.at(-1) ?? 0} months with traffic growth.` +
    (o !== undefined ? ` Self-hosted ${formatUsd(o)}` : '') +
    (c !== undefined ? `, API ${formatUsd(c)}.` : '.') +
    (payback === null ? ' Self-hosting does not pay back within the horizon.' : ` Self-hosting pays back in month ${payback}.`);
  const data: LineChartData = { kind: 'line', id: opts.id, title: `${months.at(-1) ?? 0}-month total cost of ownership`, desc, box, x, y, series, markers };
  return months.length === 0 ? { ...data, empty: analysis.infeasibleReason ?? 'No TCO projection.' } : data;
}
