import { describe, expect, it } from 'vitest';
import { CALIBRATION_POINTS, REFERENCE_EFFICIENCY, fitEfficiency, predictPoint, relativeError } from './index.js';

describe('calibration', () => {
  it('the shipped efficiency factors are the fit on the calibration set (re-fit when points change)', () => {
    expect(fitEfficiency(CALIBRATION_POINTS)).toEqual(REFERENCE_EFFICIENCY);
  });

  it('in-sample, every measured point is predicted within 25% and the median within 12%', () => {
    const errors = CALIBRATION_POINTS.map((p) => Math.abs(relativeError(predictPoint(p, REFERENCE_EFFICIENCY), p.measuredOutputTokensPerSecond)));
    expect(Math.max(...errors)).toBeLessThan(0.25);
    const sorted = [...errors].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(0.12);
  });

  it('every point keeps its source URL', () => {
    for (const p of CALIBRATION_POINTS) expect(p.sourceUrl).toMatch(/^https:\/\//);
  });
});
