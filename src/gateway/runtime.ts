import type { Dispatcher } from 'undici';
import type { Catalog } from '../core/catalog/index.js';
import type { RequestClassification } from '../core/detector/contract.js';
import { warmUp } from '../core/detector/warm-up.js';
import { fail, issue, ok, type Issue, type Result } from '../core/result.js';
import { routePolicies, type GatewayConfig, type PriceSheet, type RoutePolicy } from '../core/routing/index.js';
import type { UsageStore } from '../stores/usage-store.js';
import { CircuitBreakers } from './breaker.js';
import type { RetryPolicy } from './execute.js';
import { priceSheets } from './meter.js';
import { GatewayMetrics } from './metrics.js';
import { GatewayOps } from './ops/gateway-ops.js';
import type { LimiterFactory } from './ops/limits.js';
import { silentLogger, type Logger } from './ops/logger.js';
import { createAgent } from './upstream.js';
import { ShadowMirror } from './shadow/mirror.js';
import type { Attachment } from './safety/attachments.js';
import { createClassifierPool } from './safety/classifier-pool.js';
import { classifyAttachmentText } from './safety/extract-text.js';

/** Time one attachment's text extraction may take before it counts as unreadable (the most sensitive class). */
export const EXTRACT_BUDGET_MS = 2_000;

export interface ClassifierWarmUp {
  /** Event-loop calls and wall ms. */
  calls: number;
  ms: number;
  /** Whether every worker thread had started and warmed up in time (true without workers). */
  workersStarted: boolean;
}

export interface GatewayOptions {
  /** A config already checked by `parseGatewayConfig`. */
  config: Readonly<GatewayConfig>;
  store: UsageStore;
  /** The detector, used on the event loop when `classifier.workers` is 0; a throw fails the request closed (503). */
  classify: (body: unknown) => RequestClassification;
  catalog: Catalog;
  /** Upstream secrets are read from here (`apiKeyEnv`), never from the file. */
  env: Readonly<Record<string, string | undefined>>;
  /** Epoch milliseconds. */
  now?: () => number;
  newId?: () => string;
  retry?: Partial<RetryPolicy>;
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  sleep?: (ms: number) => Promise<void>;
  /** Structured logs; default silent (the CLI passes a stdout logger). */
  logger?: Logger;
  /** Rate-limit counters; default the store's shared ones (memory when the store has none). */
  limiters?: LimiterFactory;
  /** State that survives a reload (SIGHUP): pass the previous runtime's. */
  carry?: Pick<Runtime, 'ops' | 'breakers' | 'metrics'>;
}

export interface Runtime {
  config: Readonly<GatewayConfig>;
  policies: ReadonlyMap<string, RoutePolicy>;
  agents: ReadonlyMap<string, Dispatcher>;
  apiKeys: ReadonlyMap<string, string | undefined>;
  prices: ReadonlyMap<string, PriceSheet | null>;
  breakers: CircuitBreakers;
  metrics: GatewayMetrics;
  store: UsageStore;
  classify: (body: unknown) => RequestClassification;
  /** The detector as requests use it: on worker threads with its budget, or `classify` on the event loop. */
  /** `chars`: the body's text length, when known (small bodies skip the worker hop, keeping the budget). */
  classifyAsync: (body: unknown, chars?: number) => Promise<RequestClassification>;
  /** An attachment's text (`attachments: scan-text`), extracted and classified on the workers, or on the event loop without them. */
  classifyAttachment: (attachment: Attachment) => Promise<RequestClassification>;
  /** Stops the classifier's worker threads, if any. */
  closeClassifier: () => Promise<void>;
  /**
   * Runs the detector on built-in texts for `classifier.warmUpMs` on the event loop, and waits (at most that plus
   * 30 s) for the worker threads to do the same, so the first requests do not pay for V8's tier-up. At start-up only.
   */
  warmUpClassifier: () => Promise<ClassifierWarmUp>;
  now: () => number;
  newId: () => string;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  warnings: string[];
  /** Shadow traffic (routes with `shadow:`); absent when no route has one. */
  shadow?: ShadowMirror | undefined;
  ops: GatewayOps;
  log: Logger;
  /** Bearer token for /metrics on the main listener (from `ops.metricsTokenEnv`). */
  metricsToken: string | undefined;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Everything resolved once at start-up: secrets, prices, connection pools, breakers. */
export function createRuntime(o: GatewayOptions): Result<Runtime> {
  const issues: Issue[] = [];
  const apiKeys = new Map<string, string | undefined>();
  const agents = new Map<string, Dispatcher>();
  for (const [name, d] of Object.entries(o.config.destinations)) {
    if (d.apiKeyEnv !== undefined) {
      const v = o.env[d.apiKeyEnv];
      if (!v) issues.push(issue(`destinations.${name}.apiKeyEnv`, `environment variable ${d.apiKeyEnv} is not set`));
      apiKeys.set(name, v);
    } else apiKeys.set(name, undefined);
  }
  const tokenEnv = o.config.ops.metricsTokenEnv;
  const metricsToken = tokenEnv === undefined ? undefined : o.env[tokenEnv];
  if (tokenEnv !== undefined && !metricsToken) issues.push(issue('ops.metricsTokenEnv', `environment variable ${tokenEnv} is not set`));
  if (issues.length > 0) return fail(issues);
  for (const [name, d] of Object.entries(o.config.destinations)) agents.set(name, createAgent(d));
  const now = o.now ?? Date.now;
  const { prices, warnings } = priceSheets(o.config.destinations, o.catalog);
  const log = o.carry?.ops.log ?? o.logger ?? silentLogger();
  const settings = { ops: o.config.ops, limits: o.config.limits, budgets: o.config.budgets, keys: o.config.keys, workloads: new Set(o.config.routes.map((r) => r.workload)) };
  const ops = o.carry?.ops ?? new GatewayOps(o.store, settings, log, { now, ...(o.limiters ? { limiters: o.limiters } : {}) });
  if (o.carry) ops.replace(settings);
  const policies = routePolicies(o.config);
  const metrics = o.carry?.metrics ?? new GatewayMetrics();
  const retry = { baseDelayMs: o.retry?.baseDelayMs ?? 100, maxDelayMs: o.retry?.maxDelayMs ?? 2_000 };
  const sleep = o.sleep ?? defaultSleep;
  const shadowed = o.config.routes.filter((r) => r.shadow).map((r) => r.workload);
  if (shadowed.length > 0 && !o.store.shadow) warnings.push(`routes ${shadowed.join(', ')}: shadow is configured but this store cannot hold shadow scores; shadow traffic is off`);
  const shadow =
    shadowed.length > 0 && o.store.shadow
      ? new ShadowMirror({ config: o.config, policies, call: { destinations: o.config.destinations, agents, apiKeys, prices, retry, sleep, clock: () => performance.now() }, store: o.store.shadow, classify: o.classify, registry: metrics.registry })
      : undefined;
  const cl = o.config.classifier;
  // A reload (carry) keeps this process's warm event loop; its new workers start as before, without the warm-up wait.
  const warmUpMs = o.carry ? 0 : cl.warmUpMs;
  const pool = cl.workers > 0 ? createClassifierPool({ threads: cl.workers, budgetMs: cl.budgetMs, maxChars: cl.maxChars, extractMs: EXTRACT_BUDGET_MS, inlineMaxChars: cl.inlineMaxChars, warmUpMs }) : undefined;
  const warmUpClassifier = async (): Promise<ClassifierWarmUp> => {
    let main = { calls: 0, ms: 0 };
    try {
      main = warmUp(warmUpMs, () => performance.now(), o.classify);
    } catch {
      // An injected detector that throws fails each request closed (503); warming it up has nothing to add.
    }
    const workersStarted = pool ? await pool.started(warmUpMs + 30_000) : true;
    return { calls: main.calls, ms: main.ms, workersStarted };
  };
  return ok({
    config: o.config,
    policies,
    agents,
    apiKeys,
    prices,
    breakers: o.carry?.breakers ?? new CircuitBreakers({ failureThreshold: o.breaker?.failureThreshold ?? 5, cooldownMs: o.breaker?.cooldownMs ?? 30_000, now }),
    metrics,
    store: o.store,
    classify: o.classify,
    classifyAsync: pool ? (b, chars) => pool.classify(b, chars) : (b) => Promise.resolve(o.classify(b)),
    classifyAttachment: pool ? (a) => pool.classifyAttachment(a) : (a) => classifyAttachmentText(a, EXTRACT_BUDGET_MS, o.classify),
    closeClassifier: () => pool?.close() ?? Promise.resolve(),
    warmUpClassifier,
    now,
    newId: o.newId ?? (() => crypto.randomUUID()),
    retry,
    sleep,
    warnings,
    shadow,
    ops,
    log,
    metricsToken,
  });
}
