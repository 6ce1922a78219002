import type { RequestClassification } from '../../core/detector/contract.js';
import { combinePair, pairwiseRequest, parsePreference, parseScore, scoreRequest, singlePlan, visibility, type Answer, type JudgeMessage, type Prompt, type ShadowConfig, type ShadowMeasures } from '../../core/eval/index.js';
import { dataClassRank, type GatewayConfig, type RoutePolicy } from '../../core/routing/index.js';
import type { ChatRequest } from '../wire/openai.js';
import { callDestination, type CallContext } from './call-destination.js';
import type { ShadowRequest } from './mirror.js';

type JudgeMeasures = NonNullable<ShadowMeasures['judge']>;

const JUDGE_MAX_TOKENS = 400;

/**
 * Scores the primary and shadow answers with the route's judge: pairwise in both orders (the shadow is the candidate,
 * the primary the baseline) or a 1-10 grade for each. The judge request is classified like any request, so it only
 * reaches a judge allowed for what it contains.
 */
export async function judgePair(a: { ctx: CallContext; config: Readonly<GatewayConfig>; route: RoutePolicy; classify: (b: unknown) => RequestClassification; judge: NonNullable<ShadowConfig['judge']>; req: ShadowRequest; primary: Answer; candidate: Answer }): Promise<JudgeMeasures> {
  const d = a.config.destinations[a.judge.destination]!;
  const judge = { name: a.judge.destination, kind: d.kind, model: d.model, baa: d.baa, zeroDataRetention: d.zeroDataRetention, region: d.region };
  const prompt: Prompt = { id: a.req.id, messages: a.req.chat.messages as Prompt['messages'], checks: [], tags: [], rubric: a.judge.rubric };
  const base = { destination: a.judge.destination, mode: a.judge.mode };
  let cost = 0;
  const ask = async (messages: JudgeMessage[]): Promise<{ text: string } | { status: 'not-allowed' | 'failed' }> => {
    const detected = a.classify({ messages }).dataClass;
    const dataClass = dataClassRank(detected) > dataClassRank(a.req.dataClass) ? detected : a.req.dataClass;
    if (!visibility(dataClass, judge, a.route).allowed) return { status: 'not-allowed' };
    const chat: ChatRequest = { messages, temperature: 0, max_tokens: JUDGE_MAX_TOKENS };
    const out = await callDestination(a.ctx, singlePlan(dataClass, judge, a.route), chat);
    if (!out.ok) return { status: 'failed' };
    cost += out.costMicroUsd;
    return { text: out.answer.text };
  };
  if (a.judge.mode === 'score') {
    const [p, s] = await Promise.all([ask(scoreRequest(prompt, a.primary)), ask(scoreRequest(prompt, a.candidate))]);
    if ('status' in p || 'status' in s) return { ...base, status: 'status' in p ? p.status : 'status' in s ? s.status : 'failed', costMicroUsd: cost };
    const pr = parseScore(p.text);
    const sr = parseScore(s.text);
    return pr === null || sr === null ? { ...base, status: 'unreadable', costMicroUsd: cost } : { ...base, status: 'scored', primaryRating: pr, shadowRating: sr, costMicroUsd: cost };
  }
  const [first, second] = await Promise.all([ask(pairwiseRequest(prompt, a.candidate, a.primary)), ask(pairwiseRequest(prompt, a.primary, a.candidate))]);
  if ('status' in first || 'status' in second) return { ...base, status: 'status' in first ? first.status : 'status' in second ? second.status : 'failed', costMicroUsd: cost };
  const p1 = parsePreference(first.text);
  const p2 = parsePreference(second.text);
  if (p1 === null || p2 === null) return { ...base, status: 'unreadable', costMicroUsd: cost };
  return { ...base, status: 'scored', win: combinePair(p1, p2), preferences: [p1, p2], costMicroUsd: cost };
}
