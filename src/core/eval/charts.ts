import { buildAxis, formatUsd, type Axis, type Box } from '../charts/index.js';
import { emptyBody, svgOpen } from '../charts/line-chart.js';
import { BAD, GOOD, GRID, INK, MARK, MUTED } from '../charts/palette.js';
import { project } from '../charts/scale.js';
import { el, esc, slug } from '../charts/svg.js';
import type { EvalSummary } from './summarize.js';

/** Eval charts built on the shared chart module: SVG strings, pure, no scripts. */
export interface EvalChart {
  kind: 'eval-score' | 'eval-parity' | 'eval-cost-quality' | 'eval-latency';
  id: string;
  title: string;
  desc: string;
  svg: string;
}

interface Row {
  label: string;
  value: number;
  low: number;
  high: number;
  highlight: boolean;
}

const ROW = 30;

/** One row per candidate: a dot at the estimate and a whisker over its 95% interval. */
function intervalChart(opts: { kind: EvalChart['kind']; id: string; title: string; desc: string; axisLabel: string; rows: Row[]; domain?: [number, number]; format: (v: number) => string; band?: [number, number]; empty: string }): EvalChart {
  const box: Box = { width: 640, height: 40 + Math.max(1, opts.rows.length) * ROW + 48, left: 150, right: 30, top: 30, bottom: 48 };
  const meta = { kind: opts.kind, id: opts.id, title: opts.title, desc: opts.desc, box };
  if (opts.rows.length === 0) return { ...meta, svg: `${svgOpen(meta)}${emptyBody(box, opts.empty)}</svg>` };
  const values = opts.rows.flatMap((r) => [r.low, r.high, r.value]).concat(opts.band ?? []);
  const axis: Axis = buildAxis({ label: opts.axisLabel, values, range: [box.left, box.width - box.right], format: opts.format, kind: 'linear', ...(opts.domain ? { domain: opts.domain } : {}) });
  const bottom = box.height - box.bottom;
  let body = '';
  for (const t of axis.ticks) {
    body += el('line', { x1: t.px, x2: t.px, y1: box.top - 6, y2: bottom, stroke: GRID });
    body += el('text', { x: t.px, y: bottom + 18, 'text-anchor': 'middle', fill: INK }, esc(t.label));
  }
  if (opts.band) {
    const [a, b] = opts.band.map((v) => project(axis.scale, v)) as [number, number];
    body += el('rect', { class: 'parity-band', x: Math.min(a, b), y: box.top - 6, width: Math.abs(b - a), height: bottom - box.top + 6, fill: GOOD, opacity: 0.12 });
    const zero = project(axis.scale, 0);
    body += el('line', { x1: zero, x2: zero, y1: box.top - 6, y2: bottom, stroke: INK });
  }
  body += el('text', { x: (box.left + box.width - box.right) / 2, y: box.height - 10, 'text-anchor': 'middle', fill: INK, 'font-weight': 600 }, esc(axis.label));
  opts.rows.forEach((r, i) => {
    const y = box.top + i * ROW + ROW / 2;
    const colour = r.highlight ? MARK : GOOD;
    body += el(
      'g',
      { class: 'interval-row', 'data-label': r.label, 'data-value': String(r.value), 'data-low': String(r.low), 'data-high': String(r.high) },
      el('text', { x: box.left - 8, y: y + 4, 'text-anchor': 'end', fill: INK }, esc(r.label)) +
        el('line', { x1: project(axis.scale, r.low), x2: project(axis.scale, r.high), y1: y, y2: y, stroke: colour, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
        el('circle', { cx: project(axis.scale, r.value), cy: y, r: 5.5, fill: '#fff', stroke: colour, 'stroke-width': 2.5 }) +
        el('text', { x: box.width - box.right, y: y - 7, 'text-anchor': 'end', fill: MUTED, 'font-size': 11 }, esc(`${opts.format(r.value)} (${opts.format(r.low)}–${opts.format(r.high)})`)),
    );
  });
  return { ...meta, svg: `${svgOpen(meta)}${body}</svg>` };
}

const pctFmt = (v: number): string => `${Math.round(v)}%`;
const ptsFmt = (v: number): string => `${v > 0 ? '+' : ''}${Math.round(v)}`;

/** Cost per 1,000 prompts (x) against score (y), each candidate a labelled point with its score interval. */
function costQualityChart(s: EvalSummary, id: string): EvalChart {
  const pts = s.candidates.filter((c) => c.score && c.cost.usdPer1kPrompts !== null);
  const box: Box = { width: 640, height: 320, left: 72, right: 30, top: 30, bottom: 52 };
  const meta = { kind: 'eval-cost-quality' as const, id, title: 'Cost against quality', desc: 'Each candidate at its cost per 1,000 prompts and its score, with the score’s 95% interval. Up and to the left is better.', box };
  if (pts.length === 0) return { ...meta, svg: `${svgOpen(meta)}${emptyBody(box, 'No candidate has both a score and a price.')}</svg>` };
  const costs = pts.map((c) => c.cost.usdPer1kPrompts!);
  const x = buildAxis({ label: 'USD per 1,000 prompts', values: costs, range: [box.left, box.width - box.right], format: formatUsd });
  const y = buildAxis({ label: 'Score', values: [0, 100], range: [box.height - box.bottom, box.top], format: pctFmt, kind: 'linear', domain: [0, 100] });
  let body = '';
  for (const t of y.ticks) body += el('line', { x1: box.left, x2: box.width - box.right, y1: t.px, y2: t.px, stroke: GRID }) + el('text', { x: box.left - 6, y: t.px + 4, 'text-anchor': 'end', fill: INK }, esc(t.label));
  for (const t of x.ticks) body += el('text', { x: t.px, y: box.height - box.bottom + 18, 'text-anchor': 'middle', fill: INK }, esc(t.label));
  body += el('text', { x: (box.left + box.width - box.right) / 2, y: box.height - 10, 'text-anchor': 'middle', fill: INK, 'font-weight': 600 }, esc(x.label));
  for (const c of pts) {
    const cx = project(x.scale, Math.max(c.cost.usdPer1kPrompts!, x.scale.kind === 'log' ? x.scale.domain[0] : -Infinity));
    const sc = c.score!;
    const colour = c.kind === 'self-hosted' ? GOOD : BAD;
    body += el(
      'g',
      { class: 'cost-quality-point', 'data-label': c.name, 'data-cost': String(c.cost.usdPer1kPrompts), 'data-score': String(sc.value) },
      el('line', { x1: cx, x2: cx, y1: project(y.scale, sc.low * 100), y2: project(y.scale, sc.high * 100), stroke: colour, 'stroke-width': 2 }) +
        el('circle', { cx, cy: project(y.scale, sc.value * 100), r: 6, fill: colour }) +
        // Labels near the right edge go to the left of the point so they are not clipped.
        (cx > box.width - 170 ? el('text', { x: cx - 9, y: project(y.scale, sc.value * 100) + 4, fill: INK, 'text-anchor': 'end' }, esc(`${c.name} (${c.kind})`)) : el('text', { x: cx + 9, y: project(y.scale, sc.value * 100) + 4, fill: INK }, esc(`${c.name} (${c.kind})`))),
    );
  }
  return { ...meta, svg: `${svgOpen(meta)}${body}</svg>` };
}

/** The charts of an eval report: score with intervals, parity with the margin band, cost vs quality, latency. */
export function evalCharts(s: EvalSummary, idPrefix = 'eval'): EvalChart[] {
  const p = slug(idPrefix);
  const scored = s.candidates.filter((c) => c.score);
  const charts: EvalChart[] = [
    intervalChart({
      kind: 'eval-score',
      id: `${p}-score`,
      title: 'Score per candidate (95% interval)',
      desc: 'Mean per-prompt score (checks passed and judge grade) with its 95% bootstrap interval over prompts.',
      axisLabel: 'Score',
      rows: scored.map((c) => ({ label: c.name, value: c.score!.value * 100, low: c.score!.low * 100, high: c.score!.high * 100, highlight: c.name === s.baseline })),
      domain: [0, 100],
      format: pctFmt,
      empty: 'No candidate has a scored answer.',
    }),
  ];
  const parities = s.candidates.filter((c) => c.parity);
  if (s.baseline !== undefined) {
    charts.push(
      intervalChart({
        kind: 'eval-parity',
        id: `${p}-parity`,
        title: `Difference from ${s.baseline} (points, 95% interval)`,
        desc: `Candidate minus ${s.baseline}; the shaded band is the ±${s.settings.margin} point parity margin.`,
        axisLabel: `Points vs ${s.baseline}`,
        rows: parities.map((c) => ({ label: c.name, value: c.parity!.diffPoints.value, low: c.parity!.diffPoints.low, high: c.parity!.diffPoints.high, highlight: false })),
        band: [-s.settings.margin, s.settings.margin],
        format: ptsFmt,
        empty: 'No candidate shares scored prompts with the baseline.',
      }),
    );
  }
  charts.push(costQualityChart(s, `${p}-cost-quality`));
  const timed = s.candidates.filter((c) => c.latency.ttftMsP50 !== null);
  charts.push(
    intervalChart({
      kind: 'eval-latency',
      id: `${p}-latency`,
      title: 'Time to first token (p50 dot, p50–p95 line)',
      desc: 'Measured on streamed answers in this run, including retries; self-hosted figures depend on the load at the time.',
      axisLabel: 'Milliseconds',
      rows: timed.map((c) => ({ label: c.name, value: c.latency.ttftMsP50!, low: c.latency.ttftMsP50!, high: c.latency.ttftMsP95 ?? c.latency.ttftMsP50!, highlight: c.name === s.baseline })),
      format: (v) => `${Math.round(v)}`,
      empty: 'No streamed answer was timed.',
    }),
  );
  return charts;
}
