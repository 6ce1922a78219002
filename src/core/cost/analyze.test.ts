import { describe, expect, it } from 'vitest';
import { analyzeWorkloadCost, type CostAnalysisInput } from './index.js';
import { assumptions, fixtureCatalog, team, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const input = (over: Partial<CostAnalysisInput> = {}): CostAnalysisInput => ({
  workload: workload(), team: team(), assumptions: assumptions({ monteCarloRuns: 300 }), catalog,
  openModelId: 'llama-3.1-8b-instruct', closedModelId: 'api-small', regionalProcessing: false, ...over,
});
const run = (over: Partial<CostAnalysisInput> = {}) => {
  const r = analyzeWorkloadCost(input(over));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('analyzeWorkloadCost', () => {
  it('prices both sides with consistent parts', () => {
    const a = run();
    const months = (7 * 365) / 12 / 7;
    expect(a.tokensPerMonth.total).toBeCloseTo(20_000 * months * 1200, 0);
    const { deployment, cost } = a.open!;
    expect(deployment.gpuCount).toBe(deployment.replicas * deployment.tensorParallel);
    expect(cost.monthlyUsd).toBeCloseTo(cost.gpuMonthlyUsd + cost.facilitiesMonthlyUsd + cost.staffMonthlyUsd, 6);
    expect(cost.staffMonthlyUsd).toBeCloseTo(0.25 * 15_000, 6);
    expect(cost.costPerMTokUsd).toBeCloseTo(cost.monthlyUsd / (a.tokensPerMonth.total / 1e6), 6);
    expect(deployment.utilization).toBeGreaterThan(0);
    expect(deployment.utilization).toBeLessThanOrEqual(1);
    expect(deployment.meetsLatencySlo).toBe(true);
    expect(a.closed!.monthlyUsd).toBeCloseTo(a.tokensPerMonth.input * 1e-6 + a.tokensPerMonth.output * 4e-6, 3);
  });

  it('returns chart data: 36 TCO months, 24 traffic hours, volume and utilization curves', () => {
    const a = run();
    expect(a.tco.months).toHaveLength(36);
    expect(a.tco.openCumulativeUsd[0]).toBeCloseTo(a.open!.cost.startupCostUsd + a.open!.cost.monthlyUsd, 6);
    expect(a.trafficCurve).toHaveLength(24);
    for (const h of a.trafficCurve) expect(h.capacity).toBeGreaterThanOrEqual(h.demand);
    expect(a.volumeCurve.length).toBeGreaterThan(10);
    const u = a.utilizationCurve;
    expect(u[0]!.open).toBeCloseTo(u.at(-1)!.open * 20, 6);
  });

  it('break-even lies where the volume curve crosses', () => {
    const a = run();
    const be = a.breakEven.tokensPerMonth;
    expect(be).not.toBeNull();
    const below = a.volumeCurve.filter((p) => p.x < be! * 0.9);
    expect(below.length).toBeGreaterThan(0);
    for (const p of below) expect(p.open).toBeGreaterThan(p.closed!);
    expect(a.breakEven.note).toMatch(/tokens\/month/);
  });

  it('Monte Carlo is reproducible with the same seed', () => {
    const a = run().probabilitySelfHostCheaper;
    expect(a).toBe(run().probabilitySelfHostCheaper);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(1);
  });

  it('sensitivity: six bars, largest swing first', () => {
    const bars = run().sensitivity;
    expect(bars.map((b) => b.label).sort()).toEqual(['API price', 'GPU $/hour', 'ops share of an engineer', 'requests per day', 'tokens per request', 'traffic peak-to-average'].sort());
    const swing = bars.map((b) => Math.abs(b.savingsAtHigh - b.savingsAtLow));
    expect(swing).toEqual([...swing].sort((x, y) => y - x));
  });

  it('utilization is derived from the traffic shape: flat beats peaky', () => {
    const volume = { requestsPerDay: 400_000 };
    const flat = run({ workload: workload({ ...volume, peakToAverage: 1 }) }).open!.deployment.utilization;
    const peaky = run({ workload: workload({ ...volume, peakToAverage: 6 }) }).open!.deployment.utilization;
    expect(flat).toBeGreaterThan(peaky);
  });

  it('a team with no ML engineer pays recruiting and waits the hiring months', () => {
    const a = run({ team: team({ mlEngineers: 0 }) }).open!.cost;
    const b = run().open!.cost;
    expect(a.startupCostUsd - b.startupCostUsd).toBeCloseTo(30_000, 6);
    expect(a.startupWeeks - b.startupWeeks).toBeCloseTo(3 * (52 / 12), 6);
  });

  it('owning: GPUs bought up front, power and hosting monthly', () => {
    const own = run({ team: team({ gpuAccess: 'own' }) }).open!;
    expect(own.cost.mode).toBe('own');
    expect(own.cost.facilitiesMonthlyUsd).toBeGreaterThan(250 * own.deployment.gpuCount - 1e-6);
    const gpu = catalog.gpus.find((g) => g.id === own.deployment.gpuId)!;
    expect(own.cost.startupCostUsd).toBeGreaterThan(own.deployment.gpuCount * gpu.purchaseUsd!);
  });

  it('growth raises cumulative cost over the horizon', () => {
    const flat = run().tco.closedCumulativeUsd!.at(-1)!;
    const growing = run({ workload: workload({ growthPerMonth: 0.05 }) }).tco.closedCumulativeUsd!.at(-1)!;
    expect(growing).toBeGreaterThan(flat * 1.5);
  });

  it('no closed model allowed: closed side and break-even are null', () => {
    const a = run({ closedModelId: null });
    expect(a.closed).toBeNull();
    expect(a.breakEven.tokensPerMonth).toBeNull();
    expect(a.probabilitySelfHostCheaper).toBeNull();
    expect(a.sensitivity).toEqual([]);
  });

  it('a model that cannot be served gets open null and a reason, the closed side still priced', () => {
    const a = run({ openModelId: 'llama-3.1-405b-instruct', assumptions: assumptions({ precision: 'bf16', monteCarloRuns: 100 }) });
    expect(a.open).toBeNull();
    expect(a.infeasibleReason).toMatch(/does not fit/);
    expect(a.closed).not.toBeNull();
  });

  it('unknown model ids are input errors naming the known ones', () => {
    const r = analyzeWorkloadCost(input({ openModelId: 'llama-9' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/unknown open model "llama-9".*llama-3.1-8b-instruct/);
  });

  it('states its provisioning rule and defaults', () => {
    const text = run().assumptionsUsed.join('\n');
    expect(text).toMatch(/rented replicas autoscale hour by hour/);
    expect(text).toMatch(/peak-to-average 2\.00/);
  });
});

describe('analyzeWorkloadCost screening mode', () => {
  it('ranks on the same deployment and monthly costs as a full analysis, without the expensive extras', () => {
    for (const w of [workload(), workload({ requestsPerDay: 2_000_000, peakToAverage: 4 })]) {
      const full = run({ workload: w });
      const screen = run({ workload: w, detail: 'screen' });
      expect(screen.open).toEqual(full.open);
      expect(screen.closed).toEqual(full.closed);
      expect(screen.tokensPerMonth).toEqual(full.tokensPerMonth);
      expect(screen.sensitivity).toEqual([]);
      expect(screen.probabilitySelfHostCheaper).toBeNull();
      expect(screen.breakEven.tokensPerMonth).toBeNull();
    }
  });
});
