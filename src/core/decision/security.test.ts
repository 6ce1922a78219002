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
    expect(s.excluded.find((e) => e.modelId === 'gamma-gov')?.message).toBe('Gamma Cloud does not offer a signed HIPAA BAA and zero data retention');
    expect(s.reasons.map((r) => r.message)).toContain('protected health information (HIPAA): a closed API needs a signed HIPAA BAA and zero data retention [security.phi-hipaa, law + policy]');
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

  it('CJIS needs FedRAMP and zero retention: nobody qualifies, a security deal breaker with a flip', () => {
    const s = sec({ data: ['pii'], regulations: ['cjis'] });
    expect(s.allowedClosed).toEqual([]);
    expect(ruleOf(s, 'gamma-gov')).toBe('security.zdr-required');
    expect(s.dealBreakers).toEqual([{ area: 'security', rule: 'security.fedramp-required', message: 'no closed API in the catalog offers zero data retention, in-region processing (us) and FedRAMP authorisation' }]);
    expect(s.flips.map((f) => f.message)).toContain('if Gamma Cloud offered zero data retention, its models would be allowed');
  });

  it('ITAR keeps data on own infrastructure: every closed model excluded', () => {
    const s = sec({ data: ['internal'], regulations: ['itar'] });
    expect(s.allowedDestinations).toBe('self-hosted-only');
    expect(new Set(s.excluded.map((e) => e.rule))).toEqual(new Set(['security.own-infrastructure-only']));
    expect(s.dealBreakers[0]?.rule).toBe('security.itar');
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
    expect(s.dealBreakers).toEqual([{ area: 'security', rule: 'security.baa-required', message: 'no closed API in the catalog offers a signed HIPAA BAA and zero data retention' }]);
    expect(s.flips.map((f) => f.message)).toEqual([
      'signing a BAA with zero data retention with Alpha AI would allow its models',
      'signing a BAA with zero data retention with Beta Labs would allow its models',
      'signing a BAA with zero data retention with Gamma Cloud would allow its models',
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
      '4 of 5 closed models qualify (alpha, beta); 1 excluded',
    ]);
    expect(sec({ data: ['internal'], regulations: ['itar'] }).reasons[0]?.message).toBe('ITAR-controlled technical data must stay on your own infrastructure [security.itar, law + policy]');
  });
});
