import { REASON_CODES } from '../core/routing/index.js';
import type { PriceSheet, RoutingPlan } from '../core/routing/index.js';
import { adapterFor, type Prepared, type ProviderAdapter } from './providers/index.js';
import { extraAnswers, extraStreams, mergeAnswers } from './fan-out.js';
import { closeBody, mergeStreams } from './stream-merge.js';
import { admit, authenticate, type Admitted } from './admit.js';
import { GatewayError, scrubSecrets } from './errors.js';
import { executePlan, type ExecuteOutcome } from './execute.js';
import type { InboundFormat } from './inbound.js';
import { buildRecord } from './meter.js';
import { errorResponse, jsonResponse, persist, rawJsonResponse, type ResponseMeta } from './respond.js';
import { streamResponse } from './respond-stream.js';
import type { Runtime } from './runtime.js';
import { gate } from './ops/gate.js';
import { NO_USAGE } from './translate/usage.js';

const seconds = (ms: number): number => Math.floor(ms / 1000);

function upstreamFailure(a: Admitted, outcome: Extract<ExecuteOutcome, { kind: 'exhausted' }>): GatewayError {
  const allowed = a.plan.ranked.map((d) => d.name).join(', ');
  return a.plan.sensitive
    ? new GatewayError('sensitive_no_destination', `request contains ${a.draft.dataClass} data; no allowed destination (${allowed}) could serve it and it was not sent elsewhere (fail closed); last error: ${outcome.lastError}`)
    : new GatewayError('no_destination_available', `no destination could serve this request (${allowed}); last error: ${outcome.lastError}`);
}

/** The caller speaks the upstream's wire: its answer goes back as sent (thinking, citations, cache usage). */
const nativeBody = (format: InboundFormat, adapter: ProviderAdapter, ready: Ready): boolean => format.kind === adapter.wire && ready.calls === 1;

/** Parses an upstream 4xx the caller caused, keeping its message but never a credential. */
function clientError(rt: Runtime, a: Admitted, outcome: Extract<ExecuteOutcome, { kind: 'client-error' }>): GatewayError {
  const dest = rt.config.destinations[outcome.destination.name]!;
  let message: string | undefined;
  try {
    message = adapterFor(dest.api).errorMessage(JSON.parse(outcome.body));
  } catch {
    message = undefined;
  }
  return new GatewayError('upstream_error', scrubSecrets(message ?? `upstream refused the request (HTTP ${outcome.status})`), null, outcome.status);
}

type Ready = Extract<Prepared, { ok: true }>;

/**
 * Each planned destination's request, translated field by field; a destination that cannot carry a field is
 * skipped (and said so), and when none can, the caller gets a 400 naming the field.
 */
function preparePlan(rt: Runtime, a: Admitted, format: InboundFormat, req: Request): { plan: RoutingPlan; ready: Map<string, Ready>; skipped: string[] } | { error: GatewayError } {
  const inbound = format.inbound(a.chat, req.headers);
  const ready = new Map<string, Ready>();
  const skipped: string[] = [];
  let first: GatewayError | null = null;
  for (const d of a.plan.ranked) {
    const destination = rt.config.destinations[d.name];
    if (!destination) continue;
    const p = adapterFor(destination.api).prepare({ inbound, destination, apiKey: rt.apiKeys.get(d.name), stream: a.stream });
    if (p.ok) ready.set(d.name, p);
    else {
      skipped.push(`${d.name} skipped (${p.refusal.field}: ${p.refusal.why})`);
      first ??= new GatewayError('invalid_request', `${p.refusal.field}: ${p.refusal.why}; no allowed destination (${a.plan.ranked.map((x) => x.name).join(', ')}) can carry it, so the request was not forwarded`, p.refusal.field);
    }
  }
  if (ready.size === 0) return { error: first ?? new GatewayError('no_destination_available', 'no destination is configured for this request') };
  return { plan: { ...a.plan, ranked: a.plan.ranked.filter((d) => ready.has(d.name)) }, ready, skipped };
}

/** A unary endpoint's answer (embeddings, completions, count_tokens): metered from its usage, returned as sent. */
async function unaryAnswer(x: { rt: Runtime; a: Admitted; format: InboundFormat; outcome: Extract<ExecuteOutcome, { kind: 'ok' }>; adapter: ProviderAdapter; prices: PriceSheet | null; meta: ResponseMeta; elapsed: () => number }): Promise<Response> {
  const dest = x.outcome.destination;
  let json: unknown;
  try {
    json = await x.outcome.response.body.json();
  } catch {
    const err = new GatewayError('upstream_error', `upstream ${dest.name} sent an unreadable response`);
    await persist(x.rt, buildRecord(x.a.draft, { destination: dest, usage: NO_USAGE, prices: x.prices, status: err.status, latencyMs: x.elapsed(), ttftMs: null, attempts: x.outcome.attempts, errorCode: err.code }));
    return errorResponse(x.format, err, x.meta);
  }
  const rec = buildRecord(x.a.draft, { destination: dest, usage: x.adapter.unaryUsage(json), prices: x.prices, status: 200, latencyMs: x.elapsed(), ttftMs: null, attempts: x.outcome.attempts, errorCode: null });
  if (!(await persist(x.rt, rec))) return errorResponse(x.format, new GatewayError('metering_failed', 'the usage record could not be written; the answer was withheld'), x.meta);
  return jsonResponse(json, x.meta);
}

/** One chat request, either inbound format: admit, decide, execute, meter, respond. */
export async function handleChat(rt: Runtime, req: Request, format: InboundFormat): Promise<Response> {
  const started = performance.now();
  const id = rt.newId();
  const meta: ResponseMeta = { requestId: id };
  let who: { keyId: string; workload: string };
  try {
    who = authenticate(rt, req);
  } catch (e) {
    rt.metrics.unauthorizedRequest();
    return errorResponse(format, e as GatewayError, meta);
  }
  meta.workload = who.workload;
  meta.debug = rt.config.debugHeaderKeys.includes(who.keyId);
  const a = await admit(rt, req, format, { ...who, id, time: rt.now() });
  // Refusals before classification (size, JSON, schema, detector error) have no class to report.
  if (!('error' in a) || (REASON_CODES as readonly string[]).includes(a.draft.reason)) meta.dataClass = a.draft.dataClass;
  meta.reason = a.draft.reason;
  const elapsed = (): number => performance.now() - started;
  const refuse = async (draft: typeof a.draft, err: GatewayError): Promise<Response> => {
    meta.reason = draft.reason;
    await persist(rt, buildRecord(draft, { destination: null, usage: NO_USAGE, prices: null, status: err.status, latencyMs: elapsed(), ttftMs: null, attempts: [], errorCode: err.code }));
    return errorResponse(format, err, meta);
  };
  if ('error' in a) return refuse(a.draft, a.error);
  const gated = await gate(rt, a);
  if (gated) return refuse(a.draft, gated);
  meta.reason = a.draft.reason;
  const prep = preparePlan(rt, a, format, req);
  if ('error' in prep) return refuse({ ...a.draft, reason: 'refused.untranslatable' }, prep.error);
  const head = prep.plan.ranked[0]!;
  const local = prep.ready.get(head.name)!.local;
  if (local) {
    // Answered here (a token count for an upstream without one): nothing leaves the gateway.
    meta.destination = head.name;
    meta.notes = [...prep.ready.get(head.name)!.notes, ...prep.skipped];
    const rec = buildRecord(a.draft, { destination: head, usage: NO_USAGE, prices: null, status: 200, latencyMs: elapsed(), ttftMs: null, attempts: [], errorCode: null });
    if (!(await persist(rt, rec))) return errorResponse(format, new GatewayError('metering_failed', 'the usage record could not be written; the answer was withheld'), meta);
    return jsonResponse(local, meta);
  }
  const outcome = await executePlan(prep.plan, {
    destinations: rt.config.destinations,
    agents: rt.agents,
    breakers: rt.breakers,
    retry: rt.retry,
    sleep: rt.sleep,
    signal: req.signal,
    deadlineMs: rt.config.requestDeadlineMs,
    build: (name) => prep.ready.get(name)!.request,
  });
  meta.notes = prep.skipped;
  if (outcome.kind !== 'ok') {
    if (outcome.kind === 'local-error') rt.log.error({ event: 'local-error', err: outcome.error, reqId: id }, 'building the upstream request failed');
    const err = outcome.kind === 'exhausted' ? upstreamFailure(a, outcome) : outcome.kind === 'client-closed' ? new GatewayError('client_closed', 'the caller closed the connection') : outcome.kind === 'local-error' ? new GatewayError('internal_error', 'internal error while building the upstream request') : clientError(rt, a, outcome);
    const destination = outcome.kind === 'client-error' ? outcome.destination : null;
    meta.destination = destination?.name;
    await persist(rt, buildRecord(a.draft, { destination, usage: NO_USAGE, prices: null, status: err.status, latencyMs: elapsed(), ttftMs: null, attempts: outcome.attempts, errorCode: err.code }));
    return errorResponse(format, err, meta);
  }
  const dest = outcome.destination;
  meta.destination = dest.name;
  const ready = prep.ready.get(dest.name)!;
  meta.notes = [...ready.notes, ...prep.skipped];
  const adapter = adapterFor(rt.config.destinations[dest.name]!.api);
  const prices = rt.prices.get(dest.name) ?? null;
  if (format.endpoint !== 'chat' && !a.stream) return unaryAnswer({ rt, a, format, outcome, adapter, prices, meta, elapsed });
  const shadow = format.endpoint !== 'chat' ? undefined : rt.shadow?.ticket({ id, time: a.draft.time, workload: a.draft.workload, dataClass: a.draft.dataClass, chat: a.chat, primaryDestination: dest.name }) ?? undefined;
  if (a.stream && ready.calls > 1) {
    // n streamed answers from an upstream that gives one per request: the other streams are opened before any
    // byte goes out, so a refused one fails the request (502) instead of leaving the caller fewer choices.
    const extra = await extraStreams(rt, { name: dest.name, request: ready.request, count: ready.calls - 1, signal: req.signal });
    if (extra.failed > 0) {
      for (const b of [outcome.response.body, ...extra.bodies]) closeBody(b);
      const err = new GatewayError('upstream_error', `${extra.failed} of the ${ready.calls} upstream streams for n = ${ready.calls} failed at ${dest.name}`);
      await persist(rt, buildRecord(a.draft, { destination: dest, usage: NO_USAGE, prices, status: err.status, latencyMs: elapsed(), ttftMs: null, attempts: outcome.attempts, errorCode: err.code }));
      return errorResponse(format, err, meta);
    }
    const createdSec = seconds(rt.now());
    const merged = mergeStreams([outcome.response.body, ...extra.bodies], () => adapter.streamDecoder(createdSec));
    const response = { ...outcome.response, body: merged.body as unknown as typeof outcome.response.body };
    return streamResponse({ rt, format, admitted: a, outcome: { ...outcome, response }, adapter: { ...adapter, streamDecoder: () => merged.decoder }, prices, meta, started, createdSec, shadow: undefined });
  }
  if (a.stream) {
    return streamResponse({ rt, format, admitted: a, outcome, adapter, prices, meta, started, createdSec: seconds(rt.now()), shadow });
  }
  let parsed: ReturnType<typeof adapter.parseResponse>;
  let raw: string;
  try {
    raw = await outcome.response.body.text();
    parsed = adapter.parseResponse(JSON.parse(raw), seconds(rt.now()));
  } catch {
    const err = new GatewayError('upstream_error', `upstream ${dest.name} sent an unreadable response`);
    await persist(rt, buildRecord(a.draft, { destination: dest, usage: NO_USAGE, prices, status: err.status, latencyMs: elapsed(), ttftMs: null, attempts: outcome.attempts, errorCode: err.code }));
    return errorResponse(format, err, meta);
  }
  if (ready.calls > 1) {
    const extra = await extraAnswers(rt, { name: dest.name, adapter, request: ready.request, count: ready.calls - 1, signal: req.signal, createdSec: seconds(rt.now()) });
    parsed = mergeAnswers([parsed, ...extra.answers]);
    if (extra.failed > 0) {
      const err = new GatewayError('upstream_error', `${extra.failed} of the ${ready.calls} upstream calls for n = ${ready.calls} failed at ${dest.name}`);
      await persist(rt, buildRecord(a.draft, { destination: dest, usage: parsed.usage, prices, status: err.status, latencyMs: elapsed(), ttftMs: null, attempts: outcome.attempts, errorCode: err.code }));
      return errorResponse(format, err, meta);
    }
  }
  const rec = buildRecord(a.draft, { destination: dest, usage: parsed.usage, prices, status: 200, latencyMs: elapsed(), ttftMs: null, attempts: outcome.attempts, errorCode: null });
  // Durable before the caller sees the answer: no unmetered response.
  if (!(await persist(rt, rec))) return errorResponse(format, new GatewayError('metering_failed', 'the usage record could not be written; the answer was withheld'), meta);
  // Queued only; the shadow call starts after this response is returned.
  shadow?.completeJson(parsed.completion, parsed.usage, rec.latencyMs);
  // Same wire: the upstream's bytes as sent (parsed above for the usage only, never serialised again).
  return nativeBody(format, adapter, ready) ? rawJsonResponse(raw, meta) : jsonResponse(format.completionBody(parsed.completion, parsed.usage), meta);
}
