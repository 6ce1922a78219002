import { describe, expect, it } from 'vitest';
import { assessWith } from '../assess/index.js';
import { portfolioVerdict } from './portfolio.js';
import { fakeAnalyzer, fixtureCatalog, profile } from './test-support/fixtures.js';

describe('portfolio', () => {
  it('is open or closed when workloads agree, hybrid when they split', () => {
    expect(portfolioVerdict([{ verdict: 'open' }, { verdict: 'open' }])).toBe('open');
    expect(portfolioVerdict([{ verdict: 'closed' }])).toBe('closed');
    expect(portfolioVerdict([{ verdict: 'closed' }, { verdict: 'open' }])).toBe('hybrid');
  });

  it('totals both sides and the plan, and names the workloads in the summary', () => {
    const r = assessWith(
      profile([{ name: 'secret', data: ['internal'], regulations: ['itar'] }, { name: 'chat', data: ['internal'] }]),
      fixtureCatalog(),
      { now: new Date('2026-11-23T00:00:00Z'), analyze: fakeAnalyzer() },
    );
    expect(r.verdict).toBe('hybrid');
    expect(r.totals).toEqual({ closedMonthlyUsd: 600, openMonthlyUsd: 14800, planMonthlyUsd: 8000, startupCostUsd: 20000, closedPricedWorkloads: 1, openPricedWorkloads: 2 });
    expect(r.summary).toBe('Hybrid: self-host secret; use closed APIs for chat. 1 must be self-hosted for security and compliance. Plan: $8,000/month, $20k to start.');
    expect(r.generatedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(r.catalogVersion).toBe('fixture');
    expect(r.assumptions).toContain('fixture cost model');
    expect(r.sources.map((s) => s.what)).toEqual(['big-general architecture and licence', 'GPU X specs and prices', 'beta-mid prices', 'Beta Labs compliance (BAA, ZDR, regions)', 'GPU reservation and spot discounts']);
  });
});
