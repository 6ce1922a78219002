import { z } from 'zod';
import { budgetSchema, limitsSchema, opsSchema } from '../ops/config-schema.js';
import { DATA_MAY_LEAVE, REGIONS } from '../profile/enums.js';
import { shadowSchema } from '../eval/shadow-config.js';

/** Gateway configuration (gateway.yaml): parsed once at start-up into a frozen object. */
const name = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');

export const destinationSchema = z.strictObject({
  kind: z.enum(['self-hosted', 'third-party']),
  api: z.enum(['openai', 'anthropic']),
  baseUrl: z.url(),
  /** Name of the environment variable holding the upstream key; keys never sit in the file. */
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name').optional(),
  model: z.string().min(1),
  /** Catalog id used for pricing, when `model` is not itself a catalog id. */
  catalogModel: z.string().optional(),
  /** Coverage a third party offers this team; checked against each route's sensitive data at start-up. */
  baa: z.boolean().default(false),
  zeroDataRetention: z.boolean().default(false),
  region: z.enum(REGIONS).optional(),
  /** Loopback and private addresses are refused for third parties unless this is set (tests use it). */
  allowPrivateNetwork: z.boolean().default(false),
  /** Idle limit per attempt: the wait for response headers, then each gap between body chunks. */
  timeoutMs: z.number().int().positive().default(60_000),
  /** Total per attempt of a JSON answer: connect, headers and the whole body (a trickling upstream is cut). */
  attemptDeadlineMs: z.number().int().positive().default(120_000),
  /** A stream is cut after this long, however steadily it trickles (metered deadline_exceeded). */
  maxStreamMs: z.number().int().positive().default(600_000),
  /** Largest upstream answer read (JSON body or whole stream); past it the answer is cut. */
  maxResponseBytes: z.number().int().positive().default(32 * 1024 * 1024),
  maxRetries: z.number().int().min(0).max(5).default(2),
  /** Self-hosted cost per hour of the deployment behind it, for metering; 0 when unknown. */
  hourlyCostUsd: z.number().nonnegative().optional(),
});

export const routeSchema = z.strictObject({
  workload: name,
  /** The workload's data-residency level; decides which destinations sensitive requests may reach. */
  dataMayLeave: z.enum(DATA_MAY_LEAVE).default('own-infrastructure-only'),
  region: z.enum(REGIONS).optional(),
  /** Where data that may not leave may go, in order. Empty: sensitive requests are refused. */
  sensitive: z.array(name).default([]),
  /** Everything else, in order of preference (fallbacks). */
  default: z.array(name).min(1),
  /**
   * Files, images and audio the detector cannot read: `sensitive` (default) routes the request as sensitive,
   * `refuse` refuses it (403), `scan-text` classifies the text extracted from PDFs and text files (the rest: sensitive),
   * `allow` lets them follow the text's class unread (only for workloads whose attachments are known not to be sensitive).
   */
  attachments: z.enum(['sensitive', 'refuse', 'scan-text', 'allow']).default('sensitive'),
  /** Opt-in shadow traffic to a candidate (docs/eval.md). */
  shadow: shadowSchema.optional(),
});

export const keySchema = z.strictObject({
  id: name,
  workload: name,
  /** Hex SHA-256 of the key; keys are never stored in clear. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters'),
});

export const gatewayConfigSchema = z.strictObject({
  listen: z.string().regex(/^[^:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i, 'expected host:port').default('127.0.0.1:8787'),
  store: z.string().regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/|pglite:)/, 'expected sqlite:PATH, postgres://... or pglite:DIR').default('sqlite:./switchboard.db'),
  maxBodyBytes: z.number().int().positive().default(4 * 1024 * 1024),
  /** Total per request, every attempt and fallback included, until the answer's headers. */
  requestDeadlineMs: z.number().int().positive().default(300_000),
  /** Slow clients: headers, the whole request body, and an idle keep-alive connection may take this long. */
  client: z
    .strictObject({
      headersTimeoutMs: z.number().int().positive().default(10_000),
      requestTimeoutMs: z.number().int().positive().default(30_000),
      keepAliveTimeoutMs: z.number().int().positive().default(5_000),
    })
    .default({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 }),
  /**
   * The detector on worker threads (0: on the event loop, for embedding and tests), with its budget per request;
   * past the budget a request is unclassifiable and routed as the most sensitive class. Bodies of at most
   * `inlineMaxChars` characters of JSON are classified on the event loop with the same budget (the thread hop costs more than the
   * scan; 0: every body goes to the workers). At start-up the event loop and every worker run the detector on built-in
   * texts for `warmUpMs` (V8 optimises it over thousands of calls, and compiles each pattern on its first use: one pass
   * over the texts, which reaches nearly every pattern in both string widths, takes about 2 s of CPU; 0: off) before the gateway listens.
   */
  classifier: z
    .strictObject({
      workers: z.number().int().min(0).max(64).default(2),
      budgetMs: z.number().int().positive().default(250),
      maxChars: z.number().int().positive().default(4_000_000),
      inlineMaxChars: z.number().int().min(0).max(65_536).default(8_192),
      warmUpMs: z.number().int().min(0).max(60_000).default(3_000),
    })
    .default({ workers: 2, budgetMs: 250, maxChars: 4_000_000, inlineMaxChars: 8_192, warmUpMs: 3_000 }),
  /** Deeper request JSON is refused (400) before it is parsed; chat bodies, tool schemas included, stay far below. */
  maxJsonDepth: z.number().int().min(8).max(10_000).default(64),
  destinations: z.record(name, destinationSchema),
  routes: z.array(routeSchema).min(1),
  keys: z.array(keySchema).default([]),
  /**
   * Key ids (config or store keys) whose responses carry x-switchboard-data-class and x-switchboard-reason.
   * Off for everyone else: they would tell a caller when an evasion of the detector worked.
   */
  debugHeaderKeys: z.array(name).default([]),
  /** Optional path of a catalog override used for prices. */
  catalog: z.string().optional(),
  /** Rate limits per key and per workload, shared by every replica through the store (see docs/deploy.md). */
  limits: limitsSchema.default({ perWorkload: {} }),
  /** Spend limits per workload (USD per UTC day / month) and the action at the limit. */
  budgets: z.record(name, budgetSchema).default({}),
  /** Operations: admin listener, metrics token, drain, refresh intervals, logs, traces. */
  ops: opsSchema.default(opsSchema.parse({})),
});

export type Destination = z.output<typeof destinationSchema>;
export type Route = z.output<typeof routeSchema>;
export type GatewayKey = z.output<typeof keySchema>;
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
