import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { buildAxis, LINE_BOX, plotX, plotY } from './axis.js';
import { formatPercent, formatUsd } from './format.js';
import type { LineChartData, Marker } from './line-chart.js';
import { project } from './scale.js';
import { finite, toSeries } from './series.js';
import type { ChartOptions } from './volume-chart.js';

/** Self-hosted cost per 1M tokens as the GPUs get busier; the API price is flat. */
export function utilizationChartData(analysis: WorkloadCostAnalysis, opts: ChartOptions): LineChartData {
  const box = LINE_BOX;
  const curve = analysis.utilizationCurve;
  const x = buildAxis({ label: 'GPU utilization', values: [0, 1], domain: [0, 1], range: plotX(box), format: (v) => formatPercent(v), kind: 'linear' });
  const ys = finite(curve.flatMap((p) => [p.open, p.closed])).filter((v) => v > 0);
  const y = buildAxis({ label: 'USD per 1M tokens', values: ys.length ? ys : [1], range: plotY(box), format: formatUsd });
  const series = [
    toSeries({ id: 'open', label: 'Self-hosted', style: 'open', points: curve.map((p) => ({ x: p.x, y: p.open })), x, y }),
    toSeries({ id: 'closed', label: 'API', style: 'closed', points: curve.map((p) => ({ x: p.x, y: p.closed })), x, y }),
  ].filter((s) => s.points.some((p) => p !== null));
  const markers: Marker[] = [];
  const beU = analysis.breakEven.utilization;
  if (beU !== null && beU >= 0 && beU <= 1) markers.push({ id: 'break-even', label: `Break-even ${formatPercent(beU)}`, value: beU, px: project(x.scale, beU) });
  const u = analysis.open?.deployment.utilization;
  if (u !== undefined) markers.push({ id: 'current', label: `Now ${formatPercent(u)}`, value: u, px: project(x.scale, u) });
  const desc =
    `Idle GPUs still cost money: self-hosted cost per 1M tokens falls as utilization rises.` +
    (u !== undefined ? ` Expected utilization is ${formatPercent(u)}.` : '') +
    (beU !== null ? ` It matches the API at ${formatPercent(beU)} utilization.` : ' It does not reach the API price.');
  const data: LineChartData = { kind: 'line', id: opts.id, title: 'Cost per 1M tokens vs GPU utilization', desc, box, x, y, series, markers };
  return curve.length === 0 ? { ...data, empty: analysis.infeasibleReason ?? 'No utilization curve.' } : data;
}
