import type { Gpu, PricingContext } from '../catalog/schema.js';
import type { Assumptions } from '../profile/index.js';
import { HOURS_PER_MONTH } from '../capacity/index.js';

/** Average draw of a serving GPU: idle floor plus the busy share of the rest of its TDP. */
const IDLE_POWER_SHARE = 0.3;

/** Where `position` (0..1) lands in low..typical..high: 0.5 is the typical price, the ends are the observed extremes. */
export function pricePosition(range: { low: number; typical: number; high: number }, position: number): number {
  return position <= 0.5 ? range.low + (range.typical - range.low) * position * 2 : range.typical + (range.high - range.typical) * (position - 0.5) * 2;
}

export function rentalDiscount(assumptions: Pick<Assumptions, 'rentalPricing'>, ctx: PricingContext): number {
  switch (assumptions.rentalPricing) {
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

/** Headline $/GPU-hour at the assumed price position and rental term; null when the GPU is not rented out. */
export function rentalHourlyUsd(gpu: Gpu, assumptions: Pick<Assumptions, 'rentalPricing' | 'rentalPricePosition'>, ctx: PricingContext): number | null {
  if (!gpu.rentalUsdPerHour) return null;
  return pricePosition(gpu.rentalUsdPerHour, assumptions.rentalPricePosition) * (1 - rentalDiscount(assumptions, ctx));
}

export interface OwnedGpuMonthly {
  amortisationUsd: number;
  powerUsd: number;
  hostingUsd: number;
}

/** Monthly cost of one owned GPU: purchase over the amortisation period, power x PUE at its utilization, hosting. */
export function ownedGpuMonthly(gpu: Gpu, assumptions: Pick<Assumptions, 'amortizationYears' | 'electricityUsdPerKwh' | 'pue' | 'hostingUsdPerGpuMonth'>, utilization: number): OwnedGpuMonthly | null {
  if (gpu.purchaseUsd === null) return null;
  const kw = (gpu.tdpW / 1000) * (IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * utilization);
  return {
    amortisationUsd: gpu.purchaseUsd / (assumptions.amortizationYears * 12),
    powerUsd: kw * HOURS_PER_MONTH * assumptions.pue * assumptions.electricityUsdPerKwh,
    hostingUsd: assumptions.hostingUsdPerGpuMonth,
  };
}

/** An hourly figure to rank GPUs by when owning: the monthly cost at half utilization over 730 hours. */
export function ownedHourlyEquivalent(gpu: Gpu, assumptions: Parameters<typeof ownedGpuMonthly>[1]): number | null {
  const m = ownedGpuMonthly(gpu, assumptions, 0.5);
  return m ? (m.amortisationUsd + m.powerUsd + m.hostingUsd) / HOURS_PER_MONTH : null;
}
