import { opsCrossCheck } from '../ops/cross-check.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import { fromZodIssues, hint } from '../validation/index.js';
import { gatewayConfigSchema, type GatewayConfig } from './config-schema.js';
import { coverageGap, coversSensitive, staysInside } from './coverage.js';
import type { DestinationFacts, RoutePolicy } from './decide.js';
import { checkUpstreamUrl } from './ssrf.js';
import { shadowIssues } from '../eval/shadow-config.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function crossCheck(config: GatewayConfig): Issue[] {
  const issues: Issue[] = [];
  const names = Object.keys(config.destinations);
  for (const [name, dest] of Object.entries(config.destinations)) {
    const why = checkUpstreamUrl(dest.baseUrl, dest);
    if (why) issues.push(issue(`destinations.${name}.baseUrl`, why));
  }
  const workloads = new Set<string>();
  config.routes.forEach((route, i) => {
    if (workloads.has(route.workload)) issues.push(issue(`routes[${i}].workload`, `duplicate workload "${route.workload}"`));
    workloads.add(route.workload);
    for (const list of ['sensitive', 'default'] as const) {
      route[list].forEach((ref, j) => {
        const dest = config.destinations[ref];
        if (!dest) {
          issues.push(issue(`routes[${i}].${list}[${j}]`, `unknown destination "${ref}"${hint(ref, names)}; known: ${names.join(', ') || '(none)'}`));
          return;
        }
        if (dest.kind === 'third-party' && staysInside(route.dataMayLeave)) {
          issues.push(issue(`routes[${i}].${list}[${j}]`, `"${ref}" is a third party: no request of a workload with dataMayLeave: ${route.dataMayLeave} may go to one, sensitive or not (the detector can miss)`));
          return;
        }
        if (list === 'sensitive' && !coversSensitive(dest, route.dataMayLeave, route.region)) {
          issues.push(issue(`routes[${i}].sensitive[${j}]`, `"${ref}" is a third party not covered for sensitive data: ${coverageGap(dest, route.dataMayLeave, route.region)}`));
        }
      });
    }
  });
  config.routes.forEach((route, i) => {
    if (!staysInside(route.dataMayLeave) || !route.shadow) return;
    const at: [string, string | undefined][] = [['destination', route.shadow.destination], ['judge.destination', route.shadow.judge?.destination]];
    for (const [field, ref] of at) {
      if (ref !== undefined && config.destinations[ref]?.kind === 'third-party') issues.push(issue(`routes[${i}].shadow.${field}`, `"${ref}" is a third party: no request of a workload with dataMayLeave: ${route.dataMayLeave} may go to one`));
    }
  });
  issues.push(...shadowIssues(config));
  const ids = new Set<string>();
  const hashes = new Set<string>();
  config.keys.forEach((key, i) => {
    if (ids.has(key.id)) issues.push(issue(`keys[${i}].id`, `duplicate key id "${key.id}"`));
    if (hashes.has(key.sha256)) issues.push(issue(`keys[${i}].sha256`, 'the same key is listed twice'));
    ids.add(key.id);
    hashes.add(key.sha256);
    if (!workloads.has(key.workload)) issues.push(issue(`keys[${i}].workload`, `no route for workload "${key.workload}"${hint(key.workload, [...workloads])}`));
  });
  return [...issues, ...opsCrossCheck(config)];
}

/** Parses gateway.yaml data once: schema, references, sensitive coverage and SSRF; the result is deeply frozen. */
export function parseGatewayConfig(raw: unknown): Result<Readonly<GatewayConfig>> {
  const parsed = gatewayConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(gatewayConfigSchema, parsed.error.issues));
  const issues = crossCheck(parsed.data);
  return issues.length > 0 ? fail(issues) : ok(deepFreeze(parsed.data));
}

/** The pure routing policy of each workload, from a checked config. */
export function routePolicies(config: GatewayConfig): ReadonlyMap<string, RoutePolicy> {
  const facts = (name: string): DestinationFacts => {
    const d = config.destinations[name]!;
    return { name, kind: d.kind, model: d.model, baa: d.baa, zeroDataRetention: d.zeroDataRetention, region: d.region };
  };
  return new Map(
    config.routes.map((r) => [r.workload, { workload: r.workload, dataMayLeave: r.dataMayLeave, region: r.region, sensitive: r.sensitive.map(facts), default: r.default.map(facts) }]),
  );
}
