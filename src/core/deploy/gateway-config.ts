import { Document, isMap, isScalar, type Node } from 'yaml';
import type { ClosedModel, Provider } from '../catalog/index.js';
import type { DataMayLeave, Region } from '../profile/index.js';
import type { Verdict } from '../report/types.js';
import type { GatewayConfigInput } from '../routing/config-schema.js';
import { endpointUrl, type ClosedEndpoint } from './endpoints.js';

type DestinationInput = GatewayConfigInput['destinations'][string];
type RouteInput = GatewayConfigInput['routes'][number];

export interface SelfHostedTarget {
  destination: string;
  serviceUrl: string;
  hfRepo: string;
  catalogModel: string;
  /** GPUs and facilities per hour, for metering; staff is left out because it does not scale with requests. */
  hourlyCostUsd: number;
}

export interface ClosedTarget {
  model: ClosedModel;
  provider: Provider;
  endpoint: ClosedEndpoint;
}

/** One workload, resolved against the catalog: what the gateway may send its requests to. */
export interface RouteTarget {
  workload: string;
  verdict: Verdict;
  dataMayLeave: DataMayLeave;
  region: Region | undefined;
  selfHosted: SelfHostedTarget | null;
  /** The closed model the policy allows for this workload (`closedPolicy(...).usable`), or null. */
  closed: ClosedTarget | null;
}

/**
 * Whether a closed model may serve a workload at all, and whether it may take its sensitive requests.
 * Sensitive requests stay self-hosted unless the provider offers BAA + ZDR (and the region, for in-region)
 * to a workload whose level allows that; an `anywhere` workload still keeps detected PII in-house.
 */
export function closedPolicy(level: DataMayLeave, provider: Provider, region: Region | undefined): { usable: boolean; sensitive: boolean } {
  const baaZdr = provider.baa && provider.zeroDataRetention;
  switch (level) {
    case 'anywhere':
      return { usable: true, sensitive: false };
    case 'with-baa-and-zdr':
      return { usable: baaZdr, sensitive: baaZdr };
    case 'in-region': {
      const ok = baaZdr && region !== undefined && provider.processingRegions.includes(region);
      return { usable: ok, sensitive: ok };
    }
    case 'own-infrastructure-only':
    case 'air-gapped':
      return { usable: false, sensitive: false };
  }
}

const closedName = (t: ClosedTarget, region: Region | undefined): string => (region ? `${t.model.id}-${region}` : t.model.id);

export interface GatewayPlan {
  config: GatewayConfigInput;
  /** Third parties whose provider offers BAA + ZDR; written unverified (false) for the operator to check and assert. */
  offersCoverage: string[];
  /** Per route (same order): third parties it could list under `sensitive` once the operator asserts their coverage. */
  sensitiveCandidates: string[][];
}

/**
 * One route per workload; destinations sorted by name so the file diffs well. Third parties are always written
 * `baa: false, zeroDataRetention: false` and never listed under `sensitive`: only the operator knows what was signed.
 */
export function buildGatewayConfig(targets: readonly RouteTarget[]): GatewayPlan {
  const destinations = new Map<string, DestinationInput>();
  const offers = new Set<string>();
  const sensitiveCandidates: string[][] = [];
  const routes: RouteInput[] = targets.map((t) => {
    const ordered: { name: string; selfHosted: boolean }[] = [];
    const candidates: string[] = [];
    if (t.selfHosted) {
      const s = t.selfHosted;
      destinations.set(s.destination, {
        kind: 'self-hosted',
        api: 'openai',
        baseUrl: s.serviceUrl,
        model: s.hfRepo,
        catalogModel: s.catalogModel,
        hourlyCostUsd: s.hourlyCostUsd,
      });
      ordered.push({ name: s.destination, selfHosted: true });
    }
    if (t.closed) {
      const policy = closedPolicy(t.dataMayLeave, t.closed.provider, t.region);
      // In-region workloads use the regional destination for everything; others the global one.
      const region = t.dataMayLeave === 'in-region' ? t.region : undefined;
      const name = closedName(t.closed, region);
      destinations.set(name, {
        kind: 'third-party',
        api: t.closed.endpoint.api,
        baseUrl: endpointUrl(t.closed.endpoint, region),
        apiKeyEnv: t.closed.endpoint.apiKeyEnv,
        model: t.closed.model.id,
        catalogModel: t.closed.model.id,
        baa: false,
        zeroDataRetention: false,
        ...(region ? { region } : {}),
      });
      if (t.closed.provider.baa && t.closed.provider.zeroDataRetention) offers.add(name);
      if (policy.sensitive) candidates.push(name);
      const entry = { name, selfHosted: false };
      if (t.verdict === 'closed') ordered.unshift(entry);
      else ordered.push(entry);
    }
    sensitiveCandidates.push(candidates);
    return {
      workload: t.workload,
      dataMayLeave: t.dataMayLeave,
      // Coverage only reads the route's region at the in-region level.
      ...(t.dataMayLeave === 'in-region' && t.region ? { region: t.region } : {}),
      sensitive: ordered.filter((d) => d.selfHosted).map((d) => d.name),
      default: ordered.map((d) => d.name),
    };
  });
  const sorted = Object.fromEntries([...destinations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    config: { listen: '127.0.0.1:8787', store: 'sqlite:./switchboard.db', destinations: sorted, routes, keys: [] },
    offersCoverage: [...offers].sort(),
    sensitiveCandidates,
  };
}

function pairKey(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function commentBefore(node: Node | undefined, text: string): void {
  if (node) node.commentBefore = text.split('\n').map((l) => ` ${l}`).join('\n');
}

export interface GatewayYamlInput {
  plan: GatewayPlan;
  targets: readonly RouteTarget[];
  header: string;
}

/** gateway.yaml with comments that say why each part is there and what to change. */
export function gatewayYaml(input: GatewayYamlInput): string {
  const { plan, targets } = input;
  const doc = new Document(plan.config);
  const root = doc.contents;
  doc.commentBefore = input.header.split('\n').map((l) => ` ${l}`).join('\n');
  commentBefore(pairKey(root, 'listen'), 'Inside a cluster or behind a load balancer, listen on 0.0.0.0:8787.');
  commentBefore(
    pairKey(root, 'store'),
    'One gateway: SQLite is enough. Several gateway instances share one PostgreSQL store:\nstore: postgres://USER:PASSWORD@HOST:5432/switchboard',
  );
  for (const [name, dest] of Object.entries(plan.config.destinations)) {
    if (dest.kind !== 'third-party') continue;
    const offered = plan.offersCoverage.includes(name)
      ? 'The provider offers a BAA and zero data retention; switchboard cannot know whether you have them.'
      : 'The catalog does not show this provider offering both a BAA and zero data retention.';
    commentBefore(
      pairKey(doc.getIn(['destinations', name], true), 'baa'),
      `Unverified: sensitive data never goes here while these are false. ${offered}\nSet baa: true only once your organisation has a signed BAA covering this endpoint, and\nzeroDataRetention: true only once zero data retention is approved for your account (ask the\nprovider for the written confirmation); then you may list it under a route's sensitive list.`,
    );
  }
  targets.forEach((t, i) => {
    const route = plan.config.routes[i];
    const lines = [`${t.workload}: verdict ${t.verdict}; data may leave: ${t.dataMayLeave}${t.dataMayLeave === 'in-region' && t.region ? ` (${t.region})` : ''}.`];
    const sensitive = route?.sensitive ?? [];
    if (sensitive.length === 0) lines.push('No destination may take this workload\'s sensitive data: such requests are refused.');
    const candidates = plan.sensitiveCandidates[i] ?? [];
    if (candidates.length > 0) lines.push(`This level allows ${candidates.join(', ')} under sensitive once its baa and zeroDataRetention are verified and set to true.`);
    if (t.dataMayLeave === 'anywhere' && t.closed) lines.push('Detected PII/PHI never goes to a third party unless you list one under sensitive (this level allows it).');
    commentBefore(doc.getIn(['routes', i], true) as Node | undefined, lines.join('\n'));
  });
  const example = targets[0]?.workload ?? 'WORKLOAD';
  commentBefore(
    pairKey(root, 'keys'),
    `Each app needs a key; keys are stored hashed. Create one with\n  switchboard keys create --id ${example}-app --workload ${example}\nand add the line it prints here, e.g.\n  - { id: ${example}-app, workload: ${example}, sha256: <64 hex> }`,
  );
  return doc.toString({ lineWidth: 0 });
}
