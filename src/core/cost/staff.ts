/**
 * Operations effort of a self-hosted deployment, in engineers (FTE), once it runs: upgrades, monitoring,
 * on-call, capacity changes. It grows with the fleet, slower than linearly (the same automation serves more
 * GPUs), and jumps when a replica spans nodes (network fabric, coordinated restarts) or the hardware is owned
 * (failures, RMAs, firmware). docs/cost-model.md ("Staff") gives the curve's reasoning and points.
 */

/** FTE for a one-GPU deployment. */
export const OPS_FTE_ONE_GPU = 0.15;
/** Multiplier when a replica spans more than one node. */
export const OPS_MULTI_NODE_FACTOR = 1.5;
/** Multiplier when the team runs its own hardware. */
export const OPS_OWNED_HARDWARE_FACTOR = 1.2;

export interface OpsEffort {
  fte: number;
  /** How the figure was reached, for the derivation. */
  formula: string;
  source: 'curve' | 'profile';
}

/** The FTE figure alone (priced thousands of times per analysis). */
export function opsFte(gpus: number, multiNode: boolean, owned: boolean, fixedShare: number | undefined): number {
  if (fixedShare !== undefined) return fixedShare;
  return OPS_FTE_ONE_GPU * Math.sqrt(Math.max(1, gpus)) * (multiNode ? OPS_MULTI_NODE_FACTOR : 1) * (owned ? OPS_OWNED_HARDWARE_FACTOR : 1);
}

/** 0.15 FTE x sqrt(GPUs), x1.5 for multi-node replicas, x1.2 on owned hardware; or the profile's fixed share. */
export function opsEffort(opts: { gpus: number; multiNode: boolean; owned: boolean; fixedShare?: number | undefined }): OpsEffort {
  if (opts.fixedShare !== undefined) return { fte: opts.fixedShare, formula: 'opsShareOfEngineer (profile)', source: 'profile' };
  const g = Math.max(1, opts.gpus);
  const fte = opsFte(g, opts.multiNode, opts.owned, undefined);
  const parts = [`${OPS_FTE_ONE_GPU} x sqrt(${g} GPUs)`, opts.multiNode ? `x ${OPS_MULTI_NODE_FACTOR} multi-node` : '', opts.owned ? `x ${OPS_OWNED_HARDWARE_FACTOR} owned hardware` : ''].filter(Boolean);
  return { fte, formula: parts.join(' '), source: 'curve' };
}
