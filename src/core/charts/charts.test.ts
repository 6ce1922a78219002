import { describe, expect, it } from 'vitest';
import { formatPercent, formatTokens, formatUsd, formatUsdExact } from './format.js';
import { project } from './scale.js';
import { fixtureAnalysis } from './test-support/fixtures.js';
import { paybackMonth, tcoChartData } from './tco-chart.js';
import { rankBars, tornadoChartData } from './tornado-chart.js';
import { overloadedHours, trafficChartData } from './traffic-chart.js';
import { utilizationChartData } from './utilization-chart.js';
import { volumeChartData } from './volume-chart.js';
import { probabilityChartData } from './probability-chart.js';
import { workloadCharts } from './workload-charts.js';

describe('volume chart data', () => {
  it('marks the break-even where the two cost lines meet', () => {
    const a = fixtureAnalysis();
    const d = volumeChartData(a, { id: 'v' });
    expect(d.x.scale.kind).toBe('log');
    expect(d.x.scale.domain).toEqual([1e7, 1e10]);
    const be = d.markers.find((m) => m.id === 'break-even');
    // (1825 + 3750) / 3 $ per 1M tokens = 1.858B tokens/month
    expect(be?.value).toBeCloseTo(1.8583e9, -6);
    // 3 decades over 548 px: log10(1.858e9 / 1e7) = 2.269 decades from the left edge at 72
    expect(be?.px).toBeCloseTo(72 + (548 * Math.log10(1.8583e9 / 1e7)) / 3, 1);
    const now = d.markers.find((m) => m.id === 'current');
    expect(now?.value).toBe(3e8);
    expect(now!.px).toBeLessThan(be!.px);
    // $30 (API at 10M tokens) to $30k (API at 10B): three decades, so a log axis
    expect(d.y.scale.kind).toBe('log');
    expect(d.y.scale.domain).toEqual([10, 100_000]);
  });

  it('moves the current-volume marker right when volume rises, past break-even', () => {
    const low = volumeChartData(fixtureAnalysis({ tokensPerMonth: 3e8 }), { id: 'v' });
    const high = volumeChartData(fixtureAnalysis({ tokensPerMonth: 5e9 }), { id: 'v' });
    const nowLow = low.markers.find((m) => m.id === 'current')!;
    const nowHigh = high.markers.find((m) => m.id === 'current')!;
    const be = high.markers.find((m) => m.id === 'break-even')!;
    expect(nowHigh.px).toBeGreaterThan(nowLow.px);
    expect(nowHigh.px).toBeGreaterThan(be.px);
  });

  it('leaves gaps where the API cannot be priced and omits a missing break-even', () => {
    const a = fixtureAnalysis();
    const d = volumeChartData({ ...a, closed: null, breakEven: { tokensPerMonth: null, utilization: null, note: 'no API allowed' }, volumeCurve: a.volumeCurve.map((p) => ({ ...p, closed: null })) }, { id: 'v' });
    expect(d.series.map((s) => s.id)).toEqual(['open']);
    expect(d.markers.map((m) => m.id)).toEqual(['current']);
    expect(d.desc).toContain('no API allowed');
  });

  it('says why when there is no curve', () => {
    const d = volumeChartData({ ...fixtureAnalysis(), volumeCurve: [], infeasibleReason: 'model too large for any GPU' }, { id: 'v' });
    expect(d.empty).toBe('model too large for any GPU');
  });
});

describe('utilization chart data', () => {
  it('spans 0..100% and places the current utilization', () => {
    const d = utilizationChartData(fixtureAnalysis(), { id: 'u' });
    expect(d.x.scale.domain).toEqual([0, 1]);
    const now = d.markers.find((m) => m.id === 'current')!;
    expect(now.value).toBeCloseTo(0.15, 5);
    expect(now.px).toBeCloseTo(project(d.x.scale, 0.15), 5);
    // self-hosted $/1M at 5% utilization: 5575 / (0.05 * 2000) = 55.75, within 20x of the rest -> linear from 0
    expect(d.y.scale.kind).toBe('linear');
    expect(d.y.scale.domain).toEqual([0, 60]);
  });
});

describe('TCO chart data', () => {
  it('finds no payback when self-hosting stays dearer', () => {
    expect(paybackMonth(fixtureAnalysis().tco)).toBeNull();
  });

  it('finds the first month self-hosting is cumulatively cheaper', () => {
    const tco = { months: [1, 2, 3, 4], openCumulativeUsd: [30, 40, 50, 60], closedCumulativeUsd: [20, 40, 60, 80] };
    expect(paybackMonth(tco)).toBe(2);
    const d = tcoChartData({ ...fixtureAnalysis(), tco }, { id: 't' });
    expect(d.markers[0]?.value).toBe(2);
    expect(d.title).toBe('4-month total cost of ownership');
  });
});

describe('traffic chart data', () => {
  it('reports hours where demand exceeds capacity', () => {
    const a = fixtureAnalysis();
    const curve = a.trafficCurve.map((p) => (p.hour === 12 ? { ...p, demand: 1500 } : p));
    expect(overloadedHours(curve)).toEqual([12]);
    const d = trafficChartData({ ...a, trafficCurve: curve }, { id: 'tr' });
    expect(d.desc).toContain('Demand exceeds capacity at hours 12');
    expect(d.y.scale.domain).toEqual([0, 1600]);
  });
});

describe('tornado chart data', () => {
  it('orders assumptions by swing, largest first', () => {
    const ranked = rankBars(fixtureAnalysis().sensitivity).map((b) => b.label);
    expect(ranked).toEqual(['Engineer cost', 'GPU $/hour', 'Requests per day', 'Utilization']);
  });

  it('draws bars from the current savings to each end', () => {
    const d = tornadoChartData(fixtureAnalysis().sensitivity, { id: 'to', baseline: -4675 });
    expect(d.rows.map((r) => r.swing)).toEqual([2500, 2400, 2300, 100]);
    // -6200..0 padded by 12% of the span for labels (-6944..744), widened to whole steps
    expect(d.axis.scale.domain).toEqual([-8000, 2000]);
    expect(d.zeroPx).toBeCloseTo(170 + 0.8 * 414, 6);
    expect(d.rows[0]!.highPx).toBeLessThan(d.baselinePx);
    expect(d.rows[1]!.y).toBeGreaterThan(d.rows[0]!.y);
  });

  it('caps the number of rows', () => {
    expect(tornadoChartData(fixtureAnalysis().sensitivity, { id: 'to', baseline: 0, maxRows: 2 }).rows).toHaveLength(2);
  });
});

describe('probability chart data', () => {
  it('fills the bar in proportion and clamps', () => {
    expect(probabilityChartData(0.5, { id: 'p' }).fillPx).toBe(320);
    expect(probabilityChartData(1.2, { id: 'p' }).probability).toBe(1);
    expect(probabilityChartData(null, { id: 'p' }).empty).toContain('Not computed');
  });
});

describe('rendered charts', () => {
  it('are accessible SVG with title and desc, and escape text', () => {
    const charts = workloadCharts(fixtureAnalysis(), { idPrefix: 'Notes <1>' });
    expect(charts.map((c) => c.kind)).toEqual(['volume', 'utilization', 'tco', 'traffic', 'tornado', 'probability']);
    for (const c of charts) {
      expect(c.id.startsWith('notes-1-')).toBe(true);
      expect(c.svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="notes-1-\w+-title notes-1-\w+-desc"/);
      expect(c.svg).toContain(`<title id="${c.id}-title">`);
      expect(c.svg.endsWith('</svg>')).toBe(true);
    }
    const volume = charts[0]!.svg;
    expect(volume).toContain('class="marker marker-break-even"');
    expect(volume).toContain('Tokens per month');
    expect(volume).toContain('USD per month');
    expect(charts[4]!.svg).toContain('GPU $/hour');
  });
});

describe('formatting', () => {
  it('formats money, tokens and shares', () => {
    expect(formatUsd(1234)).toBe('$1.23k');
    expect(formatUsd(-300)).toBe('-$300');
    expect(formatTokens(1.8583e9)).toBe('1.86B');
    expect(formatUsdExact(12345.6)).toBe('$12,346');
    expect(formatUsdExact(0.425)).toBe('$0.42');
    expect(formatPercent(0.625)).toBe('63%');
  });
});
