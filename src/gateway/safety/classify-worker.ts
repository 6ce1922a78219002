/** Piscina worker: the detector with its budget, and attachment text extraction (PDF), off the gateway's event loop. */
import { classify } from '../../core/detector/index.js';
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

export default function run(task: WorkerTask): RequestClassification | Promise<RequestClassification> {
  if ('attachment' in task) return classifyAttachmentText(task.attachment, task.extractMs, detect(task));
  return detect(task)(task.body);
}
