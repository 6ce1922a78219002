import { describe, expect, it } from 'vitest';
import type { CostAnalysisInput } from '../cost/contract.js';
import { decideWorkload } from './workload.js';
import { fakeAnalyzer, fixtureCatalog, profile } from './test-support/fixtures.js';

type W = Parameters<typeof profile>[0][number];
function decide(w: W, team: Parameters<typeof profile>[1] = {}, catalog = fixtureCatalog(), calls: CostAnalysisInput[] = []) {
  const p = profile([w], team);
  return decideWorkload({ workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog, analyze: fakeAnalyzer(calls) });
}
const areas = (r: ReturnType<typeof decide>) => r.reasons.map((x) => x.area);

describe('decideWorkload', () => {
  it('low-volume internal data goes to the cheapest closed model on cost, with the break-even volume as its flip', () => {
    const r = decide({ data: ['internal'], quality: 'strong' });
    expect(r.verdict).toBe('closed');
    expect(r.decidedBy).toEqual({ area: 'cost', rule: 'cost.cheaper' });
    expect(r.recommendation.closedModel).toBe('beta-mid');
    expect(r.cost.closedMonthlyUsd).toBeCloseTo(600, 6);
    expect(r.cost.openMonthlyUsd).toBe(7400);
    expect(r.cost.tokensPerMonth).toBe(360e6);
    expect(r.flips).toEqual([{ area: 'cost', message: 'self-hosting becomes cheaper above 4.44B tokens/month (now 360M)', tokensPerMonth: expect.closeTo(4.44e9, -6) }]);
    expect(r.reasons.find((x) => x.favours === 'closed')?.message).toBe('the API is 13x cheaper: $600 vs $7,956/month, start-up spread over 36 months');
  });

  it('very high volume flips the same workload to open on cost', () => {
    const r = decide({ data: ['public'], requestsPerDay: 1_000_000 });
    expect(r.verdict).toBe('open');
    expect(r.decidedBy?.rule).toBe('cost.cheaper');
    expect(r.recommendation).toEqual({ openModel: 'big-general', precision: 'fp8', gpu: 'gpu-x', gpuCount: 2, closedModel: 'beta-mid' });
    expect(r.flips[0]?.message).toBe('below 4.44B tokens/month (now 36B) the API would be cheaper');
  });

  it('reasons come in area order: security, then cost, then control', () => {
    const r = decide({ data: ['phi'], regulations: ['hipaa'], lockInTolerance: 'low' });
    const a = areas(r);
    expect(a).toEqual([...a].sort((x, y) => ['security', 'cost', 'control'].indexOf(x) - ['security', 'cost', 'control'].indexOf(y)));
    expect(a[0]).toBe('security');
    expect(a).toContain('control');
  });

  it('PHI picks the cheapest closed model with a BAA and lists the excluded ones', () => {
    const r = decide({ data: ['phi'], regulations: ['hipaa'] });
    expect(r.recommendation.closedModel).toBe('alpha-mid');
    expect(r.cost.closedMonthlyUsd).toBeCloseTo(1800, 6);
    expect(r.excludedClosedModels.map((e) => `${e.modelId}:${e.rule}`)).toEqual(['beta-mid:security.baa-required', 'beta-mini:security.baa-required', 'gamma-gov:security.baa-required']);
  });

  it('a security deal breaker decides open even when the API would be far cheaper', () => {
    const r = decide({ data: ['internal'], regulations: ['itar'], requestsPerDay: 10 });
    expect(r.verdict).toBe('open');
    expect(r.decidedBy).toEqual({ area: 'security', rule: 'security.itar-required' });
    expect(r.dealBreakers).toEqual([{ area: 'security', rule: 'security.itar-required', message: 'no closed API channel in the catalog offers in-region processing (us), ITAR eligibility (US-person operated) and FedRAMP authorisation' }]);
    expect(r.recommendation.closedModel).toBeNull();
    expect(r.cost.closedMonthlyUsd).toBeNull();
    expect(r.flips.map((f) => f.message)).toContain('if Gamma Cloud API confirms ITAR eligibility (US-person operated) (not verified in the catalog: check with the provider), its models would be allowed');
  });

  it('air-gapped data is priced on owned GPUs even when the team rents', () => {
    const calls: CostAnalysisInput[] = [];
    const r = decide({ data: ['classified'] }, { gpuAccess: 'rent' }, fixtureCatalog(), calls);
    expect(calls.every((c) => c.team.gpuAccess === 'own')).toBe(true);
    expect(r.reasons.some((x) => x.message.includes('buying GPUs: air-gapped data cannot use rented cloud GPUs'))).toBe(true);
  });

  it('owning the tuned weights is a control deal breaker for closed', () => {
    const r = decide({ data: ['internal'], fineTuning: 'lora', ownWeights: true });
    expect(r.verdict).toBe('open');
    expect(r.decidedBy).toEqual({ area: 'control', rule: 'control.own-weights' });
    expect(r.flips[0]?.message).toBe('if you no longer needed to own the tuned weights, beta-mid could be considered and cost would decide');
    // Training is not in either side's figures, and the report says so.
    expect(r.reasons).toContainEqual({ area: 'cost', favours: 'neutral', message: "LoRA training runs are not priced: both sides' figures are for serving only; budget the training GPU time (or the provider's tuning fees) separately" });
    expect(decide({ data: ['internal'] }).reasons.some((x) => x.message.includes('training runs'))).toBe(false);
  });

  it('full fine-tuning and continued pretraining need the weights', () => {
    expect(decide({ data: ['internal'], fineTuning: 'full' }).decidedBy?.rule).toBe('control.full-fine-tuning');
    expect(decide({ data: ['internal'], fineTuning: 'continued-pretraining' }).verdict).toBe('open');
  });

  it('LoRA goes to a tunable closed model when one is allowed, and cost decides', () => {
    const r = decide({ data: ['internal'], fineTuning: 'lora' });
    expect(r.recommendation.closedModel).toBe('beta-mid');
    expect(r.verdict).toBe('closed');
    expect(r.reasons.map((x) => x.message)).toContain('beta-mid offers supervised tuning, but the tuned model stays on the provider');
  });

  it('LoRA with no tunable allowed closed model is a control deal breaker', () => {
    const r = decide({ data: ['phi'], fineTuning: 'qlora' });
    expect(r.verdict).toBe('open');
    expect(r.decidedBy?.rule).toBe('control.tuning-unavailable');
  });

  it('no open model at the quality tier sends the workload to a closed model that has it', () => {
    const base = fixtureCatalog();
    const catalog = fixtureCatalog({ openModels: base.openModels.filter((m) => m.id !== 'huge-frontier') });
    const r = decide({ data: ['public'], quality: 'frontier', requestsPerDay: 1_000_000 }, {}, catalog);
    expect(r.verdict).toBe('closed');
    expect(r.decidedBy?.rule).toBe('control.quality-gap');
    expect(r.recommendation.closedModel).toBe('alpha-pro');
  });

  it('an open model that cannot be served on any GPU leaves the closed side', () => {
    const r = decide({ data: ['public'], quality: 'frontier', requestsPerDay: 1_000_000 });
    expect(r.verdict).toBe('closed');
    expect(r.decidedBy?.rule).toBe('cost.open-infeasible');
    expect(r.reasons.map((x) => x.message)).toContain('no open candidate can be served within the catalog\'s GPUs (huge-frontier: needs more memory than 8 GPUs of any catalog type)');
  });

  it('costs within 15% are a close call that control decides', () => {
    // Both sides at the same quality (the floor of "strong"): only the lock-in lean can tip it.
    const w: W = { data: ['internal'], quality: 'standard', closedModel: 'alpha-mid', requestsPerDay: 34_000 };
    const base = fixtureCatalog();
    const even = fixtureCatalog({ openModels: base.openModels.map((m) => (m.id === 'small-general' ? { ...m, quality: 'strong' as const } : m)) });
    const neutral = decide(w, {}, even);
    expect(neutral.decidedBy?.rule).toBe('cost.close-call-cheaper');
    expect(neutral.reasons.find((x) => x.area === 'cost' && x.favours === 'closed')?.message).toMatch(/: a close call; control has no net lean, so the cheaper side is taken \(the API\)$/);
    expect(neutral.verdict).toBe('closed');
    const tipped = decide({ ...w, lockInTolerance: 'low' }, {}, even);
    expect(tipped.verdict).toBe('open');
    expect(tipped.decidedBy).toEqual({ area: 'control', rule: 'control.close-call' });
    expect(tipped.flips.map((f) => f.message)).toContain('a cost difference of more than 15% would decide it on cost instead');
  });

  // Quality per dollar: at a similar price the better model wins, unless another lean cancels it.
  it('in a close call, a side 2+ points better on the quality scale wins it', () => {
    const w: W = { data: ['internal'], quality: 'standard', closedModel: 'alpha-mid', openModel: 'small-general', requestsPerDay: 34_000 };
    const r = decide(w);
    expect(r.decidedBy).toEqual({ area: 'control', rule: 'control.close-call' });
    expect(r.verdict).toBe('closed');
    expect(r.reasons).toContainEqual({ area: 'control', favours: 'closed', message: 'alpha-mid scores 3 points above small-general on the common scale (both catalog estimates): at a similar cost, quality leans to the API' });
    expect(decide({ ...w, lockInTolerance: 'low' }).decidedBy?.rule).toBe('cost.close-call-cheaper');
    // Outside the close-call band cost still decides, whatever the quality lean.
    expect(decide({ ...w, requestsPerDay: 1_000_000 }).decidedBy?.rule).toBe('cost.cheaper');
  });

  // Regression: a 150 ms autocomplete went to an API on cost with no word that the API's latency was never checked.
  it('a sub-second TTFT target asks to measure the API, and names self-hosting as the fallback that meets it', () => {
    const r = decide({ data: ['public'], latency: { ttftMs: 400 } });
    expect(r.verdict).toBe('closed');
    expect(r.reasons).toContainEqual({ area: 'cost', favours: 'neutral', message: 'beta-mid: its time to first token is not in the catalog; measure it against your 400 ms target from where you serve (switchboard eval reports TTFT p50/p95) before relying on the API' });
    expect(areas(r)).toEqual([...areas(r)].sort((a, b) => ['security', 'cost', 'control'].indexOf(a) - ['security', 'cost', 'control'].indexOf(b)));
    expect(r.flips.map((f) => f.message)).toContain('if beta-mid misses the 400 ms time-to-first-token target, self-hosting big-general (~300 ms modelled) meets it at $7,400/month');
    // A relaxed target, or no API allowed at all, says nothing of the kind.
    expect(decide({ data: ['public'], latency: { ttftMs: 2000 } }).reasons.some((x) => x.message.includes('time to first token'))).toBe(false);
    expect(decide({ data: ['classified'], latency: { ttftMs: 400 } }).reasons.some((x) => x.message.includes('time to first token'))).toBe(false);
    expect(decide({ data: ['internal'], ownWeights: true, fineTuning: 'lora', latency: { ttftMs: 400 } }).reasons.some((x) => x.message.includes('time to first token'))).toBe(false);
  });

  // Regression: a bank's proprietary code went to "Gemini 3.5 Flash via Gemini Developer API: no compliance guarantees
  // listed", without the channel's own caveat that its free tier uses content to improve products.
  it('a channel with no guarantees carries its caveat into the closed-side line', () => {
    const base = fixtureCatalog();
    const src = [{ url: 'https://example.test/channel', asOf: '2026-11-01' }];
    const catalog = fixtureCatalog({
      channels: [{ id: 'alpha-free', name: 'Alpha Free', provider: 'alpha', operator: 'Alpha AI', baa: null, zeroDataRetention: null, fedramp: null, regions: [], priceUplift: 0, notes: 'The free tier uses content to improve products.', sources: src }],
      closedModels: base.closedModels.filter((m) => m.provider === 'alpha'),
    });
    const r = decide({ data: ['internal'], quality: 'strong' }, {}, catalog);
    expect(r.recommendation.closedChannel).toBe('Alpha Free');
    expect(r.reasons.map((x) => x.message)).toContain('closed side: alpha-mid via Alpha Free (Alpha AI): no compliance guarantees listed; The free tier uses content to improve products; list price; alpha-mid on this channel not verified in the catalog: check with the provider [example.test 2026-11-01]');
  });

  it('never proposes a model whose licence forbids commercial use', () => {
    const calls: CostAnalysisInput[] = [];
    decide({ data: ['internal'], quality: 'strong' }, {}, fixtureCatalog(), calls);
    expect(calls.map((c) => c.openModelId)).not.toContain('research-only');
  });

  it('honours a pinned open model given by Hugging Face repo id', () => {
    const r = decide({ data: ['public'], openModel: 'ORG/big-general', requestsPerDay: 1_000_000 });
    expect(r.recommendation.openModel).toBe('big-general');
  });

  it('prefers a domain model and says so', () => {
    const r = decide({ data: ['public'], domain: 'medical', requestsPerDay: 1_000_000 });
    expect(r.recommendation.openModel).toBe('med-strong');
    expect(r.reasons.map((x) => x.message)).toContain('med-strong scores 88% on MedQA (4-option) (example.test 2026-11-01)');
  });

  it('screens candidates with 100 Monte Carlo draws and re-runs the winner with the profile\'s', () => {
    const calls: CostAnalysisInput[] = [];
    decide({ data: ['internal'], quality: 'standard' }, {}, fixtureCatalog(), calls);
    expect(calls.slice(0, -1).every((c) => c.assumptions.monteCarloRuns === 100)).toBe(true);
    expect(calls.at(-1)?.assumptions.monteCarloRuns).toBe(2000);
  });

  it('names hiring and GPU rental in the start-up reason when the team has neither', () => {
    const r = decide({ data: ['internal'] }, { mlEngineers: 0, gpuAccess: 'none' });
    expect(r.reasons.find((x) => x.message.startsWith('self-hosting takes'))?.message).toBe(
      'self-hosting takes $50k and ~4 weeks to start, including hiring an ML engineer (~3 months, $30k recruiting) and arranging GPU rental (no GPU access today)',
    );
  });

  it('applies in-region pricing when the rules require in-region processing', () => {
    const calls: CostAnalysisInput[] = [];
    decide({ data: ['pii'], regulations: ['gdpr'] }, {}, fixtureCatalog(), calls);
    expect(calls.every((c) => c.regionalProcessing)).toBe(true);
  });

  it('with growth, says when volume crosses the break-even', () => {
    // 360M tokens now, break-even 4.44B: ln(12.33)/ln(1.2) = 13.8 -> 14 months.
    const r = decide({ data: ['internal'], growthPerMonth: 0.2 });
    expect(r.flips.map((f) => f.message)).toEqual([
      'self-hosting becomes cheaper above 4.44B tokens/month (now 360M)',
      'at 20% growth a month, volume crosses the break-even in about 14 months',
    ]);
  });

  it('says when the self-hosted option misses the latency SLO', () => {
    const r = decide({ data: ['internal'], latency: { ttftMs: 100 } });
    expect(r.reasons.map((x) => x.message)).toContain('the self-hosted option misses the latency SLO (TTFT ~300 ms, ~50 tokens/s per stream)');
    const slow = decide({ data: ['public'], latency: { ttftMs: 100 }, requestsPerDay: 1_000_000 });
    expect(slow.decidedBy?.rule).toBe('cost.latency-slo');
    expect(slow.flips).toEqual([{ area: 'cost', message: 'a looser latency SLO, or a faster GPU in the catalog, would let cost decide' }]);
    expect(decide({ data: ['internal'] }).reasons.some((x) => x.message.includes('latency SLO'))).toBe(false);
  });
});
