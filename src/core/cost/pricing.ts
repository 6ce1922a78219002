import type { Gpu, PricingContext } from '../catalog/schema.js';
import type { Assumptions, RentalPricing } from '../profile/index.js';
import { HOURS_PER_MONTH } from '../capacity/index.js';
import { DEFAULT_SPOT_PREEMPTION_OVERHEAD } from './fleet.js';

/** Average draw of a serving GPU: idle floor plus the busy share of the rest of its TDP. */
export const IDLE_POWER_SHARE = 0.3;
/** The server a bought GPU sits in (chassis, CPUs, memory, NICs, local NVMe) when the catalog gives no price: a share of the card. */
export const DEFAULT_SERVER_SHARE_OF_CARD = 0.3;

/** Where `position` (0..1) lands in low..typical..high: 0.5 is the typical price, the ends are the observed extremes. */
export function pricePosition(range: { low: number; typical: number; high: number }, position: number): number {
  return position <= 0.5 ? range.low + (range.typical - range.low) * position * 2 : range.typical + (range.high - range.typical) * (position - 0.5) * 2;
}

export function rentalDiscount(pricing: RentalPricing, ctx: PricingContext): number {
  switch (pricing) {
    case 'on-demand':
      return 0;
    case 'reserved-1y':
      return ctx.reserved1yDiscount;
    case 'reserved-3y':
      return ctx.reserved3yDiscount;
    case 'spot':
      return ctx.spotDiscount;
  }
}

export const spotPreemptionOverhead = (ctx: PricingContext): number => ctx.spotPreemptionOverhead ?? DEFAULT_SPOT_PREEMPTION_OVERHEAD;

/** Headline on-demand $/GPU-hour at the assumed price position; null when the GPU is not rented out. */
export function onDemandHourlyUsd(gpu: Gpu, assumptions: Pick<Assumptions, 'rentalPricePosition'>): number | null {
  return gpu.rentalUsdPerHour ? pricePosition(gpu.rentalUsdPerHour, assumptions.rentalPricePosition) : null;
}

/**
 * Headline $/GPU-hour at one rate: on-demand at the price position, less the reservation or spot discount;
 * spot carries its pre-emption overhead. The cloud overhead (egress, storage, management) is applied on top,
 * by name, where the bill is made.
 */
export function rateUsd(gpu: Gpu, rate: RentalPricing, assumptions: Pick<Assumptions, 'rentalPricePosition'>, ctx: PricingContext): number | null {
  const base = onDemandHourlyUsd(gpu, assumptions);
  if (base === null) return null;
  return base * (1 - rentalDiscount(rate, ctx)) * (rate === 'spot' ? 1 + spotPreemptionOverhead(ctx) : 1);
}

/** The headline rate of the profile's rental pricing (ranking GPUs, the report's $/hour). */
export const rentalHourlyUsd = (gpu: Gpu, assumptions: Pick<Assumptions, 'rentalPricing' | 'rentalPricePosition'>, ctx: PricingContext): number | null =>
  rateUsd(gpu, assumptions.rentalPricing, assumptions, ctx);

/** Purchase price of one GPU in its server: the card plus its share of the server (catalog, profile, or 30% of the card). */
export function purchaseUsdPerGpu(gpu: Gpu, assumptions: Pick<Assumptions, 'serverUsdPerGpu'>): { cardUsd: number; serverUsd: number; serverSource: 'profile' | 'catalog' | 'default' } | null {
  if (gpu.purchaseUsd === null) return null;
  if (assumptions.serverUsdPerGpu !== undefined) return { cardUsd: gpu.purchaseUsd, serverUsd: assumptions.serverUsdPerGpu, serverSource: 'profile' };
  if (gpu.serverUsdPerGpu != null) return { cardUsd: gpu.purchaseUsd, serverUsd: gpu.serverUsdPerGpu, serverSource: 'catalog' };
  return { cardUsd: gpu.purchaseUsd, serverUsd: gpu.purchaseUsd * DEFAULT_SERVER_SHARE_OF_CARD, serverSource: 'default' };
}

/** Average kW one serving GPU draws at a utilization, before PUE. */
export const gpuKw = (gpu: Pick<Gpu, 'tdpW'>, utilization: number): number => (gpu.tdpW / 1000) * (IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * Math.min(1, Math.max(0, utilization)));

export interface OwnedGpuMonthly {
  /** (card + server share) / amortisation months; 0 for GPUs the team already owns (sunk). */
  amortisationUsd: number;
  powerUsd: number;
  hostingUsd: number;
}

/** Monthly cost of one bought GPU: purchase (card + server share) over the amortisation period, power x PUE at its utilization, hosting. */
export function ownedGpuMonthly(gpu: Gpu, assumptions: Pick<Assumptions, 'amortizationYears' | 'electricityUsdPerKwh' | 'pue' | 'hostingUsdPerGpuMonth' | 'serverUsdPerGpu'>, utilization: number): OwnedGpuMonthly | null {
  const price = purchaseUsdPerGpu(gpu, assumptions);
  if (!price) return null;
  return {
    amortisationUsd: (price.cardUsd + price.serverUsd) / (assumptions.amortizationYears * 12),
    powerUsd: gpuKw(gpu, utilization) * HOURS_PER_MONTH * assumptions.pue * assumptions.electricityUsdPerKwh,
    hostingUsd: assumptions.hostingUsdPerGpuMonth,
  };
}

/** An hourly figure to rank GPUs by when owning: the monthly cost at half utilization over 730 hours; sunk GPUs count power and hosting only. */
export function ownedHourlyEquivalent(gpu: Gpu, assumptions: Parameters<typeof ownedGpuMonthly>[1], sunk = false): number | null {
  if (sunk) return (gpuKw(gpu, 0.5) * HOURS_PER_MONTH * assumptions.pue * assumptions.electricityUsdPerKwh + assumptions.hostingUsdPerGpuMonth) / HOURS_PER_MONTH;
  const m = ownedGpuMonthly(gpu, assumptions, 0.5);
  return m ? (m.amortisationUsd + m.powerUsd + m.hostingUsd) / HOURS_PER_MONTH : null;
}
