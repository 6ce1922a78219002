import type { Box } from './axis.js';
import { formatPercent } from './format.js';
import { emptyBody, svgOpen } from './line-chart.js';
import { BAD, GOOD, INK, MUTED } from './palette.js';
import { el, esc } from './svg.js';

export interface ProbabilityChartData {
  kind: 'probability';
  id: string;
  title: string;
  desc: string;
  box: Box;
  probability: number | null;
  /** Right edge of the filled (self-hosting cheaper) share. */
  fillPx: number;
  ticks: { value: number; px: number; label: string }[];
  empty?: string;
}

const BOX: Box = { width: 640, height: 104, left: 20, right: 20, top: 34, bottom: 40 };

/** Share of Monte Carlo draws in which self-hosting is cheaper, as a filled bar. */
export function probabilityChartData(probability: number | null, opts: { id: string }): ProbabilityChartData {
  const width = BOX.width - BOX.left - BOX.right;
  const p = probability === null ? null : Math.min(1, Math.max(0, probability));
  const at = (v: number) => BOX.left + v * width;
  const data: ProbabilityChartData = {
    kind: 'probability',
    id: opts.id,
    title: 'Probability that self-hosting is cheaper',
    desc: p === null ? 'Not computed: no self-hosted option or no API to compare.' : `Self-hosting is cheaper in ${formatPercent(p)} of simulated scenarios drawn from the assumptions' uncertainty ranges.`,
    box: BOX,
    probability: p,
    fillPx: at(p ?? 0),
    ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, px: at(value), label: formatPercent(value) })),
  };
  return p === null ? { ...data, empty: data.desc } : data;
}

export function renderProbabilityChart(data: ProbabilityChartData): string {
  const open = svgOpen(data, { 'data-probability': data.probability === null ? undefined : String(data.probability) });
  if (data.empty !== undefined || data.probability === null) return `${open}${emptyBody(data.box, data.empty ?? '')}</svg>`;
  const { box } = data;
  const right = box.width - box.right;
  const y = box.top;
  let body = el('text', { x: box.left, y: 20, fill: INK, 'font-weight': 600, 'font-size': 14 }, esc(`${formatPercent(data.probability)} chance self-hosting is cheaper`));
  body += el('rect', { x: box.left, y, width: right - box.left, height: 24, fill: BAD, opacity: 0.3 });
  body += el('rect', { class: 'probability-fill', x: box.left, y, width: data.fillPx - box.left, height: 24, fill: GOOD });
  for (const t of data.ticks) {
    body += el('line', { x1: t.px, x2: t.px, y1: y + 24, y2: y + 30, stroke: INK });
    body += el('text', { x: t.px, y: y + 44, 'text-anchor': t.value === 0 ? 'start' : t.value === 1 ? 'end' : 'middle', fill: MUTED }, esc(t.label));
  }
  return `${open}${body}</svg>`;
}
