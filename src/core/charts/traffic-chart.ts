import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { buildAxis, LINE_BOX, plotX, plotY } from './axis.js';
import { formatCompact } from './format.js';
import type { LineChartData } from './line-chart.js';
import { toSeries } from './series.js';
import type { ChartOptions } from './volume-chart.js';

/** Hours of the day in which demand exceeds provisioned capacity. */
export function overloadedHours(curve: WorkloadCostAnalysis['trafficCurve']): number[] {
  return curve.filter((p) => p.demand > p.capacity).map((p) => p.hour);
}

/** A typical day's requests per hour against what the provisioned GPUs can serve: the gap is idle cost. */
export function trafficChartData(analysis: WorkloadCostAnalysis, opts: ChartOptions): LineChartData {
  const box = LINE_BOX;
  const curve = analysis.trafficCurve;
  const x = buildAxis({ label: 'Hour of day', values: [0, 23], domain: [0, 23], range: plotX(box), format: (v) => `${v}h`, kind: 'linear', tickCount: 8 });
  const y = buildAxis({ label: 'Requests per hour', values: curve.flatMap((p) => [p.demand, p.capacity]), range: plotY(box), format: formatCompact, kind: 'linear' });
  const series = [
    toSeries({ id: 'demand', label: 'Demand', style: 'demand', points: curve.map((p) => ({ x: p.hour, y: p.demand })), x, y }),
    toSeries({ id: 'capacity', label: 'Provisioned capacity', style: 'capacity', points: curve.map((p) => ({ x: p.hour, y: p.capacity })), x, y }),
  ];
  const peak = Math.max(0, ...curve.map((p) => p.demand));
  const cap = Math.max(0, ...curve.map((p) => p.capacity));
  const over = overloadedHours(curve);
  const desc =
    `Peak demand ${formatCompact(peak)} requests per hour against capacity ${formatCompact(cap)}.` +
    (over.length ? ` Demand exceeds capacity at hours ${over.join(', ')}.` : ' Capacity covers every hour.');
  const data: LineChartData = { kind: 'line', id: opts.id, title: 'Traffic vs provisioned GPU capacity', desc, box, x, y, series, markers: [] };
  return curve.length === 0 ? { ...data, empty: analysis.infeasibleReason ?? 'No self-hosted deployment to compare with.' } : data;
}
