import type { RequestDataClass } from '../../core/detector/contract.js';
import { effectiveDataClass } from '../../core/routing/index.js';
import { GatewayError } from '../errors.js';
import type { Runtime } from '../runtime.js';
import { findAttachments } from './attachments.js';
import { attachmentText } from './extract-text.js';

/** What cannot be read is the most sensitive class, as the detector does for what it gives up on. */
const UNREADABLE: RequestDataClass = 'phi';
/** Time one attachment's text extraction may take before it counts as unreadable. */
const EXTRACT_BUDGET_MS = 2_000;

export type Classified = { ok: true; dataClass: RequestDataClass; attachments: number } | { ok: false; reason: string; error: GatewayError };

/**
 * The detector's class for the body, raised by its attachments under the route's `attachments` setting:
 * `sensitive` (default) counts every file, image or audio part as sensitive; `refuse` refuses the request;
 * `scan-text` classifies the text a library can extract (PDF, text/*) and counts the rest as sensitive; `allow`
 * leaves them to the text's class.
 */
export async function classifyRequest(rt: Runtime, body: unknown, workload: string): Promise<Classified> {
  const detected = (await rt.classifyAsync(body)).dataClass;
  const found = findAttachments(body);
  const mode = rt.config.routes.find((r) => r.workload === workload)?.attachments ?? 'sensitive';
  if (found.length === 0 || mode === 'allow') return { ok: true, dataClass: detected, attachments: found.length };
  if (mode === 'refuse') {
    const first = found[0]!;
    return { ok: false, reason: 'refused.attachment', error: new GatewayError('policy_refused', `${first.path}: workload "${workload}" does not accept ${first.kind} attachments (attachments: refuse); the request was not forwarded`, first.path) };
  }
  if (mode === 'sensitive') return { ok: true, dataClass: effectiveDataClass(detected, UNREADABLE), attachments: found.length };
  let dataClass = detected;
  for (const a of found) {
    const text = await attachmentText(a, EXTRACT_BUDGET_MS);
    const cls = text === null ? UNREADABLE : (await rt.classifyAsync({ messages: [{ role: 'user', content: text }] })).dataClass;
    dataClass = effectiveDataClass(dataClass, cls);
  }
  return { ok: true, dataClass, attachments: found.length };
}
