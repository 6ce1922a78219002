/** Operations state that outlives a config reload: store health, keys, limits, budgets, logs, traces. */
import type { Budget, LimitsConfig, OpsConfig } from '../../core/ops/index.js';
import type { GatewayKey } from '../../core/routing/index.js';
import type { UsageRecord, UsageStore } from '../../stores/usage-store.js';
import { Budgets } from './budgets.js';
import { KeyRing } from './key-ring.js';
import { Limits, memoryLimiters, redisLimiters, type LimiterFactory } from './limits.js';
import { accessFields, type Logger } from './logger.js';
import { StoreHealth } from './store-health.js';

export interface OpsSettings {
  ops: OpsConfig;
  limits: LimitsConfig;
  budgets: Readonly<Record<string, Budget>>;
  keys: readonly GatewayKey[];
  workloads: ReadonlySet<string>;
}

export class GatewayOps {
  readonly health: StoreHealth;
  readonly keys: KeyRing;
  readonly limits: Limits;
  readonly budgets: Budgets;
  settings: OpsSettings;
  /** Set on SIGTERM: /readyz fails so load balancers stop sending, while in-flight requests finish. */
  draining = false;
  private readonly closeRedis: (() => void) | undefined;
  private readonly redisReady: (() => Promise<void>) | undefined;

  constructor(
    readonly store: UsageStore,
    settings: OpsSettings,
    readonly log: Logger,
    options: { now: () => number; limiters?: LimiterFactory },
  ) {
    this.settings = settings;
    this.health = new StoreHealth(store, { probeMs: settings.ops.storeProbeMs, log });
    this.keys = new KeyRing(settings.keys, settings.workloads, store, { refreshMs: settings.ops.keyRefreshMs, now: options.now, log });
    const shared = store.rateLimiter?.bind(store);
    const redis = settings.limits.redisUrl === undefined ? undefined : redisLimiters(settings.limits.redisUrl, log);
    this.closeRedis = redis?.close;
    this.redisReady = redis?.ready;
    this.limits = new Limits(settings.limits, options.limiters ?? redis?.factory ?? shared ?? memoryLimiters);
    this.budgets = new Budgets(store, { refreshMs: settings.ops.budgetRefreshMs, now: options.now });
  }

  /** First key load, store probe (waiting for a store that is still opening) and Redis connection, then the timers. */
  async start(): Promise<void> {
    await Promise.all([this.keys.refresh(), this.health.check(30_000), this.redisReady?.()]);
    this.keys.start();
    this.health.start();
  }

  stop(): void {
    this.keys.stop();
    this.health.stop();
    this.closeRedis?.();
  }

  /** Swaps in a reloaded config's limits, budgets and keys; timers keep their original periods. */
  replace(settings: OpsSettings): void {
    this.settings = settings;
    this.limits.replaceConfig(settings.limits);
    this.keys.replaceConfig(settings.keys, settings.workloads);
  }

  /** After a record is durable: the access line, token limits and local spend. */
  recorded(rec: UsageRecord): void {
    this.health.writeSucceeded();
    this.log.info(accessFields(rec), 'request');
    this.budgets.add(rec.workload, rec.time, rec.costMicroUsd);
    const tokens = rec.inputTokens + rec.outputTokens;
    const key = this.keys.byId(rec.keyId);
    if (tokens > 0 && key) this.limits.charge(key, rec.workload, tokens).catch((e: unknown) => this.log.warn({ event: 'limits.charge-failed', err: e }, 'could not charge tokens to the rate limits'));
  }

  /** The record could not be written: the store is down until a probe says otherwise; the request is still logged. */
  recordFailed(rec: UsageRecord, e: unknown): void {
    this.health.writeFailed(e);
    this.log.error({ ...accessFields(rec), event: 'metering.failed', err: e }, 'usage record could not be written');
  }
}
