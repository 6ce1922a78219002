import type { CapacityEstimate } from '../../core/capacity/index.js';
import { wrap } from '../../core/report/wrap.js';
import { TERMINAL_WIDTH, labelled } from '../support/columns.js';

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
/** Errors are multiplicative: a band b spans x / (1 + b) to x x (1 + b). */
const band = (x: number, b: number, digits = 0): string =>
  `${round(x, digits)} (${round(x / (1 + b), digits)}-${round(x * (1 + b), digits)})`;

export interface CapacityView {
  model: string;
  gpu: string;
  gpus: number;
  precision: string;
  engine: string;
  inputTokens: number;
  outputTokens: number;
  estimate: CapacityEstimate;
  concurrencyNote: string | null;
}

/**
 * The capacity answer as a table a reader can check: speeds with their band, then memory per GPU that adds up.
 * Long values wrap under their own column, so every line fits 80 columns.
 */
export function renderCapacityText(v: CapacityView): string {
  const e = v.estimate;
  const m = e.memory;
  const b = e.errorBand;
  const rows: [string, string][] = [
    ['layout', e.layout],
    ['precision', `${v.precision} weights (${e.formatSupport}), ${e.kvPrecision} KV cache`],
    [
      'concurrency',
      `${e.concurrency}${v.concurrencyNote ? ` (${v.concurrencyNote})` : ''}; the cache and engine hold ${e.maxConcurrency}`,
    ],
    ['outputTokensPerSecond', `${band(e.outputTokensPerSecond, b)} aggregate`],
    ['requestsPerSecond', band(e.requestsPerSecond, b, 2)],
    ['ttftMs', `${round(e.ttftMs)} (queueing included)`],
    ['streamTokensPerSecond', `${round(e.streamTokensPerSecond)} per stream (tpot ${round(e.tpotMs, 2)} ms)`],
    ['bound', `${e.bound} (decode step)`],
    ['errorBand', `+/-${Math.round(b * 100)}% (${e.engine}: leave-one-out error on published points)`],
    [
      'memory per GPU',
      `${m.gpuGb} GB = weights ${m.weightsGb} + KV/state pool ${m.kvPoolGb} (in use ${m.kvInUseGb}) + activations ${m.activationsGb} + runtime ${m.runtimeGb} + free ${m.freeGb}`,
    ],
    ['weightsGb', `${e.weightsGb} in all${e.parallel.gpus > 1 ? `, ${e.weightsGbPerGpu} per GPU` : ''}`],
    ['kvBytesPerToken', `${e.kvBytesPerToken} (${e.kvPrecision}; before sliding windows or compression)`],
    ...(e.stateBytesPerSequence > 0
      ? ([
          [
            'stateBytesPerSequence',
            `${e.stateBytesPerSequence} (fixed recurrent state of linear-attention layers)`,
          ],
        ] as [string, string][])
      : []),
    [
      'kvCacheGb',
      `${e.kvCacheGbPerReplica} per replica (${e.kvTokenCapacity.toLocaleString('en-US')} tokens at full attention)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const head = `${v.model} on ${v.gpus}x ${v.gpu}, ${v.precision}, ${v.engine}, ${v.inputTokens} in / ${v.outputTokens} out`;
  const lines = [...wrap(head, TERMINAL_WIDTH, '  '), ...rows.flatMap(([k, val]) => labelled(`  ${k.padEnd(width)}  `, val))];
  return `${lines.join('\n')}\n`;
}
