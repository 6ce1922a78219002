import { describe, expect, it } from 'vitest';
import type { WorkloadCostAnalysis } from '../cost/contract.js';
import type { CostAnalysisInput } from '../cost/contract.js';
import { compareCosts, costFlips, costReasons } from './cost.js';
import { fakeAnalyzer, fixtureCatalog, profile } from './test-support/fixtures.js';

/** The fixture cost model's analysis (360M tokens/month today, API cheaper), with the break-even set by the test. */
function analysisWith(breakEven: number | null): WorkloadCostAnalysis {
  const p = profile([{ data: ['internal'] }]);
  const r = fakeAnalyzer()({ workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog: fixtureCatalog(), openModelId: 'small-general', closedModelId: 'beta-mid', regionalProcessing: false });
  if (!r.ok) throw new Error('fixture');
  return { ...r.value, breakEven: { tokensPerMonth: breakEven, utilization: null, note: 'test' } };
}

describe('costFlips', () => {
  it('names the break-even above today for a cheaper API, below today for cheaper self-hosting', () => {
    expect(costFlips(analysisWith(4e9), 'closed')).toEqual([{ area: 'cost', message: 'self-hosting becomes cheaper above 4B tokens/month (now 360M)', tokensPerMonth: 4e9 }]);
    expect(costFlips(analysisWith(1e8), 'open')).toEqual([{ area: 'cost', message: 'below 100M tokens/month (now 360M) the API would be cheaper', tokensPerMonth: 1e8 }]);
  });

  // Regression: with 15% monthly growth a chat workload read "self-hosting becomes cheaper above 1.81B tokens/month
  // (now 7.91B)" while the API was the cheaper side today: whole-GPU steps made the costs cross twice.
  it('never offers a first crossing on the far side of today as the flip', () => {
    const [flip, ...rest] = costFlips(analysisWith(1e8), 'closed', 0.15);
    expect(rest).toEqual([]);
    expect(flip).toEqual({ area: 'cost', message: "no single break-even volume: self-hosting costs the same as the API at 100M tokens/month, yet at today's 360M the API is cheaper (whole-GPU steps and growth make the costs cross more than once)" });
    expect(flip).not.toHaveProperty('tokensPerMonth');
  });

  it('follows the side cheaper today when control settled a close call the other way', () => {
    expect(costFlips(analysisWith(1e8), 'closed', 0, 'open')[0]?.message).toBe('below 100M tokens/month (now 360M) the API would be cheaper');
  });

  it('says how robust the comparison is: the share of Monte Carlo draws in which self-hosting is cheaper', () => {
    const p = profile([{ data: ['internal'] }]);
    const reasonsAt = (probability: number | null) => {
      const analysis = { ...analysisWith(4e9), probabilitySelfHostCheaper: probability, monteCarloDraws: 2000 };
      return costReasons({ analysis, outcome: { analysis, openModel: null, infeasible: [] }, team: p.team, assumptions: p.assumptions, closedName: 'beta-mid', openName: 'small-general', mustOwnHardware: false }).map((r) => r.message);
    };
    expect(reasonsAt(0.27)).toContain('uncertainty: self-hosting comes out cheaper in 27% of 2,000 Monte Carlo draws (GPU price, model speed, volume, API price, operations)');
    expect(reasonsAt(0)).toContain('uncertainty: self-hosting comes out cheaper in none of 2,000 Monte Carlo draws (GPU price, model speed, volume, API price, operations)');
    expect(reasonsAt(null).some((m) => m.startsWith('uncertainty:'))).toBe(false);
  });
});

describe('compareCosts', () => {
  const p = profile([{ data: ['internal'] }]);
  const catalog = fixtureCatalog();
  const compare = (ids: string[], detail?: 'screen') => {
    const calls: CostAnalysisInput[] = [];
    const outcome = compareCosts({
      workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog, candidates: catalog.openModels.filter((m) => ids.includes(m.id)),
      closedModel: null, regionalProcessing: false, analyze: fakeAnalyzer(calls), ...(detail ? { detail } : {}),
    });
    return { outcome, details: calls.map((c) => c.detail ?? 'full') };
  };

  it('screens the candidates, then re-runs the winner in full; with detail screen it stops at the screening, same winner and same figures', () => {
    const full = compare(['small-general', 'big-general']);
    expect(full.details).toEqual(['screen', 'screen', 'full']);
    const screened = compare(['small-general', 'big-general'], 'screen');
    expect(screened.details).toEqual(['screen', 'screen']);
    expect(screened.outcome.openModel).toBe(full.outcome.openModel);
    expect(screened.outcome.analysis?.open).toEqual(full.outcome.analysis?.open);
    // One candidate: analysed in full at once, or screened only.
    expect(compare(['small-general']).details).toEqual(['full']);
    expect(compare(['small-general'], 'screen').details).toEqual(['screen']);
  });
});
