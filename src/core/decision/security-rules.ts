/**
 * The security & compliance rules table: which data classes and regulations imply which minimum
 * data-residency level and which guarantees a closed API provider must give. docs/decision-rules.md
 * prints this same table; a rule marked `policy` is Switchboard's conservative default, not law.
 */
import type { DataClass, DataMayLeave, Region, Regulation } from '../profile/index.js';

/** What a closed API provider must offer for a workload's data to go to it. */
export const REQUIREMENTS = ['baa', 'zdr', 'in-region', 'itar', 'cjis', 'fedramp'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** The rule id that excludes a closed model lacking each requirement. */
export const EXCLUSION_RULE: Record<Requirement, string> = {
  baa: 'security.baa-required',
  zdr: 'security.zdr-required',
  'in-region': 'security.region-unavailable',
  fedramp: 'security.fedramp-required',
  itar: 'security.itar-required',
  cjis: 'security.cjis-required',
};

export const REQUIREMENT_LABEL: Record<Requirement, string> = {
  baa: 'a signed HIPAA BAA',
  zdr: 'zero data retention',
  'in-region': 'in-region processing',
  fedramp: 'FedRAMP authorisation',
  itar: 'ITAR eligibility (US-person operated)',
  cjis: 'CJIS eligibility',
};

export interface SecurityRule {
  /** Stable id, reported with every reason and deal breaker it causes. */
  id: string;
  /** Human description of the trigger, for reasons and docs. */
  trigger: string;
  /** The trigger as this workload's data and regulations make it, when that differs from `trigger`. */
  triggerFor?: (data: readonly DataClass[], regulations: readonly Regulation[], region: Region | undefined) => string;
  applies: (data: readonly DataClass[], regulations: readonly Regulation[]) => boolean;
  level: DataMayLeave;
  requires: readonly Requirement[];
  /** Region processing must stay in when `in-region` is required and the workload names none. */
  defaultRegion?: Region;
  basis: 'law' | 'policy' | 'law + policy';
  why: string;
}

const has = <T>(list: readonly T[], ...items: T[]): boolean => items.some((i) => list.includes(i));
const PERSONAL: readonly DataClass[] = ['pii', 'phi', 'financial', 'pci'];

/** Ordered strictest first, so the first matching rule names a deal breaker. */
export const SECURITY_RULES: readonly SecurityRule[] = [
  {
    id: 'security.classified',
    trigger: 'classified data',
    applies: (d) => has(d, 'classified'),
    level: 'air-gapped',
    requires: [],
    basis: 'law',
    why: 'classified information may only be processed on accredited systems isolated from public networks',
  },
  {
    id: 'security.itar',
    trigger: 'ITAR-controlled technical data',
    applies: (_d, r) => has(r, 'itar'),
    level: 'in-region',
    requires: ['itar', 'fedramp', 'in-region'],
    defaultRegion: 'us',
    basis: 'law + policy',
    why: 'ITAR forbids access by foreign persons: only a channel operated by US persons in the US with a FedRAMP authorisation (a government cloud) qualifies, with the catalog saying so',
  },
  {
    id: 'security.cjis',
    trigger: 'criminal justice information (CJIS)',
    applies: (_d, r) => has(r, 'cjis'),
    level: 'in-region',
    requires: ['cjis', 'fedramp', 'zdr', 'in-region'],
    defaultRegion: 'us',
    basis: 'policy',
    why: 'the CJIS Security Policy requires vetted, audited US processing under a CJIS agreement: only a channel the catalog lists as CJIS-eligible, FedRAMP-authorised and zero-retention qualifies',
  },
  {
    id: 'security.fedramp',
    trigger: 'a FedRAMP obligation',
    applies: (_d, r) => has(r, 'fedramp'),
    level: 'in-region',
    requires: ['fedramp', 'in-region'],
    defaultRegion: 'us',
    basis: 'law',
    why: 'US federal agencies may only use FedRAMP-authorised cloud services, processed in the US',
  },
  {
    id: 'security.gdpr-personal-data',
    trigger: 'personal data under GDPR',
    applies: (d, r) => has(r, 'gdpr') && PERSONAL.some((c) => d.includes(c)),
    level: 'in-region',
    requires: ['zdr', 'in-region'],
    defaultRegion: 'eu',
    basis: 'policy',
    why: 'GDPR allows transfers under safeguards, but Switchboard keeps personal data processed in-region with zero retention by default',
  },
  {
    id: 'security.phi-hipaa',
    trigger: 'protected health information (HIPAA)',
    // Health data outside the US with no HIPAA obligation (an EU insurer, GDPR Art. 9) keeps the BAA requirement, but is
    // not called HIPAA PHI; in the US (or with no region) PHI is HIPAA's.
    triggerFor: (_d, r, region) => (has(r, 'hipaa') || region === undefined || region === 'us' ? 'protected health information (HIPAA)' : 'health data (no HIPAA obligation declared; a BAA is still required as the strictest health-data agreement the catalog tracks)'),
    applies: (d, r) => has(d, 'phi') || has(r, 'hipaa'),
    level: 'with-baa-and-zdr',
    requires: ['baa', 'zdr'],
    basis: 'law + policy',
    why: 'HIPAA requires a BAA with any vendor handling PHI (law); zero retention is Switchboard policy',
  },
  {
    id: 'security.pci',
    trigger: 'payment card data (PCI DSS)',
    applies: (d, r) => has(d, 'pci') || has(r, 'pci-dss'),
    level: 'with-baa-and-zdr',
    requires: ['zdr'],
    basis: 'policy',
    why: 'any system storing card data is in PCI DSS scope; zero retention keeps the provider out of storage (tokenise card numbers first)',
  },
  {
    id: 'security.financial',
    trigger: 'customer financial data (GLBA)',
    applies: (d, r) => has(d, 'financial') || has(r, 'glba'),
    level: 'with-baa-and-zdr',
    requires: ['zdr'],
    basis: 'policy',
    why: 'the GLBA Safeguards Rule makes you oversee service providers; zero retention is Switchboard policy',
  },
  {
    id: 'security.personal-data',
    trigger: 'personal data',
    applies: (d) => has(d, 'pii'),
    level: 'with-baa-and-zdr',
    requires: ['zdr'],
    basis: 'policy',
    why: 'personal data sent to an API should not be retained by the provider',
  },
];

/** The rule's trigger in this workload's words. */
export function triggerOf(rule: SecurityRule, data: readonly DataClass[], regulations: readonly Regulation[], region?: Region): string {
  return rule.triggerFor?.(data, regulations, region) ?? rule.trigger;
}

/** What a team's own, stricter `dataMayLeave` adds on top of the implied rules. */
export const DECLARED_LEVEL_REQUIRES: Record<DataMayLeave, readonly Requirement[]> = {
  anywhere: [],
  'with-baa-and-zdr': ['baa', 'zdr'],
  'in-region': ['zdr', 'in-region'],
  'own-infrastructure-only': [],
  'air-gapped': [],
};
