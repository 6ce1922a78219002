import { describe, expect, it } from 'vitest';
import { analyzeWorkloadCost, type CostAnalysisInput } from './index.js';
import { costMemo } from './memo.js';
import { assumptions, fixtureCatalog, team, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const input = (over: Partial<CostAnalysisInput> = {}): CostAnalysisInput => ({
  workload: workload(), team: team(), assumptions: assumptions({ monteCarloRuns: 300 }), catalog,
  openModelId: 'llama-3.1-8b-instruct', closedModelId: 'api-small', regionalProcessing: false, ...over,
});
const run = (over: Partial<CostAnalysisInput> = {}) => {
  const r = analyzeWorkloadCost(input(over));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('costMemo (one assessment\'s shared pure steps)', () => {
  it('gives every analysis exactly what it computes alone, screening and full, across workloads alike but for their name', () => {
    const memo = costMemo();
    const alone = run();
    expect(run({ memo, detail: 'screen' }).open).toEqual(alone.open);
    expect(run({ memo })).toEqual(alone);
    expect(run({ memo, workload: workload({ name: 'twin' }) })).toEqual(alone);
    // One sizing and one traffic shape served all three analyses.
    expect(memo.sizing.size).toBe(1);
    expect(memo.shapes.size).toBe(1);
  });

  it('keys on every input a step reads: another request shape, traffic curve or closed side is computed afresh, and right', () => {
    const memo = costMemo();
    run({ memo });
    const longer = workload({ inputTokens: 3000 });
    expect(run({ memo, workload: longer })).toEqual(run({ workload: longer }));
    const peaky = workload({ peakToAverage: 4 });
    expect(run({ memo, workload: peaky })).toEqual(run({ workload: peaky }));
    expect(run({ memo, regionalProcessing: true })).toEqual(run({ regionalProcessing: true }));
    const fp8 = assumptions({ monteCarloRuns: 300, precision: 'fp8' });
    expect(run({ memo, assumptions: fp8 })).toEqual(run({ assumptions: fp8 }));
    expect(memo.sizing.size).toBe(4); // the first, the longer prompts, the peakier curve (a higher peak rate), fp8
  });
});
