/** Piscina worker: the detector with its budget, and attachment text extraction (PDF), off the gateway's event loop. */
import { workerData } from 'node:worker_threads';
import { classify, warmUp } from '../../core/detector/index.js';
import type { RequestClassification } from '../../core/detector/contract.js';
import type { Attachment } from './attachments.js';
import { classifyAttachmentText } from './extract-text.js';

export interface ClassifyTask {
  body: unknown;
  maxMs: number;
  maxChars: number;
}

/** One attachment: its text extracted within `extractMs`, then classified within the detector's budget. */
export interface AttachmentTask {
  attachment: Attachment;
  extractMs: number;
  maxMs: number;
  maxChars: number;
}

export type WorkerTask = ClassifyTask | AttachmentTask;

const detect = (task: { maxMs: number; maxChars: number }) => (body: unknown): RequestClassification =>
  classify(body, { budget: { maxMs: task.maxMs, maxChars: task.maxChars, now: () => performance.now() } });

/** What the pool passes each worker thread (piscina's `workerData`). */
export interface WorkerSettings {
  /** Wall ms to run the detector on its built-in texts when the thread starts, before it takes tasks. */
  warmUpMs: number;
}

const settings = (data: unknown): WorkerSettings => ({ warmUpMs: typeof data === 'object' && data !== null && 'warmUpMs' in data && typeof data.warmUpMs === 'number' ? data.warmUpMs : 0 });

/**
 * The detector's first call in a thread builds its word sets and compiles its patterns (tens of milliseconds, more
 * on a loaded machine). Done here, when the worker (or, for small bodies scanned inline, the gateway) loads this
 * module, so that cost never counts against the first request's budget: a cold start must not turn a clean
 * request into an unclassifiable one. The sample touches every recogniser family, the decoders and the languages.
 * A worker thread then runs the detector for its `warmUpMs` (piscina hands it tasks only once this module has
 * loaded), so its first requests do not pay for V8's tier-up either.
 */
export const WARM_UP_TEXT =
  'Patient Anna Müller, geb. 14.03.1961, né le 2 mars 1970, SSN 536-22-1234, NHS 943 476 5919, IBAN DE62 3704 0044 0532 0130 01, ' +
  'card 4532 0151 1283 0366, jane@example.com, jane at example dot com, +44 20 7183 4926, 10.0.0.1, Calle Mayor 12, 28013 Madrid, ' +
  'MRN 48213377, password=Zq8#mW2vR5tLx9, c2VjcmV0IHZhbHVlIGhlcmUgNTM2LTIyLTEyMzQ=, %41%42, five three six, diagnosis F32.1';
classify({ messages: [{ role: 'user', content: WARM_UP_TEXT }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] });
const { warmUpMs } = settings(workerData);
if (warmUpMs > 0) warmUp(warmUpMs, () => performance.now());

export default function run(task: WorkerTask): RequestClassification | Promise<RequestClassification> {
  if ('attachment' in task) return classifyAttachmentText(task.attachment, task.extractMs, detect(task));
  return detect(task)(task.body);
}
