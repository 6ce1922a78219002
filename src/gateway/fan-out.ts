import type { Dispatcher } from 'undici';
import type { MeteredUsage } from '../core/routing/index.js';
import type { ProviderAdapter, UpstreamRequest } from './providers/index.js';
import type { Runtime } from './runtime.js';
import { toOpenAiUsage } from './translate/usage.js';
import { send } from './upstream.js';
import type { ChatCompletion } from './wire/openai.js';

export interface Answer {
  completion: ChatCompletion;
  usage: MeteredUsage;
}

/**
 * `count` more copies of the request sent to one destination at once, each read by `read` when it answers 2xx: what
 * came back, and how many failed. `totalMs` is the deadline of one call (a JSON answer's or a whole stream's).
 */
async function sendCopies<T>(rt: Runtime, args: { name: string; request: UpstreamRequest; count: number; signal: AbortSignal }, totalMs: number, read: (body: Dispatcher.ResponseData['body']) => Promise<T> | T): Promise<{ ok: T[]; failed: number }> {
  const dest = rt.config.destinations[args.name]!;
  const dispatcher = rt.agents.get(args.name)!;
  const settled = await Promise.allSettled(
    Array.from({ length: args.count }, async () => {
      const res = await send(args.request, { dispatcher, signal: args.signal, timeoutMs: dest.timeoutMs, totalMs, maxBytes: dest.maxResponseBytes });
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump();
        throw new Error(`HTTP ${res.statusCode}`);
      }
      return read(res.body);
    }),
  );
  const ok = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return { ok, failed: settled.length - ok.length };
}

/** The extra upstream calls for `n` answers from an upstream that gives one per request, and how many failed. */
export async function extraAnswers(rt: Runtime, args: { name: string; adapter: ProviderAdapter; request: UpstreamRequest; count: number; signal: AbortSignal; createdSec: number }): Promise<{ answers: Answer[]; failed: number }> {
  // Answers that came back are metered even when others failed: their tokens were spent.
  const { ok, failed } = await sendCopies(rt, args, rt.config.destinations[args.name]!.attemptDeadlineMs, async (body) => args.adapter.parseResponse(await body.json(), args.createdSec));
  return { answers: ok, failed };
}

/**
 * The extra upstream streams for `n` streamed answers, opened before a byte goes to the caller: when one of them is
 * refused, every stream (the first one's included) is closed and the caller gets an error, never fewer choices.
 */
export async function extraStreams(rt: Runtime, args: { name: string; request: UpstreamRequest; count: number; signal: AbortSignal }): Promise<{ bodies: Dispatcher.ResponseData['body'][]; failed: number }> {
  const { ok, failed } = await sendCopies(rt, args, rt.config.destinations[args.name]!.maxStreamMs, (body) => body);
  return { bodies: ok, failed };
}

/** One completion with every answer as a choice (indexed in order) and the usage of all calls added up. */
export function mergeAnswers(answers: readonly Answer[]): Answer {
  const first = answers[0]!;
  const usage = answers.reduce<MeteredUsage>((u, a) => ({ inputTokens: u.inputTokens + a.usage.inputTokens, outputTokens: u.outputTokens + a.usage.outputTokens, cachedInputTokens: u.cachedInputTokens + a.usage.cachedInputTokens }), { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 });
  const written = answers.reduce((w, a) => w + (a.usage.cacheWriteInputTokens ?? 0), 0);
  const oneHour = answers.reduce((w, a) => w + (a.usage.cacheWrite1hInputTokens ?? 0), 0);
  if (written > 0) usage.cacheWriteInputTokens = written;
  if (oneHour > 0) usage.cacheWrite1hInputTokens = oneHour;
  const choices = answers.flatMap((a) => a.completion.choices.slice(0, 1)).map((c, index) => ({ ...c, index }));
  return { completion: { ...first.completion, choices, usage: toOpenAiUsage(usage) }, usage };
}
