import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openAiCompatible } from './providers/openai-compatible/index.js';
import { addUsage, mergeStreams } from './stream-merge.js';

const body = (): PassThrough => new PassThrough();
const chunk = (content: string, finish: string | null = null): string => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
const usage = (input: number, output: number): string => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [], usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output } })}\n\n`;

async function read(b: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const part of b) text += (part as Buffer).toString();
  return text;
}

describe('mergeStreams (n streamed answers from n upstream streams)', () => {
  it('re-indexes each stream as its own choice, interleaved as they arrive; [DONE] only after the last; usage summed once', async () => {
    const [a, b] = [body(), body()];
    const merged = mergeStreams([a, b], () => openAiCompatible.streamDecoder());
    const out = read(merged.body);
    a.write(chunk('red'));
    b.write(chunk('blue'));
    a.end(chunk('', 'stop') + usage(10, 1) + 'data: [DONE]\n\n');
    b.end(chunk('', 'stop') + usage(10, 2) + 'data: [DONE]\n\n');
    const text = await out;
    const events = text.split('\n\n').filter(Boolean).map((e) => e.slice('data: '.length));
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e) as { choices: { index: number; delta: { content?: string } }[]; usage?: unknown });
    // Interleaved as they arrive; within each choice, in its stream's order.
    const byChoice = [0, 1].map((i) => chunks.filter((c) => c.choices[0]!.index === i).map((c) => c.choices[0]!.delta.content));
    expect(byChoice).toEqual([
      ['red', ''],
      ['blue', ''],
    ]);
    // The upstreams' usage chunks are not forwarded: the encoder sends one, from the summed usage.
    expect(chunks.every((c) => c.usage === undefined)).toBe(true);
    for (const e of events) merged.decoder.push({ event: undefined, data: e });
    expect(merged.decoder.done).toBe(true);
    expect(merged.decoder.usage()).toEqual({ inputTokens: 20, outputTokens: 3, cachedInputTokens: 0 });
  });

  it('one stream ending early (no terminal event, no usage) or failing cuts the merged stream, and closes the others', async () => {
    const [a, b] = [body(), body()];
    const merged = mergeStreams([a, b], () => openAiCompatible.streamDecoder());
    const out = read(merged.body).catch((e: unknown) => e);
    a.write(chunk('red'));
    b.end(chunk('blu'));
    expect(await out).toBeInstanceOf(Error);
    expect(a.destroyed).toBe(true);
  });

  it('the caller hanging up closes every upstream stream', () => {
    const [a, b] = [body(), body()];
    const merged = mergeStreams([a, b], () => openAiCompatible.streamDecoder());
    merged.body.destroy();
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect([a.destroyed, b.destroyed]).toEqual([true, true]);
        resolve();
      }),
    );
  });

  it('adds usage up, cache writes and their 1-hour part included', () => {
    expect(addUsage([{ inputTokens: 10, outputTokens: 1, cachedInputTokens: 2, cacheWriteInputTokens: 5, cacheWrite1hInputTokens: 5 }, { inputTokens: 10, outputTokens: 2, cachedInputTokens: 7 }])).toEqual({ inputTokens: 20, outputTokens: 3, cachedInputTokens: 9, cacheWriteInputTokens: 5, cacheWrite1hInputTokens: 5 });
  });
});
