import type { BasisResult } from './basis.js';
import type { CostPoint } from './contract.js';
import type { Provisioning } from './provisioning.js';
import type { Evaluation, Scenario } from './scenario.js';

const VOLUME_POINTS = 41;
const UTILIZATION_POINTS = 20;

/**
 * Chart data. volumeCurve: both sides on the cost basis from 1/100x to 100x today's volume (x = today's
 * tokens/month), so it crosses at the break-even. utilizationCurve: self-hosted $/1M tokens if today's fleet ran
 * at utilization x (closed is flat). trafficCurve: a typical active day's requests per hour against provisioned capacity.
 */
export function costCurves(opts: { basisAt: (s: Scenario) => BasisResult; base: Scenario; evaluation: Evaluation; schedule: Provisioning; monthlyOpenUsd: number }): {
  volumeCurve: CostPoint[];
  utilizationCurve: CostPoint[];
  trafficCurve: { hour: number; demand: number; capacity: number }[];
} {
  const { base, evaluation: e } = opts;
  const volumeCurve: CostPoint[] = [];
  if (e.tokensPerMonth > 0) {
    for (let i = 0; i < VOLUME_POINTS; i++) {
      const v = base.volume * 10 ** (-2 + (4 * i) / (VOLUME_POINTS - 1));
      const at = opts.basisAt({ ...base, volume: v });
      volumeCurve.push({ x: at.today.tokensPerMonth, open: at.open, closed: at.closed });
    }
  }
  const tokensPerRequest = e.requestsPerMonth > 0 ? e.tokensPerMonth / e.requestsPerMonth : 0;
  const capacityTokensPerMonth = e.provisioning.replicaHoursPerMonth * e.perReplicaRps * 3600 * tokensPerRequest;
  const closedPerMTok = e.closed ? e.closed.costPerMTokUsd : null;
  const utilizationCurve: CostPoint[] = capacityTokensPerMonth > 0
    ? Array.from({ length: UTILIZATION_POINTS }, (_, i) => {
        const x = (i + 1) / UTILIZATION_POINTS;
        return { x, open: opts.monthlyOpenUsd / ((capacityTokensPerMonth * x) / 1e6), closed: closedPerMTok };
      })
    : [];
  const requestsPerDay = e.requestsPerMonth / (e.shape.activeDaysPerWeek * (365 / 12 / 7));
  const trafficCurve = e.shape.hourlyShare.map((share, hour) => ({
    hour,
    demand: requestsPerDay * share,
    capacity: (opts.schedule.replicasByHour[hour] ?? 0) * e.perReplicaRps * 3600,
  }));
  return { volumeCurve, utilizationCurve, trafficCurve };
}
