import { analyzeWorkloadCost, type CostAnalysisInput, type WorkloadCostAnalysis } from '../index.js';
import { assumptions, fixtureCatalog, team, workload } from './fixtures.js';

const catalog = fixtureCatalog();

/** A cost analysis input on the fixture catalog (300 Monte Carlo draws), with the fields a test overrides. */
export const analysisInput = (over: Partial<CostAnalysisInput> = {}): CostAnalysisInput => ({
  workload: workload(), team: team(), assumptions: assumptions({ monteCarloRuns: 300 }), catalog,
  openModelId: 'llama-3.1-8b-instruct', closedModelId: 'api-small', regionalProcessing: false, ...over,
});

/** `analyzeWorkloadCost` of `analysisInput(over)`, throwing on a refused input. */
export const runAnalysis = (over: Partial<CostAnalysisInput> = {}): WorkloadCostAnalysis => {
  const r = analyzeWorkloadCost(analysisInput(over));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};
