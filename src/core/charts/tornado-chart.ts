import type { TornadoBar } from '../cost/contract.js';
import { buildAxis, type Axis, type Box } from './axis.js';
import { formatUsd, formatUsdRange } from './format.js';
import { emptyBody, svgOpen } from './line-chart.js';
import { BAD, GOOD, INK, MARK, MUTED } from './palette.js';
import { project } from './scale.js';
import { el, esc } from './svg.js';

export interface TornadoRow {
  label: string;
  low: string;
  high: string;
  savingsAtLow: number;
  savingsAtHigh: number;
  /** |high - low|: how much the answer moves over this assumption's range. */
  swing: number;
  lowPx: number;
  highPx: number;
  /** Top of the row's bar. */
  y: number;
}

export interface TornadoChartData {
  kind: 'tornado';
  id: string;
  title: string;
  desc: string;
  box: Box;
  axis: Axis;
  baseline: number;
  baselinePx: number;
  zeroPx: number;
  rows: TornadoRow[];
  empty?: string;
}

const ROW = 30;
const BAR = 18;
/** No text metrics in a pure function: 7.8 units per character over-estimates 13 px system-ui. */
const LABEL_CHAR = 7.8;

/** Assumptions sorted by swing, largest first, so the ones that matter most are on top. */
export function rankBars(bars: readonly TornadoBar[]): TornadoBar[] {
  return [...bars].sort((a, b) => Math.abs(b.savingsAtHigh - b.savingsAtLow) - Math.abs(a.savingsAtHigh - a.savingsAtLow) || a.label.localeCompare(b.label));
}

export function tornadoChartData(bars: readonly TornadoBar[], opts: { id: string; baseline: number | null; maxRows?: number }): TornadoChartData {
  const ranked = rankBars(bars).slice(0, opts.maxRows ?? 8);
  // Room on the left for the longest assumption name ("model speed (error band)" was cut off at a fixed 170).
  const left = Math.max(170, Math.ceil(16 + Math.max(0, ...ranked.map((b) => b.label.length)) * LABEL_CHAR));
  const box: Box = { width: 640, height: 36 + Math.max(1, ranked.length) * ROW + 48, left, right: 56, top: 36, bottom: 48 };
  const baseline = opts.baseline ?? 0;
  const values = [0, baseline, ...ranked.flatMap((b) => [b.savingsAtLow, b.savingsAtHigh])];
  // Room at both ends for the value labels beside the bars.
  const pad = (Math.max(...values) - Math.min(...values)) * 0.12;
  const axis = buildAxis({ label: 'Monthly savings of self-hosting (USD)', values: [...values, Math.min(...values) - pad, Math.max(...values) + pad], range: [box.left, box.width - box.right], format: formatUsd, kind: 'linear' });
  const rows = ranked.map((b, i): TornadoRow => ({
    label: b.label,
    low: b.low,
    high: b.high,
    savingsAtLow: b.savingsAtLow,
    savingsAtHigh: b.savingsAtHigh,
    swing: Math.abs(b.savingsAtHigh - b.savingsAtLow),
    lowPx: project(axis.scale, b.savingsAtLow),
    highPx: project(axis.scale, b.savingsAtHigh),
    y: box.top + i * ROW + (ROW - BAR) / 2,
  }));
  const top = rows[0];
  const desc = top
    ? `The assumption that moves the answer most is ${top.label}: monthly savings of self-hosting range from ${formatUsdRange(Math.min(top.savingsAtLow, top.savingsAtHigh), Math.max(top.savingsAtLow, top.savingsAtHigh))}. Positive savings favour self-hosting.`
    : 'No sensitivity analysis.';
  const data: TornadoChartData = {
    kind: 'tornado',
    id: opts.id,
    title: 'Which assumptions matter most',
    desc,
    box,
    axis,
    baseline,
    baselinePx: project(axis.scale, baseline),
    zeroPx: project(axis.scale, 0),
    rows,
  };
  return rows.length ? data : { ...data, empty: 'No sensitivity analysis: it needs both a self-hosted option and an API to compare.' };
}

function segment(from: number, to: number, y: number, fill: string): string {
  return el('rect', { x: Math.min(from, to), y, width: Math.max(1, Math.abs(to - from)), height: BAR, fill });
}

export function renderTornadoChart(data: TornadoChartData): string {
  const open = svgOpen(data);
  if (data.empty !== undefined) return `${open}${emptyBody(data.box, data.empty)}</svg>`;
  const { box } = data;
  const bottom = box.height - box.bottom;
  let body = '';
  for (const t of data.axis.ticks) {
    body += el('line', { x1: t.px, x2: t.px, y1: bottom, y2: bottom + 5, stroke: INK });
    body += el('text', { x: t.px, y: bottom + 18, 'text-anchor': 'middle', fill: INK }, esc(t.label));
  }
  body += el('text', { x: (box.left + box.width - box.right) / 2, y: box.height - 10, 'text-anchor': 'middle', fill: INK, 'font-weight': 600 }, esc(data.axis.label));
  body += el('rect', { x: box.left, y: 8, width: 12, height: 12, fill: GOOD }) + el('text', { x: box.left + 16, y: 18, fill: INK }, 'high value');
  body += el('rect', { x: box.left + 100, y: 8, width: 12, height: 12, fill: BAD, opacity: 0.75 }) + el('text', { x: box.left + 116, y: 18, fill: INK }, 'low value');
  for (const r of data.rows) {
    const mid = r.y + BAR / 2 + 4;
    // The end further left is labelled left of the bar, the other right of it, so labels never overlap.
    const lowIsLeft = r.lowPx <= r.highPx;
    const leftX = Math.min(r.lowPx, r.highPx, data.baselinePx) - 4;
    const rightX = Math.max(r.lowPx, r.highPx, data.baselinePx) + 4;
    const label = (text: string, left: boolean) => el('text', { x: left ? leftX : rightX, y: mid, 'text-anchor': left ? 'end' : 'start', fill: MUTED }, esc(text));
    body += el('g', { class: 'tornado-row', 'data-label': r.label, 'data-swing': String(r.swing) },
      el('text', { x: box.left - 8, y: mid, 'text-anchor': 'end', fill: INK }, esc(r.label)) +
        segment(data.baselinePx, r.lowPx, r.y, BAD).replace('/>', ' opacity="0.75"/>') +
        segment(data.baselinePx, r.highPx, r.y, GOOD) +
        label(r.low, lowIsLeft) +
        label(r.high, !lowIsLeft));
  }
  body += el('line', { x1: data.zeroPx, x2: data.zeroPx, y1: box.top - 4, y2: bottom, stroke: INK, 'stroke-width': 1 });
  body += el('line', { x1: data.baselinePx, x2: data.baselinePx, y1: box.top - 4, y2: bottom, stroke: MARK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
  return `${open}${body}</svg>`;
}
