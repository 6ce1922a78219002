import { findGpu, findOpenModel } from '../../core/catalog/index.js';
import { ENGINE_FORMATS, estimateCapacity, planReplica, sloOperatingPoint, suggestFits, type CapacityEstimate, type LatencySlo } from '../../core/capacity/index.js';
import { ENGINES, PRECISIONS, type Engine, type Precision } from '../../core/profile/index.js';
import { enumFlag, numberFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { UsageError, type Command } from '../support/io.js';

const USAGE = `switchboard capacity --model <id|hf-repo> --gpu <id> --input N --output N [options]

  --model ID         open model: catalog id or Hugging Face repo (meta-llama/Llama-3.1-8B-Instruct)
  --gpu ID           GPU type: h100-sxm, h100-pcie, h200, a100-80gb, a100-40gb, l40s, l4, a10g, rtx-4090, mi300x, b200
  --gpus N           GPUs per replica, tensor parallel (default 1)
  --precision P      ${PRECISIONS.join(' | ')} (default: bf16, or gguf-q4 for llama-cpp/ollama)
  --engine E         ${ENGINES.join(' | ')} (default vllm)
  --input N          prompt tokens per request
  --output N         completion tokens per request
  --concurrency C    sequences in flight (default: the engine's saturation, or the most within the SLO)
  --max-context N    longest prompt + completion that must fit (default input + output)
  --ttft-ms N        latency SLO: time to first token at most N ms
  --tokens-per-second N  latency SLO: each stream at least N output tokens/s
  --format F         text (default) | json
  --catalog FILE     GPUs and models merged over the built-in catalog by id`;

const FORMATS = ['text', 'json'] as const;

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

function renderText(head: string, e: CapacityEstimate, sloNote: string | null): string {
  const rows: [string, string][] = [
    ['weightsGb', `${e.weightsGb}${e.tensorParallel > 1 ? ` (${e.weightsGbPerGpu} per GPU)` : ''}`],
    ['kvBytesPerToken', `${e.kvBytesPerToken} (${e.kvPrecision} KV cache)`],
    ['kvCacheGb', `${e.kvCacheGbPerReplica} (${e.kvTokenCapacity.toLocaleString('en-US')} tokens)`],
    ['maxConcurrency', `${e.maxConcurrency}`],
    ['concurrency', `${e.concurrency}${sloNote ? ` (${sloNote})` : ''}`],
    ['ttftMs', `${round(e.ttftMs)}`],
    ['tpotMs', `${round(e.tpotMs, 2)} (${round(1000 / e.tpotMs)} tokens/s per stream)`],
    ['outputTokensPerSecond', `${round(e.outputTokensPerSecond, 0)} (aggregate)`],
    ['requestsPerSecond', `${round(e.requestsPerSecond, 2)}`],
    ['bound', `${e.bound} (decode)`],
    ['errorBand', `+/-${Math.round(e.errorBand * 100)}%`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${head}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`;
}

export const capacityCommand: Command = {
  name: 'capacity',
  summary: 'memory fit, KV cache, concurrency, TTFT/TPOT and throughput of one model on one GPU type',
  usage: USAGE,
  run: async (args, io) => {
    const { values } = parseCliArgs(
      args,
      {
        model: { type: 'string' }, gpu: { type: 'string' }, gpus: { type: 'string' }, precision: { type: 'string' }, engine: { type: 'string' },
        input: { type: 'string' }, output: { type: 'string' }, concurrency: { type: 'string' }, 'max-context': { type: 'string' },
        'ttft-ms': { type: 'string' }, 'tokens-per-second': { type: 'string' }, format: { type: 'string' }, catalog: { type: 'string' },
      },
      USAGE.split('\n')[0] ?? '',
    );
    if (values.model === undefined) throw new UsageError(`--model: required\nusage: ${USAGE.split('\n')[0] ?? ''}`);
    if (values.gpu === undefined) throw new UsageError(`--gpu: required\nusage: ${USAGE.split('\n')[0] ?? ''}`);
    const inputTokens = numberFlag(values.input, 'input', { min: 0, integer: true });
    const outputTokens = numberFlag(values.output, 'output', { min: 0, integer: true });
    if (inputTokens === undefined || outputTokens === undefined) throw new UsageError('--input and --output: required (tokens per request)');
    if (inputTokens + outputTokens === 0) throw new UsageError('--input, --output: expected at least one token per request');
    const tp = numberFlag(values.gpus, 'gpus', { min: 1, integer: true }) ?? 1;
    const concurrency = numberFlag(values.concurrency, 'concurrency', { min: 1, integer: true });
    const maxContext = numberFlag(values['max-context'], 'max-context', { min: 1, integer: true });
    const slo: LatencySlo = { ttftMs: numberFlag(values['ttft-ms'], 'ttft-ms', { min: 1 }), outputTokensPerSecond: numberFlag(values['tokens-per-second'], 'tokens-per-second', { min: 0.1 }) };
    const hasSlo = slo.ttftMs !== undefined || slo.outputTokensPerSecond !== undefined;
    const engine: Engine = enumFlag(values.engine, 'engine', ENGINES) ?? 'vllm';
    const precision: Precision = enumFlag(values.precision, 'precision', PRECISIONS) ?? (ENGINE_FORMATS[engine].includes('bf16') && engine !== 'llama-cpp' && engine !== 'ollama' ? 'bf16' : 'gguf-q4');
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'text';
    if (!ENGINE_FORMATS[engine].includes(precision)) throw new UsageError(`--precision: ${engine} does not serve ${precision}; it serves ${ENGINE_FORMATS[engine].join(', ')}`);

    const catalog = await loadCatalog(values.catalog, io);
    const model = findOpenModel(catalog, values.model);
    if (!model.ok) throw new UsageError(`--model: ${model.issues[0]?.message ?? 'unknown'}`);
    const gpu = findGpu(catalog, values.gpu);
    if (!gpu.ok) throw new UsageError(`--gpu: ${gpu.issues[0]?.message ?? 'unknown'}`);
    if (tp > gpu.value.maxPerNode) throw new UsageError(`--gpus: at most ${gpu.value.maxPerNode} ${gpu.value.id} in one node`);
    const load = { inputTokens, outputTokens };
    const context = maxContext ?? inputTokens + outputTokens;
    if (context > model.value.maxContextTokens) throw new UsageError(`--max-context: ${model.value.id} supports at most ${model.value.maxContextTokens} tokens, asked for ${context}`);

    const instead = (withSlo: boolean): string => {
      const s = suggestFits({ model: model.value, gpus: catalog.gpus, engine, load, maxContextTokens: context, preferGpuId: gpu.value.id, ...(withSlo && hasSlo ? { slo } : {}) });
      return s.length > 0 ? `\nwould fit instead: ${s.map((x) => x.text).join('; ')}` : `\nnothing in the catalog fits this with ${engine}`;
    };
    const base = { model: model.value, gpu: gpu.value, precision, engine, tensorParallel: tp, ...load, maxContextTokens: context };
    let chosen = concurrency;
    let sloNote: string | null = null;
    if (hasSlo) {
      const plan = planReplica(base);
      const op = sloOperatingPoint(plan, load, slo);
      if (!op.meetsSlo && op.maxConcurrency > 0) {
        const ms = (x: number): string => `${round(x * 1000)} ms`;
        throw new UsageError(`the SLO cannot be met on ${tp}x ${gpu.value.id} at ${precision}: even one stream has TTFT ${ms(op.point.ttftS)} and TPOT ${ms(op.point.tpotS)}${instead(true)}`);
      }
      if (chosen === undefined && op.meetsSlo) [chosen, sloNote] = [op.point.batch, 'most within the SLO'];
    }
    const r = estimateCapacity({ ...base, ...(chosen !== undefined ? { concurrency: chosen } : {}) });
    if (!r.ok) throw new UsageError(`${r.issues.map((i) => i.message).join('; ')}${instead(false)}`);
    if (chosen === undefined) sloNote = 'engine saturation';
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ model: model.value.id, gpu: gpu.value.id, gpus: tp, precision, engine, inputTokens, outputTokens, ...r.value }, null, 2)}\n`);
    } else {
      io.stdout(renderText(`${model.value.id} on ${tp}x ${gpu.value.id}, ${precision} weights, ${engine}, ${inputTokens} in / ${outputTokens} out`, r.value, sloNote));
    }
    return 0;
  },
};
