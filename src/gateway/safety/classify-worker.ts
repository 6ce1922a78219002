/** Piscina worker: the detector with its budget, off the gateway's event loop. */
import { classify } from '../../core/detector/index.js';
import type { RequestClassification } from '../../core/detector/contract.js';

export interface ClassifyTask {
  body: unknown;
  maxMs: number;
  maxChars: number;
}

export default function run(task: ClassifyTask): RequestClassification {
  return classify(task.body, { budget: { maxMs: task.maxMs, maxChars: task.maxChars, now: () => performance.now() } });
}
