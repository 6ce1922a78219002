/**
 * Property test of issue #11 item 5: random valid profiles, extremes included, never produce a number the
 * model was not meant to produce. Seeded (Mulberry32), so a failure names the seed that reproduces it.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { FLEET_GPU_CEILING } from '../cost/index.js';
import {
  BOUNDS,
  DATA_CLASSES,
  ENGINES,
  GPU_ACCESS,
  PROVISIONING,
  QUALITY_TIERS,
  REGULATIONS,
  RENTAL_PRICING,
  parseProfile,
  type ProfileInput,
} from '../profile/index.js';
import { mulberry32, type Rng } from '../random/index.js';
import { formatIssues } from '../result.js';
import { assess } from './index.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const catalog = defaultCatalog();

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
/** Log-uniform over [lo, hi], with a 15% chance of each end (the extremes are where NaN used to hide). */
function magnitude(rng: Rng, [lo, hi]: readonly [number, number]): number {
  const u = rng();
  if (u < 0.15) return lo;
  if (u > 0.85) return hi;
  const a = Math.log(Math.max(lo, 1e-3));
  return Math.exp(a + rng() * (Math.log(hi) - a));
}

function randomProfile(rng: Rng): ProfileInput {
  const access = pick(rng, GPU_ACCESS);
  const n = 1 + Math.floor(rng() * 3);
  const workloads = Array.from({ length: n }, (_, i) => {
    const inputTokens = Math.round(magnitude(rng, [0, 2_000_000]));
    const outputTokens = Math.max(inputTokens === 0 ? 1 : 0, Math.round(magnitude(rng, [0, 100_000])));
    const shape = rng() < 0.2
      ? { hourlyTraffic: Array.from({ length: 24 }, (_, h) => (h === 3 || rng() < 0.5 ? magnitude(rng, [0, 1e12]) : 0)) }
      : { peakToAverage: magnitude(rng, BOUNDS.peakToAverage) };
    return {
      name: `w${i}`,
      data: [pick(rng, DATA_CLASSES)],
      regulations: rng() < 0.3 ? [pick(rng, REGULATIONS)] : [],
      requestsPerDay: magnitude(rng, BOUNDS.requestsPerDay),
      inputTokens,
      outputTokens,
      cachedInputShare: rng(),
      batchShare: rng() < 0.5 ? 0 : rng(),
      ...shape,
      production: rng() < 0.7,
      activeDaysPerWeek: 1 + Math.floor(rng() * 7),
      growthPerMonth: -0.5 + rng() * 2.5,
      quality: pick(rng, QUALITY_TIERS),
      ...(rng() < 0.4 ? { latency: { outputTokensPerSecond: magnitude(rng, [1, 500]), ttftMs: magnitude(rng, [50, 600_000]) } } : {}),
    };
  });
  return {
    team: {
      name: 't',
      industry: 'technology',
      mlEngineers: rng() < 0.3 ? 0 : Math.round(magnitude(rng, BOUNDS.mlEngineers)),
      engineerMonthlyCostUsd: magnitude(rng, BOUNDS.engineerMonthlyCostUsd),
      gpuAccess: access,
      ...(access === 'own' && rng() < 0.5 ? { ownedGpus: [{ gpu: pick(rng, ['h100-sxm', 'a100-80gb', 'l4', 'h200']), count: Math.round(magnitude(rng, [1, 1000])) }] } : {}),
    },
    workloads,
    assumptions: {
      rentalPricing: pick(rng, RENTAL_PRICING),
      rentalPricePosition: rng(),
      provisioning: pick(rng, PROVISIONING),
      scaleToZero: rng() < 0.3,
      minReplicas: Math.floor(magnitude(rng, [0, 4])),
      ...(rng() < 0.2 ? { maxReplicas: 1 + Math.floor(magnitude(rng, [1, 50])) } : {}),
      electricityUsdPerKwh: magnitude(rng, BOUNDS.electricityUsdPerKwh),
      horizonMonths: 1 + Math.floor(rng() * 120),
      engine: pick(rng, ENGINES),
      monteCarloRuns: 100,
      seed: Math.floor(rng() * 1000),
    },
  };
}

/** Every number reachable from `value`, with its path and whether it is a discount line (formula "- ..."). */
function* numbers(value: unknown, path = '$', discount = false): Generator<[string, number, boolean]> {
  if (typeof value === 'number') yield [path, value, discount];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* numbers(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') {
    const minus = 'formula' in value && typeof value.formula === 'string' && value.formula.startsWith('-');
    for (const [k, v] of Object.entries(value)) yield* numbers(v, `${path}.${k}`, minus);
  }
}

/** Money that is a cost (not a saving, a difference or a swing) is never negative. */
const COST_KEY = /(Monthly|Cost|startup|Startup|Tco|tco|total|Total)[A-Za-z]*Usd$|^usd$/;
const SIGNED_KEY = /sav|delta|diff|swing|low|high|gap|net|margin/i;

describe('assess on random valid profiles (issue #11 property)', () => {
  it('40 seeded profiles, extremes included: finite JSON, costs >= 0, context held, GPUs under the ceiling or infeasible', () => {
    const rng = mulberry32(20261202);
    for (let k = 0; k < 40; k++) {
      const input = randomProfile(rng);
      const parsed = parseProfile(input);
      if (!parsed.ok) throw new Error(`profile ${k} should be valid: ${formatIssues(parsed.issues)}`);
      const report = assess(parsed.value, catalog, { now: NOW });
      const where = `profile ${k}: ${JSON.stringify(input)}`;
      for (const [path, x, discount] of numbers(report)) {
        if (!Number.isFinite(x)) throw new Error(`${where}\n${path} = ${x}`);
        const key = path.slice(path.lastIndexOf('.') + 1);
        if (COST_KEY.test(key) && !discount && !SIGNED_KEY.test(path) && x < 0) throw new Error(`${where}\n${path} = ${x} < 0`);
      }
      for (const w of report.workloads) {
        const need = w.requiredContextTokens!;
        const closed = catalog.closedModels.find((m) => m.id === w.recommendation.closedModel);
        if (closed?.contextWindowTokens) expect(closed.contextWindowTokens, where).toBeGreaterThanOrEqual(need);
        const dep = w.analysis?.open?.deployment;
        if (!dep) {
          // No deployment: either no open model was a candidate, or the reason it is infeasible is stated.
          if (w.analysis?.open === null && w.analysis.infeasibleReason === undefined) expect(w.recommendation.openModel, where).toBeNull();
          continue;
        }
        expect(dep.gpuCount, where).toBeLessThanOrEqual(FLEET_GPU_CEILING);
        expect(dep.maxModelLen, where).toBeGreaterThanOrEqual(need);
        const open = catalog.openModels.find((m) => m.id === dep.modelId);
        expect(open?.maxContextTokens ?? Number.POSITIVE_INFINITY, where).toBeGreaterThanOrEqual(need);
      }
    }
  }, 60_000);
});
