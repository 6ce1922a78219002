import { describe, expect, it } from 'vitest';
import type { CatalogInput } from '../catalog/schema.js';
import type { CostAnalysisInput } from '../cost/contract.js';
import { openCandidates } from './candidates.js';
import { qualityBar, scoreOf, sideBySide } from './quality.js';
import { decideWorkload } from './workload.js';
import { defaultCatalog } from '../catalog/index.js';
import { fakeAnalyzer, fixtureCatalog, profile } from './test-support/fixtures.js';

const src = { url: 'https://example.test/index', asOf: '2026-06-16' };
const measured = (value: number) => ({ value, estimate: false, source: src });
const estimated = (value: number) => ({ value, estimate: true, source: src, note: 'catalog estimate' });

/** The fixture catalog with scores on the common scale: closed 60 / 50 / 38, open 45 / 35 / 25. */
function scored(over: Partial<CatalogInput> = {}) {
  const base = fixtureCatalog();
  const closed: Record<string, number> = { 'alpha-pro': 60, 'alpha-mid': 50, 'beta-mid': 50, 'beta-mini': 38, 'gamma-gov': 45, 'alpha-old': 40 };
  const open: Record<string, number> = { 'huge-frontier': 45, 'big-general': 35, 'med-strong': 35, 'small-general': 25, 'research-only': 50 };
  return fixtureCatalog({
    closedModels: base.closedModels.map((m) => ({ ...m, qualityScore: measured(closed[m.id] ?? 0) })),
    openModels: base.openModels.map((m) => ({ ...m, qualityScore: m.id === 'big-general' ? estimated(open[m.id] ?? 0) : measured(open[m.id] ?? 0) })),
    ...over,
  });
}

type W = Parameters<typeof profile>[0][number];
function decide(w: W, catalog = scored(), calls: CostAnalysisInput[] = []) {
  const p = profile([w]);
  return decideWorkload({ workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog, analyze: fakeAnalyzer(calls) });
}

describe('quality bar on one scale', () => {
  it('sets each tier relative to the best closed model the workload may use', () => {
    const c = scored();
    expect(qualityBar({ quality: 'strong' }, c.closedModels, c)).toMatchObject({ referenceScore: 60, required: 33 });
    expect(qualityBar({ quality: 'frontier' }, c.closedModels, c).required).toBe(57);
    // Security leaves only beta: the bar follows the best model the workload may actually use.
    const beta = c.closedModels.filter((m) => m.provider === 'beta');
    expect(qualityBar({ quality: 'strong' }, beta, c)).toMatchObject({ referenceScore: 50, required: 27.5 });
  });

  it('places a model without evidence at the floor of its declared tier, marked as an estimate', () => {
    const plain = fixtureCatalog().openModels.find((m) => m.id === 'big-general')!;
    expect(scoreOf(plain, 60)).toMatchObject({ value: 33, estimate: true, source: null });
    const c = fixtureCatalog();
    expect(sideBySide({ open: plain, closed: null, bar: qualityBar({ quality: 'strong' }, c.closedModels, c), tier: 'strong' })).toMatch(/^quality \(AA Intelligence Index v4\.1\): open big-general 33 \(estimate\) \[catalog estimate; no source\];/);
  });

  it('fires the quality gap when the open side lags: strong needs 33, the best open model scores 25 (only the small one allowed)', () => {
    const smallOnly = scored({ openModels: scored().openModels.filter((m) => m.id !== 'huge-frontier' && m.id !== 'big-general') });
    const r = decide({ data: ['public'], quality: 'strong', requestsPerDay: 1_000_000 }, smallOnly);
    expect(r.decidedBy).toEqual({ area: 'control', rule: 'control.quality-gap' });
    expect(r.verdict).toBe('closed');
    expect(r.reasons.map((x) => x.message)).toContain('no open model in the catalog reaches "strong" quality; the best is small-general (25 against 33 needed)');
    // A measured score: no call to measure it again.
    expect(r.flips.some((f) => f.message.includes('catalog estimate'))).toBe(false);
    // An estimated one decided it: the flip says measuring the team's own prompts replaces it.
    const estimated = scored({ openModels: smallOnly.openModels.map((m) => (m.id === 'small-general' ? { ...m, qualityScore: { ...m.qualityScore!, estimate: true } } : m)) });
    expect(decide({ data: ['public'], quality: 'strong', requestsPerDay: 1_000_000 }, estimated).flips.map((f) => f.message)).toContain(
      "small-general's score is a catalog estimate: measuring it on your own prompts (switchboard eval, then qualityEvidence in the profile) replaces the estimate and may close the gap",
    );
  });

  it('does not fire when an open model reaches the bar, and shows both sides with scores, sources and estimates marked', () => {
    const r = decide({ data: ['public'], quality: 'strong', requestsPerDay: 1_000_000 });
    expect(r.decidedBy?.rule).not.toBe('control.quality-gap');
    expect(r.recommendation.openModel).toBe('big-general');
    expect(r.reasons.map((x) => x.message)).toContain(
      'quality (AA Intelligence Index v4.1): open big-general 35 (estimate) [catalog estimate; scale: example.test 2026-06-16] vs closed beta-mini 38 [example.test 2026-06-16]: self-hosting gives up 3 points; "strong" needs 33, 55% of alpha-pro (60); (estimate) = a catalog estimate, not a measurement',
    );
  });

  // Regression: "strong" at 70% of the best closed model (42.7 with Claude Fable 5.1 at 61) admitted only the 0.7-1.6T
  // open models, so a small PHI team that must self-host was sized on Kimi K2.6 over 8 MI300X for a few hundred requests a day.
  it('lets the best mid-size open models reach "strong" with the shipped catalog, and keeps the tiers apart', () => {
    const c = defaultCatalog();
    const bar = qualityBar({ quality: 'strong' }, c.closedModels, c);
    expect(bar.required).toBe(33.6);
    const strong = openCandidates(profile([{ quality: 'strong' }]).workloads[0]!, c, bar, 50).models.map((m) => m.id);
    expect(strong).toEqual(expect.arrayContaining(['qwen3.6-27b', 'qwen3.5-122b-a10b']));
    expect(strong.every((id) => (c.openModels.find((m) => m.id === id)?.qualityScore?.value ?? 0) >= 33.6)).toBe(true);
    // standard stays below strong: the 3B-active MoE reaches standard, not strong.
    expect(strong).not.toContain('qwen3.6-35b-a3b');
    const standard = openCandidates(profile([{ quality: 'standard' }]).workloads[0]!, c, qualityBar({ quality: 'standard' }, c.closedModels, c), 50).models.map((m) => m.id);
    expect(standard).toContain('qwen3.6-35b-a3b');
    expect(qualityBar({ quality: 'frontier' }, c.closedModels, c).required).toBe(58);
  });

  it('says "(estimate)" wherever an estimate is shown', () => {
    const c = scored();
    const line = sideBySide({ open: c.openModels.find((m) => m.id === 'big-general')!, closed: c.closedModels[0]!, bar: qualityBar({ quality: 'standard' }, c.closedModels, c), tier: 'standard' });
    expect(line).toBe(
      'quality (AA Intelligence Index v4.1): open big-general 35 (estimate) [catalog estimate; scale: example.test 2026-06-16] vs closed alpha-pro 60 [example.test 2026-06-16]: self-hosting gives up 25 points; "standard" needs 30, 50% of alpha-pro (60); (estimate) = a catalog estimate, not a measurement',
    );
  });

  it('breaks a tie in size by quality, never by name', () => {
    const c = scored({
      openModels: [
        { ...scored().openModels.find((m) => m.id === 'big-general')!, id: 'aaa-weaker', hfRepo: 'org/aaa', qualityScore: measured(36) },
        { ...scored().openModels.find((m) => m.id === 'big-general')!, id: 'zzz-stronger', hfRepo: 'org/zzz', qualityScore: measured(40) },
      ] as CatalogInput['openModels'],
    });
    expect(openCandidates(profile([{ quality: 'standard' }]).workloads[0]!, c, qualityBar({ quality: 'standard' }, c.closedModels, c)).models.map((m) => m.id)).toEqual(['zzz-stronger', 'aaa-weaker']);
  });

  it('never sizes frontier or medical work at int4: bf16 releases go to fp8; general standard work is left to the sizer', () => {
    const calls: CostAnalysisInput[] = [];
    decide({ data: ['public'], quality: 'frontier', requestsPerDay: 1_000_000 }, scored(), calls);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.assumptions.precision === 'fp8')).toBe(true);
    const med: CostAnalysisInput[] = [];
    decide({ data: ['public'], domain: 'medical', quality: 'standard', requestsPerDay: 1_000_000 }, scored(), med);
    expect(med.every((c) => c.assumptions.precision === 'fp8')).toBe(true);
    const plain: CostAnalysisInput[] = [];
    decide({ data: ['public'], quality: 'standard', requestsPerDay: 1_000_000 }, scored(), plain);
    expect(plain.every((c) => c.assumptions.precision === undefined)).toBe(true);
  });

  it('sizes every candidate and, when two cost within 5% of each other, keeps the better one (quality per dollar)', () => {
    const big = scored().openModels.find((m) => m.id === 'big-general')!;
    const c = scored({
      openModels: [
        { ...big, id: 'plain-70', hfRepo: 'org/plain-70', totalParamsB: 70, qualityScore: measured(34) },
        { ...big, id: 'better-72', hfRepo: 'org/better-72', totalParamsB: 72, qualityScore: measured(40) },
      ] as CatalogInput['openModels'],
    });
    const pricier = (share: number) => {
      const base = fakeAnalyzer();
      return (input: CostAnalysisInput) => {
        const r = base(input);
        if (r.ok && r.value.open && input.openModelId === 'better-72') r.value.open.cost.monthlyUsd *= 1 + share;
        return r;
      };
    };
    const p = profile([{ data: ['public'], quality: 'standard', requestsPerDay: 1_000_000 }]);
    const pick = (share: number) => decideWorkload({ workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog: c, analyze: pricier(share) }).recommendation.openModel;
    expect(pick(0.03)).toBe('better-72');
    expect(pick(0.1)).toBe('plain-70');
  });

  it('says which model runs medical work at which precision', () => {
    const r = decide({ data: ['public'], domain: 'medical', quality: 'standard', requestsPerDay: 1_000_000 });
    const m = scored().openModels.find((x) => x.id === r.recommendation.openModel)!;
    expect(r.recommendation.precision).toBe('fp8');
    expect(r.reasons.map((x) => x.message)).toContain(`medical work: ${m.name} is served at fp8 (released in bf16), never re-quantised to int4`);
  });

  // Regression: Kimi K2.6 (released in int4-gptq, quantisation-aware trained) was sized at int4-awq for a code assistant.
  it('serves a model released in int4 as released, whatever the workload', () => {
    const base = scored();
    const qat = scored({ openModels: base.openModels.map((m) => (m.id === 'big-general' ? { ...m, nativePrecision: 'int4-gptq' as const } : m)) });
    const calls: CostAnalysisInput[] = [];
    decide({ data: ['public'], quality: 'standard', requestsPerDay: 1_000_000 }, qat, calls);
    const sized = calls.filter((c) => c.openModelId === 'big-general');
    expect(sized.length).toBeGreaterThan(0);
    expect(sized.every((c) => c.assumptions.precision === 'int4-gptq')).toBe(true);
    expect(calls.filter((c) => c.openModelId !== 'big-general').every((c) => c.assumptions.precision === undefined)).toBe(true);
    // An explicit precision in the profile's assumptions still wins.
    const pinned: CostAnalysisInput[] = [];
    const p = profile([{ data: ['public'], quality: 'standard', requestsPerDay: 1_000_000 }]);
    decideWorkload({ workload: p.workloads[0]!, team: p.team, assumptions: { ...p.assumptions, precision: 'fp8' }, catalog: qat, analyze: fakeAnalyzer(pinned) });
    expect(pinned.every((c) => c.assumptions.precision === 'fp8')).toBe(true);
  });
});
