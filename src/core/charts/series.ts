import type { Axis } from './axis.js';
import type { Series, SeriesPoint } from './line-chart.js';
import type { SeriesStyle } from './palette.js';
import { project } from './scale.js';

export interface RawPoint {
  x: number;
  y: number | null;
}

/** Projects data points to pixels; points a log axis cannot show (<= 0) or non-finite ones become gaps. */
export function toSeries(opts: { id: string; label: string; style: SeriesStyle; points: readonly RawPoint[]; x: Axis; y: Axis }): Series {
  const usable = (v: number, axis: Axis) => Number.isFinite(v) && (axis.scale.kind === 'linear' || v > 0);
  const points = opts.points.map((p): SeriesPoint | null =>
    p.y === null || !usable(p.x, opts.x) || !usable(p.y, opts.y) ? null : { x: p.x, y: p.y, px: project(opts.x.scale, p.x), py: project(opts.y.scale, p.y) },
  );
  return { id: opts.id, label: opts.label, style: opts.style, points };
}

/** Only values that can be placed on the axis kind. */
export function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}
