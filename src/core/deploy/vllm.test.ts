import { describe, expect, it } from 'vitest';
import { findOpenModel, type OpenModel } from '../catalog/index.js';
import type { Precision } from '../profile/index.js';
import { catalog, deployment } from './test-support/fixtures.js';
import { flagValue, maxModelLength, vllmArgs, vllmLaunch, vllmScript } from './vllm.js';

function model(id: string): OpenModel {
  const m = findOpenModel(catalog, id);
  if (!m.ok) throw new Error(id);
  return m.value;
}

const launch = (precision: Precision = 'fp8') =>
  vllmLaunch({ model: model('llama-3.1-70b-instruct'), deployment: deployment({ precision, tensorParallel: 4, maxConcurrencyPerReplica: 37.6 }), maxModelLen: 8192, port: 8000, gpuMemoryUtilization: 0.9 });

describe('vllmLaunch', () => {
  it('takes tensor parallelism, concurrency and context from the sized deployment', () => {
    const l = launch();
    expect(Object.fromEntries(l.flags)).toEqual({
      '--served-model-name': 'meta-llama/Llama-3.1-70B-Instruct',
      '--host': '0.0.0.0',
      '--port': '8000',
      '--tensor-parallel-size': '4',
      '--max-model-len': '8192',
      '--gpu-memory-utilization': '0.90',
      '--max-num-seqs': '37',
      '--quantization': 'fp8',
    });
    expect(l.model).toBe('meta-llama/Llama-3.1-70B-Instruct');
    expect(l.checkpointNote).toBeNull();
    expect(vllmArgs(l).slice(0, 3)).toEqual(['meta-llama/Llama-3.1-70B-Instruct', '--served-model-name', 'meta-llama/Llama-3.1-70B-Instruct']);
  });

  it('maps each precision to how vLLM loads it', () => {
    expect([flagValue(launch('bf16'), '--quantization'), flagValue(launch('bf16'), '--dtype')]).toEqual([undefined, 'bfloat16']);
    const awq = launch('int4-awq');
    expect(flagValue(awq, '--quantization')).toBe('awq');
    expect(awq.checkpointNote).toBe('int4-awq needs an AWQ INT4 checkpoint of meta-llama/Llama-3.1-70B-Instruct');
    expect(awq.servedModelName).toBe('meta-llama/Llama-3.1-70B-Instruct');
    const gguf = launch('gguf-q4');
    expect([flagValue(gguf, '--quantization'), flagValue(gguf, '--tokenizer')]).toEqual(['gguf', 'meta-llama/Llama-3.1-70B-Instruct']);
  });

  it('writes a script that passes every flag and demands a checkpoint when one is needed', () => {
    const script = vllmScript({ workload: 'notes', launch: launch(), model: model('llama-3.1-70b-instruct'), gpu: catalog.gpus[0]!, deployment: deployment({ tensorParallel: 4 }) });
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain('exec vllm serve "$MODEL" \\\n  --served-model-name meta-llama/Llama-3.1-70B-Instruct \\\n');
    expect(script).toContain('  --tensor-parallel-size 4 \\\n');
    expect(script.trimEnd().endsWith('--quantization fp8')).toBe(true);
    const awq = vllmScript({ workload: 'notes', launch: launch('int4-awq'), model: model('llama-3.1-70b-instruct'), gpu: catalog.gpus[0]!, deployment: deployment() });
    expect(awq).toContain('MODEL="${MODEL:?set MODEL to int4-awq needs an AWQ INT4 checkpoint');
  });
});

describe('maxModelLength', () => {
  it('uses the workload limit, else the cost model\'s default (4x the mean request, at least 4,096), capped by the model', () => {
    const llama = model('llama-3.1-8b-instruct');
    expect(maxModelLength({ inputTokens: 600, outputTokens: 400 }, llama)).toBe(4096);
    expect(maxModelLength({ inputTokens: 3000, outputTokens: 500 }, llama)).toBe(14_000);
    expect(maxModelLength({ inputTokens: 3000, outputTokens: 500, maxContextTokens: 32_000 }, llama)).toBe(32_000);
    expect(maxModelLength({ inputTokens: 1e6, outputTokens: 0 }, llama)).toBe(llama.maxContextTokens);
  });
});
