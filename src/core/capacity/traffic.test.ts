import { describe, expect, it } from 'vitest';
import { diurnalCurve, peakRequestsPerSecond, requestsPerMonth, trafficShape } from './index.js';

describe('traffic shape', () => {
  it('synthesises a 24-hour curve with the requested peak-to-average, peaking mid-afternoon', () => {
    const curve = diurnalCurve(3);
    expect(curve).toHaveLength(24);
    expect(curve.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    expect(Math.max(...curve) * 24).toBeCloseTo(3, 3);
    expect(curve.indexOf(Math.max(...curve))).toBe(14);
  });

  it('peak-to-average 1 is flat', () => {
    expect(new Set(diurnalCurve(1))).toEqual(new Set([1 / 24]));
  });

  it('uses hourlyTraffic as given (normalised) and reports its peak-to-average', () => {
    const hourly = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 3 : 0));
    const shape = trafficShape({ hourlyTraffic: hourly, activeDaysPerWeek: 5 });
    expect(shape.source).toBe('hourlyTraffic');
    expect(shape.peakToAverage).toBeCloseTo(3, 9);
    expect(shape.hourlyShare[10]).toBeCloseTo(1 / 8, 9);
  });

  it('peak requests/s = daily requests x busiest-hour share / 3600; a month counts active days only', () => {
    const shape = trafficShape({ peakToAverage: 2, activeDaysPerWeek: 5 });
    expect(peakRequestsPerSecond(86_400, shape)).toBeCloseTo((86_400 * (2 / 24)) / 3600, 6);
    expect(requestsPerMonth(1000, shape)).toBeCloseTo((1000 * 5 * 365) / 12 / 7, 6);
  });
});
