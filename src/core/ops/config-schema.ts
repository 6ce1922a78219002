import { z } from 'zod';

/** Operations settings of gateway.yaml: limits, budgets, the admin listener, logs, drain, reload and traces. */
const perMinute = z.number().int().positive();
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name');

export const rateLimitSchema = z.strictObject({
  requestsPerMinute: perMinute.optional(),
  /** Input + output tokens; charged when the answer's usage is known, checked before the next request. */
  tokensPerMinute: perMinute.optional(),
});

export const budgetSchema = z.strictObject({
  dailyUsd: z.number().positive().optional(),
  monthlyUsd: z.number().positive().optional(),
  /** refuse: 429 at the limit; fallback: only destinations of the decided plan that cost less per token (self-hosted first), else refuse. */
  onLimit: z.enum(['refuse', 'fallback']).default('refuse'),
});

export const limitsSchema = z.strictObject({
  /** Default for every key; a key created with its own limits overrides it. */
  perKey: rateLimitSchema.optional(),
  /** Per workload, shared by all its keys. */
  perWorkload: z.record(z.string(), rateLimitSchema).default({}),
  /** Optional Redis for the counters (e.g. redis://127.0.0.1:6379); default: the usage store. */
  redisUrl: z.string().regex(/^rediss?:\/\//, 'expected redis://host:port or rediss://...').optional(),
});

export const opsSchema = z.strictObject({
  /** A second listener for /metrics, /healthz and /readyz only (e.g. 127.0.0.1:9464); keep it off the public network. */
  adminListen: z.string().regex(/^[^:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i, 'expected host:port').optional(),
  /** Environment variable holding a bearer token for /metrics on the main listener; without it and without adminListen, /metrics is off. */
  metricsTokenEnv: envName.optional(),
  /** Environment variable holding the store's password, merged into a postgres:// URL that has none. */
  storePasswordEnv: envName.optional(),
  /** On SIGTERM: how long in-flight requests and streams may take to finish before they are cut. */
  drainTimeoutMs: z.number().int().nonnegative().default(30_000),
  /** How often keys are re-read from the store: a revocation reaches every replica within this time. */
  keyRefreshMs: z.number().int().min(100).default(2_000),
  /** How often budgets re-read the spend totals every replica writes. */
  budgetRefreshMs: z.number().int().min(100).default(2_000),
  /** How often the store is probed when idle; a failed write marks it down at once. */
  storeProbeMs: z.number().int().min(100).default(2_000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** OpenTelemetry spans through @opentelemetry/api (the process registers an SDK); off by default. */
  tracing: z.boolean().default(false),
});

export type RateLimit = z.output<typeof rateLimitSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type LimitsConfig = z.output<typeof limitsSchema>;
export type OpsConfig = z.output<typeof opsSchema>;
