import type { WorkloadCostAnalysis } from '../cost/contract.js';
import { renderLineChart, type LineChartData } from './line-chart.js';
import { probabilityChartData, renderProbabilityChart, type ProbabilityChartData } from './probability-chart.js';
import { slug } from './svg.js';
import { tcoChartData } from './tco-chart.js';
import { renderTornadoChart, tornadoChartData, type TornadoChartData } from './tornado-chart.js';
import { trafficChartData } from './traffic-chart.js';
import { utilizationChartData } from './utilization-chart.js';
import { volumeChartData } from './volume-chart.js';

export type ChartData = LineChartData | TornadoChartData | ProbabilityChartData;

export const CHART_KINDS = ['volume', 'utilization', 'tco', 'traffic', 'tornado', 'probability'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface RenderedChart {
  kind: ChartKind;
  id: string;
  title: string;
  desc: string;
  svg: string;
}

export function renderChart(data: ChartData): string {
  switch (data.kind) {
    case 'line':
      return renderLineChart(data);
    case 'tornado':
      return renderTornadoChart(data);
    case 'probability':
      return renderProbabilityChart(data);
  }
}

/** Current monthly savings of self-hosting (API - self-hosted), the tornado's centre line. */
export function currentSavings(analysis: WorkloadCostAnalysis): number | null {
  return analysis.open && analysis.closed ? analysis.closed.monthlyUsd - analysis.open.cost.monthlyUsd : null;
}

/** The data for all six charts of one workload; ids are prefixed so many workloads fit on one page. */
export function workloadChartData(analysis: WorkloadCostAnalysis, opts: { idPrefix: string }): Record<ChartKind, ChartData> {
  const id = (kind: ChartKind) => `${slug(opts.idPrefix)}-${kind}`;
  return {
    volume: volumeChartData(analysis, { id: id('volume') }),
    utilization: utilizationChartData(analysis, { id: id('utilization') }),
    tco: tcoChartData(analysis, { id: id('tco') }),
    traffic: trafficChartData(analysis, { id: id('traffic') }),
    tornado: tornadoChartData(analysis.sensitivity, { id: id('tornado'), baseline: currentSavings(analysis) }),
    probability: probabilityChartData(analysis.probabilitySelfHostCheaper, { id: id('probability') }),
  };
}

export function workloadCharts(analysis: WorkloadCostAnalysis, opts: { idPrefix: string }): RenderedChart[] {
  const data = workloadChartData(analysis, opts);
  return CHART_KINDS.map((kind) => ({ kind, id: data[kind].id, title: data[kind].title, desc: data[kind].desc, svg: renderChart(data[kind]) }));
}
