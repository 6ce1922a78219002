import pLimit from 'p-limit';
import type { Catalog } from '../../core/catalog/index.js';
import type { RequestClassification, RequestDataClass } from '../../core/detector/contract.js';
import {
  Budget,
  CheckRunner,
  combinePair,
  pairwiseRequest,
  parsePreference,
  parseScore,
  planPrompts,
  scoreRequest,
  singlePlan,
  visibility,
  type Answer,
  type CandidateInfo,
  type CandidateResult,
  type EvalRun,
  type JudgeMessage,
  type JudgeResult,
  type Prompt,
  type PromptPlan,
  type Suite,
  type SuiteIdentity,
} from '../../core/eval/index.js';
import { dataClassRank, type DestinationFacts, type GatewayConfig, type RoutePolicy } from '../../core/routing/index.js';
import { CircuitBreakers } from '../../gateway/breaker.js';
import { priceSheets } from '../../gateway/meter.js';
import { callDestination, type CallContext, type CallOutcome } from '../../gateway/shadow/call-destination.js';
import { createAgent } from '../../gateway/upstream.js';
import type { ChatRequest } from '../../gateway/wire/openai.js';

export interface Progress {
  done: number;
  total: number;
  spentUsd: number;
  phase: 'answers' | 'judge';
}

export interface RunSuiteOptions {
  suite: Suite;
  identity: SuiteIdentity;
  config: Readonly<GatewayConfig>;
  route: RoutePolicy;
  candidates: readonly string[];
  baseline?: string | undefined;
  judge?: { destination: string; mode: 'score' | 'pairwise' } | undefined;
  catalog: Catalog;
  env: Readonly<Record<string, string | undefined>>;
  classify: (body: unknown) => RequestClassification;
  concurrency: number;
  maxUsd?: number | undefined;
  /** Monotonic ms and wall clock, injected for tests. */
  clock: () => number;
  now: () => Date;
  signal?: AbortSignal | undefined;
  retry?: { baseDelayMs: number; maxDelayMs: number } | undefined;
  onProgress?: (p: Progress) => void;
}

const facts = (config: Readonly<GatewayConfig>, name: string): DestinationFacts => {
  const d = config.destinations[name]!;
  return { name, kind: d.kind, model: d.model, baa: d.baa, zeroDataRetention: d.zeroDataRetention, region: d.region };
};

const promptChars = (body: unknown): number => JSON.stringify(body).length;

function chatFor(p: Prompt): ChatRequest {
  return {
    messages: p.messages,
    ...(p.tools ? { tools: p.tools } : {}),
    ...(p.maxTokens !== undefined ? { max_tokens: p.maxTokens } : {}),
    ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
  };
}

/** Every prompt to every candidate the policy allows, then the judge; partial results are kept on any failure. */
export async function runSuite(o: RunSuiteOptions): Promise<EvalRun> {
  const startedAt = o.now().toISOString();
  const t0 = o.clock();
  const { prices } = priceSheets(o.config.destinations, o.catalog);
  const used = [...new Set([...o.candidates, ...(o.judge ? [o.judge.destination] : [])])];
  const agents = new Map(used.map((n) => [n, createAgent(o.config.destinations[n]!)]));
  const apiKeys = new Map(used.map((n) => [n, o.config.destinations[n]!.apiKeyEnv !== undefined ? o.env[o.config.destinations[n]!.apiKeyEnv] : undefined]));
  const ctx: CallContext = {
    destinations: o.config.destinations,
    agents,
    apiKeys,
    prices,
    breakers: new CircuitBreakers({ failureThreshold: 5, cooldownMs: 30_000, now: () => o.clock() }),
    retry: o.retry ?? { baseDelayMs: 250, maxDelayMs: 4_000 },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    clock: () => o.clock() - t0,
    signal: o.signal,
  };
  const budget = new Budget(o.maxUsd !== undefined ? Math.round(o.maxUsd * 1e6) : undefined);
  const limit = pLimit(o.concurrency);
  const checks = new CheckRunner();
  const candidateFacts = o.candidates.map((n) => facts(o.config, n));
  const judgeFacts = o.judge ? facts(o.config, o.judge.destination) : undefined;
  const plans = planPrompts({ prompts: o.suite.prompts, route: o.route, candidates: candidateFacts, judge: judgeFacts, classify: o.classify });
  const planOf = new Map(plans.map((p) => [p.id, p]));
  let stopped: EvalRun['stopped'];
  const progress = { done: 0, total: 0 };
  const tick = (phase: Progress['phase']) => o.onProgress?.({ ...progress, spentUsd: budget.spentMicroUsd / 1e6, phase });

  /** One paid or free call within the budget and the interrupt signal; null when it was not started. */
  const guarded = async (dest: DestinationFacts, dataClass: RequestDataClass, chat: ChatRequest, maxTokens: number | undefined): Promise<CallOutcome | 'skipped'> => {
    if (o.signal?.aborted) {
      stopped ??= { reason: 'interrupted', message: 'interrupted; the results so far are kept' };
      return 'skipped';
    }
    const estimate = budget.estimate(prices.get(dest.name) ?? null, promptChars(chat), maxTokens);
    if (!budget.reserve(estimate)) {
      stopped ??= { reason: 'budget', message: `--max-usd ${o.maxUsd}: stopped before exceeding the budget; the results so far are kept` };
      return 'skipped';
    }
    // The routing policy decides again at send time: an empty plan sends nothing.
    const out = await callDestination(ctx, singlePlan(dataClass, dest, o.route), chat);
    budget.settle(estimate, out.ok ? out.costMicroUsd : 0, out.ok ? out.usage.outputTokens : 0);
    return out;
  };

  // 1. Answers.
  const answers = new Map<string, Answer>();
  const key = (promptId: string, candidate: string) => `${candidate}\u0000${promptId}`;
  const tasks: Promise<CandidateResult>[] = [];
  for (const p of o.suite.prompts) {
    const plan = planOf.get(p.id)!;
    for (const dest of candidateFacts) {
      const v = plan.candidates[dest.name]!;
      if (!v.allowed) {
        tasks.push(Promise.resolve({ promptId: p.id, candidate: dest.name, status: 'not-allowed', reason: v.why, checks: [] }));
        continue;
      }
      progress.total++;
      tasks.push(
        limit(async (): Promise<CandidateResult> => {
          const out = await guarded(dest, plan.dataClass, chatFor(p), p.maxTokens);
          progress.done++;
          tick('answers');
          if (out === 'skipped') return { promptId: p.id, candidate: dest.name, status: 'skipped', reason: stopped?.reason ?? 'skipped', checks: [] };
          if (!out.ok) return { promptId: p.id, candidate: dest.name, status: 'failed', errorCode: out.code, reason: out.message, checks: [] };
          answers.set(key(p.id, dest.name), out.answer);
          return {
            promptId: p.id,
            candidate: dest.name,
            status: 'answered',
            checks: checks.runAll(p.checks, out.answer),
            call: { latencyMs: out.latencyMs, ttftMs: out.ttftMs, inputTokens: out.usage.inputTokens, outputTokens: out.usage.outputTokens, cachedInputTokens: out.usage.cachedInputTokens, costMicroUsd: out.costMicroUsd, startMs: out.startMs, endMs: out.endMs, outputChars: out.answer.text.length },
          };
        }),
      );
    }
  }
  const results = await Promise.all(tasks);

  // 2. The judge, when the suite has one.
  if (o.judge && judgeFacts) {
    const judge = o.judge;
    progress.done = 0;
    progress.total = results.filter((r) => r.status === 'answered' && (judge.mode === 'score' || r.candidate !== o.baseline)).length;
    await Promise.all(
      results.map((r) =>
        r.status !== 'answered' || (judge.mode === 'pairwise' && r.candidate === o.baseline)
          ? Promise.resolve()
          : limit(async () => {
              const p = o.suite.prompts.find((x) => x.id === r.promptId)!;
              r.judge = await judgeOne({ prompt: p, plan: planOf.get(p.id)!, result: r, judgeFacts, mode: judge.mode, baseline: o.baseline, answers, key, guarded, classify: o.classify, route: o.route });
              progress.done++;
              tick('judge');
            }),
      ),
    );
  }
  for (const a of agents.values()) await a.close();

  const candidates: CandidateInfo[] = o.candidates.map((n) => {
    const d = o.config.destinations[n]!;
    return { name: n, kind: d.kind, model: d.model, catalogModel: d.catalogModel, hourlyCostUsd: d.hourlyCostUsd, priced: d.kind === 'self-hosted' || prices.get(n) != null };
  });
  const dataClasses: Partial<Record<RequestDataClass, number>> = {};
  for (const p of plans) dataClasses[p.dataClass] = (dataClasses[p.dataClass] ?? 0) + 1;
  return {
    suite: o.identity,
    candidates,
    baseline: o.baseline,
    judge: o.judge ? { destination: o.judge.destination, model: o.config.destinations[o.judge.destination]!.model, mode: o.judge.mode } : undefined,
    plans,
    results,
    startedAt,
    durationMs: o.clock() - t0,
    budgetUsd: o.maxUsd,
    spentMicroUsd: budget.spentMicroUsd,
    stopped,
    dataClasses,
  };
}

interface JudgeArgs {
  prompt: Prompt;
  plan: PromptPlan;
  result: CandidateResult;
  judgeFacts: DestinationFacts;
  mode: 'score' | 'pairwise';
  baseline: string | undefined;
  answers: Map<string, Answer>;
  key: (promptId: string, candidate: string) => string;
  guarded: (dest: DestinationFacts, dataClass: RequestDataClass, chat: ChatRequest, maxTokens: number | undefined) => Promise<CallOutcome | 'skipped'>;
  classify: (body: unknown) => RequestClassification;
  route: RoutePolicy;
}

const JUDGE_MAX_TOKENS = 400;

/** The judge request is itself classified: an answer that leaks sensitive data keeps a third-party judge from seeing it. */
async function askJudge(a: JudgeArgs, messages: JudgeMessage[]): Promise<{ text: string; cost: number } | JudgeResult> {
  const detected = a.classify({ messages }).dataClass;
  const dataClass = dataClassRank(detected) > dataClassRank(a.plan.dataClass) ? detected : a.plan.dataClass;
  const v = visibility(dataClass, a.judgeFacts, a.route);
  if (!v.allowed) return { status: 'not-allowed', reason: v.why, costMicroUsd: 0 };
  const out = await a.guarded(a.judgeFacts, dataClass, { messages, temperature: 0, max_tokens: JUDGE_MAX_TOKENS }, JUDGE_MAX_TOKENS);
  if (out === 'skipped') return { status: 'skipped', costMicroUsd: 0 };
  if (!out.ok) return { status: 'failed', reason: `${out.code}: ${out.message}`, costMicroUsd: 0 };
  return { text: out.answer.text, cost: out.costMicroUsd };
}

async function judgeOne(a: JudgeArgs): Promise<JudgeResult> {
  const mine = a.answers.get(a.key(a.prompt.id, a.result.candidate))!;
  if (a.mode === 'score') {
    const r = await askJudge(a, scoreRequest(a.prompt, mine));
    if ('status' in r) return r;
    const rating = parseScore(r.text);
    return rating === null ? { status: 'unreadable', reason: 'the judge did not answer with a 1-10 score', costMicroUsd: r.cost } : { status: 'scored', rating, costMicroUsd: r.cost };
  }
  const theirs = a.baseline !== undefined ? a.answers.get(a.key(a.prompt.id, a.baseline)) : undefined;
  if (!theirs) return { status: 'failed', reason: 'the baseline has no answer to compare with', costMicroUsd: 0 };
  const [first, second] = await Promise.all([askJudge(a, pairwiseRequest(a.prompt, mine, theirs)), askJudge(a, pairwiseRequest(a.prompt, theirs, mine))]);
  if ('status' in first) return first;
  if ('status' in second) return { ...second, costMicroUsd: first.cost + second.costMicroUsd };
  const cost = first.cost + second.cost;
  const p1 = parsePreference(first.text);
  const p2 = parsePreference(second.text);
  if (p1 === null || p2 === null) return { status: 'unreadable', reason: 'the judge did not answer with A, B or tie', costMicroUsd: cost };
  return { status: 'scored', win: combinePair(p1, p2), preferences: [p1, p2], costMicroUsd: cost };
}
