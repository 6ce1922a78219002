import { mulberry32, normalSample, type Rng } from '../random/index.js';
import type { BasisResult } from './basis.js';
import type { TornadoBar } from './contract.js';
import type { Scenario } from './scenario.js';

const savings = (r: BasisResult): number => (r.closed !== null ? r.closed - r.open : 0);
const pct = (x: number): string => `${x >= 1 ? '+' : ''}${Math.round((x - 1) * 100)}%`;

/** z of the 5th/95th percentile: a band read as a 90% interval. */
const Z90 = 1.645;

/**
 * The documented distributions of the Monte Carlo (docs/cost-model.md, "Uncertainty"). Each is centred on the
 * base case (median 1), so the draws are around the typical figures, not biased above them.
 */
export const UNCERTAINTY = {
  /** GPU $/hour around the assumed price: lognormal, sigma 0.25, kept within the catalog's observed range. */
  gpuRentSigma: 0.25,
  /** Purchase price of a GPU and its server: lognormal, sigma 0.15. */
  gpuOwnSigma: 0.15,
  apiPriceSigma: 0.25,
  volumeSigma: 0.5,
  /** Traffic shape exponent: uniform 0.5..1.5 (flatter to peakier). */
  peakiness: [0.5, 1.5] as const,
  staffSigma: 0.3,
  tokensSigma: 0.25,
} as const;

export interface SensitivityRanges {
  /** GPU cost multipliers allowed by the catalog's observed range (rent) or a wide band (own). */
  gpuCost: [number, number];
  /** The capacity model's relative error band for this deployment (0.45 = +/-45%), read as a 90% interval. */
  speedBand: number;
  mode: 'rent' | 'own';
}

/** Lognormal speed sigma from a +/- band read as a 90% interval. */
export const speedSigma = (band: number): number => Math.log(1 + Math.max(0, band)) / Z90;

/**
 * Tornado data: vary one assumption at a time across its range and record the savings of self-hosting on
 * the cost basis. Ranges: GPU price at the 5th..95th percentile of its draw; API price -50%..+25% (prices
 * mostly fall); volume 0.5x..2x; traffic from flat to twice as peaky; ops effort 0.5x..2x; tokens per request
 * 0.5x..2x; model speed across its error band.
 */
export function tornado(basisAt: (s: Scenario) => BasisResult, base: Scenario, ranges: SensitivityRanges): TornadoBar[] {
  const bar = (label: string, low: Partial<Scenario>, high: Partial<Scenario>, lowText: string, highText: string): TornadoBar => ({
    label,
    low: lowText,
    high: highText,
    savingsAtLow: savings(basisAt({ ...base, ...low })),
    savingsAtHigh: savings(basisAt({ ...base, ...high })),
  });
  const sigma = ranges.mode === 'own' ? UNCERTAINTY.gpuOwnSigma : UNCERTAINTY.gpuRentSigma;
  const gLo = Math.max(ranges.gpuCost[0], Math.exp(-Z90 * sigma));
  const gHi = Math.min(ranges.gpuCost[1], Math.exp(Z90 * sigma));
  const sLo = 1 / (1 + ranges.speedBand);
  const sHi = 1 + ranges.speedBand;
  const bars = [
    bar('GPU $/hour', { gpuCost: gLo }, { gpuCost: gHi }, pct(gLo), pct(gHi)),
    bar('API price', { apiPrice: 0.5 }, { apiPrice: 1.25 }, '-50%', '+25%'),
    bar('requests per day', { volume: base.volume * 0.5 }, { volume: base.volume * 2 }, '0.5x', '2x'),
    bar('traffic peak-to-average', { peakiness: 0 }, { peakiness: 2 }, 'flat', '2x peakier'),
    bar('operations effort', { staff: 0.5 }, { staff: 2 }, '0.5x', '2x'),
    bar('tokens per request', { tokens: 0.5 }, { tokens: 2 }, '0.5x', '2x'),
    bar('model speed (error band)', { speed: sLo }, { speed: sHi }, pct(sLo), pct(sHi)),
  ];
  return bars.sort((a, b) => Math.abs(b.savingsAtHigh - b.savingsAtLow) - Math.abs(a.savingsAtHigh - a.savingsAtLow));
}

/** A lognormal draw with median 1, redrawn (then clamped) to stay within [lo, hi]. */
function lognormalWithin(rng: Rng, sigma: number, lo: number, hi: number): number {
  for (let i = 0; i < 8; i++) {
    const x = Math.exp(sigma * normalSample(rng));
    if (x >= lo && x <= hi) return x;
  }
  return Math.min(hi, Math.max(lo, 1));
}

/** At least this many draws; then stop once the 95% interval of the share is within +/- this much. */
export const MIN_DRAWS = 500;
export const TARGET_HALF_WIDTH = 0.02;

export interface MonteCarloResult {
  probability: number;
  draws: number;
}

/**
 * Share of seeded draws in which self-hosting is cheaper on the cost basis (growth and start-up included,
 * as in the verdict). Every draw varies GPU price, API price, volume, traffic shape, operations effort,
 * tokens per request and model speed, each around the base case (UNCERTAINTY). Up to `runs` draws: it stops
 * early, after at least 500, once the 95% interval of the share is within +/- 2 points (clear-cut cases).
 */
export function probabilitySelfHostCheaper(opts: { basisAt: (s: Scenario) => BasisResult; base: Scenario; ranges: SensitivityRanges; runs: number; seed: number }): number {
  return monteCarlo(opts).probability;
}

export function monteCarlo(opts: {
  /** Prices one draw; the draw's scenario object is reused for the next draw, so neither function may keep it. */
  basisAt: (s: Scenario) => BasisResult;
  /** closed - open on the basis at a scenario, when it is had without the whole basis (cost/basis.ts basisSavings). */
  savingsAt?: (s: Scenario) => number;
  base: Scenario;
  ranges: SensitivityRanges;
  runs: number;
  seed: number;
}): MonteCarloResult {
  const savingsAt = opts.savingsAt ?? ((s: Scenario) => savings(opts.basisAt(s)));
  const rng = mulberry32(opts.seed);
  const [gLo, gHi] = opts.ranges.gpuCost;
  const gpuSigma = opts.ranges.mode === 'own' ? UNCERTAINTY.gpuOwnSigma : UNCERTAINTY.gpuRentSigma;
  const speed = speedSigma(opts.ranges.speedBand);
  const [pLo, pHi] = UNCERTAINTY.peakiness;
  let wins = 0;
  // One scenario, overwritten by each draw (in the order the draws are taken): the pricing keeps none of it, and
  // a new object per draw was thousands of allocations per analysis.
  const s: Scenario = { ...opts.base };
  for (let i = 0; i < opts.runs; i++) {
    s.gpuCost = lognormalWithin(rng, gpuSigma, gLo, gHi);
    s.apiPrice = Math.exp(UNCERTAINTY.apiPriceSigma * normalSample(rng));
    s.volume = opts.base.volume * Math.exp(UNCERTAINTY.volumeSigma * normalSample(rng));
    s.peakiness = pLo + (pHi - pLo) * rng();
    s.staff = Math.exp(UNCERTAINTY.staffSigma * normalSample(rng));
    s.tokens = Math.exp(UNCERTAINTY.tokensSigma * normalSample(rng));
    s.speed = Math.exp(speed * normalSample(rng));
    if (savingsAt(s) > 0) wins++;
    const n = i + 1;
    if (n >= MIN_DRAWS && n % 100 === 0 && n < opts.runs) {
      const p = wins / n;
      if (1.96 * Math.sqrt((p * (1 - p)) / n) <= TARGET_HALF_WIDTH) return { probability: p, draws: n };
    }
  }
  return { probability: opts.runs > 0 ? wins / opts.runs : 0, draws: opts.runs };
}
