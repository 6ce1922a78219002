import type { LatencySlo, SizedOption, TrafficShape } from '../capacity/index.js';
import { GPU_MEMORY_UTILIZATION, PEAK_HEADROOM } from '../capacity/index.js';
import type { ContextRequirement } from '../decision/context.js';
import type { CostAnalysisInput } from './contract.js';
import type { FleetPolicy } from './fleet.js';
import { FLEET_GPU_CEILING } from './fleet.js';
import { DEFAULT_SERVER_SHARE_OF_CARD } from './pricing.js';
import type { Provisioning } from './provisioning.js';
import { speedSigma, UNCERTAINTY } from './sensitivity.js';

const money = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;
const minutes = (n: number): string => `${Math.round(n * 10) / 10} min`;

function fleetLine(a: CostAnalysisInput['assumptions'], p: FleetPolicy, mode: 'rent' | 'own', e: Provisioning | undefined): string {
  const spare = p.redundancy === 'n+1' ? `one spare replica (N+1${a.redundancy === undefined ? ', default for a production workload' : ''})` : `no spare replica${a.redundancy === undefined ? ' (not a production workload)' : ''}`;
  if (mode === 'own') return `fleet: owned GPUs held for the peak all month, ${spare}; utilization is mean demand over that capacity`;
  const src = p.provisioningSource === 'default' ? ' (default: a fixed fleet, paid busy or idle)' : '';
  switch (p.provisioning) {
    case 'peak':
      return `fleet: peak${src}: replicas for the busiest hour, held every hour of the month at ${p.pricing}, ${spare}`;
    case 'autoscale':
      return `fleet: autoscale every ${minutes(e?.intervalMinutes ?? p.scaleIntervalMinutes)} between ${p.scaleToZero ? `0 (scale-to-zero below ${p.scaleToZeroBelowRequestsPerHour} requests/hour)` : `minReplicas ${p.minReplicas}`} and ${p.maxReplicas ?? 'the ceiling'}; a replica is asked for ${minutes(p.scaleUpDelayMinutes)} ahead (${a.scaleUpDelayMinutes === undefined ? 'cold start from the model size: node and image 4 min + weights at 1 GB/s + 2 min warm-up' : 'profile'}) and removed after ${minutes(p.scaleDownDelayMinutes)} of low demand; ${spare}; billed per interval at ${p.pricing}`;
    case 'reserved-base-plus-burst':
      return `fleet: reserved base plus burst: the base is reserved (${p.pricing === 'reserved-3y' ? '3-year' : '1-year'} term, billed every hour) up to the level where a reserved replica costs less than the burst hours it replaces; above it, ${p.pricing === 'spot' ? 'spot' : 'on-demand'} replicas autoscale every ${minutes(p.scaleIntervalMinutes)} with a ${minutes(p.scaleUpDelayMinutes)} scale-up delay; ${spare}`;
  }
}

/** The assumptions behind one analysis, in words, for the report. */
export function describeAssumptions(o: {
  input: CostAnalysisInput;
  mode: 'rent' | 'own';
  shape: TrafficShape;
  slo: LatencySlo;
  need: ContextRequirement;
  sized: SizedOption | null;
  policy: FleetPolicy | null;
  schedule?: Provisioning;
  engineNote?: string;
}): string[] {
  const a = o.input.assumptions;
  const w = o.input.workload;
  const out: string[] = [];
  out.push(
    o.shape.source === 'hourlyTraffic'
      ? `traffic: the workload's 24-hour curve (peak-to-average ${o.shape.peakToAverage.toFixed(2)}), ${o.shape.activeDaysPerWeek} active days a week`
      : `traffic: a smooth diurnal curve peaking at 14:00 with peak-to-average ${o.shape.peakToAverage.toFixed(2)}${o.shape.source === 'default' ? ' (default; give peakToAverage or hourlyTraffic)' : ''}, ${o.shape.activeDaysPerWeek} active days a week`,
  );
  out.push(`requestsPerDay is per active day; a month has ${((o.shape.activeDaysPerWeek * 365) / 12 / 7).toFixed(1)} active days`);
  if (o.policy) {
    out.push(fleetLine(a, o.policy, o.mode, o.schedule));
    out.push(...o.policy.notes);
  }
  out.push(`sizing: the cheapest GPU type x precision x tensor-parallel size that serves the peak${o.input.team.ownedGpus?.length ? ', on the GPUs the team owns first' : ''}; consumer cards are left out unless owned; a fleet above ${FLEET_GPU_CEILING.toLocaleString('en-US')} GPUs is infeasible`);
  out.push(`each replica runs at no more than ${Math.round(PEAK_HEADROOM * 100)}% of its latency-bound capacity (queueing headroom)`);
  out.push(`latency SLO: ${o.slo.ttftMs !== undefined ? `TTFT <= ${o.slo.ttftMs} ms, ` : ''}>= ${o.slo.outputTokensPerSecond ?? 0} output tokens/s per stream${w.latency?.outputTokensPerSecond === undefined ? ' (default)' : ''}`);
  out.push(`context: ${o.need.note}; a hard limit on both sides (models with a smaller window are not candidates); engines claim ${Math.round(GPU_MEMORY_UTILIZATION * 100)}% of GPU memory`);
  if (o.mode === 'own') {
    out.push(`owning: GPUs the team owns are sunk (power, hosting, staff only); bought GPUs are card + server share (${a.serverUsdPerGpu !== undefined ? `${money(a.serverUsdPerGpu)}/GPU, profile` : `catalog, else ${DEFAULT_SERVER_SHARE_OF_CARD * 100}% of the card`}) amortised over ${a.amortizationYears} years, never also in start-up; power at ${a.electricityUsdPerKwh} $/kWh x PUE ${a.pue}; hosting ${money(a.hostingUsdPerGpuMonth)}/GPU-month`);
  } else {
    out.push(`renting: on-demand at position ${a.rentalPricePosition} of the catalog's low..typical..high range, less the ${a.rentalPricing} discount where it applies, plus the catalog's cloud overhead (egress, storage, management), named in each derivation`);
  }
  out.push(
    a.opsShareOfEngineer !== undefined
      ? `operations: ${a.opsShareOfEngineer} of an ML engineer (profile) at ${money(o.input.team.engineerMonthlyCostUsd)}/month`
      : `operations: 0.15 of an engineer x sqrt(GPUs), x1.5 when a replica spans nodes, x1.2 on owned hardware, at ${money(o.input.team.engineerMonthlyCostUsd)}/month`,
  );
  out.push(`start-up: setup engineering (${a.setupEngineeringWeeks === undefined ? 'default 2 weeks, +1 with tensor parallelism, +1 above two replicas, +2 multi-node, +2 to install bought hardware' : `${a.setupEngineeringWeeks} weeks, profile`}); hiring an ML engineer once per team when it has none (${money(a.recruitingCostUsd)}, ${a.hiringMonths} months), shared by its self-hosted workloads`);
  if (o.sized) {
    out.push(`speed: calibrated step model, error band +/-${Math.round(o.sized.errorBand * 100)}%${o.engineNote ? `; ${a.engine}: ${o.engineNote}` : ''}`);
    out.push(`uncertainty: ${a.monteCarloRuns} seeded draws (seed ${a.seed}): GPU price lognormal around the assumed price (sigma ${o.mode === 'own' ? UNCERTAINTY.gpuOwnSigma : UNCERTAINTY.gpuRentSigma}, within the catalog's range), model speed lognormal (sigma ${speedSigma(o.sized.errorBand).toFixed(2)} from the error band as a 90% interval), API price and tokens per request sigma 0.25, volume 0.5, operations 0.3, traffic shape 0.5..1.5`);
  }
  out.push('closed side: list prices; cached input at the published cached rate (none when unpublished); batch share at the batch discount; long-context tiers by the share of prompt tokens (and of requests, for output) above the threshold, from exponential prompt lengths');
  return out;
}
