import { afterEach, describe, expect, it } from 'vitest';
import type { ShadowRecord } from '../shadow-store.js';
import type { UsageStore } from '../usage-store.js';

/** One mirrored request's stored scores; `n` varies ids and times. */
export function sampleShadow(n: number, workload = 'notes'): ShadowRecord {
  const side = { status: 'answered' as const, inputTokens: 40, outputTokens: 12 + n, cachedInputTokens: 0, costMicroUsd: 300, latencyMs: 120.5, ttftMs: 30, outputChars: 48 };
  return {
    id: `shadow-${n}`,
    time: 1_800_000_000_000 + n * 1000,
    workload,
    dataClass: n % 2 === 0 ? 'none' : 'phi',
    primaryDestination: 'claude',
    shadowDestination: 'local-qwen',
    measures: {
      primary: side,
      shadow: { ...side, costMicroUsd: 0 },
      checks: [{ name: 'json', kind: 'jsonSchema', primaryPass: true, shadowPass: n % 3 !== 0 }],
      judge: { destination: 'local-judge', mode: 'pairwise', status: 'scored', win: 0.5, preferences: ['A', 'A'], costMicroUsd: 0 },
    },
  };
}

/** The shadow-score port's behaviour, run by every store adapter (SQLite, PGlite, PostgreSQL). */
export function shadowStoreContract(name: string, open: () => Promise<{ store: UsageStore; cleanup: () => Promise<void> }>): void {
  describe(`shadow scores: ${name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    it('round-trips records, filters by workload and time, and starts empty', async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      const shadow = opened.store.shadow!;
      expect(await shadow.queryShadow()).toEqual([]);
      for (const n of [1, 2, 3]) await shadow.recordShadow(sampleShadow(n));
      await shadow.recordShadow(sampleShadow(4, 'other'));
      expect(await shadow.queryShadow({ workload: 'notes' })).toEqual([sampleShadow(1), sampleShadow(2), sampleShadow(3)]);
      expect((await shadow.queryShadow({ since: sampleShadow(2).time, until: sampleShadow(4).time })).map((r) => r.id)).toEqual(['shadow-2', 'shadow-3']);
    });

    it('refuses a record with any field beyond scores, lengths and timings', async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      const withText = { ...sampleShadow(1), measures: { ...sampleShadow(1).measures, primary: { ...sampleShadow(1).measures.primary, text: 'Patient John Smith' } } };
      await expect(opened.store.shadow!.recordShadow(withText as ShadowRecord)).rejects.toMatchObject({ code: 'invalid-record' });
      expect(await opened.store.shadow!.queryShadow()).toEqual([]);
    });
  });
}
