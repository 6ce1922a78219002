import { describe, expect, it } from 'vitest';
import { costMemo } from './memo.js';
import { analysisInput } from './test-support/analysis.js';
import { chooseSizingCached } from './size.js';
import { BASE_SCENARIO, leanEvaluation, makeCheapestEvaluator, makeEvaluator, type EvaluationContext, type Scenario } from './scenario.js';
import { resolveFleet } from './fleet.js';
import { memoTrafficShape } from './memo.js';

/** An evaluation context as analyze builds it, for the fixture workload on its sized deployment. */
function context(): { ctx: EvaluationContext; alternatives: EvaluationContext['sized'][] } {
  const input = analysisInput();
  const memo = costMemo();
  const shape = memoTrafficShape(memo, input.workload);
  const slo = { outputTokensPerSecond: 20 };
  const model = input.catalog.openModels.find((m) => m.id === input.openModelId)!;
  const choice = chooseSizingCached({
    model, workload: input.workload, team: input.team, assumptions: input.assumptions, catalog: input.catalog, ownedGpus: [], maxContextTokens: 8192,
    peakRequestsPerSecond: (input.workload.requestsPerDay * Math.max(...shape.hourlyShare)) / 3600, slo, redundancy: 'none',
  }, memo);
  if (!choice.sizing.ok) throw new Error('the fixture does not size');
  const sized = choice.sizing.value.best;
  const closedModel = input.catalog.closedModels.find((m) => m.id === input.closedModelId) ?? input.catalog.closedModels[0]!;
  const ctx: EvaluationContext = {
    workload: input.workload, team: input.team, assumptions: input.assumptions, pricingContext: input.catalog.pricingContext, mode: 'rent', sized, slo, maxContextTokens: 8192,
    closed: { model: closedModel, provider: undefined, regionalProcessing: false }, policy: resolveFleet({ assumptions: input.assumptions, workload: input.workload, weightsGb: 1, owned: false }),
    ownedAvailable: 0, teamShare: null, memo,
  };
  return { ctx, alternatives: choice.sizing.value.alternatives };
}

describe('Evaluator.leanInto', () => {
  it('writes what lean returns into the object it is given, draw after draw, for one GPU type and for the cheapest of several', () => {
    const { ctx, alternatives } = context();
    const single = makeEvaluator(ctx);
    const cheapest = makeCheapestEvaluator(ctx, alternatives);
    const scenarios: Scenario[] = [BASE_SCENARIO, { ...BASE_SCENARIO, volume: 40, tokens: 1.7, peakiness: 1.4 }, { ...BASE_SCENARIO, volume: 0.01, speed: 0.6, apiPrice: 0.5 }, BASE_SCENARIO];
    for (const ev of [single, cheapest]) {
      const out = leanEvaluation();
      for (const s of scenarios) {
        const e = ev.leanInto(s, out);
        expect(e).toBe(out);
        expect(e).toEqual(ev.lean(s));
        expect(Object.keys(e)).toEqual(Object.keys(ev.lean(s)));
      }
      expect(out.closedMonthlyUsd).not.toBeNull();
    }
  });
});
