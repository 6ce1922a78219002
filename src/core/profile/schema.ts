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
  PROVISIONING,
  QUALITY_TIERS,
  REDUNDANCY,
  REGIONS,
  REGULATIONS,
  RENTAL_PRICING,
} from './enums.js';

import { BOUNDS, type BoundedField } from './bounds.js';

const fraction = z.number().min(0).max(1);
/** A number within its documented plausible range (bounds.ts). */
const ranged = (field: BoundedField) => z.number().min(BOUNDS[field][0]).max(BOUNDS[field][1]);
const rangedInt = (field: BoundedField) => ranged(field).int();

/** GPUs the team already owns: sunk cost, used first (power, hosting and staff are still paid). */
export const ownedGpuSchema = z.strictObject({
  /** Catalog GPU id, e.g. `h100-sxm`. */
  gpu: z.string().min(1),
  count: rangedInt('ownedGpuCount'),
});

export const teamSchema = z.strictObject({
  name: z.string().min(1),
  industry: z.enum(INDUSTRIES),
  /** People able to deploy and run model serving today. */
  mlEngineers: rangedInt('mlEngineers'),
  /** Loaded monthly cost of one such engineer (salary, benefits, overhead). */
  engineerMonthlyCostUsd: ranged('engineerMonthlyCostUsd').default(15_000),
  gpuAccess: z.enum(GPU_ACCESS),
  /** GPUs the team already owns (with `gpuAccess: own`): sunk, so only power, hosting and staff are paid. */
  ownedGpus: z.array(ownedGpuSchema).optional(),
  /** Default processing region for workloads that do not name one. */
  region: z.enum(REGIONS).optional(),
}).refine((t) => t.ownedGpus === undefined || t.ownedGpus.length === 0 || t.gpuAccess === 'own', {
  message: 'ownedGpus needs gpuAccess: own',
  path: ['ownedGpus'],
});

export const latencySchema = z.strictObject({
  /** Time to first token at the 95th percentile the application can accept. */
  ttftMs: ranged('ttftMs').optional(),
  /** Per-stream decode speed the user must see. */
  outputTokensPerSecond: ranged('outputTokensPerSecond').optional(),
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
    /** FedRAMP impact level the workload's system needs, with `regulations: [fedramp]`; default moderate. */
    fedrampLevel: z.enum(['moderate', 'high']).optional(),
    requestsPerDay: ranged('requestsPerDay'),
    /** Mean tokens per request. */
    inputTokens: ranged('inputTokens'),
    outputTokens: ranged('outputTokens'),
    /** Longest prompt + completion the workload must support; defaults to a multiple of the mean. A hard limit on both sides. */
    maxContextTokens: rangedInt('maxContextTokens').optional(),
    /** Share of input tokens that hit a provider's prompt cache (a repeated system prompt, say). */
    cachedInputShare: fraction.default(0),
    /** Share of requests that can wait for a batch API (24 h turnaround) at its discount. */
    batchShare: fraction.default(0),
    peakToAverage: ranged('peakToAverage').optional(),
    /** Relative traffic per hour of the day, 24 weights (any scale). */
    hourlyTraffic: z.array(ranged('hourlyTrafficWeight')).length(24).optional(),
    /** A production workload gets a spare replica (N+1) unless `assumptions.redundancy` says otherwise. */
    production: z.boolean().default(true),
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
    /** `switchboard eval --out` file (relative to the profile): measured quality replaces benchmark priors. `suite` lets assess flag a changed suite. */
    qualityEvidence: z.union([z.string().min(1), z.strictObject({ file: z.string().min(1), suite: z.string().min(1).optional() })]).optional(),
  })
  .refine((w) => !(w.peakToAverage !== undefined && w.hourlyTraffic !== undefined), {
    message: 'give either peakToAverage or hourlyTraffic, not both',
    path: ['hourlyTraffic'],
  })
  .refine((w) => w.hourlyTraffic === undefined || w.hourlyTraffic.some((x) => x > 0), {
    message: 'expected at least one hour with traffic',
    path: ['hourlyTraffic'],
  })
  .refine((w) => w.inputTokens + w.outputTokens >= 1, {
    message: 'expected inputTokens + outputTokens >= 1 (a request has at least one token)',
    path: ['inputTokens'],
  });

/** Assumptions a team can change; every default is stated in the report. */
export const assumptionsSchema = z.strictObject({
  rentalPricing: z.enum(RENTAL_PRICING).default('on-demand'),
  /** Where in the catalog's rental range to price GPUs: 0 = cheapest observed, 1 = dearest. */
  rentalPricePosition: fraction.default(0.5),
  amortizationYears: ranged('amortizationYears').default(3),
  electricityUsdPerKwh: ranged('electricityUsdPerKwh').default(0.12),
  pue: z.number().min(1).max(3).default(1.3),
  /** Rack space, power distribution, networking ports and remote hands, per GPU per month, when owning (the server itself is in its purchase price). */
  hostingUsdPerGpuMonth: ranged('hostingUsdPerGpuMonth').default(250),
  /** Share of the server a bought GPU sits in (chassis, CPUs, memory, NICs), per GPU; default: the catalog's, else 30% of the card. */
  serverUsdPerGpu: ranged('serverUsdPerGpu').optional(),
  /** How the fleet is held. Default: peak (a fixed fleet paid busy or idle), or autoscale when scaleToZero is set. */
  provisioning: z.enum(PROVISIONING).optional(),
  /** Spare replicas. Default: n+1 for production workloads, none otherwise. */
  redundancy: z.enum(REDUNDANCY).optional(),
  minReplicas: rangedInt('replicas').default(1),
  /** Most replicas one workload may run; a peak above it is infeasible, never silently capped. */
  maxReplicas: rangedInt('replicas').min(1).optional(),
  /** How often the autoscaler may change the replica count. */
  scaleIntervalMinutes: ranged('scaleIntervalMinutes').default(15),
  /** Minutes from deciding to add a replica until it serves; default from the model's size (cold start). */
  scaleUpDelayMinutes: ranged('scaleDelayMinutes').optional(),
  /** Minutes demand must stay low before a replica is removed. */
  scaleDownDelayMinutes: ranged('scaleDelayMinutes').default(15),
  scaleToZero: z.boolean().default(false),
  /** With scaleToZero: periods expecting fewer requests per hour than this run no replica (requests then wait for a cold start). */
  scaleToZeroBelowRequestsPerHour: ranged('scaleToZeroBelowRequestsPerHour').default(1),
  /** Fixed share of an engineer per self-hosted workload; default: a curve in the fleet's GPUs and nodes (docs/cost-model.md). */
  opsShareOfEngineer: z.number().min(0).max(100).optional(),
  setupEngineeringWeeks: ranged('setupEngineeringWeeks').optional(),
  /** Months to hire an ML engineer when the team has none. */
  hiringMonths: ranged('hiringMonths').default(3),
  recruitingCostUsd: ranged('recruitingCostUsd').default(30_000),
  horizonMonths: z.number().int().min(1).max(120).default(36),
  precision: z.enum(PRECISIONS).optional(),
  engine: z.enum(ENGINES).default('vllm'),
  monteCarloRuns: z.number().int().min(100).max(100_000).default(2000),
  seed: rangedInt('seed').default(42),
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
export type OwnedGpu = z.output<typeof ownedGpuSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type Assumptions = z.output<typeof assumptionsSchema>;
export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
