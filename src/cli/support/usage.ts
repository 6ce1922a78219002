/** CLI glue for usage stores: which store, opened for reading, with user-facing errors; measured usage for `assess --usage`. */
import {
  measureUsage,
  parseSince,
  type MeasuredWorkload,
  type MeteredRequest,
} from '../../core/usage/index.js';
import { formatIssues } from '../../core/result.js';
import {
  openUsageStore,
  redactUrl,
  StoreError,
  type UsageRecord,
  type UsageStore,
} from '../../stores/index.js';
import { readGatewayConfig, storeUrl } from './gateway-config.js';
import { UsageError, type CliIo } from './io.js';

// The core's structural type must accept what the stores return.
export type UsageRecordIsMetered = UsageRecord extends MeteredRequest ? true : never;

/** The store URL from `--store URL` or the `store:` field of `--config gateway.yaml` (exactly one), the config fully validated. */
export async function resolveStoreUrl(
  flags: { config?: string | undefined; store?: string | undefined },
  io: CliIo,
): Promise<string> {
  if (flags.config !== undefined && flags.store !== undefined)
    throw new UsageError('give either --config or --store, not both');
  if (flags.store !== undefined) return flags.store;
  if (flags.config === undefined)
    throw new UsageError('missing --config gateway.yaml or --store URL (sqlite:PATH or postgres://...)');
  return storeUrl(await readGatewayConfig(flags.config, io), io.env);
}

/** Self-hosted destinations' `hourlyCostUsd` from `--config gateway.yaml` (none with `--store`). */
export async function hourlyCosts(configPath: string | undefined, io: CliIo): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (configPath === undefined) return out;
  const config = await readGatewayConfig(configPath, io);
  for (const [name, d] of Object.entries(config.destinations)) if (d.kind === 'self-hosted' && d.hourlyCostUsd !== undefined && d.hourlyCostUsd > 0) out.set(name, d.hourlyCostUsd);
  return out;
}

/** Opens an existing store for reading; every store failure becomes one clear message (exit 2). */
export async function openStoreForReading(url: string, io: CliIo): Promise<UsageStore> {
  try {
    return await openUsageStore(url, { create: false, cwd: io.cwd });
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
}

/** The measured window: --since (a duration back from now, or a date) up to now. */
export function usageWindow(since: string | undefined, now: Date): { since: number | null; until: number } {
  if (since === undefined) return { since: null, until: now.getTime() };
  const parsed = parseSince(since, now.getTime());
  if (!parsed.ok) throw new UsageError(formatIssues(parsed.issues));
  return { since: parsed.value, until: now.getTime() };
}

/** Reads the store's requests in the window; an empty window is an error, never an empty report. */
export async function readRecords(
  storeUrl: string,
  window: { since: number | null; until: number },
  io: CliIo,
): Promise<UsageRecord[]> {
  const store = await openStoreForReading(storeUrl, io);
  try {
    const records = await store.query({
      ...(window.since === null ? {} : { since: window.since }),
      until: window.until,
    });
    if (records.length === 0) {
      const any = window.since === null ? 0 : (await store.query({ until: window.until })).length;
      const where = redactUrl(storeUrl);
      throw new UsageError(
        any > 0
          ? `usage store ${where} has no requests since ${new Date(window.since ?? 0).toISOString()} (it has ${any} older); widen --since`
          : `usage store ${where} is empty: no requests recorded yet; route traffic through \`switchboard serve\` first`,
      );
    }
    return records;
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

/**
 * Measured usage per workload, for `switchboard assess <profile> --usage URL [--since 30d]`.
 * Throws UsageError (exit 2) for a store from another version, a missing or unreachable store, an empty one, or a bad --since.
 */
export async function loadMeasuredUsage(
  storeUrl: string,
  opts: { since?: string | undefined; now: Date },
  io: CliIo,
): Promise<MeasuredWorkload[]> {
  const window = usageWindow(opts.since, opts.now);
  const records = await readRecords(storeUrl, window, io);
  return measureUsage(records, {
    ...(window.since === null ? {} : { since: window.since }),
    until: window.until,
    now: window.until,
  });
}
