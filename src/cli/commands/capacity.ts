import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  architectureFromConfig,
  findGpu,
  findOpenModel,
  idFromName,
  parseConfigText,
} from '../../core/catalog/index.js';
import {
  ENGINE_FORMATS,
  ENGINE_PROFILES,
  engineGeneration,
  estimateCapacity,
  estimateWithPlan,
  planReplica,
  precisionProblem,
  sloOperatingPoint,
  suggestFits,
  type CapacityEstimate,
  type LatencySlo,
  type ModelArch,
} from '../../core/capacity/index.js';
import { formatIssues } from '../../core/result.js';
import { ENGINES, PRECISIONS, type Engine, type Precision } from '../../core/profile/index.js';
import { enumFlag, numberFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { renderCapacityText } from './capacity-render.js';

const USAGE = `switchboard capacity (--model <id|hf-repo> | --model-config ./config.json) --gpu <id> --input N --output N [options]

  --model ID           open model: catalog id or Hugging Face repo (deepseek-ai/DeepSeek-R1-0528)
  --model-config FILE  a Hugging Face config.json instead of a catalog model (bring your own model)
  --gpu ID             GPU type from the catalog: h100-sxm, h200, b200, rtx-4090, mi300x, ...
  --gpus N             GPUs per replica (default 1); up to a node: tensor parallel over NVLink/PCIe;
                       whole nodes beyond: pipeline (dense) or expert (MoE) parallel over the network
  --precision P        ${PRECISIONS.join(' | ')}
                       (default: the model's release precision when the engine and GPU run it, else bf16;
                       gguf-q4 for llama-cpp/ollama). fp4 = NVFP4 (Blackwell); mxfp4 = OCP MXFP4
  --engine E           ${ENGINES.join(' | ')} (default vllm)
  --engine-version V   the engine release, e.g. 0.6.3: vLLM before 0.8 runs the V0 engine (its batch limits
                       and host cost per sequence); default the current release
  --kv-cache P         bf16 | fp8 (default: the engine's own default)
  --input N            prompt tokens per request
  --output N           completion tokens per request
  --concurrency C      requests in flight, or max (default: the engine's largest batch, or the most within the SLO)
  --max-context N      longest prompt + completion that must fit (default input + output)
  --ttft-ms N          latency SLO: time to first token at most N ms (queueing included)
  --tokens-per-second N  latency SLO: each stream at least N output tokens/s
  --format F           text (default) | json
  --catalog FILE       GPUs and models merged over the built-in catalog by id

Exit 2 with the reason when the ask is infeasible: does not fit, context too long, precision not run
by that engine or GPU, SLO out of reach.`;

const FORMATS = ['text', 'json'] as const;
const KV = ['bf16', 'fp8'] as const;
/** A release number such as 0.6.3 or v0.17.1 (a suffix such as rc1 or .post2 allowed). */
function versionFlag(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim().replace(/^v/i, '');
  if (!/^\d+\.\d+(\.\d+)?([.-]?[a-z0-9]+)*$/i.test(v))
    throw new UsageError(`--engine-version: expected a release number such as 0.6.3, got '${raw}'`);
  return v;
}
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

async function modelFromConfig(
  path: string,
  io: CliIo,
): Promise<ModelArch & { id: string; maxContextTokens: number }> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--model-config ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  const parsed = parseConfigText(text);
  const arch = parsed.ok ? architectureFromConfig(parsed.value) : parsed;
  if (!arch.ok)
    throw new UsageError(
      `--model-config ${path}:\n${formatIssues(arch.issues)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  const named =
    parsed.ok &&
    parsed.value &&
    typeof (parsed.value as Record<string, unknown>)['_name_or_path'] === 'string'
      ? String((parsed.value as Record<string, unknown>)['_name_or_path'])
      : '';
  const id = idFromName(
    named.length > 0
      ? named
      : basename(path) === 'config.json'
        ? basename(resolve(io.cwd, path, '..'))
        : basename(path),
  );
  return { ...arch.value, id };
}

/** The release precision when this engine and GPU run it; otherwise bf16 (GGUF Q4 for llama.cpp/Ollama). */
function defaultPrecision(
  model: ModelArch,
  engine: Engine,
  gpu: Parameters<typeof precisionProblem>[1],
): Precision {
  const native = model.nativePrecision;
  if (native && !precisionProblem(engine, gpu, native)) return native;
  return ENGINE_FORMATS[engine].includes('bf16') && engine !== 'llama-cpp' && engine !== 'ollama'
    ? 'bf16'
    : 'gguf-q4';
}

export const capacityCommand: Command = {
  name: 'capacity',
  summary:
    'memory, KV cache or state, concurrency, TTFT, per-stream speed and throughput of one model on N GPUs',
  usage: USAGE,
  run: async (args, io) => {
    const head = USAGE.split('\n')[0] ?? '';
    const { values } = parseCliArgs(
      args,
      {
        model: { type: 'string' },
        'model-config': { type: 'string' },
        gpu: { type: 'string' },
        gpus: { type: 'string' },
        precision: { type: 'string' },
        engine: { type: 'string' },
        'engine-version': { type: 'string' },
        'kv-cache': { type: 'string' },
        input: { type: 'string' },
        output: { type: 'string' },
        concurrency: { type: 'string' },
        'max-context': { type: 'string' },
        'ttft-ms': { type: 'string' },
        'tokens-per-second': { type: 'string' },
        format: { type: 'string' },
        catalog: { type: 'string' },
      },
      head,
    );
    if (values.model === undefined && values['model-config'] === undefined)
      throw new UsageError(`--model or --model-config: required\nusage: ${head}`);
    if (values.model !== undefined && values['model-config'] !== undefined)
      throw new UsageError('--model, --model-config: give one, not both');
    if (values.gpu === undefined) throw new UsageError(`--gpu: required\nusage: ${head}`);
    const inputTokens = numberFlag(values.input, 'input', { min: 0, integer: true });
    const outputTokens = numberFlag(values.output, 'output', { min: 0, integer: true });
    if (inputTokens === undefined || outputTokens === undefined)
      throw new UsageError('--input and --output: required (tokens per request)');
    if (inputTokens + outputTokens === 0)
      throw new UsageError('--input, --output: expected at least one token per request');
    const gpus = numberFlag(values.gpus, 'gpus', { min: 1, integer: true }) ?? 1;
    const concurrency =
      values.concurrency === 'max'
        ? 'max'
        : numberFlag(values.concurrency, 'concurrency', { min: 1, integer: true });
    const maxContext = numberFlag(values['max-context'], 'max-context', { min: 1, integer: true });
    const slo: LatencySlo = {
      ttftMs: numberFlag(values['ttft-ms'], 'ttft-ms', { min: 1 }),
      outputTokensPerSecond: numberFlag(values['tokens-per-second'], 'tokens-per-second', { min: 0.1 }),
    };
    const hasSlo = slo.ttftMs !== undefined || slo.outputTokensPerSecond !== undefined;
    const engine: Engine = enumFlag(values.engine, 'engine', ENGINES) ?? 'vllm';
    const engineVersion = versionFlag(values['engine-version']);
    const generation = engineGeneration(engine, engineVersion);
    const kvPrecision = enumFlag(values['kv-cache'], 'kv-cache', KV);
    const asked = enumFlag(values.precision, 'precision', PRECISIONS);
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'text';

    const catalog = await loadCatalog(values.catalog, io);
    const gpu = findGpu(catalog, values.gpu);
    if (!gpu.ok) throw new UsageError(`--gpu: ${gpu.issues[0]?.message ?? 'unknown'}`);
    let model: ModelArch & { id: string; maxContextTokens: number };
    if (values['model-config'] !== undefined) {
      model = await modelFromConfig(values['model-config'], io);
    } else {
      const found = findOpenModel(catalog, values.model ?? '');
      if (!found.ok) throw new UsageError(`--model: ${found.issues[0]?.message ?? 'unknown'}`);
      model = found.value;
    }
    const precision = asked ?? defaultPrecision(model, engine, gpu.value);
    const precisionIssue = precisionProblem(engine, gpu.value, precision);
    if (precisionIssue) throw new UsageError(`--precision: ${precisionIssue}`);
    const context = maxContext ?? inputTokens + outputTokens;
    if (context > model.maxContextTokens)
      throw new UsageError(
        maxContext === undefined
          ? `--input + --output: ${model.id} supports at most ${model.maxContextTokens} tokens of context, asked for ${inputTokens} + ${outputTokens} = ${context}`
          : `--max-context: ${model.id} supports at most ${model.maxContextTokens} tokens, asked for ${context}`,
      );

    const load = { inputTokens, outputTokens };
    const instead = (withSlo: boolean): string => {
      const s = suggestFits({
        model,
        gpus: catalog.gpus,
        engine,
        load,
        maxContextTokens: context,
        preferGpuId: gpu.value.id,
        ...(withSlo && hasSlo ? { slo } : {}),
      });
      return s.length > 0
        ? `\nwould fit instead: ${s.map((x) => x.text).join('; ')}`
        : `\nnothing in the catalog fits this with ${engine}`;
    };
    const base = {
      model,
      gpu: gpu.value,
      precision,
      engine,
      gpus,
      ...load,
      maxContextTokens: context,
      ...(kvPrecision ? { kvPrecision } : {}),
      ...(engineVersion !== undefined ? { engineVersion } : {}),
    };
    let sloNote: string | null =
      concurrency === undefined || concurrency === 'max' ? "the engine's largest batch" : null;
    let r = estimateCapacity({ ...base, ...(concurrency !== undefined ? { concurrency } : {}) });
    if (!r.ok) {
      const field = r.issues[0]?.path === 'gpus' ? '--gpus: ' : '';
      throw new UsageError(
        `${field}${r.issues.map((i) => i.message).join('; ')}${r.issues[0]?.path === 'model' ? instead(false) : ''}`,
      );
    }
    if (hasSlo && concurrency === undefined) {
      const plan = planReplica(base);
      if (typeof plan === 'string') throw new UsageError(`--gpus: ${plan}`);
      const op = sloOperatingPoint(plan, load, slo);
      if (!op.meetsSlo) {
        const ms = (x: number): string => `${round(x * 1000)} ms`;
        throw new UsageError(
          `the SLO cannot be met on ${gpus}x ${gpu.value.id} at ${precision}: even a trickle of requests sees TTFT ${ms(op.point.ttftS)} and ${round(1 / op.point.tpotS)} tokens/s per stream${instead(true)}`,
        );
      }
      r = { ok: true, value: estimateWithPlan(plan, load, op.point) };
      sloNote = `in flight at the most requests/s within the SLO, ${round(op.point.requestsPerSecond, 2)} req/s offered`;
    }
    const e: CapacityEstimate = r.value;
    if (format === 'json') {
      const { parallel, ...rest } = e;
      io.stdout(
        `${JSON.stringify({ model: model.id, gpu: gpu.value.id, gpus, precision, inputTokens, outputTokens, engineVersion: engineVersion ?? null, engineGeneration: generation?.label ?? null, parallel, ...rest, engineNote: ENGINE_PROFILES[engine].note }, null, 2)}\n`,
      );
    } else {
      io.stdout(
        renderCapacityText({
          model: model.id,
          gpu: gpu.value.id,
          gpus,
          precision,
          engine:
            engineVersion === undefined
              ? engine
              : `${engine} ${engineVersion}${generation ? ` [${generation.label}]` : ''}`,
          inputTokens,
          outputTokens,
          estimate: e,
          concurrencyNote: sloNote,
        }),
      );
    }
    return 0;
  },
};
