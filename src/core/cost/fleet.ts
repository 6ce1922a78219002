/**
 * Fleet policy: how a self-hosted deployment is held and billed. Every default is stated in the report and
 * argued in docs/cost-model.md ("Fleet policies").
 */
import type { Assumptions, Provisioning, Redundancy, RentalPricing, Workload } from '../profile/index.js';

/** Most GPUs one workload's fleet may reach; above it the plan is infeasible, never printed as a number. */
export const FLEET_GPU_CEILING = 2048;

/** Minutes to get a GPU node and pull the serving image (pre-cached image: most of it is node boot). */
export const NODE_AND_IMAGE_MINUTES = 4;
/** Minutes of engine warm-up after the weights are in: CUDA graph capture, compilation, health checks. */
export const ENGINE_WARMUP_MINUTES = 2;
/** Weights stream from a regional object store or local NVMe at about 1 GB/s per replica. */
export const WEIGHT_LOAD_GB_PER_MINUTE = 60;

/** Minutes from deciding to add a replica until it serves: node + image, weights at 1 GB/s, warm-up. */
export const coldStartMinutes = (weightsGb: number): number => NODE_AND_IMAGE_MINUTES + ENGINE_WARMUP_MINUTES + Math.max(0, weightsGb) / WEIGHT_LOAD_GB_PER_MINUTE;

/** Pre-emption overhead on spot capacity: re-scheduling, cold starts after each reclaim, lost in-flight work. */
export const DEFAULT_SPOT_PREEMPTION_OVERHEAD = 0.15;

export interface FleetPolicy {
  provisioning: Provisioning;
  /** Whether `provisioning` was given by the profile or is the default. */
  provisioningSource: 'profile' | 'default';
  pricing: RentalPricing;
  redundancy: Redundancy;
  minReplicas: number;
  maxReplicas: number | null;
  scaleIntervalMinutes: number;
  scaleUpDelayMinutes: number;
  scaleDownDelayMinutes: number;
  scaleToZero: boolean;
  scaleToZeroBelowRequestsPerHour: number;
  /** Requests wait on a person: spot capacity may then only add to an on-demand floor. */
  latencySlo: boolean;
  /** Sentences for the report: each resolved default and each combination that changes billing. */
  notes: string[];
}

/**
 * Resolves the fleet policy. Defaults: a fixed fleet sized for the peak (what most teams run: GPUs are paid
 * busy or idle, on-demand GPUs are not guaranteed when an autoscaler asks, and servers take minutes to start);
 * autoscale when scaleToZero is on; N+1 for production workloads; scale-up delay from the model's cold start.
 */
export function resolveFleet(opts: { assumptions: Assumptions; workload: Pick<Workload, 'production' | 'batchShare'>; weightsGb: number; owned: boolean }): FleetPolicy {
  const a = opts.assumptions;
  const notes: string[] = [];
  let provisioning: Provisioning = a.provisioning ?? (a.scaleToZero ? 'autoscale' : 'peak');
  const source = a.provisioning === undefined ? 'default' : 'profile';
  if (opts.owned && provisioning !== 'peak') {
    notes.push(`owned GPUs are held for the peak whatever the provisioning (${provisioning} applies to rented fleets)`);
    provisioning = 'peak';
  }
  const redundancy: Redundancy = a.redundancy ?? (opts.workload.production ? 'n+1' : 'none');
  const delay = a.scaleUpDelayMinutes ?? coldStartMinutes(opts.weightsGb);
  if (!opts.owned && a.rentalPricing.startsWith('reserved') && provisioning === 'autoscale') {
    notes.push(`${a.rentalPricing} capacity is committed: billed for the peak fleet every hour, so autoscaling saves nothing on it (reserved-base-plus-burst reserves only the base)`);
  }
  const latencySlo = opts.workload.batchShare < 1;
  if (!opts.owned && a.rentalPricing === 'spot' && latencySlo) {
    notes.push('spot is never the only capacity for a latency SLO: the replicas of the quietest active hour run on-demand, spot adds the rest');
  }
  if (a.scaleToZero && provisioning !== 'autoscale') notes.push(`scaleToZero only applies to autoscaled fleets; provisioning is ${provisioning}`);
  return {
    provisioning,
    provisioningSource: source,
    pricing: a.rentalPricing,
    redundancy,
    minReplicas: a.minReplicas,
    maxReplicas: a.maxReplicas ?? null,
    scaleIntervalMinutes: a.scaleIntervalMinutes,
    scaleUpDelayMinutes: delay,
    scaleDownDelayMinutes: a.scaleDownDelayMinutes,
    scaleToZero: a.scaleToZero && provisioning === 'autoscale',
    scaleToZeroBelowRequestsPerHour: a.scaleToZeroBelowRequestsPerHour,
    latencySlo,
    notes,
  };
}
