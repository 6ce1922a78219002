import { describe, expect, it } from 'vitest';
import { classify } from '../detector/index.js';
import type { DestinationFacts, RoutePolicy } from '../routing/index.js';
import type { Prompt } from './parse-suite.js';
import { planPrompts, visibility } from './policy.js';

const local: DestinationFacts = { name: 'local', kind: 'self-hosted', model: 'qwen', baa: false, zeroDataRetention: false };
const api: DestinationFacts = { name: 'api', kind: 'third-party', model: 'claude', baa: false, zeroDataRetention: false };
const covered: DestinationFacts = { name: 'covered', kind: 'third-party', model: 'claude', baa: true, zeroDataRetention: true };
const route = (dataMayLeave: RoutePolicy['dataMayLeave']): RoutePolicy => ({ workload: 'notes', dataMayLeave, sensitive: [], default: [local] });
const prompt = (id: string, content: string, extra: Partial<Prompt> = {}): Prompt => ({ id, messages: [{ role: 'user', content }], checks: [], tags: [], ...extra });

describe('visibility: the gateway policy with one destination', () => {
  it('no data of a workload that keeps it in-house reaches a third party; with a level that lets data leave, only sensitive data is held back', () => {
    expect(visibility('phi', local, route('own-infrastructure-only'))).toEqual({ allowed: true, reason: 'sensitive.covered-only' });
    expect(visibility('phi', api, route('own-infrastructure-only'))).toEqual({
      allowed: false,
      reason: 'refused.sensitive-no-destination',
      why: 'phi data; api is a third party: data of a workload with dataMayLeave: own-infrastructure-only never goes to a third party',
    });
    expect(visibility('none', api, route('own-infrastructure-only'))).toEqual({
      allowed: false,
      reason: 'refused.stays-inside',
      why: 'none data; api is a third party: data of a workload with dataMayLeave: own-infrastructure-only never goes to a third party',
    });
    expect(visibility('none', api, route('with-baa-and-zdr'))).toEqual({ allowed: true, reason: 'default.route-order' });
    expect(visibility('pii', covered, route('with-baa-and-zdr')).allowed).toBe(true);
    expect(visibility('pii', api, route('with-baa-and-zdr'))).toMatchObject({ allowed: false, why: expect.stringContaining('pii data; api is a third party: a third party in a sensitive list needs baa: true and zeroDataRetention: true') });
  });

  it('classifies each prompt with the detector, raised by a declared class but never lowered', () => {
    const plans = planPrompts({
      prompts: [prompt('clean', 'What is 2 + 2?'), prompt('ssn', 'Patient John Smith, SSN 123-45-6789, reports chest pain.'), prompt('declared', 'What is 2 + 2?', { dataClass: 'phi' })],
      route: route('with-baa-and-zdr'),
      candidates: [local, api],
      judge: api,
      classify: (b) => classify(b),
    });
    expect(plans.map((p) => [p.id, p.dataClass, p.candidates.api!.allowed, p.judge!.allowed])).toEqual([
      ['clean', 'none', true, true],
      ['ssn', 'phi', false, false],
      ['declared', 'phi', false, false],
    ]);
  });
});
