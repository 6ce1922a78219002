/**
 * The keys a gateway accepts: those in gateway.yaml plus those in the store (`switchboard keys`), re-read every
 * `keyRefreshMs`, so a key created, revoked or rotated on any replica takes effect on all of them within that time.
 */
import { createHash } from 'node:crypto';
import type { GatewayKey } from '../../core/routing/index.js';
import type { StoredKey, UsageStore } from '../../stores/usage-store.js';
import type { Logger } from './logger.js';

export interface KeyEntry {
  id: string;
  workload: string;
  /** Epoch ms; null: no expiry. */
  expiresAt: number | null;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

export interface KeyRingOptions {
  refreshMs: number;
  now: () => number;
  log: Logger;
}

export class KeyRing {
  /** By hex SHA-256 of the key. Looking up a digest leaks nothing useful about the key itself (a preimage search). */
  private bySha = new Map<string, KeyEntry>();
  private byIdMap = new Map<string, KeyEntry>();
  private stored: readonly StoredKey[] = [];
  private timer: NodeJS.Timeout | undefined;
  private loaded = false;
  private warned = new Set<string>();

  constructor(
    private configKeys: readonly GatewayKey[],
    private workloads: ReadonlySet<string>,
    private readonly store: UsageStore,
    private readonly options: KeyRingOptions,
  ) {
    this.rebuild();
  }

  /** The key behind a presented secret, if it is known, not revoked and not expired. */
  match(presented: string): KeyEntry | undefined {
    const entry = this.bySha.get(createHash('sha256').update(presented).digest('hex'));
    if (!entry) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= this.options.now()) return undefined;
    return entry;
  }

  /** A key id's entry (its limits), for charging tokens after the answer. */
  byId(id: string): KeyEntry | undefined {
    return this.byIdMap.get(id);
  }

  get size(): number {
    return this.bySha.size;
  }

  /** After a reload: the new config's keys and routes, swapped in at once. */
  replaceConfig(keys: readonly GatewayKey[], workloads: ReadonlySet<string>): void {
    this.configKeys = keys;
    this.workloads = workloads;
    this.rebuild();
  }

  /** Re-reads the store's keys; on failure the last good set stays (the store being down refuses requests anyway). */
  async refresh(): Promise<void> {
    try {
      this.stored = await this.store.keys.list();
      this.loaded = true;
      this.rebuild();
    } catch (e) {
      this.options.log.warn({ event: 'keys.refresh-failed', err: e }, 'could not re-read keys from the store; keeping the last known set');
    }
  }

  get storeKeysLoaded(): boolean {
    return this.loaded;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.refresh(), this.options.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private rebuild(): void {
    const next = new Map<string, KeyEntry>();
    const now = this.options.now();
    for (const k of this.stored) {
      if (k.revokedAt !== null || (k.expiresAt !== null && k.expiresAt <= now)) continue;
      if (!this.workloads.has(k.workload)) {
        if (!this.warned.has(k.sha256)) this.options.log.warn({ event: 'keys.unknown-workload', keyId: k.id, workload: k.workload }, 'a stored key names a workload with no route; it is refused');
        this.warned.add(k.sha256);
        continue;
      }
      next.set(k.sha256, { id: k.id, workload: k.workload, expiresAt: k.expiresAt, requestsPerMinute: k.requestsPerMinute, tokensPerMinute: k.tokensPerMinute });
    }
    // Config keys win over a stored key with the same hash: the file is the operator's last word.
    for (const k of this.configKeys) next.set(k.sha256, { id: k.id, workload: k.workload, expiresAt: null, requestsPerMinute: null, tokensPerMinute: null });
    this.bySha = next;
    this.byIdMap = new Map([...next.values()].map((e) => [e.id, e]));
  }
}
