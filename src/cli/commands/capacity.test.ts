import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../support/io.js';

const run = async (args: string[]) => {
  const io = memoryIo();
  const code = await main(['capacity', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

const fixture = (name: string) => `src/core/catalog/test-configs/${name}.config.json`;

describe('switchboard capacity', () => {
  it('prints speeds with their band and a memory breakdown for a Hugging Face repo id', async () => {
    const r = await run([
      '--model',
      'meta-llama/Llama-3.1-8B-Instruct',
      '--gpu',
      'h100-sxm',
      '--input',
      '1000',
      '--output',
      '200',
    ]);
    expect(r.code).toBe(0);
    for (const field of [
      'outputTokensPerSecond',
      'requestsPerSecond',
      'ttftMs',
      'streamTokensPerSecond',
      'memory per GPU',
      'errorBand',
      'layout',
    ])
      expect(r.out).toContain(field);
    // Long values wrap under their column; read them joined.
    const flat = r.out.replace(/\n {3,}/g, ' ');
    expect(flat).toMatch(
      /memory per GPU\s+80 GB = weights 16\.06 \+ KV\/state pool [\d.]+ \(in use [\d.]+\) \+ activations [\d.]+ \+ runtime 3 \+ free 8/,
    );
    expect(flat).toMatch(/concurrency\s+\d+ \(the engine's largest batch\)/);
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('json output carries the numbers, at the given concurrency', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--precision',
      'fp8',
      '--input',
      '1000',
      '--output',
      '200',
      '--concurrency',
      '8',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      model: 'llama-3.1-8b-instruct',
      gpu: 'h100-sxm',
      precision: 'fp8',
      engine: 'vllm',
      weightsGb: 8.03,
      kvBytesPerToken: 131072,
      concurrency: 8,
    });
    expect(j.memory.weightsGb).toBe(8.03);
    expect(j.outputTokensPerSecond).toBeGreaterThan(0);
    expect(j.errorBand).toBeGreaterThan(0);
    expect(j.parallel.tensorParallel).toBe(1);
  });

  it("--concurrency max is the engine's largest batch", async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--input',
      '1000',
      '--output',
      '200',
      '--concurrency',
      'max',
      '--format',
      'json',
    ]);
    const j = JSON.parse(r.out);
    expect(j.concurrency).toBe(j.maxConcurrency);
  });

  it('70B fp8 on one H100: exit 2, says why and what fits instead', async () => {
    const r = await run([
      '--model',
      'llama-3.3-70b-instruct',
      '--gpu',
      'h100-sxm',
      '--precision',
      'fp8',
      '--input',
      '1000',
      '--output',
      '200',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not fit: weights need 70\.6 GB per GPU/);
    expect(r.err).toMatch(/would fit instead: .*2x h100-sxm at fp8/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a precision the GPU cannot run: exit 2 with the reason', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--precision',
      'fp4',
      '--input',
      '10',
      '--output',
      '10',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--precision: NVFP4 \(fp4\) needs NVIDIA Blackwell FP4 tensor cores/);
  });

  it("a context beyond the model's window: exit 2", async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--input',
      '200000',
      '--output',
      '10',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      // Regression: named --max-context, a flag the user never gave.
      /--input \+ --output: llama-3.1-8b-instruct supports at most 131072 tokens of context, asked for 200000 \+ 10 = 200010/,
    );
  });

  it('unknown GPU: exit 2 with a suggestion', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100',
      '--input',
      '10',
      '--output',
      '10',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--gpu: unknown GPU "h100" \(did you mean "h100-sxm"\?\)/);
  });

  it('an impossible SLO: exit 2 naming the achievable latency and options that would meet it', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'l4',
      '--input',
      '1000',
      '--output',
      '200',
      '--tokens-per-second',
      '500',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /the SLO cannot be met on 1x l4 at bf16: even a trickle of requests sees TTFT [\d.]+ ms and [\d.]+ tokens\/s per stream/,
    );
  });

  it('with an SLO and no concurrency, reports the load within it', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--input',
      '1000',
      '--output',
      '200',
      '--tokens-per-second',
      '40',
      '--format',
      'json',
    ]);
    const j = JSON.parse(r.out);
    expect(j.tpotMs).toBeLessThanOrEqual(25.5);
    expect(j.concurrency).toBeLessThan(j.maxConcurrency);
  });

  it('bad flags are usage errors', async () => {
    expect((await run(['--gpu', 'h100-sxm', '--input', '1', '--output', '1'])).err).toMatch(
      /--model or --model-config: required/,
    );
    expect(
      (await run(['--model', 'llama-3.1-8b-instruct', '--gpu', 'h100-sxm', '--input', 'x', '--output', '1']))
        .err,
    ).toMatch(/--input: expected an integer >= 0, got "x"/);
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--input',
      '1',
      '--output',
      '1',
      '--engine',
      'ollama',
      '--precision',
      'fp8',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ollama does not serve fp8/);
  });

  it('--engine-version 0.6.3 runs vLLM V0 limits, shown in json and text; a bad version names the flag', async () => {
    const ask = [
      '--model',
      'llama-3.1-405b-instruct',
      '--gpu',
      'h100-sxm',
      '--gpus',
      '8',
      '--precision',
      'fp8',
      '--input',
      '128',
      '--output',
      '2048',
      '--concurrency',
      '256',
    ];
    const now = await run([...ask, '--format', 'json']);
    const v0 = await run([...ask, '--engine-version', 'v0.6.3', '--format', 'json']);
    expect(now.code).toBe(0);
    expect(v0.code).toBe(0);
    const a = JSON.parse(now.out) as {
      engineVersion: unknown;
      engineGeneration: unknown;
      outputTokensPerSecond: number;
    };
    const b = JSON.parse(v0.out) as {
      engineVersion: unknown;
      engineGeneration: unknown;
      outputTokensPerSecond: number;
      maxConcurrency: number;
    };
    expect(a.engineVersion).toBeNull();
    expect(a.engineGeneration).toBeNull();
    expect(b.engineVersion).toBe('0.6.3');
    expect(b.engineGeneration).toMatch(/V0/);
    // V0: max_num_seqs 256 and a host cost per sequence per step that V1 removed.
    expect(b.maxConcurrency).toBeLessThanOrEqual(256);
    expect(b.outputTokensPerSecond).toBeLessThan(0.8 * a.outputTokensPerSecond);
    const text = await run([...ask, '--engine-version', '0.6.3']);
    expect(text.out.replace(/\n {3,}/g, ' ')).toMatch(/vllm 0\.6\.3 \[vLLM V0 engine/);
    const bad = await run([...ask, '--engine-version', 'latest']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--engine-version: expected a release number such as 0\.6\.3, got 'latest'/);
  });
});

describe('switchboard capacity --model-config (bring your own model)', () => {
  it.each([
    ['dense-qwen3-8b', 'qwen3-8b', 1, 'bf16'],
    ['moe-gpt-oss-120b', 'gpt-oss-120b', 1, 'mxfp4'],
    ['mla-deepseek-r1', 'deepseek-r1-0528', 8, 'fp8'],
    ['hybrid-qwen3.5-27b', 'qwen3.5-27b', 1, 'bf16'],
  ])('%s: sized from its config.json at its release precision', async (file, id, gpus, precision) => {
    const r = await run([
      '--model-config',
      fixture(file),
      '--gpu',
      'h200',
      '--gpus',
      String(gpus),
      '--input',
      '2000',
      '--output',
      '500',
      '--format',
      'json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ model: id, precision });
    expect(j.outputTokensPerSecond).toBeGreaterThan(0);
  });

  it('a catalog override entry with fromConfig becomes a model (unknown licence shown as unknown)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-cfg-'));
    try {
      await writeFile(
        join(dir, 'my-config.json'),
        JSON.stringify(JSON.parse(await readFile(fixture('hybrid-qwen3.5-27b'), 'utf8'))),
      );
      await writeFile(
        join(dir, 'catalog.yaml'),
        'openModels:\n  - id: my-hybrid\n    fromConfig: ./my-config.json\n',
      );
      const r = await run([
        '--model',
        'my-hybrid',
        '--catalog',
        join(dir, 'catalog.yaml'),
        '--gpu',
        'h200',
        '--input',
        '4000',
        '--output',
        '500',
        '--format',
        'json',
      ]);
      // Accepted, with the missing quality evidence said out loud (issue #10).
      expect(r.err).toBe(
        'warning: catalog.yaml: open model "my-hybrid" has no qualityScore: it is placed at the floor of its declared "standard" tier, shown as an estimate\n',
      );
      expect(JSON.parse(r.out)).toMatchObject({ model: 'my-hybrid', kvBytesPerToken: 65536 });
      const cat = await main(['catalog', 'my-hybrid', '--catalog', join(dir, 'catalog.yaml')], memoryIo());
      expect(cat).toBe(0);
      await writeFile(
        join(dir, 'catalog.yaml'),
        'openModels:\n  - id: broken\n    fromConfig: ./missing.json\n',
      );
      const bad = await run([
        '--model',
        'broken',
        '--catalog',
        join(dir, 'catalog.yaml'),
        '--gpu',
        'h200',
        '--input',
        '10',
        '--output',
        '10',
      ]);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/openModels\[0\]\.fromConfig: \.\/missing\.json: no such file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a config that is not a causal LM: exit 2 naming the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-cfg-'));
    try {
      const path = join(dir, 'config.json');
      await writeFile(
        path,
        JSON.stringify({ architectures: ['BertForSequenceClassification'], hidden_size: 768 }),
      );
      const r = await run(['--model-config', path, '--gpu', 'h100-sxm', '--input', '10', '--output', '10']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/architectures: "BertForSequenceClassification" is not a causal language model/);
      await writeFile(
        path,
        JSON.stringify({
          architectures: ['LlamaForCausalLM'],
          hidden_size: 4096,
          num_attention_heads: 32,
          vocab_size: 32000,
          max_position_embeddings: 4096,
          intermediate_size: 11008,
          num_hidden_layers: -2,
        }),
      );
      const bad = await run(['--model-config', path, '--gpu', 'h100-sxm', '--input', '10', '--output', '10']);
      expect(bad.err).toMatch(/num_hidden_layers: expected a whole number from 1 to 1000, got -2/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('switchboard capacity --help', () => {
  it('lists every flag', async () => {
    const io = memoryIo();
    expect(await main(['capacity', '--help'], io)).toBe(0);
    expect(io.out().split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
      "usage: switchboard capacity (--model <id|hf-repo> | --model-config ./config.json) --gpu <id> --input N --output N [options]

        --model ID           open model: catalog id or Hugging Face repo (deepseek-ai/DeepSeek-R1-0528)"
    `);
    for (const flag of [
      '--model',
      '--model-config',
      '--gpu',
      '--gpus',
      '--precision',
      '--engine',
      '--kv-cache',
      '--input',
      '--output',
      '--concurrency',
      '--max-context',
      '--ttft-ms',
      '--tokens-per-second',
      '--format',
      '--catalog',
    ])
      expect(io.out()).toContain(flag);
  });
});

describe('switchboard capacity text report', () => {
  // Numbers follow the capacity model's fitted factors (src/core/capacity/engine-fits.ts): regenerated with it.
  it('is pinned for Llama-3.1-8B fp8 on one H100 with TensorRT-LLM at 64 streams', async () => {
    const r = await run([
      '--model',
      'llama-3.1-8b-instruct',
      '--gpu',
      'h100-sxm',
      '--precision',
      'fp8',
      '--engine',
      'tensorrt-llm',
      '--input',
      '1000',
      '--output',
      '1000',
      '--concurrency',
      '64',
    ]);
    expect(r.out).toMatchInlineSnapshot(`
      "llama-3.1-8b-instruct on 1x h100-sxm, fp8, tensorrt-llm, 1000 in / 1000 out
        layout                 one GPU
        precision              fp8 weights (native: FP8 tensor cores (Ada, Hopper,
                               Blackwell, MI300)), fp8 KV cache
        concurrency            64; the cache and engine hold 467
        outputTokensPerSecond  7364 (5079-10678) aggregate
        requestsPerSecond      7.36 (5.08-10.68)
        ttftMs                 22.9 (queueing included)
        streamTokensPerSecond  115.4 per stream (tpot 8.67 ms)
        bound                  memory (decode step)
        errorBand              +/-45% (tensorrt-llm: leave-one-out error on published
                               points)
        memory per GPU         80 GB = weights 8.03 + KV/state pool 61.23 (in use
                               8.39) + activations 0.74 + runtime 2 + free 8
        weightsGb              8.03 in all
        kvBytesPerToken        65536 (fp8; before sliding windows or compression)
        kvCacheGb              61.23 per replica (934,323 tokens at full attention)
      "
    `);
  });
});
