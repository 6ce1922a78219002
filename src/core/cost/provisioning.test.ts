import { describe, expect, it } from 'vitest';
import { trafficShape } from '../capacity/index.js';
import { provision, type ProvisioningInput } from './index.js';

const flat = trafficShape({ peakToAverage: 1, activeDaysPerWeek: 7 });
const office = trafficShape({ hourlyTraffic: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0)), activeDaysPerWeek: 7 });
// 43,200 requests/day = 0.5 req/s on average; one replica serves 1 req/s.
const base: ProvisioningInput = { shape: flat, requestsPerDay: 43_200, perReplicaRps: 1, tensorParallel: 1, mode: 'rent', minReplicas: 1, scaleToZero: false, redundancy: 'none', weightsGb: 16 };

describe('provision: utilization comes from the traffic shape', () => {
  it('flat traffic: one replica all day at 50% utilization', () => {
    const p = provision(base);
    expect(p.peakReplicas).toBe(1);
    expect(p.utilization).toBeCloseTo(0.5, 9);
    expect(p.gpuHoursPerMonth).toBeCloseTo((24 * 365) / 12, 6);
  });

  it('office-hours traffic (1.5 req/s for 8 h): 2 replicas by day, 1 at night, 37.5% utilization', () => {
    const p = provision({ ...base, shape: office });
    expect(p.peakReplicas).toBe(2);
    expect(p.replicasByHour[10]).toBe(2);
    expect(p.replicasByHour[3]).toBe(1);
    expect(p.utilization).toBeCloseTo(43_200 / (32 * 3600), 9);
  });

  it('owned GPUs are sized for the peak all day: 25% utilization for the same office traffic', () => {
    const p = provision({ ...base, shape: office, mode: 'own' });
    expect(p.peakGpus).toBe(2);
    expect(p.utilization).toBeCloseTo(43_200 / (48 * 3600), 9);
  });

  it('scale-to-zero bills only busy hours plus a cold start each morning', () => {
    const p = provision({ ...base, shape: office, scaleToZero: true });
    expect(p.replicasByHour[3]).toBe(0);
    // Two replicas start from zero at 09:00 every day.
    expect(p.coldStartsPerWeek).toBe(14);
    const coldHours = (14 * (3 + 16 / 60)) / 60;
    expect(p.gpuHoursPerMonth).toBeCloseTo((16 * 7 + coldHours) * (365 / 12 / 7), 6);
    expect(p.utilization).toBeGreaterThan(0.7);
  });

  it('N+1 keeps a spare replica whenever any runs', () => {
    const p = provision({ ...base, redundancy: 'n+1' });
    expect(p.peakReplicas).toBe(2);
    expect(p.utilization).toBeCloseTo(0.25, 9);
  });

  it('five active days: weekends run minReplicas only', () => {
    const p = provision({ ...base, shape: trafficShape({ peakToAverage: 1, activeDaysPerWeek: 5 }) });
    expect(p.gpuHoursPerMonth).toBeCloseTo(168 * (365 / 12 / 7), 6);
    expect(p.utilization).toBeCloseTo((0.5 * 5) / 7, 9);
  });
});
