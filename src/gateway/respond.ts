import type { RequestDataClass } from '../core/detector/contract.js';
import type { UsageRecord } from '../stores/usage-store.js';
import type { GatewayError } from './errors.js';
import type { InboundFormat } from './inbound.js';
import type { Runtime } from './runtime.js';

export interface ResponseMeta {
  requestId: string;
  workload?: string | undefined;
  destination?: string | null | undefined;
  dataClass?: RequestDataClass | undefined;
  reason?: string | undefined;
  /** How fields were carried to another wire format, or why a destination was skipped. */
  notes?: string[] | undefined;
  /** The key is listed in `debugHeaderKeys`: the classification headers (data class, reason) are sent. */
  debug?: boolean | undefined;
}

/**
 * Responses built here, whose headers are final (request id set, classification details only for debug keys),
 * with whether they are metered (have a workload). The outer middlewares read this instead of the headers, so a
 * response keeps its plain header record and is written without building a `Headers` object.
 */
export const finalResponses = new WeakMap<Response, { metered: boolean }>();

/** A response with the gateway's own headers, registered as final. */
export function gatewayResponse(body: string | ReadableStream<Uint8Array>, status: number, headers: Record<string, string>, meta: ResponseMeta): Response {
  const res = new Response(body, { status, headers });
  finalResponses.set(res, { metered: meta.workload !== undefined });
  return res;
}

/**
 * Fresh headers for every response (never the upstream's, which may be immutable or carry secrets);
 * a plain record, which the Node adapter writes without building a `Headers` object.
 */
export function switchboardHeaders(meta: ResponseMeta, contentType = 'application/json'): Record<string, string> {
  const h: Record<string, string> = { 'content-type': contentType, 'x-switchboard-request-id': meta.requestId, 'x-request-id': meta.requestId };
  if (meta.workload) h['x-switchboard-route'] = meta.workload;
  if (meta.destination) h['x-switchboard-destination'] = meta.destination;
  // They would tell a caller when an evasion of the detector worked: only keys listed in debugHeaderKeys see them.
  if (meta.debug && meta.dataClass) h['x-switchboard-data-class'] = meta.dataClass;
  if (meta.debug && meta.reason) h['x-switchboard-reason'] = meta.reason;
  if (meta.notes?.length) h['x-switchboard-translation'] = meta.notes.join('; ').replace(/[^\x20-\x7e]/g, '?');
  return h;
}

export function errorResponse(format: InboundFormat, err: GatewayError, meta: ResponseMeta): Response {
  const headers = switchboardHeaders(meta);
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return gatewayResponse(JSON.stringify(format.errorBody(err)), err.status, headers, meta);
}

export function jsonResponse(body: unknown, meta: ResponseMeta): Response {
  return gatewayResponse(JSON.stringify(body), 200, switchboardHeaders(meta), meta);
}

/** JSON text sent as it is (an upstream answer passed through to a caller of the same wire). */
export function rawJsonResponse(text: string, meta: ResponseMeta): Response {
  return gatewayResponse(text, 200, switchboardHeaders(meta), meta);
}

/** Writes the record durably; false when the store refused, so the caller can fail the response. */
export async function persist(rt: Runtime, rec: UsageRecord): Promise<boolean> {
  try {
    await rt.store.record(rec);
    rt.metrics.observe(rec);
    rt.ops.recorded(rec);
    return true;
  } catch (e) {
    rt.metrics.meteringFailed();
    rt.ops.recordFailed(rec, e);
    return false;
  }
}
