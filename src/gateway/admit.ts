import type { RequestDataClass } from '../core/detector/contract.js';
import { decide, effectiveDataClass, parseDataClassHeader, type RoutePolicy, type RoutingPlan } from '../core/routing/index.js';
import { formatPath } from '../core/validation/index.js';
import { presentedKey } from './auth.js';
import { GatewayError } from './errors.js';
import { classifyRequest } from './safety/classify-request.js';
import { exceedsJsonDepth } from './safety/json-depth.js';
import type { InboundFormat } from './inbound.js';
import type { RecordDraft } from './meter.js';
import type { Runtime } from './runtime.js';
import type { ChatRequest } from './wire/openai.js';

export interface Admitted {
  draft: RecordDraft;
  route: RoutePolicy;
  chat: ChatRequest;
  plan: RoutingPlan;
  stream: boolean;
}

/** A refusal after the key was accepted: recorded like any other request. */
export interface Refused {
  draft: RecordDraft;
  error: GatewayError;
}

async function readLimited(req: Request, max: number): Promise<string | null> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > max) return null;
  // With a declared length, read it directly: touching `req.body` first would make the Node adapter build a Web
  // stream over the socket (a third of a millisecond per request).
  if (declared !== null) return req.text();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Authenticates the key (401 is thrown, not recorded: there is no workload to charge). */
export function authenticate(rt: Runtime, req: Request): { keyId: string; workload: string } {
  const presented = presentedKey(req.headers);
  if (!presented) throw new GatewayError('missing_api_key', 'an API key is required: send Authorization: Bearer <key> or x-api-key');
  const key = rt.ops.keys.match(presented);
  if (!key) throw new GatewayError('invalid_api_key', 'the API key is not valid');
  return { keyId: key.id, workload: key.workload };
}

/** Size limit, parse, validation, classification (fail closed) and the routing decision. */
export async function admit(rt: Runtime, req: Request, format: InboundFormat, who: { keyId: string; workload: string; id: string; time: number }): Promise<Admitted | Refused> {
  const route = rt.policies.get(who.workload)!;
  const draft: RecordDraft = { id: who.id, time: who.time, keyId: who.keyId, workload: who.workload, dataClass: 'none', reason: 'refused.invalid-request', stream: false };
  const refuse = (reason: string, error: GatewayError, dataClass?: RequestDataClass): Refused => ({ draft: { ...draft, reason, ...(dataClass ? { dataClass } : {}) }, error });

  const declared = parseDataClassHeader(req.headers.get('x-switchboard-data-class'));
  const text = await readLimited(req, rt.config.maxBodyBytes);
  if (text === null) return refuse('refused.body-too-large', new GatewayError('request_too_large', `request body exceeds the ${rt.config.maxBodyBytes}-byte limit; it was not scanned or forwarded`), declared ?? undefined);
  if (declared === null) return refuse('refused.bad-data-class-header', new GatewayError('invalid_data_class', 'x-switchboard-data-class: expected one of none | pii | secret | financial | pci | phi', 'x-switchboard-data-class'));
  const tooDeep = exceedsJsonDepth(text, rt.config.maxJsonDepth);
  if (tooDeep !== null) return refuse('refused.invalid-request', new GatewayError('invalid_request', `request JSON nests deeper than ${rt.config.maxJsonDepth} levels; it was not parsed or forwarded`), declared);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse('refused.invalid-request', new GatewayError('invalid_request', 'request body is not valid JSON'), declared);
  }
  const parsed = format.schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const param = first ? formatPath(first.path) : '';
    return refuse('refused.invalid-request', new GatewayError('invalid_request', `${param || 'body'}: ${first?.message ?? 'invalid request'}`, param || null), declared);
  }
  const stream = (parsed.data as { stream?: boolean }).stream === true;
  draft.stream = stream;
  let detected: RequestDataClass;
  try {
    const c = await classifyRequest(rt, parsed.data, who.workload, text.length);
    if (!c.ok) return refuse(c.reason, c.error, declared);
    detected = c.dataClass;
  } catch {
    // Fail closed: a request we could not scan is not forwarded anywhere.
    return refuse('refused.detector-error', new GatewayError('detector_failed', 'the sensitive-data detector failed on this request; it was not forwarded (fail closed)'), declared);
  }
  const dataClass = effectiveDataClass(detected, declared);
  const chat = format.toChat(parsed.data);
  const plan = decide({ dataClass, modelHint: chat.model }, route, { unavailable: rt.breakers.unavailable() });
  draft.dataClass = dataClass;
  draft.reason = plan.reason;
  if (plan.ranked.length === 0) {
    const msg =
      plan.reason === 'refused.sensitive-no-destination'
        ? `request contains ${dataClass} data and workload "${route.workload}" has no destination allowed for it; it was not forwarded (fail closed)`
        : plan.sensitive
          ? `request contains ${dataClass} data and every destination allowed for it (${route.sensitive.map((d) => d.name).join(', ')}) is unavailable; it was not sent elsewhere (fail closed)`
          : plan.reason === 'refused.stays-inside'
            ? `workload "${route.workload}" keeps its data in-house and has no self-hosted destination; it was not forwarded`
            : `every destination of workload "${route.workload}" is unavailable`;
    // No destination is allowed at all: final (403, never retried). Allowed ones with open circuits: retry later (503).
    const final = plan.reason === 'refused.sensitive-no-destination' || plan.reason === 'refused.stays-inside';
    const err = new GatewayError(final ? 'policy_refused' : plan.sensitive ? 'sensitive_no_destination' : 'no_destination_available', msg);
    if (!final) err.retryAfterSeconds = Math.max(1, Math.ceil(rt.breakers.retryAfterMs() / 1000));
    return { draft, error: err };
  }
  return { draft, route, chat, plan, stream };
}
