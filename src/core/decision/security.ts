import { channelsFor } from '../catalog/lookup.js';
import type { Catalog, Channel, ClosedModel } from '../catalog/schema.js';
import { strictness, type DataMayLeave, type Region, type Team, type Workload } from '../profile/index.js';
import type { DealBreaker, ExcludedModel, Flip, Reason, WorkloadReport } from '../report/types.js';
import {
  DECLARED_LEVEL_REQUIRES,
  EXCLUSION_RULE,
  REQUIREMENT_LABEL,
  REQUIREMENTS,
  SECURITY_RULES,
  triggerOf,
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
  /** Closed models (not deprecated) reachable through at least one channel that meets every requirement. */
  allowedClosed: ClosedModel[];
  /** The channel each allowed model is reached through (the cheapest that qualifies; the provider's own API on a tie). */
  channelOf: Map<string, Channel>;
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

/** How a channel falls short of one requirement: it does not offer it, the catalog has no source for it, or its FedRAMP level is too low. */
export interface Gap {
  requirement: Requirement;
  status: 'absent' | 'unverified' | 'below';
}

export interface GapContext {
  region: Region;
  fedrampLevel: 'moderate' | 'high';
}

const fact = (value: boolean | null, requirement: Requirement): Gap | null =>
  value === true ? null : { requirement, status: value === null ? 'unverified' : 'absent' };

/** The requirements a channel fails for this workload, in a fixed order. */
export function missingRequirements(channel: Channel, requirements: readonly Requirement[], ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const r of requirements) {
    let gap: Gap | null = null;
    switch (r) {
      case 'baa':
        gap = fact(channel.baa, r);
        break;
      case 'zdr':
        gap = fact(channel.zeroDataRetention, r);
        break;
      case 'in-region':
        gap = channel.regions.includes(ctx.region) ? null : { requirement: r, status: 'unverified' };
        break;
      case 'fedramp':
        if (channel.fedramp === null) gap = { requirement: r, status: 'unverified' };
        else if (channel.fedramp === 'none') gap = { requirement: r, status: 'absent' };
        else if (ctx.fedrampLevel === 'high' && channel.fedramp !== 'high') gap = { requirement: r, status: 'below' };
        break;
      case 'itar':
        gap = fact(channel.itar, r);
        break;
      case 'cjis':
        gap = fact(channel.cjis, r);
        break;
    }
    if (gap) gaps.push(gap);
  }
  return gaps;
}

function label(r: Requirement, ctx: GapContext): string {
  if (r === 'in-region') return `${REQUIREMENT_LABEL[r]} (${ctx.region})`;
  if (r === 'fedramp' && ctx.fedrampLevel === 'high') return 'FedRAMP High authorisation';
  return REQUIREMENT_LABEL[r];
}

const join = (words: readonly string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}` : (words[0] ?? ''));

/** "does not offer X; Y not verified in the catalog: check with the provider" — never "does not offer" for what is merely unverified. */
export function describeGaps(channel: Channel, gaps: readonly Gap[], ctx: GapContext): string {
  const absent = gaps.filter((g) => g.status === 'absent').map((g) => label(g.requirement, ctx));
  const unverified = gaps.filter((g) => g.status === 'unverified').map((g) => label(g.requirement, ctx));
  const below = gaps.filter((g) => g.status === 'below').map(() => `FedRAMP ${channel.fedramp === 'moderate' ? 'Moderate' : 'Low'} only (High needed)`);
  const parts = [
    ...(absent.length > 0 ? [`does not offer ${join(absent)}`] : []),
    ...below,
    ...(unverified.length > 0 ? [`${join(unverified)} not verified in the catalog: check with the provider`] : []),
  ];
  return parts.join('; ');
}

/** Price uplift a channel adds for this workload (unknown counts as none, and is said where the channel is named). */
export function channelUplift(channel: Channel, inRegion: boolean): number {
  return channel.upliftApplies === 'always' || inRegion ? (channel.priceUplift ?? 0) : 0;
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

function decideLevel(workload: Workload, homeRegion: Region | undefined): LevelDecision {
  const matched = SECURITY_RULES.filter((r) => r.applies(workload.data, workload.regulations));
  const impliedLevel = matched.reduce<DataMayLeave>((lvl, r) => stricter(lvl, r.level), 'anywhere');
  const declared = workload.dataMayLeave;
  const effectiveLevel = declared ? stricter(declared, impliedLevel) : impliedLevel;
  const reqSet = new Set<Requirement>(matched.flatMap((r) => r.requires));
  const reasons: Reason[] = matched.map((r) => ({
    area: 'security',
    favours: selfHostedOnly(r.level) ? 'open' : 'neutral',
    message: selfHostedOnly(r.level)
      ? `${triggerOf(r, workload.data, workload.regulations, homeRegion)} must stay on ${r.level === 'air-gapped' ? 'air-gapped' : 'your own'} infrastructure [${r.id}, ${r.basis}]`
      : `${triggerOf(r, workload.data, workload.regulations, homeRegion)}: a closed API needs ${describeRequirements(r.requires, r.defaultRegion ?? 'us').replace(/ \(us\)$/, '')} [${r.id}, ${r.basis}]`,
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
  const lvl = decideLevel(workload, workload.region ?? team.region);
  const region = pickRegion(workload, team, lvl.matched);
  const candidates = catalog.closedModels.filter((m) => !m.deprecated);
  const excluded: ExcludedModel[] = [];
  const allowedClosed: ClosedModel[] = [];
  const misses = new Map<string, { channel: Channel; gaps: Gap[] }>();

  const ctx: GapContext = { region, fedrampLevel: workload.fedrampLevel ?? 'moderate' };
  const inRegion = lvl.requirements.includes('in-region');
  const channelOf = new Map<string, Channel>();
  for (const model of candidates) {
    if (selfHostedOnly(lvl.effectiveLevel)) {
      excluded.push({ modelId: model.id, rule: levelRule(lvl.effectiveLevel), message: `data may not leave ${lvl.effectiveLevel === 'air-gapped' ? 'an air-gapped network' : 'your own infrastructure'}` });
      continue;
    }
    const channels = channelsFor(catalog, model);
    if (channels.length === 0) {
      excluded.push({ modelId: model.id, rule: 'security.provider-unknown', message: `provider "${model.provider}" has no compliance record in the catalog` });
      continue;
    }
    const checked = channels.map((channel) => ({ channel, gaps: missingRequirements(channel, lvl.requirements, ctx) }));
    // Cheapest qualifying channel; one whose price the catalog cannot state comes last.
    const priceKey = (c: Channel): number => (c.priceUplift === null ? Number.MAX_SAFE_INTEGER : channelUplift(c, inRegion));
    const ok = checked.filter((c) => c.gaps.length === 0).sort((a, b) => priceKey(a.channel) - priceKey(b.channel));
    if (ok[0]) {
      allowedClosed.push(model);
      channelOf.set(model.id, ok[0].channel);
      continue;
    }
    for (const c of checked) misses.set(c.channel.id, c);
    const closest = [...checked].sort((a, b) => a.gaps.length - b.gaps.length)[0]!;
    const first = closest.gaps[0]!;
    excluded.push({ modelId: model.id, rule: EXCLUSION_RULE[first.requirement], message: checked.map((c) => `${c.channel.name}: ${describeGaps(c.channel, c.gaps, ctx)}`).join('; ') });
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
          ? { area: 'security', message: `only if the workload no longer handled ${triggerOf(forcing, workload.data, workload.regulations, workload.region ?? team.region)} could a closed API be considered` }
          : { area: 'security', message: `if your policy allowed data to leave under "${lvl.impliedLevel}", closed APIs could be considered` },
      );
    } else {
      const rule = excluded[0]?.rule ?? 'security.no-closed-model';
      dealBreakers.push({ area: 'security', rule, message: `no closed API channel in the catalog offers ${describeRequirements(lvl.requirements, region).replace('FedRAMP authorisation', ctx.fedrampLevel === 'high' ? 'FedRAMP High authorisation' : 'FedRAMP authorisation')}` });
      for (const { channel, gaps } of misses.values()) {
        const onlyContract = gaps.every((g) => g.requirement === 'baa' || g.requirement === 'zdr') && gaps.some((g) => g.requirement === 'baa' && g.status === 'absent');
        const words = join(gaps.map((g) => label(g.requirement, ctx)));
        const unverified = gaps.every((g) => g.status === 'unverified');
        flips.push({
          area: 'security',
          message: onlyContract
            ? `signing a BAA with zero data retention through ${channel.name} would allow its models`
            : unverified
              ? `if ${channel.name} confirms ${words} (not verified in the catalog: check with the provider), its models would be allowed`
              : `if ${channel.name} offered ${words}, its models would be allowed`,
        });
      }
    }
  } else if (excluded.length > 0) {
    const via = [...new Set([...channelOf.values()].map((c) => c.name))].join(', ');
    reasons.push({ area: 'security', favours: 'neutral', message: `${allowedClosed.length} of ${candidates.length} closed models qualify (via ${via}); ${excluded.length} excluded` });
  }

  return {
    impliedLevel: lvl.impliedLevel,
    effectiveLevel: lvl.effectiveLevel,
    allowedDestinations: DESTINATIONS[lvl.effectiveLevel],
    requirements: lvl.requirements,
    region,
    matchedRules: lvl.matched,
    allowedClosed,
    channelOf,
    excluded,
    dealBreakers,
    reasons,
    flips,
    mustOwnHardware: lvl.effectiveLevel === 'air-gapped',
  };
}
