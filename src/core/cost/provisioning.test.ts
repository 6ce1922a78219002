import { describe, expect, it } from 'vitest';
import { diurnalCurve, trafficShape } from '../capacity/index.js';
import { assumptions } from './test-support/fixtures.js';
import { dayWindows, provision, provisionFigures, provisioningFigures, provisionSummary, resolveFleet, type FleetPolicy, type ProvisioningInput } from './index.js';

const flat = trafficShape({ peakToAverage: 1, activeDaysPerWeek: 7 });
const officeHours = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0));
const office = trafficShape({ hourlyTraffic: officeHours, activeDaysPerWeek: 7 });

const policy = (over: Partial<FleetPolicy> = {}): FleetPolicy => ({
  provisioning: 'autoscale', provisioningSource: 'profile', pricing: 'on-demand', redundancy: 'none', minReplicas: 1, maxReplicas: null,
  scaleIntervalMinutes: 60, scaleUpDelayMinutes: 0, scaleDownDelayMinutes: 0, scaleToZero: false, scaleToZeroBelowRequestsPerHour: 1, latencySlo: true, notes: [], ...over,
});

// 43,200 requests/day = 0.5 req/s on average; one replica serves 1 req/s (0.85 of it with headroom).
function run(shape = flat, over: Partial<FleetPolicy> = {}, extra: Partial<ProvisioningInput> = {}) {
  const p = policy(over);
  return provision({
    hourlyShare: shape.hourlyShare, day: dayWindows(shape.hourlyShare, p.scaleIntervalMinutes, p.scaleDownDelayMinutes, p.scaleUpDelayMinutes),
    activeDaysPerWeek: shape.activeDaysPerWeek, requestsPerDay: 43_200, perReplicaRps: 1, tensorParallel: 1, policy: p, reservedToBurstPriceRatio: 0.6, ...extra,
  });
}

describe('provision: utilization comes from the traffic shape', () => {
  it('flat traffic: one replica all day at 50% utilization', () => {
    const p = run();
    expect(p.peakReplicas).toBe(1);
    expect(p.utilization).toBeCloseTo(0.5, 9);
    expect(p.gpuHoursPerMonth).toBeCloseTo((24 * 365) / 12, 6);
  });

  it('office-hours traffic (1.5 req/s for 8 h), hourly autoscaling with no delay: 2 replicas by day, 1 at night', () => {
    const p = run(office);
    expect(p.peakReplicas).toBe(2);
    expect(p.replicasByHour[10]).toBe(2);
    expect(p.replicasByHour[3]).toBe(1);
    expect(p.utilization).toBeCloseTo(43_200 / (32 * 3600), 9);
  });

  it('a peak fleet holds the busiest hour all month: 25% utilization for the same office traffic', () => {
    const p = run(office, { provisioning: 'peak' });
    expect(p.peakGpus).toBe(2);
    expect(p.buckets).toEqual([{ rate: 'on-demand', alwaysOnReplicas: 2, replicaHoursPerMonth: 2 * 730 }]);
    expect(p.utilization).toBeCloseTo(43_200 / (48 * 3600), 9);
  });

  it('scale-up delay and 15-minute intervals: the fleet grows before the morning and shrinks after the evening', () => {
    const p = run(office, { scaleIntervalMinutes: 15, scaleUpDelayMinutes: 10, scaleDownDelayMinutes: 15 });
    expect(p.intervalMinutes).toBe(15);
    // 08:45-09:00 already needs 2 (a replica asked for then is ready at 08:55), 17:00-17:15 still has them.
    expect(p.replicasByInterval[35]).toBe(2);
    expect(p.replicasByInterval[34]).toBe(1);
    expect(p.replicasByInterval[68]).toBe(2);
    expect(p.replicasByInterval[69]).toBe(1);
    // 8 h 30 min at 2 replicas, the rest at 1.
    expect(p.replicaHoursPerMonth).toBeCloseTo((8.5 * 2 + 15.5) * 7 * (365 / 12 / 7), 6);
    expect(p.coldStartsPerWeek).toBe(7);
  });

  it('scale-to-zero: hours below the threshold run nothing; busy hours are billed from when the replica is asked for', () => {
    const p = run(office, { scaleToZero: true, scaleIntervalMinutes: 15, scaleUpDelayMinutes: 10, scaleDownDelayMinutes: 0 });
    expect(p.replicasByHour[3]).toBe(0);
    expect(p.idleReplicas).toBe(0);
    // Two replicas start from zero at 08:45 every day.
    expect(p.coldStartsPerWeek).toBe(14);
    expect(p.replicaHoursPerMonth).toBeCloseTo(2 * 8.25 * 7 * (365 / 12 / 7), 6);
    expect(p.utilization).toBeGreaterThan(0.7);
  });

  it('regression: scale-to-zero takes effect on the default smooth curve (its night hours carried ~1e-49 req/s and kept a replica up)', () => {
    const spiky = diurnalCurve(20);
    expect(Math.min(...spiky)).toBeLessThan(1e-20);
    const shape = { hourlyShare: spiky, peakToAverage: 20, activeDaysPerWeek: 7, source: 'peakToAverage' as const };
    const p = run(shape, { scaleToZero: true, scaleIntervalMinutes: 15, scaleUpDelayMinutes: 10 });
    expect(p.replicasByHour.filter((r) => r === 0).length).toBeGreaterThan(12);
    expect(p.coldStartRequestsPerMonth).toBeLessThan(1 * 24 * 31);
  });

  it('N+1 keeps a spare replica whenever any runs', () => {
    const p = run(flat, { redundancy: 'n+1' });
    expect(p.peakReplicas).toBe(2);
    expect(p.utilization).toBeCloseTo(0.25, 9);
  });

  it('five active days: weekends run minReplicas only', () => {
    const p = run(trafficShape({ peakToAverage: 1, activeDaysPerWeek: 5 }));
    expect(p.gpuHoursPerMonth).toBeCloseTo(168 * (365 / 12 / 7), 6);
    expect(p.utilization).toBeCloseTo((0.5 * 5) / 7, 9);
  });
});

describe('provision: billing buckets', () => {
  const spiky = { hourlyShare: officeHours.map((x) => x / 8), peakToAverage: 3, activeDaysPerWeek: 7, source: 'hourlyTraffic' as const };

  it('regression: reserved capacity is billed every committed hour, autoscaled or not (was billed only for the hours used, ~7x low)', () => {
    const p = run(spiky, { pricing: 'reserved-1y' }, { requestsPerDay: 240_000 });
    expect(p.peakReplicas).toBe(10);
    expect(p.buckets).toEqual([{ rate: 'reserved-1y', alwaysOnReplicas: 10, replicaHoursPerMonth: 10 * 730 }]);
  });

  it('reserved base plus burst: reserves the replicas that run more than the price ratio of the time, bursts the rest on demand', () => {
    // 10 replicas for 8 h (8.3 req/s), 1 otherwise: the first replica runs 100% of the time, the others 1/3 < 0.6.
    const p = run(spiky, { provisioning: 'reserved-base-plus-burst', pricing: 'reserved-1y' }, { requestsPerDay: 240_000 });
    expect(p.buckets[0]).toEqual({ rate: 'reserved-1y', alwaysOnReplicas: 1, replicaHoursPerMonth: 730 });
    expect(p.buckets[1]?.rate).toBe('on-demand');
    expect(p.buckets[1]?.replicaHoursPerMonth).toBeCloseTo(9 * 8 * 7 * (365 / 12 / 7), 6);
    const cheapReserve = run(spiky, { provisioning: 'reserved-base-plus-burst', pricing: 'reserved-1y' }, { requestsPerDay: 240_000, reservedToBurstPriceRatio: 0.3 });
    expect(cheapReserve.buckets[0]?.alwaysOnReplicas).toBe(10);
  });

  it('regression: a base plus burst for a huge peak is computed, not a RangeError (a histogram sized by the replica count)', () => {
    const p = run(spiky, { provisioning: 'reserved-base-plus-burst', pricing: 'reserved-1y' }, { requestsPerDay: 1e10, perReplicaRps: 0.0001 });
    expect(p.peakReplicas).toBeGreaterThan(1e9);
    expect(p.buckets[0]?.rate).toBe('reserved-1y');
    expect(Number.isFinite(p.gpuHoursPerMonth)).toBe(true);
  });

  it('spot is never the only capacity for a latency SLO: the quietest active interval runs on demand', () => {
    const p = run(spiky, { pricing: 'spot', provisioning: 'peak' }, { requestsPerDay: 240_000 });
    expect(p.buckets.map((b) => [b.rate, b.alwaysOnReplicas])).toEqual([['on-demand', 1], ['spot', 9]]);
    const batch = run(spiky, { pricing: 'spot', provisioning: 'peak', latencySlo: false }, { requestsPerDay: 240_000 });
    expect(batch.buckets.map((b) => b.rate)).toEqual(['spot']);
  });
});

describe('resolveFleet defaults', () => {
  const w = { production: true, batchShare: 0 };
  it('a fixed peak fleet with N+1 for a production workload; autoscale when scale-to-zero is asked for', () => {
    const f = resolveFleet({ assumptions: assumptions(), workload: w, weightsGb: 16, owned: false });
    expect([f.provisioning, f.provisioningSource, f.redundancy]).toEqual(['peak', 'default', 'n+1']);
    expect(resolveFleet({ assumptions: assumptions({ scaleToZero: true }), workload: { ...w, production: false }, weightsGb: 16, owned: false })).toMatchObject({ provisioning: 'autoscale', redundancy: 'none', scaleToZero: true });
  });

  it('scale-up delay is the cold start from the model size: 6 minutes + 1 per 60 GB of weights', () => {
    expect(resolveFleet({ assumptions: assumptions(), workload: w, weightsGb: 140, owned: false }).scaleUpDelayMinutes).toBeCloseTo(6 + 140 / 60, 9);
    expect(resolveFleet({ assumptions: assumptions({ scaleUpDelayMinutes: 3 }), workload: w, weightsGb: 140, owned: false }).scaleUpDelayMinutes).toBe(3);
  });

  it('owned GPUs are held for the peak, and says so', () => {
    const f = resolveFleet({ assumptions: assumptions({ provisioning: 'autoscale' }), workload: w, weightsGb: 16, owned: true });
    expect(f.provisioning).toBe('peak');
    expect(f.notes.join(' ')).toMatch(/owned GPUs are held for the peak/);
  });
});

describe('provisionFigures: the lean path reads the summary without allocating it', () => {
  const cases: [string, Partial<FleetPolicy>][] = [
    ['peak, on-demand', { provisioning: 'peak' }],
    ['peak, spot above the quietest hour', { provisioning: 'peak', pricing: 'spot' }],
    ['autoscale, on-demand', {}],
    ['autoscale, spot', { pricing: 'spot' }],
    ['autoscale on a reservation', { pricing: 'reserved-1y' }],
    ['reserved base plus on-demand burst', { provisioning: 'reserved-base-plus-burst', pricing: 'reserved-3y' }],
    ['reserved base plus spot burst', { provisioning: 'reserved-base-plus-burst', pricing: 'spot' }],
    ['scale to zero', { scaleToZero: true, scaleToZeroBelowRequestsPerHour: 2000 }],
  ];
  for (const [what, over] of cases) {
    it(`${what}: the same figures and buckets as provisionSummary, into one reused object`, () => {
      const p = policy(over);
      const input = (requestsPerDay: number): ProvisioningInput => ({
        hourlyShare: office.hourlyShare, day: dayWindows(office.hourlyShare, p.scaleIntervalMinutes, p.scaleDownDelayMinutes, p.scaleUpDelayMinutes),
        activeDaysPerWeek: 5, requestsPerDay, perReplicaRps: 1, tensorParallel: 2, policy: p, reservedToBurstPriceRatio: 0.6,
      });
      const out = provisioningFigures();
      // A large volume first, then a small one: counts and buckets left by the first call must not leak into the second.
      for (const requestsPerDay of [4_000_000, 43_200, 0]) {
        const s = provisionSummary(input(requestsPerDay));
        const f = provisionFigures(input(requestsPerDay), out);
        expect(f).toBe(out);
        expect(f.count).toBe(s.buckets.length);
        expect(s.buckets).toEqual(Array.from({ length: f.count }, (_, i) => ({ rate: f.rates[i], alwaysOnReplicas: f.alwaysOn[i], replicaHoursPerMonth: f.hours[i] })));
        expect([f.peakNeed, f.peakReplicas, f.peakGpus, f.replicaHoursPerMonth, f.gpuHoursPerMonth, f.utilization]).toEqual([s.peakNeed, s.peakReplicas, s.peakGpus, s.replicaHoursPerMonth, s.gpuHoursPerMonth, s.utilization]);
        for (const b of s.buckets) expect(b.replicaHoursPerMonth).toBeGreaterThan(0);
      }
    });
  }
});
