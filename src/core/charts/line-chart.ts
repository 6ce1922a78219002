import { plotX, plotY, type Axis, type Box } from './axis.js';
import { GRID, INK, MARK, MUTED, STYLE, type SeriesStyle } from './palette.js';
import { attrs, el, esc, px } from './svg.js';

export interface SeriesPoint {
  x: number;
  y: number;
  px: number;
  py: number;
}

export interface Series {
  id: string;
  label: string;
  style: SeriesStyle;
  /** Null marks a gap (no value at that x). */
  points: (SeriesPoint | null)[];
}

/** A labelled vertical line at an x value (break-even, current volume). */
export interface Marker {
  id: string;
  label: string;
  value: number;
  px: number;
}

export interface LineChartData {
  kind: 'line';
  id: string;
  title: string;
  desc: string;
  box: Box;
  x: Axis;
  y: Axis;
  series: Series[];
  markers: Marker[];
  /** Shown instead of the plot when there is nothing to draw. */
  empty?: string;
}

export function pathOf(points: readonly (SeriesPoint | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(p.px)} ${px(p.py)}`;
    pen = true;
  }
  return d;
}

/** Opening tag with title and desc wired to aria-labelledby, so screen readers announce the chart. */
export function svgOpen(data: { id: string; title: string; desc: string; box: Box; kind: string }, extra: Record<string, string | number | undefined> = {}): string {
  const { width, height } = data.box;
  const head = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': `${data.id}-title ${data.id}-desc`,
    id: data.id,
    class: `chart chart-${data.kind}`,
    'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
    'font-size': 13,
    style: 'max-width:100%;height:auto',
    ...extra,
  })}>`;
  return `${head}<title id="${esc(data.id)}-title">${esc(data.title)}</title><desc id="${esc(data.id)}-desc">${esc(data.desc)}</desc>`;
}

export function emptyBody(box: Box, message: string): string {
  return el('text', { x: box.width / 2, y: box.height / 2, 'text-anchor': 'middle', fill: MUTED }, esc(message));
}

function axes(data: LineChartData): string {
  const { box } = data;
  const [x0, x1] = plotX(box);
  const [y0, y1] = plotY(box);
  let out = '';
  for (const t of data.y.ticks) {
    out += el('line', { x1: x0, x2: x1, y1: t.px, y2: t.px, stroke: GRID });
    out += el('text', { x: x0 - 6, y: t.px + 4, 'text-anchor': 'end', fill: INK }, esc(t.label));
  }
  for (const t of data.x.ticks) {
    out += el('line', { x1: t.px, x2: t.px, y1: y0, y2: y0 + 5, stroke: INK });
    out += el('text', { x: t.px, y: y0 + 18, 'text-anchor': 'middle', fill: INK }, esc(t.label));
  }
  out += el('line', { x1: x0, x2: x1, y1: y0, y2: y0, stroke: INK });
  out += el('line', { x1: x0, x2: x0, y1: y0, y2: y1, stroke: INK });
  out += el('text', { x: (x0 + x1) / 2, y: box.height - 10, 'text-anchor': 'middle', fill: INK, 'font-weight': 600 }, esc(data.x.label));
  const cy = (y0 + y1) / 2;
  out += el('text', { x: 14, y: cy, 'text-anchor': 'middle', fill: INK, 'font-weight': 600, transform: `rotate(-90 14 ${px(cy)})` }, esc(data.y.label));
  return out;
}

function legend(data: LineChartData): string {
  let x = data.box.left;
  let out = '';
  for (const s of data.series) {
    const st = STYLE[s.style];
    out += el('line', { x1: x, x2: x + 22, y1: 14, y2: 14, stroke: st.stroke, 'stroke-width': st.width, 'stroke-dasharray': st.dash });
    out += el('text', { x: x + 28, y: 18, fill: INK }, esc(s.label));
    // No text metrics in a pure function: 8 units per character over-estimates 13 px.
    x += 48 + s.label.length * 8;
  }
  return out;
}

/** Where a marker's label goes: beside its line, on one of the rows under the plot's top edge. */
export interface MarkerLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Estimated extent, for the overlap checks. */
  from: number;
  to: number;
}

/** No text metrics in a pure function: 8 units per character over-estimates 13 px bold system-ui. */
const CHAR = 8;
const ROW_HEIGHT = 16;

/**
 * Labels that never cross another marker's line, never overlap each other and stay inside the plot: each marker
 * tries right of its line, then left, on the first row, then the next row down.
 */
export function placeMarkerLabels(markers: readonly Marker[], box: Box): MarkerLabel[] {
  const [x0, x1] = plotX(box);
  const [, yTop] = plotY(box);
  const placed: MarkerLabel[] = [];
  return markers.map((m, i) => {
    const width = m.label.length * CHAR;
    const others = markers.filter((_, j) => j !== i).map((o) => o.px);
    const candidates: MarkerLabel[] = [];
    for (let row = 0; row < markers.length + 1; row++) {
      const y = yTop + 13 + row * ROW_HEIGHT;
      candidates.push({ x: m.px + 4, y, anchor: 'start', from: m.px + 4, to: m.px + 4 + width });
      candidates.push({ x: m.px - 4, y, anchor: 'end', from: m.px - 4 - width, to: m.px - 4 });
    }
    const fits = (c: MarkerLabel) =>
      c.from >= x0 &&
      c.to <= x1 &&
      !others.some((px) => px >= c.from - 2 && px <= c.to + 2) &&
      !placed.some((p) => p.y === c.y && p.from < c.to + 6 && c.from < p.to + 6);
    const choice = candidates.find(fits) ?? candidates.find((c) => c.from >= x0 && c.to <= x1 && !placed.some((p) => p.y === c.y)) ?? candidates[0]!;
    placed.push(choice);
    return choice;
  });
}

function markers(data: LineChartData): string {
  const [y0, y1] = plotY(data.box);
  const labels = placeMarkerLabels(data.markers, data.box);
  let out = '';
  data.markers.forEach((m, i) => {
    const colour = m.id === 'break-even' ? MARK : MUTED;
    const at = labels[i]!;
    out += el('g', { class: `marker marker-${m.id}`, 'data-value': String(m.value), 'data-px': String(m.px) },
      el('line', { x1: m.px, x2: m.px, y1: y0, y2: y1, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': m.id === 'break-even' ? undefined : '4 3' }) +
        el('text', { x: at.x, y: at.y, 'text-anchor': at.anchor, fill: colour, 'font-weight': 600 }, esc(m.label)));
  });
  return out;
}

export function renderLineChart(data: LineChartData): string {
  const open = svgOpen(data);
  if (data.empty !== undefined) return `${open}${emptyBody(data.box, data.empty)}</svg>`;
  let body = axes(data) + legend(data);
  for (const s of data.series) {
    const st = STYLE[s.style];
    body += el('path', { class: `series series-${s.id}`, d: pathOf(s.points), fill: 'none', stroke: st.stroke, 'stroke-width': st.width, 'stroke-dasharray': st.dash, 'stroke-linejoin': 'round' });
  }
  body += markers(data);
  return `${open}${body}</svg>`;
}
