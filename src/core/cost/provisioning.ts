import { PEAK_HEADROOM, WEEKS_PER_MONTH, type TrafficShape } from '../capacity/index.js';

/** Minutes a replica is billed while it starts from zero: pull the image, load weights, warm CUDA graphs. */
export const coldStartMinutes = (weightsGb: number): number => 3 + weightsGb / 60;

export interface ProvisioningInput {
  shape: TrafficShape;
  requestsPerDay: number;
  /** Requests/s one replica serves within the SLO. */
  perReplicaRps: number;
  tensorParallel: number;
  mode: 'rent' | 'own';
  minReplicas: number;
  scaleToZero: boolean;
  redundancy: 'none' | 'n+1';
  weightsGb: number;
}

export interface Provisioning {
  /** Replicas running in each hour of a typical active day. */
  replicasByHour: number[];
  peakReplicas: number;
  /** GPUs to buy (own) or the most rented at once (rent). */
  peakGpus: number;
  gpuHoursPerMonth: number;
  /** Mean busy share of provisioned capacity. */
  utilization: number;
  coldStartsPerWeek: number;
  /** Replica-hours per month, for capacity figures. */
  replicaHoursPerMonth: number;
}

const HEADROOM = PEAK_HEADROOM;
const MONTH_WEEKS = WEEKS_PER_MONTH;

const replicasForDemand = (rps: number, p: ProvisioningInput): number => {
  const idle = p.scaleToZero ? 0 : p.minReplicas;
  if (rps <= 0) return idle;
  const needed = Math.max(Math.ceil(rps / (p.perReplicaRps * HEADROOM)), idle, 1);
  return needed + (p.redundancy === 'n+1' ? 1 : 0);
};

/**
 * The provisioning rule: rented replicas autoscale hour by hour between minReplicas (0 with scaleToZero) and
 * what the hour's demand needs; owned GPUs are bought for the peak and run all month.
 */
export function provision(p: ProvisioningInput): Provisioning {
  const activeDay: number[] = new Array<number>(24);
  let demandPerDay = 0;
  let peakActive = 0;
  for (let h = 0; h < 24; h++) {
    const rps = (p.requestsPerDay * (p.shape.hourlyShare[h] ?? 0)) / 3600;
    demandPerDay += rps * 3600;
    const r = replicasForDemand(rps, p);
    activeDay[h] = r;
    if (r > peakActive) peakActive = r;
  }
  const idleDay = replicasForDemand(0, p);
  const peakReplicas = Math.max(peakActive, idleDay, p.mode === 'own' ? 1 : 0);
  const days = p.shape.activeDaysPerWeek;
  let replicaHoursWeek: number;
  let coldStartsPerWeek = 0;
  if (p.mode === 'own') {
    replicaHoursWeek = peakReplicas * 168;
  } else {
    replicaHoursWeek = activeDay.reduce((s, r) => s + r, 0) * days + idleDay * 24 * (7 - days);
    if (idleDay === 0) {
      // Starts from zero (scaleToZero or minReplicas 0) within an active day and after idle nights or days.
      activeDay.forEach((r, h) => {
        const prev = h === 0 ? Math.min(activeDay[23]!, idleDay) : activeDay[h - 1]!;
        if (prev === 0 && r > 0) coldStartsPerWeek += r * days;
      });
    }
    replicaHoursWeek += (coldStartsPerWeek * coldStartMinutes(p.weightsGb)) / 60;
  }
  const servedPerWeek = demandPerDay * days;
  const capacityPerWeek = replicaHoursWeek * p.perReplicaRps * 3600;
  return {
    replicasByHour: p.mode === 'own' ? activeDay.map(() => peakReplicas) : activeDay,
    peakReplicas,
    peakGpus: peakReplicas * p.tensorParallel,
    gpuHoursPerMonth: replicaHoursWeek * p.tensorParallel * MONTH_WEEKS,
    utilization: capacityPerWeek > 0 ? Math.min(1, servedPerWeek / capacityPerWeek) : 0,
    coldStartsPerWeek,
    replicaHoursPerMonth: replicaHoursWeek * MONTH_WEEKS,
  };
}
