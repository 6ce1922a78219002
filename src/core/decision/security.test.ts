import { describe, expect, it } from 'vitest';
import { evaluateSecurity } from './security.js';
import { fixtureCatalog, profile } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
function sec(w: Parameters<typeof profile>[0][number], team: Parameters<typeof profile>[1] = {}) {
  const p = profile([w], team);
  return evaluateSecurity({ workload: p.workloads[0]!, team: p.team, catalog });
}
const allowedIds = (s: ReturnType<typeof sec>) => s.allowedClosed.map((m) => m.id);
const ruleOf = (s: ReturnType<typeof sec>, id: string) => s.excluded.find((e) => e.modelId === id)?.rule;

describe('evaluateSecurity', () => {
  it('allows every non-deprecated closed model for internal data', () => {
    const s = sec({ data: ['internal'] });
    expect(s.effectiveLevel).toBe('anywhere');
    expect(s.allowedDestinations).toBe('any');
    expect(allowedIds(s)).toEqual(['alpha-pro', 'alpha-mid', 'beta-mid', 'beta-mini', 'gamma-gov']);
    expect(s.dealBreakers).toEqual([]);
    expect(s.reasons[0]?.message).toContain('no regulated data');
  });

  it('phi + hipaa needs a BAA and ZDR: only the BAA provider remains, the others are excluded by rule', () => {
    const s = sec({ data: ['phi'], regulations: ['hipaa'] });
    expect(s.effectiveLevel).toBe('with-baa-and-zdr');
    expect(s.allowedDestinations).toBe('closed-with-baa-zdr');
    expect(s.requirements).toEqual(['baa', 'zdr']);
    expect(allowedIds(s)).toEqual(['alpha-pro', 'alpha-mid']);
    expect(ruleOf(s, 'beta-mid')).toBe('security.baa-required');
    expect(ruleOf(s, 'gamma-gov')).toBe('security.baa-required');
    expect(s.excluded.find((e) => e.modelId === 'gamma-gov')?.message).toBe('Gamma Cloud API: does not offer a signed HIPAA BAA and zero data retention');
    expect(s.reasons.map((r) => r.message)).toContain('protected health information (HIPAA): a closed API needs a signed HIPAA BAA and zero data retention [security.phi-hipaa, law + policy]');
  });

  // Regression: an EU insurer's health data under GDPR (no HIPAA declared) was described as "protected health information (HIPAA)".
  it('health data without a HIPAA obligation keeps the BAA requirement but is not called HIPAA PHI', () => {
    const s = sec({ data: ['phi', 'pii'], regulations: ['gdpr'], region: 'eu' });
    expect(s.requirements).toEqual(expect.arrayContaining(['baa', 'zdr', 'in-region']));
    const line = s.reasons.map((r) => r.message).find((m) => m.includes('[security.phi-hipaa'));
    expect(line).toBe('health data (no HIPAA obligation declared; a BAA is still required as the strictest health-data agreement the catalog tracks): a closed API needs a signed HIPAA BAA and zero data retention [security.phi-hipaa, law + policy]');
    expect(s.reasons.some((r) => r.message.includes('(HIPAA)'))).toBe(false);
    // In the US (or with no region given), PHI is HIPAA's even when the regulation is not listed.
    for (const region of ['us', undefined] as const) {
      const us = sec({ data: ['phi'], ...(region ? { region } : {}) });
      expect(us.reasons.map((r) => r.message)).toContain('protected health information (HIPAA): a closed API needs a signed HIPAA BAA and zero data retention [security.phi-hipaa, law + policy]');
    }
  });

  it('pii needs zero data retention only', () => {
    const s = sec({ data: ['pii'] });
    expect(s.requirements).toEqual(['zdr']);
    expect(ruleOf(s, 'gamma-gov')).toBe('security.zdr-required');
    expect(allowedIds(s)).toContain('beta-mid');
  });

  it('pci and financial data need zero retention (policy)', () => {
    expect(sec({ data: ['pci'] }).matchedRules.map((r) => r.id)).toEqual(['security.pci']);
    expect(sec({ data: ['internal'], regulations: ['pci-dss'] }).requirements).toEqual(['zdr']);
    expect(sec({ data: ['financial'], regulations: ['glba'] }).matchedRules.map((r) => r.id)).toEqual(['security.financial']);
  });

  it('GDPR personal data is kept in-region (EU by default): only the provider processing in the EU remains', () => {
    const s = sec({ data: ['pii'], regulations: ['gdpr'] });
    expect(s.region).toBe('eu');
    expect(s.effectiveLevel).toBe('in-region');
    expect(s.allowedDestinations).toBe('closed-in-region');
    expect(allowedIds(s)).toEqual(['beta-mid', 'beta-mini']);
    expect(ruleOf(s, 'alpha-pro')).toBe('security.region-unavailable');
  });

  it('GDPR without personal data imposes nothing', () => {
    expect(sec({ data: ['public'], regulations: ['gdpr'] }).effectiveLevel).toBe('anywhere');
  });

  it('the workload region beats the team region, which beats the rule default', () => {
    expect(sec({ data: ['pii'], regulations: ['gdpr'] }, { region: 'uk' }).region).toBe('uk');
    expect(sec({ data: ['pii'], regulations: ['gdpr'], region: 'us' }, { region: 'uk' }).region).toBe('us');
  });

  it('FedRAMP needs a FedRAMP-authorised provider in the US', () => {
    const s = sec({ data: ['internal'], regulations: ['fedramp'] });
    expect(s.region).toBe('us');
    expect(allowedIds(s)).toEqual(['gamma-gov']);
    expect(ruleOf(s, 'alpha-pro')).toBe('security.fedramp-required');
  });

  it('CJIS needs a CJIS-eligible, FedRAMP, zero-retention channel: nobody qualifies, a deal breaker phrased as unverified', () => {
    const s = sec({ data: ['pii'], regulations: ['cjis'] });
    expect(s.allowedClosed).toEqual([]);
    expect(ruleOf(s, 'gamma-gov')).toBe('security.zdr-required');
    expect(s.dealBreakers).toEqual([{ area: 'security', rule: 'security.cjis-required', message: 'no closed API channel in the catalog offers zero data retention, in-region processing (us), CJIS eligibility and FedRAMP authorisation' }]);
    expect(s.excluded.find((e) => e.modelId === 'gamma-gov')?.message).toBe('Gamma Cloud API: does not offer zero data retention; CJIS eligibility not verified in the catalog: check with the provider');
  });

  it('ITAR needs a US-person-operated, FedRAMP-authorised channel; the fixture has none, so every closed model is excluded', () => {
    const s = sec({ data: ['internal'], regulations: ['itar'] });
    expect(s.allowedDestinations).toBe('closed-in-region');
    expect(new Set(s.excluded.map((e) => e.rule))).toEqual(new Set(['security.itar-required']));
    expect(s.dealBreakers[0]?.rule).toBe('security.itar-required');
    expect(s.mustOwnHardware).toBe(false);
  });

  it('classified data is air-gapped and needs owned hardware', () => {
    const s = sec({ data: ['classified'] });
    expect(s.allowedDestinations).toBe('air-gapped-self-hosted');
    expect(s.excluded[0]?.rule).toBe('security.air-gapped');
    expect(s.dealBreakers[0]?.rule).toBe('security.classified');
    expect(s.mustOwnHardware).toBe(true);
  });

  it('a declared dataMayLeave looser than the data implies is overridden, and says so', () => {
    const s = sec({ data: ['phi'], dataMayLeave: 'anywhere' });
    expect(s.effectiveLevel).toBe('with-baa-and-zdr');
    expect(s.reasons.map((r) => r.message)).toContain('dataMayLeave "anywhere" is looser than the data and regulations imply ("with-baa-and-zdr"); the stricter level is used');
  });

  it('a declared dataMayLeave stricter than the data is applied as team policy, with its own flip', () => {
    const s = sec({ data: ['internal'], dataMayLeave: 'own-infrastructure-only' });
    expect(s.impliedLevel).toBe('anywhere');
    expect(s.effectiveLevel).toBe('own-infrastructure-only');
    expect(s.dealBreakers[0]?.rule).toBe('security.own-infrastructure-only');
    expect(s.flips[0]?.message).toBe('if your policy allowed data to leave under "anywhere", closed APIs could be considered');
  });

  it('a declared in-region level adds in-region processing and zero retention', () => {
    const s = sec({ data: ['internal'], dataMayLeave: 'in-region', region: 'eu' });
    expect(s.requirements).toEqual(['zdr', 'in-region']);
    expect(allowedIds(s)).toEqual(['beta-mid', 'beta-mini']);
  });

  it('a closed model whose provider has no compliance record is excluded', () => {
    const base = fixtureCatalog();
    const c = fixtureCatalog({ closedModels: [...base.closedModels, { ...base.closedModels[0]!, id: 'orphan', provider: 'nobody' }] });
    const p = profile([{ data: ['internal'] }]);
    const s = evaluateSecurity({ workload: p.workloads[0]!, team: p.team, catalog: c });
    expect(s.excluded).toEqual([{ modelId: 'orphan', rule: 'security.provider-unknown', message: 'provider "nobody" has no compliance record in the catalog' }]);
  });

  it('when no provider signs a BAA, the flip is signing one with zero retention', () => {
    const base = fixtureCatalog();
    const c = fixtureCatalog({ providers: base.providers.map((p) => ({ ...p, baa: false })) });
    const p = profile([{ data: ['phi'], regulations: ['hipaa'] }]);
    const s = evaluateSecurity({ workload: p.workloads[0]!, team: p.team, catalog: c });
    expect(s.dealBreakers).toEqual([{ area: 'security', rule: 'security.baa-required', message: 'no closed API channel in the catalog offers a signed HIPAA BAA and zero data retention' }]);
    expect(s.flips.map((f) => f.message)).toEqual([
      'signing a BAA with zero data retention through Alpha AI API would allow its models',
      'signing a BAA with zero data retention through Beta Labs API would allow its models',
      'signing a BAA with zero data retention through Gamma Cloud API would allow its models',
    ]);
  });

  it('a declared air-gapped level excludes everything by security.air-gapped and needs owned hardware', () => {
    const s = sec({ data: ['internal'], dataMayLeave: 'air-gapped' });
    expect(s.dealBreakers[0]?.rule).toBe('security.air-gapped');
    expect(new Set(s.excluded.map((e) => e.rule))).toEqual(new Set(['security.air-gapped']));
    expect(s.mustOwnHardware).toBe(true);
  });

  it('states the basis of each matched rule in its reason', () => {
    expect(sec({ data: ['pci'] }).reasons.map((r) => r.message)).toEqual([
      'payment card data (PCI DSS): a closed API needs zero data retention [security.pci, policy]',
      '4 of 5 closed models qualify (via Alpha AI API, Beta Labs API); 1 excluded',
    ]);
    expect(sec({ data: ['internal'], regulations: ['itar'] }).reasons[0]?.message).toBe('ITAR-controlled technical data: a closed API needs ITAR eligibility (US-person operated), FedRAMP authorisation and in-region processing [security.itar, law + policy]');
  });
});

describe('compliance per access channel', () => {
  const src = [{ url: 'https://example.test/channel', asOf: '2026-11-01' }];
  const base = fixtureCatalog();
  /** Alpha's models through three channels: its own API (US only), a commercial cloud (many regions) and a government cloud. */
  const withChannels = fixtureCatalog({
    channels: [
      { id: 'alpha-api', name: 'Alpha API', provider: 'alpha', operator: 'Alpha AI', baa: true, zeroDataRetention: true, fedramp: null, regions: ['us'], priceUplift: 0, sources: src },
      { id: 'cloud-x', name: 'Cloud X', provider: 'alpha', operator: 'X Corp', baa: null, zeroDataRetention: true, fedramp: 'moderate', regions: ['us', 'eu', 'jp'], priceUplift: 0.1, sources: src },
      { id: 'cloud-x-gov', name: 'Cloud X Government', provider: 'alpha', operator: 'X Corp (Gov)', baa: true, zeroDataRetention: true, fedramp: 'high', regions: ['us'], itar: true, priceUplift: null, upliftApplies: 'always', sources: src },
    ],
    closedModels: base.closedModels.filter((m) => m.provider === 'alpha'),
  });
  const secC = (w: Parameters<typeof profile>[0][number]) => {
    const p = profile([w]);
    return evaluateSecurity({ workload: p.workloads[0]!, team: p.team, catalog: withChannels });
  };

  it('FedRAMP High finds the government channel; the commercial one offers Moderate only and says so', () => {
    const s = secC({ data: ['pii'], regulations: ['fedramp'], fedrampLevel: 'high' });
    expect(allowedIds(s)).toEqual(['alpha-pro', 'alpha-mid']);
    expect(s.channelOf.get('alpha-pro')?.name).toBe('Cloud X Government');
    // FedRAMP Moderate is met by the cheaper commercial channel.
    expect(secC({ data: ['pii'], regulations: ['fedramp'] }).channelOf.get('alpha-pro')?.name).toBe('Cloud X');
    const noGov = fixtureCatalog({ channels: withChannels.channels.filter((c) => c.id !== 'cloud-x-gov'), closedModels: withChannels.closedModels });
    const p = profile([{ data: ['pii'], regulations: ['fedramp'], fedrampLevel: 'high' }]);
    const s2 = evaluateSecurity({ workload: p.workloads[0]!, team: p.team, catalog: noGov });
    expect(s2.excluded.find((e) => e.modelId === 'alpha-pro')?.message).toBe(
      'Alpha API: FedRAMP High authorisation not verified in the catalog: check with the provider; Cloud X: FedRAMP Moderate only (High needed)',
    );
  });

  it('Japan residency finds the in-region channel, not the provider API that processes in the US only', () => {
    const s = secC({ data: ['pii'], regulations: ['gdpr'], region: 'jp' });
    expect(s.region).toBe('jp');
    expect(allowedIds(s)).toEqual(['alpha-pro', 'alpha-mid']);
    expect(s.channelOf.get('alpha-mid')?.name).toBe('Cloud X');
  });

  it('an unverified fact excludes the channel but is phrased as unverified, never as "does not offer"', () => {
    const s = secC({ data: ['phi'], regulations: ['hipaa'], region: 'jp', dataMayLeave: 'in-region' });
    expect(s.allowedClosed).toEqual([]);
    const msg = s.excluded.find((e) => e.modelId === 'alpha-pro')?.message ?? '';
    expect(msg).toContain('Cloud X: a signed HIPAA BAA not verified in the catalog: check with the provider');
    expect(msg).not.toMatch(/Cloud X: does not offer/);
    expect(s.flips.map((f) => f.message)).toContain('if Cloud X confirms a signed HIPAA BAA (not verified in the catalog: check with the provider), its models would be allowed');
  });

  it('ITAR is met only by a channel the catalog lists as ITAR-eligible', () => {
    const s = secC({ data: ['internal'], regulations: ['itar'] });
    expect(allowedIds(s)).toEqual(['alpha-pro', 'alpha-mid']);
    expect(s.channelOf.get('alpha-pro')?.name).toBe('Cloud X Government');
  });
});
