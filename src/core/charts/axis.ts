import { chooseKind, extent, linearTicks, logDomain, logTicks, niceDomain, project, type Scale, type ScaleKind } from './scale.js';

/** The drawing area: outer size and the margins around the plot. */
export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const LINE_BOX: Box = { width: 640, height: 320, left: 72, right: 20, top: 36, bottom: 52 };

export interface Tick {
  value: number;
  px: number;
  label: string;
}

export interface Axis {
  label: string;
  scale: Scale;
  ticks: Tick[];
}

export interface AxisOptions {
  label: string;
  values: readonly number[];
  range: readonly [number, number];
  format: (value: number) => string;
  /** Force a kind; by default log when positive values span two orders of magnitude. */
  kind?: ScaleKind;
  /** Linear axes start at zero unless told otherwise (costs are compared from zero). */
  includeZero?: boolean;
  /** Fixed domain (e.g. 0..1 for shares); skips the nice widening. */
  domain?: readonly [number, number];
  tickCount?: number;
}

export function buildAxis(opts: AxisOptions): Axis {
  const kind = opts.kind ?? chooseKind(opts.values);
  const [lo, hi] = extent(opts.values);
  let domain: readonly [number, number];
  if (opts.domain) domain = opts.domain;
  else if (kind === 'log') domain = logDomain(lo, hi);
  else domain = niceDomain(opts.includeZero === false ? lo : Math.min(0, lo), opts.includeZero === false ? hi : Math.max(0, hi), opts.tickCount ?? 5);
  const scale: Scale = { kind, domain, range: opts.range };
  const values = kind === 'log' ? logTicks(domain) : linearTicks(domain, opts.tickCount ?? 5);
  return { label: opts.label, scale, ticks: values.map((value) => ({ value, px: project(scale, value), label: opts.format(value) })) };
}

export const plotX = (box: Box): [number, number] => [box.left, box.width - box.right];
/** SVG y grows downward, so the range runs bottom to top. */
export const plotY = (box: Box): [number, number] => [box.height - box.bottom, box.top];
