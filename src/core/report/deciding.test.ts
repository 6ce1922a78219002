import { describe, expect, it } from 'vitest';
import { assessWith } from '../assess/index.js';
import { fakeAnalyzer, fixtureCatalog, profile } from '../decision/test-support/fixtures.js';
import { decidingReason } from './deciding.js';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('decidingReason', () => {
  // Regression: a team with no ML engineer and no GPUs was told the API won because "self-hosting takes $39.7k and
  // ~16 weeks to start" (the last reason favouring the API), not by the comparison that decided it.
  it('names the cost comparison for a cost verdict, not the start-up line that follows it', () => {
    const r = assessWith(profile([{ name: 'draft', data: ['internal'], requestsPerDay: 400 }], { mlEngineers: 0, gpuAccess: 'none' }), fixtureCatalog(), { now: NOW, analyze: fakeAnalyzer() });
    const w = r.workloads[0]!;
    expect(w.decidedBy).toEqual({ area: 'cost', rule: 'cost.cheaper' });
    expect(w.reasons.some((x) => x.area === 'cost' && x.favours === 'closed' && x.message.startsWith('self-hosting takes'))).toBe(true);
    expect(decidingReason(w)).toMatchObject({ area: 'cost', rule: 'cost.cheaper' });
    expect(decidingReason(w)?.message).toMatch(/^the API is [\d.]+x cheaper: /);
  });

  it('names the deal breaker when a rule with one decided', () => {
    const r = assessWith(profile([{ name: 'notes', data: ['phi'], regulations: ['hipaa'], ownWeights: true, fineTuning: 'lora' }]), fixtureCatalog(), { now: NOW, analyze: fakeAnalyzer() });
    expect(decidingReason(r.workloads[0]!)).toEqual({ area: 'control', rule: 'control.own-weights', message: 'you must own and move the tuned weights; closed providers keep tuned weights on their servers' });
  });
});
