import { createHash } from 'node:crypto';
import type { Catalog } from '../../core/catalog/index.js';
import { shadowToRun, summarizeRun, type DestinationInfo, type EvalSummary } from '../../core/eval/index.js';
import { formatIssues } from '../../core/result.js';
import type { GatewayConfig } from '../../core/routing/index.js';
import { parseSince } from '../../core/usage/index.js';
import { hint } from '../../core/validation/index.js';
import { priceSheets } from '../../gateway/meter.js';
import { canonicalJson, redactUrl, StoreError } from '../../stores/index.js';
import { UsageError, type CliIo } from '../support/io.js';
import { openStoreForReading } from '../support/usage.js';

/** `switchboard eval --from-shadow`: the shadow scores in the usage store, summarised like a suite run. */
export async function fromShadow(
  o: { config: Readonly<GatewayConfig>; catalog: Catalog; since: string; workload: string | undefined; seed: number; margin: number; now: Date },
  io: CliIo,
): Promise<EvalSummary> {
  const shadowed = o.config.routes.filter((r) => r.shadow);
  const routes = o.workload !== undefined ? o.config.routes.filter((r) => r.workload === o.workload) : shadowed;
  if (o.workload !== undefined && routes.length === 0) {
    const ws = o.config.routes.map((r) => r.workload);
    throw new UsageError(`--workload: no route "${o.workload}"${hint(o.workload, ws)}; routes: ${ws.join(', ')}`);
  }
  if (routes.length === 0) throw new UsageError('no route in the gateway config has shadow: { destination, sample }; see docs/eval.md');
  if (routes.length > 1) throw new UsageError(`several routes have shadow traffic (${routes.map((r) => r.workload).join(', ')}): choose one with --workload`);
  const route = routes[0]!;
  const since = parseSince(o.since, o.now.getTime());
  if (!since.ok) throw new UsageError(formatIssues(since.issues));
  const until = o.now.getTime();
  const store = await openStoreForReading(o.config.store, io);
  let records;
  try {
    if (!store.shadow) throw new UsageError(`store ${redactUrl(o.config.store)} cannot hold shadow scores`);
    records = await store.shadow.queryShadow({ since: since.value, until, workload: route.workload });
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  } finally {
    await store.close();
  }
  if (records.length === 0) throw new UsageError(`no shadow scores for workload ${route.workload} since ${new Date(since.value).toISOString()} in ${redactUrl(o.config.store)}${route.shadow ? '' : ' (the route has no shadow: configured)'}`);
  const { prices } = priceSheets(o.config.destinations, o.catalog);
  const destinations: Record<string, DestinationInfo> = Object.fromEntries(
    Object.entries(o.config.destinations).map(([n, d]) => [n, { kind: d.kind, model: d.model, catalogModel: d.catalogModel, hourlyCostUsd: d.hourlyCostUsd, priced: d.kind === 'self-hosted' || prices.get(n) != null }]),
  );
  // The "suite" of shadow traffic is the route's shadow settings: scores from other checks are not comparable.
  const hash = createHash('sha256').update(canonicalJson(route.shadow ?? {})).digest('hex');
  const run = shadowToRun(records, { workload: route.workload, since: since.value, until, hash, destinations, startedAt: o.now.toISOString() });
  return summarizeRun(run, { seed: o.seed, margin: o.margin });
}
