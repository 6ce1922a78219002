import type { Gpu } from '../catalog/schema.js';
import type { Assumptions, Team } from '../profile/index.js';

/** Weeks of hardware lead time and racking before owned GPUs serve. */
export const OWN_LEAD_TIME_WEEKS = 6;

/**
 * Default setup effort: 2 weeks for one model on one GPU (engine, quantized weights, gateway, monitoring),
 * +1 for tensor parallelism, +1 for more than two replicas (autoscaling, load balancing), +2 to install owned hardware.
 */
export function defaultSetupWeeks(opts: { tensorParallel: number; peakReplicas: number; mode: 'rent' | 'own' }): number {
  return 2 + (opts.tensorParallel > 1 ? 1 : 0) + (opts.peakReplicas > 2 ? 1 : 0) + (opts.mode === 'own' ? 2 : 0);
}

export interface Startup {
  usd: number;
  weeks: number;
  setupWeeks: number;
  setupUsd: number;
  hiringUsd: number;
  hardwareUsd: number;
}

export function startupCost(opts: { team: Team; assumptions: Assumptions; mode: 'rent' | 'own'; gpu: Gpu; peakGpus: number; tensorParallel: number; peakReplicas: number }): Startup {
  const { team, assumptions } = opts;
  const setupWeeks = assumptions.setupEngineeringWeeks ?? defaultSetupWeeks(opts);
  const setupUsd = (setupWeeks * team.engineerMonthlyCostUsd * 12) / 52;
  const hiring = team.mlEngineers === 0;
  const hiringUsd = hiring ? assumptions.recruitingCostUsd : 0;
  const hardwareUsd = opts.mode === 'own' ? opts.peakGpus * (opts.gpu.purchaseUsd ?? 0) : 0;
  const weeks = setupWeeks + (hiring ? assumptions.hiringMonths * (52 / 12) : 0) + (opts.mode === 'own' ? OWN_LEAD_TIME_WEEKS : 0);
  return { usd: setupUsd + hiringUsd + hardwareUsd, weeks, setupWeeks, setupUsd, hiringUsd, hardwareUsd };
}
