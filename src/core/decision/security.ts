import type { Catalog, ClosedModel, Provider } from '../catalog/schema.js';
import { strictness, type DataMayLeave, type Region, type Team, type Workload } from '../profile/index.js';
import type { DealBreaker, ExcludedModel, Flip, Reason, WorkloadReport } from '../report/types.js';
import {
  DECLARED_LEVEL_REQUIRES,
  EXCLUSION_RULE,
  REQUIREMENT_LABEL,
  REQUIREMENTS,
  SECURITY_RULES,
  type Requirement,
  type SecurityRule,
} from './security-rules.js';

export type AllowedDestinations = WorkloadReport['allowedDestinations'];

export interface SecurityAssessment {
  /** The level the data classes and regulations imply on their own. */
  impliedLevel: DataMayLeave;
  /** The level applied: the stricter of the implied and the declared one. */
  effectiveLevel: DataMayLeave;
  allowedDestinations: AllowedDestinations;
  requirements: Requirement[];
  region: Region;
  matchedRules: SecurityRule[];
  /** Closed models (not deprecated) whose provider meets every requirement. */
  allowedClosed: ClosedModel[];
  excluded: ExcludedModel[];
  dealBreakers: DealBreaker[];
  reasons: Reason[];
  /** What would open the closed side, used when security decides the verdict. */
  flips: Flip[];
  /** Air-gapped data cannot go to a rented cloud GPU either. */
  mustOwnHardware: boolean;
}

const DESTINATIONS: Record<DataMayLeave, AllowedDestinations> = {
  anywhere: 'any',
  'with-baa-and-zdr': 'closed-with-baa-zdr',
  'in-region': 'closed-in-region',
  'own-infrastructure-only': 'self-hosted-only',
  'air-gapped': 'air-gapped-self-hosted',
};

const stricter = (a: DataMayLeave, b: DataMayLeave): DataMayLeave => (strictness(a) >= strictness(b) ? a : b);
const selfHostedOnly = (level: DataMayLeave): boolean => strictness(level) >= strictness('own-infrastructure-only');

/** The requirements a provider fails for this workload, in a fixed order. */
export function missingRequirements(provider: Provider, requirements: readonly Requirement[], region: Region): Requirement[] {
  return requirements.filter((r) => {
    switch (r) {
      case 'baa':
        return !provider.baa;
      case 'zdr':
        return !provider.zeroDataRetention;
      case 'in-region':
        return !provider.processingRegions.includes(region);
      case 'fedramp':
        return provider.fedramp === 'none';
    }
  });
}

function describeRequirements(reqs: readonly Requirement[], region: Region): string {
  const words = reqs.map((r) => (r === 'in-region' ? `${REQUIREMENT_LABEL[r]} (${region})` : REQUIREMENT_LABEL[r]));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}` : (words[0] ?? '');
}

function levelRule(level: DataMayLeave): string {
  return level === 'air-gapped' ? 'security.air-gapped' : 'security.own-infrastructure-only';
}

interface LevelDecision {
  impliedLevel: DataMayLeave;
  effectiveLevel: DataMayLeave;
  matched: SecurityRule[];
  requirements: Requirement[];
  reasons: Reason[];
}

function decideLevel(workload: Workload): LevelDecision {
  const matched = SECURITY_RULES.filter((r) => r.applies(workload.data, workload.regulations));
  const impliedLevel = matched.reduce<DataMayLeave>((lvl, r) => stricter(lvl, r.level), 'anywhere');
  const declared = workload.dataMayLeave;
  const effectiveLevel = declared ? stricter(declared, impliedLevel) : impliedLevel;
  const reqSet = new Set<Requirement>(matched.flatMap((r) => r.requires));
  const reasons: Reason[] = matched.map((r) => ({
    area: 'security',
    favours: selfHostedOnly(r.level) ? 'open' : 'neutral',
    message: selfHostedOnly(r.level)
      ? `${r.trigger} must stay on ${r.level === 'air-gapped' ? 'air-gapped' : 'your own'} infrastructure [${r.id}, ${r.basis}]`
      : `${r.trigger}: a closed API needs ${describeRequirements(r.requires, r.defaultRegion ?? 'us').replace(/ \(us\)$/, '')} [${r.id}, ${r.basis}]`,
  }));
  if (declared && strictness(declared) < strictness(impliedLevel)) {
    reasons.push({
      area: 'security',
      favours: 'neutral',
      message: `dataMayLeave "${declared}" is looser than the data and regulations imply ("${impliedLevel}"); the stricter level is used`,
    });
  } else if (declared && strictness(declared) > strictness(impliedLevel)) {
    for (const r of DECLARED_LEVEL_REQUIRES[declared]) reqSet.add(r);
    reasons.push({
      area: 'security',
      favours: selfHostedOnly(declared) ? 'open' : 'neutral',
      message: `your policy sets dataMayLeave "${declared}", stricter than the data alone requires ("${impliedLevel}")`,
    });
  }
  if (matched.length === 0 && effectiveLevel === 'anywhere') {
    reasons.push({ area: 'security', favours: 'neutral', message: `no regulated data (${workload.data.join(', ')}): any closed API is allowed` });
  }
  const requirements = REQUIREMENTS.filter((r) => reqSet.has(r));
  return { impliedLevel, effectiveLevel, matched, requirements, reasons };
}

function pickRegion(workload: Workload, team: Team, matched: readonly SecurityRule[]): Region {
  return workload.region ?? team.region ?? matched.find((r) => r.defaultRegion)?.defaultRegion ?? 'us';
}

/** Which destinations a workload's data allows, and which closed models that excludes and why. */
export function evaluateSecurity(input: { workload: Workload; team: Team; catalog: Catalog }): SecurityAssessment {
  const { workload, team, catalog } = input;
  const lvl = decideLevel(workload);
  const region = pickRegion(workload, team, lvl.matched);
  const candidates = catalog.closedModels.filter((m) => !m.deprecated);
  const excluded: ExcludedModel[] = [];
  const allowedClosed: ClosedModel[] = [];
  const misses = new Map<string, { provider: Provider; missing: Requirement[] }>();

  for (const model of candidates) {
    if (selfHostedOnly(lvl.effectiveLevel)) {
      excluded.push({ modelId: model.id, rule: levelRule(lvl.effectiveLevel), message: `data may not leave ${lvl.effectiveLevel === 'air-gapped' ? 'an air-gapped network' : 'your own infrastructure'}` });
      continue;
    }
    const provider = catalog.providers.find((p) => p.id === model.provider);
    if (!provider) {
      excluded.push({ modelId: model.id, rule: 'security.provider-unknown', message: `provider "${model.provider}" has no compliance record in the catalog` });
      continue;
    }
    const missing = missingRequirements(provider, lvl.requirements, region);
    const first = missing[0];
    if (first === undefined) {
      allowedClosed.push(model);
      continue;
    }
    misses.set(provider.id, { provider, missing });
    excluded.push({ modelId: model.id, rule: EXCLUSION_RULE[first], message: `${provider.name} does not offer ${describeRequirements(missing, region)}` });
  }

  const reasons = [...lvl.reasons];
  const dealBreakers: DealBreaker[] = [];
  const flips: Flip[] = [];
  if (allowedClosed.length === 0) {
    const forcing = lvl.matched.find((r) => selfHostedOnly(r.level));
    if (selfHostedOnly(lvl.effectiveLevel)) {
      const rule = forcing?.id ?? levelRule(lvl.effectiveLevel);
      dealBreakers.push({ area: 'security', rule, message: `data may not leave ${lvl.effectiveLevel === 'air-gapped' ? 'an air-gapped network' : 'your own infrastructure'}: every closed API is excluded` });
      flips.push(
        forcing
          ? { area: 'security', message: `only if the workload no longer handled ${forcing.trigger} could a closed API be considered` }
          : { area: 'security', message: `if your policy allowed data to leave under "${lvl.impliedLevel}", closed APIs could be considered` },
      );
    } else {
      const rule = excluded[0]?.rule ?? 'security.no-closed-model';
      dealBreakers.push({ area: 'security', rule, message: `no closed API in the catalog offers ${describeRequirements(lvl.requirements, region)}` });
      for (const { provider, missing } of misses.values()) {
        const onlyContract = missing.every((m) => m === 'baa' || m === 'zdr') && missing.includes('baa');
        flips.push({
          area: 'security',
          message: onlyContract ? `signing a BAA with zero data retention with ${provider.name} would allow its models` : `if ${provider.name} offered ${describeRequirements(missing, region)}, its models would be allowed`,
        });
      }
    }
  } else if (excluded.length > 0) {
    const providers = [...new Set(allowedClosed.map((m) => m.provider))].join(', ');
    reasons.push({ area: 'security', favours: 'neutral', message: `${allowedClosed.length} of ${candidates.length} closed models qualify (${providers}); ${excluded.length} excluded` });
  }

  return {
    impliedLevel: lvl.impliedLevel,
    effectiveLevel: lvl.effectiveLevel,
    allowedDestinations: DESTINATIONS[lvl.effectiveLevel],
    requirements: lvl.requirements,
    region,
    matchedRules: lvl.matched,
    allowedClosed,
    excluded,
    dealBreakers,
    reasons,
    flips,
    mustOwnHardware: lvl.effectiveLevel === 'air-gapped',
  };
}
