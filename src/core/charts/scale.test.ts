import { describe, expect, it } from 'vitest';
import { chooseKind, linearTicks, logDomain, logTicks, niceDomain, niceStep, project } from './scale.js';

describe('scales', () => {
  it('projects linearly and inverts the y range', () => {
    const s = { kind: 'linear' as const, domain: [0, 100] as const, range: [268, 36] as const };
    expect(project(s, 0)).toBe(268);
    expect(project(s, 100)).toBe(36);
    expect(project(s, 25)).toBe(210);
  });

  it('projects on a log scale by decades', () => {
    const s = { kind: 'log' as const, domain: [1e6, 1e10] as const, range: [0, 400] as const };
    expect(project(s, 1e8)).toBe(200);
    expect(project(s, 1e9)).toBe(300);
  });

  it('chooses steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 5)).toBe(1);
    expect(niceStep(9, 5)).toBe(2);
    expect(niceStep(0.3, 5)).toBe(0.05);
    expect(niceStep(0.5, 5)).toBe(0.1);
    expect(niceStep(12_345, 5)).toBe(2000);
  });

  it('widens domains to whole steps and ticks on them', () => {
    expect(niceDomain(0, 5575)).toEqual([0, 6000]);
    expect(linearTicks([0, 6000])).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(linearTicks([0, 1], 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceDomain(5, 5)).toEqual([2, 8]);
  });

  it('uses whole decades for log axes', () => {
    expect(logDomain(3e7, 2e9)).toEqual([1e7, 1e10]);
    expect(logTicks([1e7, 1e10])).toEqual([1e7, 1e8, 1e9, 1e10]);
    expect(logTicks([1, 1e12], 4)).toEqual([1, 1e4, 1e8, 1e12]);
  });

  it('picks log only for positive values spanning two decades', () => {
    expect(chooseKind([1e6, 1e9])).toBe('log');
    expect(chooseKind([0, 1e9])).toBe('linear');
    expect(chooseKind([10, 500])).toBe('linear');
  });
});
