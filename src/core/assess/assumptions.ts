import { CLOSE_CALL_BAND } from '../decision/index.js';
import type { Profile } from '../profile/index.js';
import type { WorkloadReport } from '../report/types.js';
import { formatUsd } from '../report/format.js';

/** Every assumption behind the numbers, stated so a reader can challenge it. */
export function listAssumptions(profile: Profile, workloads: readonly WorkloadReport[]): string[] {
  const a = profile.assumptions;
  const t = profile.team;
  const out = [
    `GPUs priced ${a.rentalPricing} at position ${a.rentalPricePosition} of the catalog's rental range (0 = cheapest, 1 = dearest)`,
    `owned GPUs amortised over ${a.amortizationYears} years, power $${a.electricityUsdPerKwh}/kWh x PUE ${a.pue}, hosting ${formatUsd(a.hostingUsdPerGpuMonth)}/GPU-month`,
    `serving engine ${a.engine}${a.precision ? `, precision ${a.precision}` : ''}; redundancy ${a.redundancy}, at least ${a.minReplicas} replica(s)${a.scaleToZero ? ', scale to zero when idle' : ''}`,
    `each self-hosted workload takes ${Math.round(a.opsShareOfEngineer * 100)}% of an ML engineer at ${formatUsd(t.engineerMonthlyCostUsd)}/month`,
    `hiring an ML engineer takes ${a.hiringMonths} months and ${formatUsd(a.recruitingCostUsd)} when the team has none (it has ${t.mlEngineers})`,
    `costs compared over ${a.horizonMonths} months with start-up costs spread over that horizon; within ${Math.round(CLOSE_CALL_BAND * 100)}% control decides`,
    'each self-hosted workload is sized on its own GPUs; sharing GPUs between workloads could lower the cost',
    `Monte Carlo: ${a.monteCarloRuns} draws, seed ${a.seed}`,
  ];
  // The cost model's own assumptions: shared ones once, workload-specific ones named by workload.
  const analysed = workloads.filter((w) => w.analysis !== null);
  const seen = new Set(out);
  for (const w of analysed) {
    for (const s of w.analysis?.assumptionsUsed ?? []) {
      const shared = analysed.every((o) => o.analysis?.assumptionsUsed.includes(s));
      const line = shared || analysed.length === 1 ? s : `${w.name}: ${s}`;
      if (!seen.has(line)) {
        seen.add(line);
        out.push(line);
      }
    }
  }
  return out;
}
