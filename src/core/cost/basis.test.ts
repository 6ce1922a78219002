import { describe, expect, it } from 'vitest';
import { basisCost, basisSavings, type BasisOptions } from './basis.js';
import type { LeanEvaluation, Scenario } from './scenario.js';
import { BASE_SCENARIO } from './scenario.js';

/** Whole replicas of $700 each for 1,000 units of volume, staff on top; the API linear in volume. */
const evaluate = (s: Scenario): LeanEvaluation => {
  const load = 1800 * s.volume * s.tokens;
  return { openMonthlyUsd: Math.ceil(load / 1000) * 700 * s.gpuCost + 900 * s.staff, closedMonthlyUsd: 0.37 * load * s.apiPrice, startupUsd: 5000, tokensPerMonth: load, utilization: load / (Math.ceil(load / 1000) * 1000) };
};
const options = (over: Partial<BasisOptions>): BasisOptions => ({ evaluate, scenario: BASE_SCENARIO, horizonMonths: 36, growthPerMonth: 0, closedStartupUsd: 3461.5, ...over });

describe('basisSavings (what a Monte Carlo draw counts)', () => {
  it('is closed - open of basisCost to the last bit, flat or growing, every month or sampled', () => {
    for (const over of [{}, { growthPerMonth: 0.04 }, { growthPerMonth: 0.04, sampleMonths: 6 }, { growthPerMonth: -0.02, sampleMonths: 6, scenario: { ...BASE_SCENARIO, volume: 0.7, tokens: 1.3 } }]) {
      const r = basisCost(options(over));
      expect(basisSavings(options(over))).toBe(r.closed! - r.open);
    }
  });

  it('with evaluateInto (objects it overwrites), the same savings to the last bit, and every evaluation goes through it', () => {
    let into = 0;
    const evaluateInto = (s: Scenario, out: LeanEvaluation): LeanEvaluation => {
      into++;
      return Object.assign(out, evaluate(s));
    };
    const refuse = (): LeanEvaluation => {
      throw new Error('evaluate is not used when evaluateInto is given');
    };
    for (const over of [{}, { growthPerMonth: 0.04 }, { growthPerMonth: 0.04, sampleMonths: 6 }, { growthPerMonth: -0.02, sampleMonths: 6, scenario: { ...BASE_SCENARIO, volume: 0.7, tokens: 1.3 } }]) {
      const r = basisCost(options(over));
      expect(basisSavings(options({ ...over, evaluate: refuse, evaluateInto }))).toBe(r.closed! - r.open);
    }
    expect(into).toBeGreaterThan(4);
  });

  it('is 0 without a closed side, as the draw counts it', () => {
    expect(basisSavings(options({ closedStartupUsd: null }))).toBe(0);
  });
});
