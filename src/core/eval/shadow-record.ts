import { z } from 'zod';
import { DATA_CLASS_ORDER } from '../routing/data-class.js';
import { CALL_ERROR_CODES } from './run-types.js';
import { CHECK_KINDS } from './suite-schema.js';

/**
 * One mirrored request as stored: scores, lengths, token counts and timings only. The schema is strict, so no
 * field can carry prompt or completion text into the store (check names come from gateway.yaml, not from traffic).
 */
const side = z.strictObject({
  status: z.enum(['answered', 'failed']),
  errorCode: z.enum(CALL_ERROR_CODES).optional(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  cachedInputTokens: z.number().int().nonnegative(),
  costMicroUsd: z.number().int().nonnegative(),
  latencyMs: z.number().nonnegative(),
  ttftMs: z.number().nonnegative().nullable(),
  outputChars: z.number().int().nonnegative(),
});

const preference = z.enum(['A', 'B', 'tie']);

export const shadowMeasuresSchema = z.strictObject({
  primary: side,
  shadow: side,
  checks: z.array(z.strictObject({ name: z.string().max(200), kind: z.enum(CHECK_KINDS), primaryPass: z.boolean(), shadowPass: z.boolean().nullable() })),
  judge: z
    .strictObject({
      destination: z.string(),
      mode: z.enum(['score', 'pairwise']),
      status: z.enum(['scored', 'not-allowed', 'failed', 'unreadable', 'skipped']),
      primaryRating: z.number().min(1).max(10).optional(),
      shadowRating: z.number().min(1).max(10).optional(),
      win: z.number().min(0).max(1).optional(),
      preferences: z.tuple([preference, preference]).optional(),
      costMicroUsd: z.number().int().nonnegative(),
    })
    .nullable(),
});

export const shadowRecordSchema = z.strictObject({
  id: z.string().min(1).max(100),
  /** Epoch ms of the primary request. */
  time: z.number().int().nonnegative(),
  workload: z.string().min(1).max(200),
  dataClass: z.enum(DATA_CLASS_ORDER),
  primaryDestination: z.string().min(1).max(200),
  shadowDestination: z.string().min(1).max(200),
  measures: shadowMeasuresSchema,
});

export type ShadowRecord = z.output<typeof shadowRecordSchema>;
export type ShadowSide = z.output<typeof side>;
export type ShadowMeasures = z.output<typeof shadowMeasuresSchema>;
