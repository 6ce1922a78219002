/** Scales map data values to pixels; ticks are chosen so axis labels are round numbers. */

export type ScaleKind = 'linear' | 'log';

export interface Scale {
  kind: ScaleKind;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Drops float noise such as 0.30000000000000004. */
const clean = (n: number): number => Number(n.toPrecision(12));

export function project(scale: Scale, value: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const f = scale.kind === 'log' ? Math.log10 : (x: number) => x;
  const span = f(d1) - f(d0);
  const t = span === 0 ? 0.5 : (f(value) - f(d0)) / span;
  return clean(r0 + t * (r1 - r0));
}

export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}

/** A step of 1, 2 or 5 times a power of ten giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  // Round to the nearest of 1, 2, 5, 10 on a log scale (the d3 thresholds).
  const nice = m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.SQRT2 ? 2 : 1;
  return clean(nice * power);
}

/** Widens [min, max] outward to whole steps, so the axis starts and ends on a tick. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.5;
    return niceDomain(min - pad, max + pad, count);
  }
  const step = niceStep(max - min, count);
  return [clean(Math.floor(min / step) * step), clean(Math.ceil(max / step) * step)];
}

export function linearTicks(domain: readonly [number, number], count = 5): number[] {
  const [lo, hi] = domain;
  const step = niceStep(hi - lo, count);
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(clean(v));
  return ticks;
}

/** Widens a positive range to whole powers of ten. */
export function logDomain(min: number, max: number): [number, number] {
  const lo = 10 ** Math.floor(Math.log10(min));
  let hi = 10 ** Math.ceil(Math.log10(max));
  if (hi === lo) hi = lo * 10;
  return [clean(lo), clean(hi)];
}

/** Powers of ten inside the domain, thinned so there are at most `max` labels. */
export function logTicks(domain: readonly [number, number], max = 7): number[] {
  const first = Math.ceil(Math.log10(domain[0]) - 1e-9);
  const last = Math.floor(Math.log10(domain[1]) + 1e-9);
  const every = Math.max(1, Math.ceil((last - first + 1) / max));
  const ticks: number[] = [];
  for (let e = first; e <= last; e += every) ticks.push(clean(10 ** e));
  return ticks;
}

/** Log scale when values are positive and span more than `ratio` (two orders of magnitude by default). */
export function chooseKind(values: readonly number[], ratio = 100): ScaleKind {
  const [lo, hi] = extent(values);
  return lo > 0 && hi / lo > ratio ? 'log' : 'linear';
}
