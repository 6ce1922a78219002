import type { LatencySlo, SizedOption, TrafficShape } from '../capacity/index.js';
import { GPU_MEMORY_UTILIZATION, PEAK_HEADROOM } from '../capacity/index.js';
import type { CostAnalysisInput } from './contract.js';
import type { Startup } from './startup.js';

const money = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;

/** The assumptions behind one analysis, in words, for the report. */
export function describeAssumptions(o: {
  input: CostAnalysisInput;
  mode: 'rent' | 'own';
  shape: TrafficShape;
  slo: LatencySlo;
  maxContextTokens: number;
  sized: SizedOption | null;
  startup?: Startup;
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
  out.push(`requestsPerDay is per active day; a month has ${(o.shape.activeDaysPerWeek * 365 / 12 / 7).toFixed(1)} active days`);
  if (o.input.team.gpuAccess === 'own' && o.mode === 'rent') out.push('the team owns GPUs, but no catalog GPU has a purchase price: priced as rented');
  out.push(
    o.mode === 'own'
      ? 'provisioning: owned GPUs are bought for the peak hour and run all month; utilization is mean demand over that capacity'
      : `provisioning: rented replicas autoscale hour by hour between ${a.scaleToZero ? '0 (scale-to-zero, cold starts billed)' : `minReplicas (${a.minReplicas})`} and the hour's demand; utilization is served over provisioned capacity`,
  );
  out.push('sizing: the cheapest datacenter GPU type x precision x tensor-parallel size that serves the peak hour; consumer cards (GeForce licence) are left out');
  out.push(`each replica runs at no more than ${Math.round(PEAK_HEADROOM * 100)}% of its latency-bound capacity (queueing headroom)${a.redundancy === 'n+1' ? ', plus one spare replica (N+1)' : ''}`);
  out.push(`latency SLO: ${o.slo.ttftMs !== undefined ? `TTFT <= ${o.slo.ttftMs} ms, ` : ''}>= ${o.slo.outputTokensPerSecond ?? 0} output tokens/s per stream${w.latency?.outputTokensPerSecond === undefined ? ' (default)' : ''}`);
  out.push(`context: sequences up to ${o.maxContextTokens} tokens must fit the KV cache${w.maxContextTokens === undefined ? ' (default: 4x the mean request, at least 4,096)' : ''}; engines claim ${Math.round(GPU_MEMORY_UTILIZATION * 100)}% of GPU memory`);
  out.push(
    o.mode === 'own'
      ? `owning: purchase over ${a.amortizationYears} years, power at ${a.electricityUsdPerKwh} $/kWh x PUE ${a.pue}, hosting ${money(a.hostingUsdPerGpuMonth)}/GPU-month`
      : `renting: ${a.rentalPricing} at position ${a.rentalPricePosition} of the catalog's low..typical..high range, plus the catalog's cloud overhead (egress, storage, management) when given`,
  );
  out.push(`staff: ${a.opsShareOfEngineer} of an ML engineer at ${money(o.input.team.engineerMonthlyCostUsd)}/month`);
  if (o.startup) {
    out.push(
      `start-up: ${o.startup.setupWeeks} engineering weeks of setup${a.setupEngineeringWeeks === undefined ? ' (default from deployment complexity)' : ''}${o.startup.hiringUsd > 0 ? `, hiring an ML engineer (${money(a.recruitingCostUsd)}, ${a.hiringMonths} months) because the team has none` : ''}${o.startup.hardwareUsd > 0 ? `, ${money(o.startup.hardwareUsd)} of GPUs bought up front` : ''}`,
    );
  }
  if (o.sized) {
    out.push(`speed: calibrated roofline model, error band +/-${Math.round(o.sized.errorBand * 100)}%${o.engineNote ? `; ${a.engine}: ${o.engineNote}` : ''}`);
  }
  out.push('closed side: list prices; cached input at the published cached rate (none when unpublished); batch share at the batch discount; long-context tiers for the share of prompts above the threshold (exponential prompt lengths)');
  out.push(`break-even and the volume curve: the workload's volume scaled up or down, re-picking the cheapest GPU type at each volume; TCO, sensitivity and ${a.monteCarloRuns} Monte Carlo draws (seed ${a.seed}) keep today's deployment`);
  return out;
}
