import type { Gpu, OpenModel } from '../catalog/index.js';
import type { OpenDeployment } from '../cost/contract.js';
import { contextRequirement } from '../decision/context.js';
import type { Precision, Workload } from '../profile/index.js';

/** How vLLM loads each precision: its --quantization value and whether a pre-quantized checkpoint is needed. */
const QUANTIZATION: Record<Precision, { flag: string | null; checkpoint: string | null }> = {
  bf16: { flag: null, checkpoint: null },
  // vLLM quantizes bf16 weights to FP8 at load time, so the original repo works as is.
  fp8: { flag: 'fp8', checkpoint: null },
  int8: { flag: 'compressed-tensors', checkpoint: 'an INT8 W8A8 checkpoint (for example made with llm-compressor)' },
  'int4-awq': { flag: 'awq', checkpoint: 'an AWQ INT4 checkpoint' },
  'int4-gptq': { flag: 'gptq', checkpoint: 'a GPTQ INT4 checkpoint' },
  // vLLM reads MXFP4/NVFP4 from the checkpoint's quantization_config; gpt-oss's own repo is MXFP4.
  mxfp4: { flag: null, checkpoint: 'an MXFP4 checkpoint (the original repo for models released in MXFP4, such as gpt-oss)' },
  fp4: { flag: null, checkpoint: 'an NVFP4 checkpoint (for example an nvidia/*-NVFP4 ModelOpt export)' },
  'gguf-q4': { flag: 'gguf', checkpoint: 'a Q4_K_M .gguf file' },
  'gguf-q5': { flag: 'gguf', checkpoint: 'a Q5_K_M .gguf file' },
  'gguf-q8': { flag: 'gguf', checkpoint: 'a Q8_0 .gguf file' },
};

export interface VllmLaunch {
  /** What vLLM loads: the HF repo, or a placeholder when a pre-quantized checkpoint is needed. */
  model: string;
  /** Name the server answers to; always the HF repo so the gateway config does not depend on the checkpoint. */
  servedModelName: string;
  /** Flag/value pairs after `vllm serve <model>`, in a fixed order. */
  flags: [string, string][];
  /** Set when the precision needs a pre-quantized checkpoint the catalog does not name. */
  checkpointNote: string | null;
  /** What MODEL must then point at, e.g. "an AWQ INT4 checkpoint of meta-llama/...". */
  checkpoint: string | null;
}

/**
 * The longest prompt + completion to serve: the workload's context requirement, which the cost model sized the
 * KV cache for. Never lowered to the model's window: null when the model cannot hold it (the plan then fails).
 */
export function maxModelLength(workload: Pick<Workload, 'maxContextTokens' | 'inputTokens' | 'outputTokens'>, model: Pick<OpenModel, 'maxContextTokens'>): number | null {
  const need = contextRequirement(workload).tokens;
  return need <= model.maxContextTokens ? need : null;
}

export interface VllmLaunchInput {
  model: OpenModel;
  deployment: OpenDeployment;
  maxModelLen: number;
  port: number;
  gpuMemoryUtilization: number;
}

export function vllmLaunch(input: VllmLaunchInput): VllmLaunch {
  const { model, deployment } = input;
  const quant = QUANTIZATION[deployment.precision];
  const flags: [string, string][] = [
    ['--served-model-name', model.hfRepo],
    ['--host', '0.0.0.0'],
    ['--port', String(input.port)],
    ['--tensor-parallel-size', String(deployment.tensorParallel)],
    ['--max-model-len', String(input.maxModelLen)],
    ['--gpu-memory-utilization', input.gpuMemoryUtilization.toFixed(2)],
    // The capacity model sized the replica count for this many concurrent sequences per replica.
    ['--max-num-seqs', String(Math.max(1, Math.floor(deployment.maxConcurrencyPerReplica)))],
  ];
  if (quant.flag) flags.push(['--quantization', quant.flag]);
  else flags.push(['--dtype', 'bfloat16']);
  // A GGUF file carries no Hugging Face tokenizer config; vLLM takes it from the original repo.
  if (quant.flag === 'gguf') flags.push(['--tokenizer', model.hfRepo]);
  return {
    model: quant.checkpoint ? `/models/${model.id}-${deployment.precision}` : model.hfRepo,
    servedModelName: model.hfRepo,
    flags,
    checkpointNote: quant.checkpoint ? `${deployment.precision} needs ${quant.checkpoint} of ${model.hfRepo}` : null,
    checkpoint: quant.checkpoint ? `${quant.checkpoint} of ${model.hfRepo}` : null,
  };
}

/** Arguments after `vllm serve`. */
export const vllmArgs = (launch: VllmLaunch, model = launch.model): string[] => [model, ...launch.flags.flat()];

export const flagValue = (launch: VllmLaunch, flag: string): string | undefined => launch.flags.find(([f]) => f === flag)?.[1];

const shellQuote = (s: string): string => (/^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export interface VllmScriptInput {
  workload: string;
  launch: VllmLaunch;
  model: OpenModel;
  gpu: Gpu;
  deployment: OpenDeployment;
}

/** A POSIX shell script that starts one replica on one host. */
export function vllmScript(input: VllmScriptInput): string {
  const { launch, deployment } = input;
  const modelLine = launch.checkpoint
    ? `MODEL="\${MODEL:?set MODEL to the path or repo of ${launch.checkpoint.replace(/"/g, '')}}"`
    : `MODEL="\${MODEL:-${launch.model}}"`;
  const flagLines = launch.flags.map(([f, v]) => `  ${f} ${shellQuote(v)}`);
  return [
    '#!/bin/sh',
    `# Generated by \`switchboard plan\` for workload "${input.workload}": ${input.model.name} (${deployment.precision}) on ${deployment.tensorParallel}x ${input.gpu.name}.`,
    `# One replica per host; the plan sizes ${deployment.replicas} replica(s), ${deployment.gpuCount} GPU(s) in all. Needs vLLM (pip install vllm) and CUDA or ROCm.`,
    '# Gated models need HF_TOKEN in the environment. Check it is up: curl -s localhost:' + (flagValue(launch, '--port') ?? '8000') + '/health',
    'set -eu',
    modelLine,
    'exec vllm serve "$MODEL" \\',
    flagLines.join(' \\\n'),
    '',
  ].join('\n');
}
