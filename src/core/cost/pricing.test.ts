import { describe, expect, it } from 'vitest';
import { ownedGpuMonthly, pricePosition, rentalHourlyUsd } from './index.js';
import { assumptions, fixtureCatalog } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;

describe('GPU pricing', () => {
  it('price position: 0 = cheapest observed, 0.5 = typical, 1 = dearest, linear in between', () => {
    const range = { low: 2, typical: 3, high: 6 };
    expect(pricePosition(range, 0)).toBe(2);
    expect(pricePosition(range, 0.25)).toBe(2.5);
    expect(pricePosition(range, 0.5)).toBe(3);
    expect(pricePosition(range, 0.75)).toBe(4.5);
    expect(pricePosition(range, 1)).toBe(6);
  });

  it('rental terms take the catalog discount off the positioned price', () => {
    expect(rentalHourlyUsd(h100, assumptions(), catalog.pricingContext)).toBe(3);
    expect(rentalHourlyUsd(h100, assumptions({ rentalPricing: 'reserved-1y' }), catalog.pricingContext)).toBeCloseTo(1.8, 9);
    // Spot: 70% off $2, plus the 15% pre-emption overhead.
    expect(rentalHourlyUsd(h100, assumptions({ rentalPricing: 'spot', rentalPricePosition: 0 }), catalog.pricingContext)).toBeCloseTo(0.6 * 1.15, 9);
  });

  it('owning an H100 ($30,000, 700 W): card + server share amortised once, power x PUE at utilization, hosting', () => {
    const m = ownedGpuMonthly(h100, assumptions(), 0.5)!;
    // No server price in the catalog: 30% of the card.
    expect(m.amortisationUsd).toBeCloseTo((30_000 + 9_000) / 36, 6);
    expect(ownedGpuMonthly({ ...h100, serverUsdPerGpu: 12_500 }, assumptions(), 0.5)!.amortisationUsd).toBeCloseTo(42_500 / 36, 6);
    expect(ownedGpuMonthly(h100, assumptions({ serverUsdPerGpu: 5_000, amortizationYears: 5 }), 0.5)!.amortisationUsd).toBeCloseTo(35_000 / 60, 6);
    // 0.7 kW x (0.3 + 0.7 x 0.5) x 730 h x PUE 1.3 x $0.12.
    expect(m.powerUsd).toBeCloseTo(0.7 * 0.65 * 730 * 1.3 * 0.12, 6);
    expect(m.hostingUsd).toBe(250);
  });
});
