import { extractText, getDocumentProxy } from 'unpdf';
import type { Attachment } from './attachments.js';

/** Text of an attachment a library can read (PDF via unpdf/pdf.js, text/*), or null when it cannot be read. */
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
