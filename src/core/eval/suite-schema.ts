import { z } from 'zod';
import { SENSITIVE_CLASSES } from '../detector/contract.js';

/** An eval suite (YAML or JSONL): the team's own prompts for one workload, with what a good answer looks like. */
const name = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');

export const CHECK_KINDS = ['equals', 'contains', 'regex', 'jsonSchema', 'numeric'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

const contentPart = z.looseObject({ type: z.string().min(1) });
export const suiteMessageSchema = z.strictObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(contentPart)]),
  name: z.string().optional(),
  tool_call_id: z.string().optional(),
  tool_calls: z.array(z.looseObject({ id: z.string(), type: z.literal('function'), function: z.strictObject({ name: z.string(), arguments: z.string() }) })).optional(),
});

export const suiteToolSchema = z.strictObject({
  type: z.literal('function'),
  function: z.strictObject({ name: z.string().min(1), description: z.string().optional(), parameters: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().optional() }),
});

/**
 * One check, written with exactly one of its kind keys (`contains: "4000"`), plus options. A flat object
 * rather than a union so a typo gets "unknown field (did you mean ...)" instead of "invalid input".
 */
export const checkSchema = z.strictObject({
  /** Optional label, shown in reports; defaults to the kind. */
  name: z.string().min(1).optional(),
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  contains: z.string().min(1).optional(),
  regex: z.string().min(1).optional(),
  /** JavaScript regular-expression flags for `regex` (i, m, s, u). */
  flags: z.string().regex(/^[imsu]*$/, 'expected any of the flags i, m, s, u').optional(),
  /** The answer must be JSON (a ```json fence is allowed) and valid against this JSON Schema (draft-07 or 2020-12). */
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
  /** The first number in the answer must be within `tolerance` (absolute) or `relativeTolerance` of this. */
  numeric: z.number().optional(),
  tolerance: z.number().nonnegative().optional(),
  relativeTolerance: z.number().nonnegative().max(1).optional(),
  /** For equals and contains: compare case-insensitively (default false). */
  ignoreCase: z.boolean().optional(),
});
export type CheckInput = z.output<typeof checkSchema>;

export const judgeSchema = z.strictObject({
  /** A destination of gateway.yaml; it must be allowed to see every prompt it judges. */
  destination: name,
  /** What a good answer is, in words; a prompt's own rubric replaces it. */
  rubric: z.string().min(1).optional(),
  /** score: a 1-10 grade per answer; pairwise: candidate vs the baseline, asked in both orders. */
  mode: z.enum(['score', 'pairwise']).default('score'),
});

const promptDefaults = z.strictObject({
  maxTokens: z.number().int().positive().max(200_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
  /** Checks applied to every prompt, before the prompt's own. */
  checks: z.array(checkSchema).default([]),
});

export const promptSchema = z.strictObject({
  id: name,
  /** Shorthand for one user message. */
  prompt: z.string().min(1).optional(),
  messages: z.array(suiteMessageSchema).min(1).optional(),
  tools: z.array(suiteToolSchema).optional(),
  /** A reference answer, shown to the judge. */
  reference: z.string().optional(),
  checks: z.array(checkSchema).default([]),
  rubric: z.string().min(1).optional(),
  /** Raise (never lower) the class the detector finds, like the gateway's x-switchboard-data-class header. */
  dataClass: z.enum(SENSITIVE_CLASSES).optional(),
  maxTokens: z.number().int().positive().max(200_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
  /** Free labels for slicing results (e.g. "dosing", "hard"). */
  tags: z.array(z.string().min(1)).default([]),
});

export const suiteSchema = z.strictObject({
  /** The gateway route (workload) whose data policy applies to these prompts. */
  workload: name,
  description: z.string().optional(),
  /** The team's own label for this version of the suite; evidence also records a content hash. */
  version: z.string().optional(),
  /** Raise every prompt's class (e.g. the whole suite is PHI even if the detector misses synthetic data). */
  dataClass: z.enum(SENSITIVE_CLASSES).optional(),
  defaults: promptDefaults.default(() => promptDefaults.parse({})),
  judge: judgeSchema.optional(),
  prompts: z.array(promptSchema).min(1),
});

export type SuiteInput = z.input<typeof suiteSchema>;
export type RawSuite = z.output<typeof suiteSchema>;
export type RawPrompt = z.output<typeof promptSchema>;
export type Judge = z.output<typeof judgeSchema>;
export type SuiteMessage = z.output<typeof suiteMessageSchema>;
export type SuiteTool = z.output<typeof suiteToolSchema>;
