import { describe, expect, it } from 'vitest';
import { fixtureCatalog, llama405b, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { sizeDeployment, sizingMemo, type SizingRequest } from './index.js';
import { fitProblem, fitsContext, planReplica } from './plan.js';

const catalog = fixtureCatalog();
const price = (g: { rentalUsdPerHour: { typical: number } | null }): number | null =>
  g.rentalUsdPerHour?.typical ?? null;
const request = (over: Partial<SizingRequest> = {}): SizingRequest => ({
  model: catalog.openModels.find((m) => m.id === llama8b.id)!,
  gpus: catalog.gpus,
  engine: 'vllm',
  inputTokens: 1000,
  outputTokens: 200,
  maxContextTokens: 8192,
  peakRequestsPerSecond: 0.5,
  slo: { outputTokensPerSecond: 20 },
  redundancy: 'none',
  gpuHourlyUsd: price,
  ...over,
});

describe('sizeDeployment', () => {
  it('light load: one cheap GPU (an L4 at int4 beats an H100)', () => {
    const r = sizeDeployment(request());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.best.gpu.id).toBe('l4');
      expect(r.value.best.gpuCount).toBe(1);
      expect(r.value.best.operating.meetsSlo).toBe(true);
    }
  });

  it('heavy load moves to bigger GPUs and more replicas, and stays the cheapest of the options', () => {
    const r = sizeDeployment(request({ peakRequestsPerSecond: 200 }));
    if (!r.ok) throw new Error('unexpected');
    const best = r.value.best;
    expect(best.gpuCount).toBeGreaterThan(1);
    for (const alt of r.value.alternatives) expect(best.hourlyUsd).toBeLessThanOrEqual(alt.hourlyUsd);
    // Serves the peak at <= 85% of capacity.
    expect(best.replicas * best.operating.point.requestsPerSecond * 0.85).toBeGreaterThanOrEqual(200);
  });

  it('N+1 adds exactly one replica', () => {
    const none = sizeDeployment(request({ peakRequestsPerSecond: 20 }));
    const spare = sizeDeployment(
      request({
        peakRequestsPerSecond: 20,
        redundancy: 'n+1',
        precisions: none.ok ? [none.value.best.precision] : [],
        gpus: none.ok ? [none.value.best.gpu] : [],
      }),
    );
    if (!none.ok || !spare.ok) throw new Error('unexpected');
    expect(spare.value.best.replicas).toBe(none.value.best.replicas + 1);
  });

  it('70B needs tensor parallelism or quantization on 80 GB GPUs', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama70b.id)!,
        precisions: ['fp8'],
        gpus: catalog.gpus.filter((g) => g.id === 'h100-sxm'),
      }),
    );
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.tensorParallel).toBeGreaterThanOrEqual(2);
  });

  it('an impossible SLO returns the fastest option, flagged as missing the SLO', () => {
    const r = sizeDeployment(request({ slo: { outputTokensPerSecond: 5000 } }));
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.operating.meetsSlo).toBe(false);
  });

  it('405B at bf16 does not fit one 8x H100 node: sizing spans two nodes (pipeline stages over the network)', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama405b.id)!,
        precisions: ['bf16'],
        gpus: catalog.gpus.filter((g) => g.id === 'h100-sxm'),
      }),
    );
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.tensorParallel).toBe(16);
    expect(r.value.best.plan.replica.parallel.pipelineParallel).toBe(2);
  });

  it('a model too big for any layout is refused, naming the model and context', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama405b.id)!,
        precisions: ['bf16'],
        gpus: catalog.gpus.filter((g) => g.id === 'l4'),
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]!.message).toMatch(
        /llama-3.1-405b-instruct does not fit on any available GPU at 8192 tokens/,
      );
  });
});

describe('sizeDeployment with a sizing memo (one assessment)', () => {
  it('sizes every model exactly as without it, sharing one candidate order between models of the same precisions', () => {
    const memo = sizingMemo();
    for (const m of [llama8b, llama70b, llama8b]) {
      const model = catalog.openModels.find((x) => x.id === m.id)!;
      for (const peakRequestsPerSecond of [0.5, 40]) {
        expect(sizeDeployment(request({ model, peakRequestsPerSecond, memo }))).toEqual(sizeDeployment(request({ model, peakRequestsPerSecond })));
      }
    }
    // Other prices are another order: no option priced at the old prices comes back.
    const dearer = (g: { rentalUsdPerHour: { typical: number } | null }): number | null => (g.rentalUsdPerHour ? g.rentalUsdPerHour.typical * 3 : null);
    const r = sizeDeployment(request({ memo, gpuHourlyUsd: dearer }));
    expect(r).toEqual(sizeDeployment(request({ gpuHourlyUsd: dearer })));
    expect(memo.orders.size).toBe(2);
  });

  it('words why single GPUs cannot hold the context only when nothing fits, as before', () => {
    const model = catalog.openModels.find((x) => x.id === llama8b.id)!;
    const r = sizeDeployment(request({ model, maxContextTokens: 50_000_000, memo: sizingMemo() }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/does not fit on any available GPU at 50000000 tokens .*: \S+ \S+: weights fit but the .* GB left per GPU for KV cache cannot hold one 50000000-token sequence/);
  });
});

describe('fitsContext', () => {
  it('is true exactly where fitProblem finds no problem (weights over the card, cache too small, fits)', () => {
    let fits = 0;
    let misses = 0;
    for (const m of [llama8b, llama70b, llama405b]) {
      const model = catalog.openModels.find((x) => x.id === m.id)!;
      for (const gpu of catalog.gpus) {
        for (const gpus of [1, 8]) {
          const plan = planReplica({ model, gpu, precision: 'bf16', engine: 'vllm', gpus });
          if (typeof plan === 'string') continue;
          for (const context of [2048, 131_072, 50_000_000]) {
            const ok = fitsContext(plan, context);
            expect(ok).toBe(fitProblem(plan, context) === null);
            if (ok) fits++;
            else misses++;
          }
        }
      }
    }
    expect(fits).toBeGreaterThan(0);
    expect(misses).toBeGreaterThan(0);
  });
});
