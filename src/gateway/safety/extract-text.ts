import type { RequestClassification } from '../../core/detector/contract.js';
import type { Attachment } from './attachments.js';

/** Text of an attachment a library can read (PDF via unpdf/pdf.js, text/*), or null when it cannot be read in time. */
export async function attachmentText(a: Attachment, budgetMs: number): Promise<string | null> {
  if (a.base64 === undefined) return null;
  const bytes = Buffer.from(a.base64, 'base64');
  const type = (a.mediaType ?? '').toLowerCase();
  if (type.startsWith('text/') || type === 'application/json') return bytes.toString('utf8');
  const pdf = type === 'application/pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (!pdf) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), budgetMs);
  });
  const read = (async (): Promise<string | null> => {
    try {
      // Loaded on first use: pdf.js is large, and only scan-text routes need it.
      const { extractText, getDocumentProxy } = await import('unpdf');
      const doc = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(doc, { mergePages: true });
      return text;
    } catch {
      return null;
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What cannot be read, or not within its budget, is the most sensitive class (fail closed). */
export const unreadable = (detail: string): RequestClassification => ({ unclassifiable: { reason: 'time-budget', detail }, dataClass: 'phi', classes: ['phi'], findings: [], scannedChars: 0 });

/** An attachment's class: its extracted text through the detector, or unreadable (phi) when there is none. */
export async function classifyAttachmentText(a: Attachment, extractMs: number, detect: (body: unknown) => RequestClassification): Promise<RequestClassification> {
  const text = await attachmentText(a, extractMs);
  if (text === null) return unreadable(`${a.path}: no text could be read from it (not PDF or text, unreadable, or past its ${extractMs} ms extraction budget)`);
  return detect({ messages: [{ role: 'user', content: text }] });
}
