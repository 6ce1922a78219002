import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { buildAxis, LINE_BOX, plotX, plotY } from './axis.js';
import { formatTokens, formatUsd } from './format.js';
import type { LineChartData, Marker } from './line-chart.js';
import { chooseKind, project } from './scale.js';
import { finite, toSeries } from './series.js';

export interface ChartOptions {
  /** Unique DOM id of the chart (one page shows many). */
  id: string;
}

/** Monthly cost of both sides vs monthly volume, with the break-even and the current volume marked. */
export function volumeChartData(analysis: WorkloadCostAnalysis, opts: ChartOptions): LineChartData {
  const box = LINE_BOX;
  const curve = analysis.volumeCurve;
  const breakEven = analysis.breakEven.tokensPerMonth;
  const current = analysis.tokensPerMonth.total;
  const title = 'Monthly cost vs monthly volume';
  const xs = finite([...curve.map((p) => p.x), breakEven, current]);
  const kind = chooseKind(xs.filter((v) => v > 0).length === xs.length ? xs : [0, 1]);
  const x = buildAxis({ label: 'Tokens per month', values: kind === 'log' ? xs.filter((v) => v > 0) : xs, range: plotX(box), format: formatTokens, kind });
  // Costs spanning decades go on a log axis too, or the crossing near break-even flattens into the floor.
  const ys = finite(curve.flatMap((p) => [p.open, p.closed]));
  const y = buildAxis({ label: 'USD per month', values: ys, range: plotY(box), format: formatUsd, kind: chooseKind(ys) });
  const series = [
    toSeries({ id: 'open', label: 'Self-hosted', style: 'open', points: curve.map((p) => ({ x: p.x, y: p.open })), x, y }),
    toSeries({ id: 'closed', label: 'API', style: 'closed', points: curve.map((p) => ({ x: p.x, y: p.closed })), x, y }),
  ].filter((s) => s.points.some((p) => p !== null));
  const markers: Marker[] = [];
  const placeable = (v: number) => Number.isFinite(v) && (x.scale.kind === 'linear' || v > 0);
  if (breakEven !== null && placeable(breakEven)) {
    markers.push({ id: 'break-even', label: `Break-even ${formatTokens(breakEven)}`, value: breakEven, px: project(x.scale, breakEven) });
  }
  if (placeable(current)) markers.push({ id: 'current', label: `Now ${formatTokens(current)}`, value: current, px: project(x.scale, current) });
  const desc =
    (breakEven === null ? `Self-hosting does not break even in this range (${analysis.breakEven.note}).` : `Self-hosting breaks even at ${formatTokens(breakEven)} tokens per month.`) +
    ` The workload runs ${formatTokens(current)} tokens per month.`;
  const data: LineChartData = { kind: 'line', id: opts.id, title, desc, box, x, y, series, markers };
  return curve.length === 0 ? { ...data, empty: analysis.infeasibleReason ?? 'No cost curve: no model could be priced.' } : data;
}
