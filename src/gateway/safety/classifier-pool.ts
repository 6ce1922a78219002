/**
 * The detector on worker threads (piscina), so one costly request cannot stall the others. Each task has the
 * detector's own budget; a task that still overruns (4x the budget + 5 s, a cold worker included) is aborted and its worker replaced. Either
 * way the request is unclassifiable, which routes it as the most sensitive class (fail closed).
 * Attachment text extraction (PDF through pdf.js, for `attachments: scan-text`) runs on the same workers with its
 * own budget, aborted the same way past it: a large or hostile PDF never runs on the event loop.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RequestClassification } from '../../core/detector/contract.js';
import type { Attachment } from './attachments.js';
import runTask, { type WorkerSettings, type WorkerTask } from './classify-worker.js';

export interface ClassifierPoolOptions {
  threads: number;
  /** The detector's wall-clock budget per request. */
  budgetMs: number;
  /** Characters the detector scans per request, after decoding. */
  maxChars: number;
  /** Wall-clock budget to extract one attachment's text (then classified within `budgetMs`). */
  extractMs: number;
  /** Bodies of at most this many characters (the JSON text) are classified on the calling thread, with the same budget (0: never). */
  inlineMaxChars?: number;
  /** Wall ms each worker runs the detector on built-in texts when it starts, before it takes tasks (0: one call). */
  warmUpMs?: number;
}

export interface ClassifierPool {
  /** `chars`: the length of the request body's text, when known; a small one is scanned here, without the thread hop. */
  classify(body: unknown, chars?: number): Promise<RequestClassification>;
  /** One attachment's extracted text, classified; unreadable or past the budgets: unclassifiable (phi). */
  classifyAttachment(attachment: Attachment): Promise<RequestClassification>;
  /** Resolves true once every worker has started (loaded and warmed the detector), false if `limitMs` passes first. */
  started(limitMs: number): Promise<boolean>;
  close(): Promise<void>;
}

const unclassifiable = (detail: string): RequestClassification => ({ unclassifiable: { reason: 'time-budget', detail }, dataClass: 'phi', classes: ['phi'], findings: [], scannedChars: 0 });

/** The compiled `.js` beside this file in dist; the `.ts` source through tsx in development and tests. */
function workerFile(): { filename: string; execArgv: string[] } {
  const js = new URL('./classify-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { filename: js.href, execArgv: [] };
  return { filename: new URL('./classify-worker.ts', import.meta.url).href, execArgv: ['--import', 'tsx'] };
}

export function createClassifierPool(o: ClassifierPoolOptions): ClassifierPool {
  const { filename, execArgv } = workerFile();
  const threads = Math.max(1, Math.min(o.threads, availableParallelism()));
  const inlineMaxChars = o.inlineMaxChars ?? 0;
  const inline = (body: unknown): RequestClassification => runTask({ body, maxMs: o.budgetMs, maxChars: o.maxChars }) as RequestClassification;
  const workerData: WorkerSettings = { warmUpMs: o.warmUpMs ?? 0 };
  const pool = new Piscina<WorkerTask, RequestClassification>({ filename, execArgv, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, workerData });

  return {
    async classify(body, chars) {
      // A small body scans in well under a millisecond (linear detector), less than posting it to a worker and
      // back; the budget still applies, so past it the request is unclassifiable (phi) as on a worker.
      if (chars !== undefined && chars <= inlineMaxChars) return inline(body);
      try {
        return await pool.run({ body, maxMs: o.budgetMs, maxChars: o.maxChars }, { signal: AbortSignal.timeout(o.budgetMs * 4 + 5_000) });
      } catch (e) {
        return unclassifiable(`the detector did not finish: ${e instanceof Error ? e.name : 'error'}`);
      }
    },
    async classifyAttachment(attachment) {
      try {
        return await pool.run({ attachment, extractMs: o.extractMs, maxMs: o.budgetMs, maxChars: o.maxChars }, { signal: AbortSignal.timeout(o.extractMs + o.budgetMs * 4 + 5_000) });
      } catch (e) {
        return unclassifiable(`${attachment.path}: text extraction did not finish: ${e instanceof Error ? e.name : 'error'}`);
      }
    },
    // One empty task per thread, sent together so each idle worker takes one: a worker answers only once it has loaded
    // its module, warm-up included (piscina counts the first workers ready before they have).
    async started(limitMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), limitMs)));
      const pings = Array.from({ length: threads }, () => pool.run({ body: '', maxMs: o.budgetMs, maxChars: o.maxChars }).then(() => true, () => false));
      const all = Promise.all(pings).then((ok) => ok.every(Boolean));
      try {
        return await Promise.race([all, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
