import { z } from 'zod';

/** Text the detector can read: token-id arrays could carry anything, so they are refused rather than guessed at. */
const scannable = z.union([z.string(), z.array(z.string()).min(1)], { error: 'must be text or a list of texts; token-id arrays cannot be scanned for sensitive data' });

/** Inbound OpenAI Responses request (stateless); fields are judged in translate/responses.ts. */
export const responsesRequestSchema = z.looseObject({
  model: z.string().optional(),
  input: z.union([z.string(), z.array(z.looseObject({ type: z.string().optional(), role: z.string().optional() }))]),
  instructions: z.string().nullable().optional(),
  stream: z.boolean().optional(),
  max_output_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().nullable().optional(),
  tools: z.array(z.looseObject({ type: z.string() })).optional(),
});
export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;

export const embeddingsRequestSchema = z.looseObject({
  model: z.string().optional(),
  input: scannable,
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().optional(),
});

export const completionsRequestSchema = z.looseObject({
  model: z.string().optional(),
  prompt: scannable,
  stream: z.boolean().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
});

/** Anthropic's count_tokens takes a Messages request without max_tokens. */
export const countTokensRequestSchema = z.looseObject({
  model: z.string().optional(),
  messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(z.looseObject({ type: z.string().min(1) }))]) })).min(1),
  system: z.union([z.string(), z.array(z.looseObject({ type: z.string().min(1) }))]).optional(),
  tools: z.array(z.looseObject({ name: z.string(), description: z.string().optional(), input_schema: z.unknown().optional() })).optional(),
});
