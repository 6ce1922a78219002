import { describe, expect, it } from 'vitest';
import { decide, type DestinationFacts, type RoutePolicy } from './decide.js';

const local: DestinationFacts = { name: 'local', kind: 'self-hosted', model: 'meta-llama/Llama-3.1-8B-Instruct', baa: false, zeroDataRetention: false };
const local2: DestinationFacts = { ...local, name: 'local2', model: 'qwen' };
const gpt: DestinationFacts = { name: 'gpt', kind: 'third-party', model: 'gpt-6-luna', baa: false, zeroDataRetention: false };
const covered: DestinationFacts = { name: 'azure', kind: 'third-party', model: 'gpt-eu', baa: true, zeroDataRetention: true, region: 'eu' };

const route = (over: Partial<RoutePolicy> = {}): RoutePolicy => ({ workload: 'notes', dataMayLeave: 'with-baa-and-zdr', sensitive: [local, local2], default: [gpt, local], ...over });
const healthy = { unavailable: new Set<string>() };

describe('decide', () => {
  it('sends data that may leave along the default list, in order', () => {
    const plan = decide({ dataClass: 'none' }, route(), healthy);
    expect(plan.ranked.map((d) => d.name)).toEqual(['gpt', 'local']);
    expect(plan.reason).toBe('default.route-order');
    expect(plan.sensitive).toBe(false);
  });

  it('never plans a third party for a workload whose data may not leave, even for data the detector calls none', () => {
    for (const dataMayLeave of ['own-infrastructure-only', 'air-gapped'] as const) {
      expect(decide({ dataClass: 'none' }, route({ dataMayLeave }), healthy).ranked.map((d) => d.name)).toEqual(['local']);
      expect(decide({ dataClass: 'none' }, route({ dataMayLeave, default: [gpt] }), healthy)).toMatchObject({ ranked: [], reason: 'refused.stays-inside' });
    }
  });

  it('sends sensitive data only to the sensitive list, never the default list', () => {
    for (const dataClass of ['pii', 'phi', 'pci', 'financial', 'secret'] as const) {
      const plan = decide({ dataClass }, route(), healthy);
      expect(plan.ranked.map((d) => d.name)).toEqual(['local', 'local2']);
      expect(plan.reason).toBe('sensitive.covered-only');
    }
  });

  it('refuses sensitive data when every allowed destination is unavailable, without widening to the default list', () => {
    const plan = decide({ dataClass: 'phi' }, route(), { unavailable: new Set(['local', 'local2']) });
    expect(plan.ranked).toEqual([]);
    expect(plan.reason).toBe('refused.sensitive-all-unavailable');
  });

  it('refuses sensitive data when the route allows it nowhere', () => {
    const plan = decide({ dataClass: 'pii' }, route({ sensitive: [] }), healthy);
    expect(plan.ranked).toEqual([]);
    expect(plan.reason).toBe('refused.sensitive-no-destination');
  });

  it('re-checks coverage: a third party in the sensitive list is dropped for a workload that may not leave', () => {
    const plan = decide({ dataClass: 'phi' }, route({ dataMayLeave: 'own-infrastructure-only', sensitive: [gpt, covered, local] }), healthy);
    expect(plan.ranked.map((d) => d.name)).toEqual(['local']);
    const eu = decide({ dataClass: 'phi' }, route({ dataMayLeave: 'in-region', region: 'eu', sensitive: [gpt, covered, local] }), healthy);
    expect(eu.ranked.map((d) => d.name)).toEqual(['azure', 'local']);
  });

  it('treats the model as a hint: an allowed destination or its model moves first, anything else is ignored', () => {
    expect(decide({ dataClass: 'none', modelHint: 'local' }, route(), healthy)).toMatchObject({ reason: 'default.model-hint', ranked: [local, gpt] });
    expect(decide({ dataClass: 'none', modelHint: 'META-LLAMA/Llama-3.1-8B-Instruct' }, route(), healthy).ranked[0]).toBe(local);
    expect(decide({ dataClass: 'none', modelHint: 'gpt-4o' }, route(), healthy)).toMatchObject({ reason: 'default.route-order', ranked: [gpt, local] });
    // A hint naming a destination that is not allowed for sensitive data does not put it in the plan.
    expect(decide({ dataClass: 'pii', modelHint: 'gpt' }, route(), healthy).ranked.map((d) => d.name)).toEqual(['local', 'local2']);
    expect(decide({ dataClass: 'pii', modelHint: 'qwen' }, route(), healthy)).toMatchObject({ reason: 'sensitive.model-hint', ranked: [local2, local] });
  });

  it('skips open circuits for data that may leave and refuses when none is left', () => {
    expect(decide({ dataClass: 'none' }, route(), { unavailable: new Set(['gpt']) }).ranked.map((d) => d.name)).toEqual(['local']);
    expect(decide({ dataClass: 'none' }, route(), { unavailable: new Set(['gpt', 'local']) })).toMatchObject({ ranked: [], reason: 'refused.all-unavailable' });
  });
});
