import { z } from 'zod';
import {
  DATA_CLASSES,
  DATA_MAY_LEAVE,
  DOMAINS,
  ENGINES,
  FINE_TUNING,
  GPU_ACCESS,
  INDUSTRIES,
  LOCK_IN_TOLERANCE,
  PRECISIONS,
  QUALITY_TIERS,
  REGIONS,
  REGULATIONS,
  RENTAL_PRICING,
} from './enums.js';

const nonNegative = z.number().nonnegative();
const fraction = z.number().min(0).max(1);

export const teamSchema = z.strictObject({
  name: z.string().min(1),
  industry: z.enum(INDUSTRIES),
  /** People able to deploy and run model serving today. */
  mlEngineers: z.number().int().nonnegative(),
  /** Loaded monthly cost of one such engineer (salary, benefits, overhead). */
  engineerMonthlyCostUsd: nonNegative.default(15_000),
  gpuAccess: z.enum(GPU_ACCESS),
  /** Default processing region for workloads that do not name one. */
  region: z.enum(REGIONS).optional(),
});

export const latencySchema = z.strictObject({
  /** Time to first token at the 95th percentile the application can accept. */
  ttftMs: z.number().positive().optional(),
  /** Per-stream decode speed the user must see. */
  outputTokensPerSecond: z.number().positive().optional(),
});

export const workloadSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-_.]*$/i, 'expected a name of letters, digits, "-", "_" or "."'),
    description: z.string().optional(),
    data: z.array(z.enum(DATA_CLASSES)).min(1),
    regulations: z.array(z.enum(REGULATIONS)).default([]),
    /** Where this workload's data may be processed. Omitted: the strictest level its data and regulations imply. */
    dataMayLeave: z.enum(DATA_MAY_LEAVE).optional(),
    region: z.enum(REGIONS).optional(),
    requestsPerDay: nonNegative,
    /** Mean tokens per request. */
    inputTokens: nonNegative,
    outputTokens: nonNegative,
    /** Longest prompt + completion the workload must support; defaults to a multiple of the mean. */
    maxContextTokens: z.number().int().positive().optional(),
    /** Share of input tokens that hit a provider's prompt cache (a repeated system prompt, say). */
    cachedInputShare: fraction.default(0),
    /** Share of requests that can wait for a batch API (24 h turnaround) at its discount. */
    batchShare: fraction.default(0),
    peakToAverage: z.number().min(1).optional(),
    /** Relative traffic per hour of the day, 24 weights (any scale). */
    hourlyTraffic: z.array(nonNegative).length(24).optional(),
    /** Days per week with traffic (5 for office-hours tools). */
    activeDaysPerWeek: z.number().int().min(1).max(7).default(7),
    growthPerMonth: z.number().min(-0.5).max(2).default(0),
    latency: latencySchema.optional(),
    quality: z.enum(QUALITY_TIERS).default('strong'),
    domain: z.enum(DOMAINS).default('general'),
    fineTuning: z.enum(FINE_TUNING).default('none'),
    /** Must the team own and move the tuned weights? */
    ownWeights: z.boolean().default(false),
    lockInTolerance: z.enum(LOCK_IN_TOLERANCE).default('medium'),
    /** Pin a model instead of letting Switchboard pick one (catalog ids or Hugging Face repo ids). */
    openModel: z.string().optional(),
    closedModel: z.string().optional(),
  })
  .refine((w) => !(w.peakToAverage !== undefined && w.hourlyTraffic !== undefined), {
    message: 'give either peakToAverage or hourlyTraffic, not both',
    path: ['hourlyTraffic'],
  })
  .refine((w) => w.hourlyTraffic === undefined || w.hourlyTraffic.some((x) => x > 0), {
    message: 'expected at least one hour with traffic',
    path: ['hourlyTraffic'],
  });

/** Assumptions a team can change; every default is stated in the report. */
export const assumptionsSchema = z.strictObject({
  rentalPricing: z.enum(RENTAL_PRICING).default('on-demand'),
  /** Where in the catalog's rental range to price GPUs: 0 = cheapest observed, 1 = dearest. */
  rentalPricePosition: fraction.default(0.5),
  amortizationYears: z.number().positive().max(10).default(3),
  electricityUsdPerKwh: nonNegative.default(0.12),
  pue: z.number().min(1).max(3).default(1.3),
  /** Rack space, networking, host server share, per GPU per month, when owning. */
  hostingUsdPerGpuMonth: nonNegative.default(250),
  /** Keep one spare replica so a GPU failure does not stop service. */
  redundancy: z.enum(['none', 'n+1']).default('none'),
  minReplicas: z.number().int().min(0).default(1),
  scaleToZero: z.boolean().default(false),
  /** Share of a serving engineer's time one self-hosted workload takes once running. */
  opsShareOfEngineer: fraction.default(0.25),
  setupEngineeringWeeks: nonNegative.optional(),
  /** Months to hire an ML engineer when the team has none. */
  hiringMonths: nonNegative.default(3),
  recruitingCostUsd: nonNegative.default(30_000),
  horizonMonths: z.number().int().min(1).max(120).default(36),
  precision: z.enum(PRECISIONS).optional(),
  engine: z.enum(ENGINES).default('vllm'),
  monteCarloRuns: z.number().int().min(100).max(100_000).default(2000),
  seed: z.number().int().default(42),
});

export const profileSchema = z
  .strictObject({
    team: teamSchema,
    workloads: z.array(workloadSchema).min(1),
    assumptions: assumptionsSchema.default(() => assumptionsSchema.parse({})),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.workloads.forEach((w, i) => {
      const first = seen.get(w.name);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['workloads', i, 'name'], message: `duplicate workload name "${w.name}" (also workloads[${first}])` });
      } else seen.set(w.name, i);
    });
  });

export type Team = z.output<typeof teamSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type Assumptions = z.output<typeof assumptionsSchema>;
export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
