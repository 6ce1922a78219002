/** Regression tests for what readers saw wrong: mixed units, an axis past the horizon, growth at 0 %, colliding labels. */
import { describe, expect, it } from 'vitest';
import { LINE_BOX } from './axis.js';
import { formatUsdRange } from './format.js';
import { placeMarkerLabels, renderLineChart, type Marker } from './line-chart.js';
import { fixtureAnalysis } from './test-support/fixtures.js';
import { monthTicks, tcoChartData } from './tco-chart.js';
import { tornadoChartData } from './tornado-chart.js';
import { workloadCharts } from './workload-charts.js';
import { CHART_MIN_WIDTH_PX } from './index.js';

describe('money ranges in one unit', () => {
  it('never mixes "k" and plain dollars in one range', () => {
    expect(formatUsdRange(-6380, 16.2)).toBe('-$6,380 to $16');
    expect(formatUsdRange(-63_800, 16_200)).toBe('-$63.8k to $16.2k');
    expect(formatUsdRange(1_250_000, 2_500)).toBe('$1.25M to $0M');
    expect(formatUsdRange(0.5, 4.25)).toBe('$0.50 to $4.25');
  });

  it('the tornado caption states its range in one unit', () => {
    const d = tornadoChartData(
      [
        { label: 'GPU $/hour', low: '$1', high: '$4', savingsAtLow: 16.2, savingsAtHigh: -6380 },
        { label: 'Utilization', low: '20%', high: '80%', savingsAtLow: 10, savingsAtHigh: 20 },
      ],
      { id: 't', baseline: 5 },
    );
    expect(d.desc).toBe('The assumption that moves the answer most is GPU $/hour: monthly savings of self-hosting range from -$6,380 to $16. Positive savings favour self-hosting.');
  });
});

describe('tornado row labels', () => {
  it('get room on the left for the longest assumption name', () => {
    const bar = (label: string, swing: number) => ({ label, low: 'a', high: 'b', savingsAtLow: -swing, savingsAtHigh: swing });
    const short = tornadoChartData([bar('GPU $/hour', 10)], { id: 't', baseline: 0 });
    expect(short.box.left).toBe(170);
    const long = tornadoChartData([bar('GPU $/hour', 10), bar('model speed (error band)', 5)], { id: 't', baseline: 0 });
    // 24 characters at <= 7.8 units each, plus the 8-unit gap to the bars and 8 from the edge
    expect(long.box.left).toBe(Math.ceil(16 + 24 * 7.8));
    expect(Math.min(...long.rows.flatMap((r) => [r.lowPx, r.highPx]))).toBeGreaterThanOrEqual(long.box.left);
  });
});

describe('TCO chart axis and caption', () => {
  const months = Array.from({ length: 36 }, (_, i) => i + 1);
  const tco = { months, openCumulativeUsd: months.map((m) => 5000 + m * 100), closedCumulativeUsd: months.map((m) => m * 300) };

  it('ends the month axis at the horizon, with ticks on whole steps of it', () => {
    const d = tcoChartData({ ...fixtureAnalysis(), tco }, { id: 't' });
    expect(d.x.scale.domain).toEqual([0, 36]);
    expect(d.x.ticks.map((t) => t.value)).toEqual([0, 6, 12, 18, 24, 30, 36]);
    expect(d.x.ticks.at(-1)?.px).toBe(LINE_BOX.width - LINE_BOX.right);
    expect(monthTicks(12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(monthTicks(40)).toEqual([0, 8, 16, 24, 32, 40]);
    expect(monthTicks(7)).toEqual([0, 2, 4, 6, 7]);
  });

  it('says "with traffic growth" only when traffic grows', () => {
    const basis = { horizonMonths: 36, openMonthlyUsd: 1, closedMonthlyUsd: 1 };
    const flat = tcoChartData({ ...fixtureAnalysis(), tco, basis: { ...basis, growthPerMonth: 0 } }, { id: 't' });
    expect(flat.desc).toMatch(/^Total cost of ownership over 36 months at today's traffic\./);
    expect(flat.desc).not.toContain('growth');
    const growing = tcoChartData({ ...fixtureAnalysis(), tco, basis: { ...basis, growthPerMonth: 0.05 } }, { id: 't' });
    expect(growing.desc).toMatch(/^Total cost of ownership over 36 months with traffic growing 5% a month\./);
  });
});

describe('marker labels', () => {
  const marker = (id: string, label: string, px: number): Marker => ({ id, label, value: px, px });

  it('do not cross the other marker or overlap when two markers are close ("Break-even" over "Now")', () => {
    const ms = [marker('break-even', 'Break-even 1.84B', 340), marker('current', 'Now 2.43B', 356)];
    const [a, b] = placeMarkerLabels(ms, LINE_BOX);
    // The first goes left of its line (right of it is the other marker), the second right of its own.
    expect(a).toMatchObject({ anchor: 'end', x: 336 });
    expect(b).toMatchObject({ anchor: 'start', x: 360 });
    for (const [label, other] of [[a!, 356], [b!, 340]] as const) expect(other < label.from || other > label.to).toBe(true);
    expect(a!.to < b!.from || a!.y !== b!.y).toBe(true);
  });

  it('stay inside the plot, moving down a row when neither side is free', () => {
    const ms = [marker('break-even', 'Break-even 1.84B', 80), marker('current', 'Now 2.43B', 84)];
    const [a, b] = placeMarkerLabels(ms, LINE_BOX);
    expect(a!.from).toBeGreaterThanOrEqual(LINE_BOX.left);
    expect(b!.to).toBeLessThanOrEqual(LINE_BOX.width - LINE_BOX.right);
    const overlap = a!.y === b!.y && a!.from < b!.to && b!.from < a!.to;
    expect(overlap).toBe(false);
  });

  it('are drawn where they were placed', () => {
    const svg = renderLineChart({ ...tcoChartData(fixtureAnalysis(), { id: 'x' }), markers: [marker('break-even', 'Break-even 1.84B', 340), marker('current', 'Now 2.43B', 356)] });
    expect(svg).toContain('text-anchor="end" fill="#7c3aed" font-weight="600">Break-even 1.84B</text>');
  });
});

describe('chart text size', () => {
  it('uses no text smaller than 13 units in a 640-unit-wide chart, so the minimum drawn width keeps it at 11 px or more', () => {
    for (const c of workloadCharts(fixtureAnalysis(), { idPrefix: 'w' })) {
      expect(c.svg).toMatch(/viewBox="0 0 640 /);
      const sizes = [...c.svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    }
    expect((CHART_MIN_WIDTH_PX * 13) / 640).toBeGreaterThanOrEqual(11);
  });
});
