import { describe, expect, it } from 'vitest';
import { rpsAtScale } from './scenario.js';
import { fixtureCatalog, llama70b } from './test-support/fixtures.js';
import { planReplica, planReplicaCached, saturation, saturationCached, sloOperatingPoint, sloOperatingPointCached, type ReplicaPlan } from '../capacity/index.js';

const catalog = fixtureCatalog();
const model = catalog.openModels.find((m) => m.id === llama70b.id)!;
const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;
const req = { model, gpu: h100, precision: 'fp8' as const, engine: 'vllm' as const, gpus: 2 };
const slo = { outputTokensPerSecond: 20, ttftMs: 2000 };

describe('memoised capacity curves', () => {
  it('return what the uncached functions return, and the same object the second time', () => {
    const plan = planReplicaCached(req) as ReplicaPlan;
    expect(plan).toEqual(planReplica(req));
    expect(planReplicaCached(req)).toBe(plan);
    const shape = { input: 3000, output: 300 };
    expect(saturationCached(plan, shape)).toEqual(saturation(plan, shape));
    const load = { inputTokens: 3000, outputTokens: 300 };
    expect(sloOperatingPointCached(plan, load, slo)).toEqual(sloOperatingPoint(plan, load, slo));
    expect(sloOperatingPointCached(plan, load, slo)).toBe(sloOperatingPointCached(plan, { ...load }, { ...slo }));
  });

  it('the per-replica rate at k x the tokens is exact at the nodes (1, 0.5, 2) and within 2% between them (rounding k to 0.05, as before, was up to 2.5% off)', () => {
    const plan = planReplicaCached(req) as ReplicaPlan;
    const load = { inputTokens: 3000, outputTokens: 300 };
    const exact = (k: number) => sloOperatingPoint(plan, { inputTokens: 3000 * k, outputTokens: 300 * k }, slo).point.requestsPerSecond;
    for (const k of [1, 0.5, 2]) expect(rpsAtScale(plan, load, slo, k)).toBeCloseTo(exact(k), 9);
    for (const k of [0.63, 0.97, 1.13, 1.55]) expect(Math.abs(rpsAtScale(plan, load, slo, k) / exact(k) - 1)).toBeLessThan(0.02);
  });
});
