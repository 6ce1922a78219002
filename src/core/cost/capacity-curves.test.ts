import { describe, expect, it } from 'vitest';
import { rpsAtScale, rpsCurve } from './scenario.js';
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

  it('one curve asked many times (its nodes and their logs held in arrays) gives bit for bit the log-log interpolation of the nodes, past the arrays too', () => {
    const plan = planReplicaCached(req) as ReplicaPlan;
    const load = { inputTokens: 3000, outputTokens: 300 };
    const step = Math.LN2 / 8;
    const node = (j: number) => sloOperatingPointCached(plan, { inputTokens: 3000 * (j === 0 ? 1 : Math.exp(j * step)), outputTokens: 300 * (j === 0 ? 1 : Math.exp(j * step)) }, slo).point.requestsPerSecond;
    const reference = (k: number): number => {
      if (k === 1) return node(0);
      const x = Math.log(k) / step;
      const j0 = Math.floor(x + 1e-9);
      const f = x - j0;
      const r0 = node(j0);
      if (f < 1e-9) return r0;
      const r1 = node(j0 + 1);
      return Math.exp(Math.log(r0) + f * (Math.log(r1) - Math.log(r0)));
    };
    const curve = rpsCurve(plan, load, slo);
    // 2^(-9) and 2^(9) lie beyond the 64 nodes held on either side of k = 1 (2^(+-8)).
    const ks = [1, 0.5, 2, 0.63, 1.13, 1.55, 0.97, 1 / 600, 600, 0.63, 1.13, 600];
    for (const k of ks) expect(curve(k)).toBe(reference(k));
  });
});

