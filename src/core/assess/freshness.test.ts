import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { parseProfile } from '../profile/index.js';
import { assess } from './index.js';

const profile = parseProfile({
  team: { name: 't', industry: 'technology', mlEngineers: 1, gpuAccess: 'rent' },
  workloads: [{ name: 'w', data: ['internal'], requestsPerDay: 1000, inputTokens: 800, outputTokens: 200 }],
});

describe('assessment against an old catalog', () => {
  it('warns first when the catalog is more than 90 days old at the clock given, and not before', () => {
    if (!profile.ok) throw new Error('profile');
    const fresh = assess(profile.value, defaultCatalog(), { now: new Date('2026-12-02T00:00:00Z') });
    expect(fresh.warnings).toBeUndefined();
    const old = assess(profile.value, defaultCatalog(), { now: new Date('2027-03-15T00:00:00Z') });
    expect(old.warnings).toEqual([expect.stringMatching(/^the catalog is 103 days old \(as of 2026-12-02; warned past 90\)/)]);
    expect(old.assumptions[0]).toBe(`warning: ${old.warnings?.[0] ?? ''}`);
  });
});
