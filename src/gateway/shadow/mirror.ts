import { Counter, type Registry } from 'prom-client';
import type { RequestClassification, RequestDataClass } from '../../core/detector/contract.js';
import { CheckRunner, shadowChecks, singlePlan, visibility, type Answer, type Check, type ShadowConfig, type ShadowRecord, type ShadowSide } from '../../core/eval/index.js';
import { costMicroUsd, type DestinationFacts, type GatewayConfig, type MeteredUsage, type RoutePolicy } from '../../core/routing/index.js';
import type { ShadowStore } from '../../stores/shadow-store.js';
import { CircuitBreakers } from '../breaker.js';
import type { StreamPiece } from '../providers/index.js';
import type { ChatChunk, ChatCompletion, ChatRequest } from '../wire/openai.js';
import { callDestination, type CallContext } from './call-destination.js';
import { judgePair } from './judge-pair.js';

/** What the primary request looked like, known once it is admitted and served. */
export interface ShadowRequest {
  id: string;
  time: number;
  workload: string;
  dataClass: RequestDataClass;
  chat: ChatRequest;
  primaryDestination: string;
}

/** Collects the primary answer of a sampled request (JSON or stream) and hands it to the queue when it is done. */
export interface ShadowTicket {
  piece(p: StreamPiece): void;
  completeJson(completion: ChatCompletion, usage: MeteredUsage, latencyMs: number): void;
  completeStream(usage: MeteredUsage, latencyMs: number, ttftMs: number | null): void;
}

export interface ShadowDeps {
  config: Readonly<GatewayConfig>;
  policies: ReadonlyMap<string, RoutePolicy>;
  call: Omit<CallContext, 'breakers' | 'signal'>;
  store: ShadowStore | undefined;
  classify: (body: unknown) => RequestClassification;
  registry: Registry;
  /** Uniform [0, 1) for sampling; injectable for tests. */
  random?: () => number;
}

type CountName = 'mirrored' | 'dropped' | 'skippedPolicy' | 'skippedBudget' | 'failed' | 'stored';

const DAY_MS = 86_400_000;

interface Job {
  req: ShadowRequest;
  route: RoutePolicy;
  shadow: ShadowConfig;
  checks: Check[];
  primary: { answer: Answer; side: ShadowSide };
}

const facts = (config: Readonly<GatewayConfig>, name: string): DestinationFacts => {
  const d = config.destinations[name]!;
  return { name, kind: d.kind, model: d.model, baa: d.baa, zeroDataRetention: d.zeroDataRetention, region: d.region };
};

function absorb(chunk: ChatChunk, acc: Answer): void {
  for (const c of chunk.choices) {
    if (typeof c.delta.content === 'string') acc.text += c.delta.content;
    for (const tc of c.delta.tool_calls ?? []) {
      const cur = (acc.toolCalls[tc.index] ??= { name: '', arguments: '' });
      cur.name += tc.function?.name ?? '';
      cur.arguments += tc.function?.arguments ?? '';
    }
  }
}

const side = (usage: MeteredUsage, latencyMs: number, ttftMs: number | null, chars: number, cost: number): ShadowSide => ({
  status: 'answered',
  inputTokens: usage.inputTokens,
  outputTokens: usage.outputTokens,
  cachedInputTokens: usage.cachedInputTokens,
  costMicroUsd: cost,
  latencyMs,
  ttftMs,
  outputChars: chars,
});

/**
 * Shadow traffic: mirrors a sample of what a route's candidate may see, after the primary answer has gone out, through
 * a bounded queue (full: dropped and counted). The mirror has its own circuit breakers, so a failing candidate never
 * opens a circuit that production requests use. Only scores, lengths and timings are stored.
 */
export class ShadowMirror {
  private readonly queue: Job[] = [];
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];
  private closed = false;
  private readonly checks = new CheckRunner();
  private readonly breakers: CircuitBreakers;
  private readonly counters: Record<CountName, Counter>;
  private readonly compiled = new Map<string, Check[]>();
  /** Micro-dollars spent on shadow and judge calls per workload in the current UTC day (this process only). */
  private readonly spent = new Map<string, { day: number; micro: number }>();

  constructor(private readonly deps: ShadowDeps) {
    this.breakers = new CircuitBreakers({ failureThreshold: 5, cooldownMs: 30_000, now: () => deps.call.clock() });
    const counter = (name: string, help: string) => new Counter({ name, help, labelNames: ['workload'], registers: [deps.registry] });
    this.counters = {
      mirrored: counter('switchboard_shadow_mirrored_total', 'Requests mirrored to a shadow candidate'),
      dropped: counter('switchboard_shadow_dropped_total', 'Sampled requests dropped because the shadow queue was full'),
      skippedPolicy: counter('switchboard_shadow_skipped_policy_total', 'Sampled requests not mirrored: the data may not go to the candidate'),
      skippedBudget: counter('switchboard_shadow_skipped_budget_total', 'Sampled requests not mirrored: the route reached its shadow maxUsdPerDay'),
      failed: counter('switchboard_shadow_failed_total', 'Shadow jobs whose score could not be stored'),
      stored: counter('switchboard_shadow_stored_total', 'Shadow score records stored'),
    };
  }

  /** Counts so far, for tests and `/metrics` readers. */
  async stats(): Promise<Record<CountName, number>> {
    const total = async (c: Counter) => (await c.get()).values.reduce((n, v) => n + v.value, 0);
    return { mirrored: await total(this.counters.mirrored), dropped: await total(this.counters.dropped), skippedPolicy: await total(this.counters.skippedPolicy), skippedBudget: await total(this.counters.skippedBudget), failed: await total(this.counters.failed), stored: await total(this.counters.stored) };
  }

  /** Sampling and the policy check, synchronously at admission: null when this request is not mirrored. */
  ticket(req: ShadowRequest): ShadowTicket | null {
    const route = this.deps.policies.get(req.workload);
    const sh = this.deps.config.routes.find((r) => r.workload === req.workload)?.shadow;
    if (this.closed || !route || !sh || !this.deps.store || sh.destination === req.primaryDestination) return null;
    if ((this.deps.random ?? Math.random)() >= sh.sample) return null;
    // The same rule as primary routing: a sensitive request never goes to a candidate not covered for it.
    if (!visibility(req.dataClass, facts(this.deps.config, sh.destination), route).allowed) {
      this.counters.skippedPolicy.inc({ workload: req.workload });
      return null;
    }
    if (sh.maxUsdPerDay !== undefined && this.spentToday(req.workload) >= sh.maxUsdPerDay * 1e6) {
      this.counters.skippedBudget.inc({ workload: req.workload });
      return null;
    }
    let checks = this.compiled.get(req.workload);
    if (!checks) this.compiled.set(req.workload, (checks = shadowChecks(sh)));
    const acc: Answer = { text: '', toolCalls: [] };
    const enqueue = (s: ShadowSide): void => this.enqueue({ req, route, shadow: sh, checks, primary: { answer: { text: acc.text, toolCalls: acc.toolCalls.filter(Boolean) }, side: s } });
    return {
      piece: (p) => {
        const chunk = p.chunk ?? (p.raw !== null ? (JSON.parse(p.raw) as ChatChunk) : null);
        if (chunk) absorb(chunk, acc);
      },
      completeJson: (completion, usage, latencyMs) => {
        const m = completion.choices[0]?.message;
        acc.text = m?.content ?? '';
        acc.toolCalls = (m?.tool_calls ?? []).map((t) => ({ name: t.function.name, arguments: t.function.arguments }));
        enqueue(side(usage, latencyMs, null, acc.text.length, this.cost(req.primaryDestination, usage)));
      },
      completeStream: (usage, latencyMs, ttftMs) => enqueue(side(usage, latencyMs, ttftMs, acc.text.length, this.cost(req.primaryDestination, usage))),
    };
  }

  private spentToday(workload: string): number {
    const day = Math.floor(this.deps.call.clock() / DAY_MS);
    const s = this.spent.get(workload);
    return s && s.day === day ? s.micro : 0;
  }

  private addSpend(workload: string, micro: number): void {
    const day = Math.floor(this.deps.call.clock() / DAY_MS);
    const s = this.spent.get(workload);
    this.spent.set(workload, { day, micro: (s && s.day === day ? s.micro : 0) + micro });
  }

  private cost(name: string, usage: MeteredUsage): number {
    return costMicroUsd(usage, this.deps.call.prices.get(name) ?? null);
  }

  private enqueue(job: Job): void {
    if (this.closed || this.queue.length + this.running >= job.shadow.queue) {
      this.counters.dropped.inc({ workload: job.req.workload });
      return;
    }
    this.queue.push(job);
    // Deferred: the primary response is returned before any shadow work starts.
    setImmediate(() => this.pump());
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (this.running >= next.shadow.concurrency) return;
      this.queue.shift();
      this.running++;
      void this.process(next).finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
    }
  }

  private async process(job: Job): Promise<void> {
    const { req, shadow } = job;
    this.counters.mirrored.inc({ workload: req.workload });
    try {
      const ctx: CallContext = { ...this.deps.call, breakers: this.breakers };
      const dest = facts(this.deps.config, shadow.destination);
      const out = await callDestination(ctx, singlePlan(req.dataClass, dest, job.route), req.chat);
      const shadowSide: ShadowSide = out.ok
        ? side(out.usage, out.latencyMs, out.ttftMs, out.answer.text.length, out.costMicroUsd)
        : { status: 'failed', errorCode: out.code, inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, costMicroUsd: 0, latencyMs: out.endMs - out.startMs, ttftMs: null, outputChars: 0 };
      const checks = job.checks.map((c) => ({ name: c.name, kind: c.kind, primaryPass: this.checks.run(c, job.primary.answer).pass, shadowPass: out.ok ? this.checks.run(c, out.answer).pass : null }));
      if (out.ok) this.addSpend(req.workload, out.costMicroUsd);
      const judge = shadow.judge && out.ok ? await judgePair({ ctx, config: this.deps.config, route: job.route, classify: this.deps.classify, judge: shadow.judge, req, primary: job.primary.answer, candidate: out.answer }) : null;
      if (judge) this.addSpend(req.workload, judge.costMicroUsd);
      const record: ShadowRecord = { id: req.id, time: req.time, workload: req.workload, dataClass: req.dataClass, primaryDestination: req.primaryDestination, shadowDestination: shadow.destination, measures: { primary: job.primary.side, shadow: shadowSide, checks, judge } };
      await this.deps.store!.recordShadow(record);
      this.counters.stored.inc({ workload: req.workload });
    } catch {
      this.counters.failed.inc({ workload: req.workload });
    }
  }

  /** Resolves when nothing is queued or running (tests, drain). */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Stops taking work and waits for what is running; queued jobs are dropped and counted. */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) this.counters.dropped.inc({ workload: j.req.workload });
    await this.idle();
  }
}
