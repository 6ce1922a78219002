import { describe, expect, it } from 'vitest';
import { analyzeWorkloadCost } from './index.js';
import { costMemo } from './memo.js';
import { analysisInput, runAnalysis } from './test-support/analysis.js';
import { assumptions, fixtureCatalog, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const input = analysisInput;
const run = runAnalysis;

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

  it('hands a workload alike but for its name the analysis already made; any other input is another analysis', () => {
    const memo = costMemo();
    const first = analyzeWorkloadCost(input({ memo }));
    expect(analyzeWorkloadCost(input({ memo, workload: workload({ name: 'twin' }) }))).toBe(first);
    expect(analyzeWorkloadCost(input({ memo, workload: workload({ requestsPerDay: 20_001 }) }))).not.toBe(first);
    expect(analyzeWorkloadCost(input({ memo, detail: 'screen' }))).not.toBe(first);
    expect(analyzeWorkloadCost(input({ memo, teamShare: { hiringUsd: 30_000, hiringWeeks: 13, sharedWith: 2 } }))).not.toBe(first);
    expect(analyzeWorkloadCost(input({ memo, catalog: { ...catalog, providers: catalog.providers.map((p) => ({ ...p, regionalUplift: 0.5 })) }, regionalProcessing: true }))).toEqual(analyzeWorkloadCost(input({ catalog: { ...catalog, providers: catalog.providers.map((p) => ({ ...p, regionalUplift: 0.5 })) }, regionalProcessing: true })));
    expect(memo.analyses.size).toBe(5);
  });
});
