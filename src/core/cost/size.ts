/** Which GPUs a deployment is sized on: GPUs the team owns first, then what it can buy or rent. */
import { sizeDeployment, type LatencySlo, type SizingResult } from '../capacity/index.js';
import type { Catalog, Gpu, OpenModel } from '../catalog/schema.js';
import type { Assumptions, OwnedGpu, Redundancy, Team, Workload } from '../profile/index.js';
import { fail, issue, type Result } from '../result.js';
import type { CostMemo } from './memo.js';
import { ownedHourlyEquivalent, rentalHourlyUsd } from './pricing.js';

export interface SizingChoice {
  mode: 'rent' | 'own';
  sizing: Result<SizingResult>;
  /** GPUs of the chosen type the team owns and may use (sunk). */
  ownedAvailable: number;
  notes: string[];
}

export interface SizingChoiceInput {
  model: OpenModel;
  workload: Workload;
  team: Team;
  assumptions: Assumptions;
  catalog: Catalog;
  ownedGpus: readonly OwnedGpu[];
  maxContextTokens: number;
  peakRequestsPerSecond: number;
  slo: LatencySlo;
  redundancy: Redundancy;
}

export function chooseSizing(o: SizingChoiceInput, memo?: CostMemo): SizingChoice {
  const { assumptions, catalog } = o;
  const base = {
    model: o.model, engine: assumptions.engine, ...(assumptions.precision ? { precisions: [assumptions.precision] } : {}),
    inputTokens: o.workload.inputTokens, outputTokens: o.workload.outputTokens, maxContextTokens: o.maxContextTokens,
    peakRequestsPerSecond: o.peakRequestsPerSecond, slo: o.slo, redundancy: o.redundancy, minReplicas: Math.max(1, assumptions.minReplicas),
    memo: memo?.sizingOrders,
  };
  const notes: string[] = [];
  const wantsOwn = o.team.gpuAccess === 'own';
  const pool = new Map<string, number>();
  for (const g of wantsOwn ? o.ownedGpus : []) pool.set(g.gpu.toLowerCase(), (pool.get(g.gpu.toLowerCase()) ?? 0) + g.count);
  const poolGpus = catalog.gpus.filter((g) => (pool.get(g.id) ?? 0) > 0);
  if (poolGpus.length > 0) {
    // Owned GPUs are sunk: rank them on power and hosting only, so they are used whenever the model fits them.
    const sized = sizeDeployment({ ...base, gpus: poolGpus, gpuHourlyUsd: (g) => ownedHourlyEquivalent(g, assumptions, true) });
    if (sized.ok && sized.value.best.operating.meetsSlo) {
      const gpu = sized.value.best.gpu;
      const owned = pool.get(gpu.id) ?? 0;
      const fitsPool = sized.value.best.gpuCount <= owned || gpu.purchaseUsd !== null;
      if (fitsPool) return { mode: 'own', sizing: sized, ownedAvailable: owned, notes };
      notes.push(`the ${owned} owned ${gpu.id} are too few and the catalog has no purchase price to add more: sized on GPUs that can be bought`);
    } else {
      notes.push(`the owned ${poolGpus.map((g) => `${pool.get(g.id)}x ${g.id}`).join(', ')} cannot serve ${o.model.id} within the SLO${sized.ok ? '' : ` (${sized.issues.map((i) => i.message).join('; ')})`}: sized on GPUs that can be bought`);
    }
  }
  const ownable = catalog.gpus.some((g) => g.datacenter && g.purchaseUsd !== null);
  const mode: 'rent' | 'own' = wantsOwn && ownable ? 'own' : 'rent';
  if (wantsOwn && !ownable) notes.push('the team owns GPUs, but no catalog GPU has a purchase price: priced as rented');
  const hourly = (g: Gpu): number | null => (mode === 'own' ? ownedHourlyEquivalent(g, assumptions) : rentalHourlyUsd(g, assumptions, catalog.pricingContext));
  const gpus = catalog.gpus.filter((g) => g.datacenter);
  if (gpus.length === 0) return { mode, sizing: fail([issue('gpus', 'the catalog has no datacenter GPU')]), ownedAvailable: 0, notes };
  return { mode, sizing: sizeDeployment({ ...base, gpus, gpuHourlyUsd: hourly }), ownedAvailable: 0, notes };
}

/**
 * Sizing is the costly step and does not depend on prices of the closed side, hiring or the Monte Carlo:
 * candidates are screened, the winner re-analysed, a lower tier tried, and the portfolio pass re-decides
 * workloads, all with the same sizing input. Memoised in the assessment's memo, keyed by every input
 * `chooseSizing` reads (catalog records by identity); without a memo, sized afresh.
 */
export function chooseSizingCached(o: SizingChoiceInput, memo: CostMemo | undefined): SizingChoice {
  if (!memo) return chooseSizing(o);
  const a = o.assumptions;
  const key = JSON.stringify([
    memo.idOf(o.model), memo.idOf(o.catalog.gpus), memo.idOf(o.catalog.pricingContext), o.workload.inputTokens, o.workload.outputTokens,
    o.team.gpuAccess, o.ownedGpus, a.engine, a.precision, a.minReplicas, a.rentalPricing, a.rentalPricePosition,
    a.amortizationYears, a.electricityUsdPerKwh, a.pue, a.hostingUsdPerGpuMonth, a.serverUsdPerGpu, o.maxContextTokens, o.peakRequestsPerSecond, o.slo, o.redundancy,
  ]);
  let hit = memo.sizing.get(key);
  if (!hit) {
    hit = chooseSizing(o, memo);
    memo.sizing.set(key, hit);
  }
  return hit;
}
