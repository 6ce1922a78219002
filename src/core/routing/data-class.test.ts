import { describe, expect, it } from 'vitest';
import { effectiveDataClass, parseDataClassHeader } from './data-class.js';
import { costMicroUsd } from './cost.js';
import { coversSensitive } from './coverage.js';

describe('data class from the caller header', () => {
  it('raises but never lowers the detected class', () => {
    expect(effectiveDataClass('none', 'phi')).toBe('phi');
    expect(effectiveDataClass('pii', 'phi')).toBe('phi');
    expect(effectiveDataClass('phi', 'none')).toBe('phi');
    expect(effectiveDataClass('pci', 'pii')).toBe('pci');
    expect(effectiveDataClass('pii', undefined)).toBe('pii');
  });
  it('parses the header: absent is undefined, unknown is null', () => {
    expect(parseDataClassHeader(null)).toBeUndefined();
    expect(parseDataClassHeader(' PHI ')).toBe('phi');
    expect(parseDataClassHeader('secretish')).toBeNull();
  });
});

describe('costMicroUsd', () => {
  it('prices fresh input, cached input and output separately, in integer micro-dollars', () => {
    expect(costMicroUsd({ inputTokens: 1000, cachedInputTokens: 800, outputTokens: 100 }, { input: 2.5, cachedInput: 1.25, output: 10 })).toBe(2500);
  });
  it('bills cached input at the input rate when the provider publishes no cached price', () => {
    expect(costMicroUsd({ inputTokens: 1000, cachedInputTokens: 800, outputTokens: 0 }, { input: 3, cachedInput: null, output: 15 })).toBe(3000);
  });
  it('rounds once and charges 0 for self-hosted (no price sheet)', () => {
    expect(costMicroUsd({ inputTokens: 3, cachedInputTokens: 0, outputTokens: 1 }, { input: 0.15, cachedInput: null, output: 0.6 })).toBe(1);
    expect(costMicroUsd({ inputTokens: 1e6, cachedInputTokens: 0, outputTokens: 1e6 }, null)).toBe(0);
  });
});

describe('coversSensitive', () => {
  const third = { kind: 'third-party' as const, baa: true, zeroDataRetention: true, region: 'eu' as const };
  it('never covers a third party for own-infrastructure-only or air-gapped workloads', () => {
    expect(coversSensitive(third, 'own-infrastructure-only', 'eu')).toBe(false);
    expect(coversSensitive(third, 'air-gapped', 'eu')).toBe(false);
    expect(coversSensitive({ ...third, kind: 'self-hosted' }, 'air-gapped', undefined)).toBe(true);
  });
  it('needs BAA and ZDR, and the region when in-region', () => {
    expect(coversSensitive({ ...third, baa: false }, 'with-baa-and-zdr', undefined)).toBe(false);
    expect(coversSensitive(third, 'with-baa-and-zdr', undefined)).toBe(true);
    expect(coversSensitive(third, 'in-region', 'us')).toBe(false);
    expect(coversSensitive(third, 'in-region', 'eu')).toBe(true);
    // Even where the level lets data leave, sensitive data needs the coverage the operator asserted.
    expect(coversSensitive({ ...third, baa: false, zeroDataRetention: false }, 'anywhere', undefined)).toBe(false);
    expect(coversSensitive(third, 'anywhere', undefined)).toBe(true);
  });
});
