import type { BasisResult } from './basis.js';

export interface Tco {
  months: number[];
  openCumulativeUsd: number[];
  closedCumulativeUsd: number[] | null;
}

/**
 * Cumulative cost over the horizon on the cost basis: start-up at month 0, then each month's cost with volume
 * growing. Bought GPUs are in the monthly cost (amortised), so the last point / horizon is the basis figure.
 */
export function cumulativeTco(basis: BasisResult): Tco {
  const months: number[] = [];
  const open: number[] = [];
  const closed: number[] = [];
  let openSum = basis.openStartupUsd;
  let closedSum = basis.closedStartupUsd ?? 0;
  basis.openMonthly.forEach((o, i) => {
    openSum += o;
    closedSum += basis.closedMonthly?.[i] ?? 0;
    months.push(i + 1);
    open.push(openSum);
    closed.push(closedSum);
  });
  return { months, openCumulativeUsd: open, closedCumulativeUsd: basis.closedMonthly === null ? null : closed };
}
