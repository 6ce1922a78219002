import type { Evaluation, Scenario } from './scenario.js';

export interface Tco {
  months: number[];
  openCumulativeUsd: number[];
  closedCumulativeUsd: number[] | null;
}

/**
 * Cumulative cash over the horizon with volume growing `growthPerMonth`: start-up costs at month 0, then each
 * month's run cost. Owned GPUs are cash at purchase (start-up, then when growth needs more), not amortised.
 */
export function cumulativeTco(opts: {
  evaluate: (s: Scenario) => Evaluation;
  base: Scenario;
  months: number;
  growthPerMonth: number;
  openStartupUsd: number;
  closedStartupUsd: number | null;
  mode: 'rent' | 'own';
  purchaseUsdPerGpu: number;
  initialGpus: number;
}): Tco {
  const months: number[] = [];
  const open: number[] = [];
  const closed: number[] = [];
  let openSum = opts.openStartupUsd;
  let closedSum = opts.closedStartupUsd ?? 0;
  let owned = opts.initialGpus;
  for (let m = 1; m <= opts.months; m++) {
    const e = opts.evaluate({ ...opts.base, volume: opts.base.volume * (1 + opts.growthPerMonth) ** (m - 1) });
    if (opts.mode === 'own') {
      const extra = Math.max(0, e.provisioning.peakGpus - owned);
      owned += extra;
      openSum += extra * opts.purchaseUsdPerGpu + e.facilitiesMonthlyUsd + e.staffMonthlyUsd;
    } else {
      openSum += e.openMonthlyUsd;
    }
    closedSum += e.closed?.monthlyUsd ?? 0;
    months.push(m);
    open.push(openSum);
    closed.push(closedSum);
  }
  return { months, openCumulativeUsd: open, closedCumulativeUsd: opts.closedStartupUsd === null ? null : closed };
}
