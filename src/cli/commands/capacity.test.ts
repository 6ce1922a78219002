import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';

const run = async (args: string[]) => {
  const io = memoryIo();
  const code = await main(['capacity', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

describe('switchboard capacity', () => {
  it('prints the required figures for a Hugging Face repo id', async () => {
    const r = await run(['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--gpu', 'h100-sxm', '--input', '1000', '--output', '200']);
    expect(r.code).toBe(0);
    for (const field of ['weightsGb', 'kvBytesPerToken', 'maxConcurrency', 'ttftMs', 'tpotMs', 'outputTokensPerSecond', 'errorBand']) expect(r.out).toContain(field);
    expect(r.out).toMatch(/weightsGb\s+16\.06/);
    expect(r.out).toMatch(/kvBytesPerToken\s+131072 \(bf16 KV cache\)/);
    expect(r.out).toMatch(/concurrency\s+\d+ \(engine saturation\)/);
  });

  it('json output carries the numbers, at the given concurrency', async () => {
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--precision', 'fp8', '--input', '1000', '--output', '200', '--concurrency', '8', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ model: 'llama-3.1-8b-instruct', gpu: 'h100-sxm', precision: 'fp8', engine: 'vllm', weightsGb: 8.03, kvBytesPerToken: 65536, concurrency: 8 });
    expect(j.outputTokensPerSecond).toBeGreaterThan(0);
    expect(j.errorBand).toBeGreaterThan(0);
  });

  it('70B fp8 on one H100: exit 2, says why and what fits instead', async () => {
    const r = await run(['--model', 'llama-3.3-70b-instruct', '--gpu', 'h100-sxm', '--precision', 'fp8', '--input', '1000', '--output', '200']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not fit: weights need 70\.6 GB per GPU/);
    expect(r.err).toMatch(/would fit instead: .*2x h100-sxm at fp8/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('unknown GPU: exit 2 with a suggestion', async () => {
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100', '--input', '10', '--output', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--gpu: unknown GPU "h100" \(did you mean "h100-sxm"\?\)/);
  });

  it('an impossible SLO: exit 2 naming the achievable latency and options that would meet it', async () => {
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'l4', '--input', '1000', '--output', '200', '--tokens-per-second', '500']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the SLO cannot be met on 1x l4 at bf16: even one stream has TTFT [\d.]+ ms and TPOT [\d.]+ ms/);
  });

  it('with an SLO and no concurrency, reports the most concurrency within it', async () => {
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--input', '1000', '--output', '200', '--tokens-per-second', '40', '--format', 'json']);
    const j = JSON.parse(r.out);
    expect(j.tpotMs).toBeLessThanOrEqual(25);
    expect(j.concurrency).toBeLessThan(j.maxConcurrency);
  });

  it('bad flags are usage errors', async () => {
    expect((await run(['--gpu', 'h100-sxm', '--input', '1', '--output', '1'])).err).toMatch(/--model: required/);
    expect((await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--input', 'x', '--output', '1'])).err).toMatch(/--input: expected an integer >= 0, got "x"/);
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--input', '1', '--output', '1', '--engine', 'ollama', '--precision', 'fp8']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ollama does not serve fp8/);
  });
});

describe('switchboard capacity --help', () => {
  it('lists every flag', async () => {
    const io = memoryIo();
    expect(await main(['capacity', '--help'], io)).toBe(0);
    expect(io.out().split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
      "usage: switchboard capacity --model <id|hf-repo> --gpu <id> --input N --output N [options]

        --model ID         open model: catalog id or Hugging Face repo (meta-llama/Llama-3.1-8B-Instruct)"
    `);
    for (const flag of ['--model', '--gpu', '--gpus', '--precision', '--engine', '--input', '--output', '--concurrency', '--max-context', '--ttft-ms', '--tokens-per-second', '--format', '--catalog']) expect(io.out()).toContain(flag);
  });
});

describe('switchboard capacity text report', () => {
  it('is pinned for Llama-3.1-8B fp8 on one H100 with TensorRT-LLM at 64 streams', async () => {
    const r = await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--precision', 'fp8', '--engine', 'tensorrt-llm', '--input', '1000', '--output', '1000', '--concurrency', '64']);
    expect(r.out).toMatchInlineSnapshot(`
      "llama-3.1-8b-instruct on 1x h100-sxm, fp8 weights, tensorrt-llm, 1000 in / 1000 out
        weightsGb              8.03
        kvBytesPerToken        65536 (fp8 KV cache)
        kvCacheGb              61.73 (941,952 tokens)
        maxConcurrency         470
        concurrency            64
        ttftMs                 22.9
        tpotMs                 6.42 (155.7 tokens/s per stream)
        outputTokensPerSecond  9937 (aggregate)
        requestsPerSecond      9.94
        bound                  memory (decode)
        errorBand              +/-30%
      "
    `);
  });
});
