import { mulberry32, normalSample } from '../random/index.js';
import type { TornadoBar } from './contract.js';
import type { Evaluation, Scenario } from './scenario.js';

const savings = (e: Evaluation): number => (e.closed ? e.closed.monthlyUsd - e.openMonthlyUsd : 0);
const pct = (x: number): string => `${x >= 1 ? '+' : ''}${Math.round((x - 1) * 100)}%`;

export interface SensitivityRanges {
  /** GPU cost multipliers at the ends of the observed price range. */
  gpuCost: [number, number];
}

/**
 * Tornado data: vary one assumption at a time across its documented range and record monthly savings of
 * self-hosting. Ranges: GPU price across the catalog's low..high; API price -50%..+25% (prices mostly fall);
 * volume 0.5x..2x; traffic from flat to twice as peaky; ops share 0.1..0.5 of an engineer; tokens per request 0.5x..2x.
 */
export function tornado(evaluate: (s: Scenario) => Evaluation, base: Scenario, ranges: SensitivityRanges): TornadoBar[] {
  const bar = (label: string, low: Partial<Scenario>, high: Partial<Scenario>, lowText: string, highText: string): TornadoBar => ({
    label,
    low: lowText,
    high: highText,
    savingsAtLow: savings(evaluate({ ...base, ...low })),
    savingsAtHigh: savings(evaluate({ ...base, ...high })),
  });
  const [gLo, gHi] = ranges.gpuCost;
  const bars = [
    bar('GPU $/hour', { gpuCost: gLo }, { gpuCost: gHi }, pct(gLo), pct(gHi)),
    bar('API price', { apiPrice: 0.5 }, { apiPrice: 1.25 }, '-50%', '+25%'),
    bar('requests per day', { volume: base.volume * 0.5 }, { volume: base.volume * 2 }, '0.5x', '2x'),
    bar('traffic peak-to-average', { peakiness: 0 }, { peakiness: 2 }, 'flat', '2x peakier'),
    bar('ops share of an engineer', { staffShare: 0.1 }, { staffShare: 0.5 }, '0.1', '0.5'),
    bar('tokens per request', { tokens: 0.5 }, { tokens: 2 }, '0.5x', '2x'),
  ];
  return bars.sort((a, b) => Math.abs(b.savingsAtHigh - b.savingsAtLow) - Math.abs(a.savingsAtHigh - a.savingsAtLow));
}

/**
 * Share of seeded draws in which self-hosting is cheaper per month. Draws: GPU price uniform over its range,
 * API price lognormal (sigma 0.25), volume lognormal (sigma 0.5), peakiness uniform 0.5..1.5, ops share
 * uniform 0.5x..1.5x of the assumption, tokens per request lognormal (sigma 0.25).
 */
export function probabilitySelfHostCheaper(opts: { evaluate: (s: Scenario) => Evaluation; base: Scenario; ranges: SensitivityRanges; runs: number; seed: number }): number {
  const rng = mulberry32(opts.seed);
  const [gLo, gHi] = opts.ranges.gpuCost;
  let wins = 0;
  for (let i = 0; i < opts.runs; i++) {
    const s: Scenario = {
      gpuCost: gLo + (gHi - gLo) * rng(),
      apiPrice: Math.exp(0.25 * normalSample(rng)),
      volume: opts.base.volume * Math.exp(0.5 * normalSample(rng)),
      peakiness: 0.5 + rng(),
      staffShare: Math.min(1, opts.base.staffShare * (0.5 + rng())),
      tokens: Math.exp(0.25 * normalSample(rng)),
    };
    if (savings(opts.evaluate(s)) > 0) wins++;
  }
  return wins / opts.runs;
}
