export { buildAxis, LINE_BOX, type Axis, type Box, type Tick } from './axis.js';
export { formatCompact, formatPercent, formatTokens, formatUsd, formatUsdExact, formatUsdRange } from './format.js';
export { placeMarkerLabels, renderLineChart, type LineChartData, type MarkerLabel, type Marker, type Series, type SeriesPoint } from './line-chart.js';
export { probabilityChartData, renderProbabilityChart, type ProbabilityChartData } from './probability-chart.js';
export { chooseKind, linearTicks, logDomain, logTicks, niceDomain, niceStep, project, type Scale, type ScaleKind } from './scale.js';
export { esc, slug } from './svg.js';
export { monthTicks, paybackMonth, tcoChartData } from './tco-chart.js';
export { rankBars, renderTornadoChart, tornadoChartData, type TornadoChartData, type TornadoRow } from './tornado-chart.js';
export { overloadedHours, trafficChartData } from './traffic-chart.js';
export { utilizationChartData } from './utilization-chart.js';
export { volumeChartData, type ChartOptions } from './volume-chart.js';
export {
  CHART_KINDS,
  currentSavings,
  renderChart,
  workloadChartData,
  workloadCharts,
  type ChartData,
  type ChartKind,
  type RenderedChart,
} from './workload-charts.js';

/** Every chart is 640 units wide with text of at least 13 units: drawn narrower than this, text would fall under 11 px. */
export const CHART_MIN_WIDTH_PX = Math.ceil((640 * 11) / 13);
