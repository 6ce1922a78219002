import { CLOSE_CALL_BAND, SHARING_RULE } from '../decision/index.js';
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
    `serving engine ${a.engine}${a.precision ? `, precision ${a.precision}` : ''}; fleet ${a.provisioning ?? (a.scaleToZero ? 'autoscale (default with scaleToZero)' : 'peak (default)')}, redundancy ${a.redundancy ?? 'n+1 for production workloads (default)'}, at least ${a.minReplicas} replica(s)${a.maxReplicas !== undefined ? `, at most ${a.maxReplicas}` : ''}${a.scaleToZero ? ', scale to zero when idle' : ''}`,
    a.opsShareOfEngineer !== undefined
      ? `each self-hosted workload takes ${Math.round(a.opsShareOfEngineer * 100)}% of an ML engineer at ${formatUsd(t.engineerMonthlyCostUsd)}/month (profile)`
      : `operations effort grows with each fleet: 0.15 of an ML engineer x sqrt(GPUs), x1.5 multi-node, x1.2 owned hardware, at ${formatUsd(t.engineerMonthlyCostUsd)}/month`,
    t.mlEngineers === 0
      ? `the team has no ML engineer: hiring one takes ${a.hiringMonths} months and ${formatUsd(a.recruitingCostUsd)}, once for the team, shared equally by its self-hosted workloads`
      : `hiring: none needed (the team has ${t.mlEngineers} ML engineer${t.mlEngineers === 1 ? '' : 's'})`,
    ...(t.ownedGpus?.length ? [`the team owns ${t.ownedGpus.map((g) => `${g.count}x ${g.gpu}`).join(', ')}: sunk (power, hosting and staff only), given first to workloads that must self-host, then in profile order`] : []),
    `costs compared on one basis (below); within ${Math.round(CLOSE_CALL_BAND * 100)}% control decides`,
    ...(workloads.filter((w) => w.verdict === 'open').length >= 2
      ? [`each self-hosted workload's verdict and cost are sized on its own GPUs; a shared fleet (advice only) follows this rule: ${SHARING_RULE}`]
      : ['each self-hosted workload is sized on its own GPUs']),
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
