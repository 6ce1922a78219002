import type { RequestDataClass } from '../../core/detector/contract.js';
import { effectiveDataClass } from '../../core/routing/index.js';
import { GatewayError } from '../errors.js';
import type { Runtime } from '../runtime.js';
import { findAttachments } from './attachments.js';

/** What cannot be read is the most sensitive class, as the detector does for what it gives up on. */
const UNREADABLE: RequestDataClass = 'phi';

export type Classified = { ok: true; dataClass: RequestDataClass; attachments: number } | { ok: false; reason: string; error: GatewayError };

/**
 * The detector's class for the body, raised by its attachments under the route's `attachments` setting:
 * `sensitive` (default) counts every file, image or audio part as sensitive; `refuse` refuses the request;
 * `scan-text` classifies the text a library can extract (PDF, text/*; on the classifier's worker threads, within a
 * budget) and counts the rest as sensitive; `allow`
 * leaves them to the text's class.
 */
export async function classifyRequest(rt: Runtime, body: unknown, workload: string, chars?: number): Promise<Classified> {
  const detected = (await rt.classifyAsync(body, chars)).dataClass;
  const found = findAttachments(body);
  const mode = rt.config.routes.find((r) => r.workload === workload)?.attachments ?? 'sensitive';
  if (found.length === 0 || mode === 'allow') return { ok: true, dataClass: detected, attachments: found.length };
  if (mode === 'refuse') {
    const first = found[0]!;
    return { ok: false, reason: 'refused.attachment', error: new GatewayError('policy_refused', `${first.path}: workload "${workload}" does not accept ${first.kind} attachments (attachments: refuse); the request was not forwarded`, first.path) };
  }
  if (mode === 'sensitive') return { ok: true, dataClass: effectiveDataClass(detected, UNREADABLE), attachments: found.length };
  let dataClass = detected;
  // Extracted and classified on the classifier's workers (PDF parsing never runs on the event loop when there are
  // any); an attachment with no readable text, or past its budget, is the most sensitive class.
  for (const cls of await Promise.all(found.map((a) => rt.classifyAttachment(a)))) dataClass = effectiveDataClass(dataClass, cls.dataClass);
  return { ok: true, dataClass, attachments: found.length };
}
