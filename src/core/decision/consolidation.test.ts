import { describe, expect, it } from 'vitest';
import { assessWith } from '../assess/index.js';
import { renderMarkdownReport, renderTextReport } from '../report/index.js';
import { renderHtmlReport } from '../report/html/index.js';
import { combinedWorkload, sharingGroups } from './consolidation.js';
import { fakeAnalyzer, fixtureCatalog, profile } from './test-support/fixtures.js';

const now = new Date('2026-11-23T00:00:00Z');
const assess = (p: ReturnType<typeof profile>) => assessWith(p, fixtureCatalog(), { now, analyze: fakeAnalyzer() });
// ITAR keeps both on self-hosted fleets; the fake analyzer prices a fleet at $1,825 per GPU (one per 40B) + a quarter engineer ($3,750).
const secretPair = [
  { name: 'drafts', data: ['internal'] as const, regulations: ['itar'] as const, quality: 'strong' as const, latency: { ttftMs: 2000 } },
  { name: 'triage', data: ['internal'] as const, regulations: ['itar'] as const, quality: 'standard' as const, requestsPerDay: 500, latency: { ttftMs: 800 } },
];

describe('consolidation: self-hosted workloads on one shared fleet', () => {
  it('sizes one model at the highest tier for both, prices it against the separate fleets, and leaves verdicts and the plan alone', () => {
    const r = assess(profile(secretPair.map((w) => ({ ...w, data: [...w.data], regulations: [...w.regulations] }))));
    expect(r.workloads.map((w) => [w.verdict, w.recommendation.openModel, w.cost.openMonthlyUsd])).toEqual([
      ['open', 'big-general', 7400],
      ['open', 'small-general', 5575],
    ]);
    expect(r.consolidation).toHaveLength(1);
    const c = r.consolidation![0]!;
    expect(c.workloads).toEqual(['drafts', 'triage']);
    // The strong tier serves the standard one too: big-general on 2 GPUs, one engineer share instead of two.
    expect([c.openModel, c.gpuCount, c.monthlyUsd, c.separateMonthlyUsd, c.savingMonthlyUsd]).toEqual(['big-general', 2, 7400, 12975, 5575]);
    expect(c.sizedFor).toMatchObject({ requestsPerDay: 10500, quality: 'strong', ttftMs: 800, contextTokens: 4800 });
    expect(c.caveats.join(' ')).toMatch(/noisy neighbours.*one failure domain/);
    expect(r.totals.planMonthlyUsd).toBe(12975);
    expect(r.totals.consolidatedPlanMonthlyUsd).toBe(7400);
    expect(r.summary).toContain('With one shared fleet for 2 self-hosted workloads: $7,400/month, saving $5,575 (advice; verdicts unchanged).');
  });

  it('never puts air-gapped work on the same fleet as connected work, nor workloads of different regions', () => {
    const airGap = profile([{ name: 'a', regulations: ['itar'], dataMayLeave: 'air-gapped' }, { name: 'b', regulations: ['itar'] }], { gpuAccess: 'own' });
    const r = assess(airGap);
    expect(r.workloads.map((w) => [w.verdict, w.dataMayLeave])).toEqual([['open', 'air-gapped'], ['open', 'in-region']]);
    expect(sharingGroups(airGap, r.workloads)).toEqual([]);
    expect(r.consolidation).toBeUndefined();
    expect(r.totals.consolidatedPlanMonthlyUsd).toBeUndefined();
    const regions = profile([{ name: 'us', regulations: ['itar'], region: 'us' }, { name: 'eu', regulations: ['itar'], region: 'eu' }]);
    expect(assess(regions).consolidation).toBeUndefined();
  });

  it('leaves a fully fine-tuned model on its own fleet and says so', () => {
    const p = profile([
      { name: 'a', regulations: ['itar'] },
      { name: 'b', regulations: ['itar'], quality: 'standard' },
      { name: 'tuned', regulations: ['itar'], fineTuning: 'full' },
    ]);
    const c = assess(p).consolidation?.[0];
    expect(c?.workloads).toEqual(['a', 'b']);
    expect(c?.caveats).toContain('tuned is left out: full fine-tuning keeps its own model weights');
  });

  it('sizes a fleet that serves LoRA adapters unmerged for the throughput they cost, and reports the real traffic', () => {
    const pair = secretPair.map((w) => ({ ...w, data: [...w.data], regulations: [...w.regulations] }));
    const calls: Parameters<ReturnType<typeof fakeAnalyzer>>[0][] = [];
    const r = assessWith(profile([pair[0]!, { ...pair[1]!, fineTuning: 'lora' as const }]), fixtureCatalog(), { now, analyze: fakeAnalyzer(calls) });
    const c = r.consolidation![0]!;
    // 10,000 + 500 real requests; with adapters enabled the engine serves 20% fewer per GPU-second: sized for 10,500 / 0.8.
    expect(c.sizedFor.requestsPerDay).toBe(10500);
    expect(calls.some((x) => x.workload.name === 'drafts+triage' && x.workload.requestsPerDay === 13125)).toBe(true);
    expect(c.caveats).toContain(
      'triage is served as a LoRA adapter on the shared base model, unmerged: the fleet is sized for 25% more traffic because serving with adapters enabled costs throughput (a 20% prior: vLLM measured -4% to -34% by engine version); adapter training is not priced',
    );
    // Without adapters the shared fleet is sized for the real traffic.
    const plain: typeof calls = [];
    assessWith(profile(pair), fixtureCatalog(), { now, analyze: fakeAnalyzer(plain) });
    expect(plain.filter((x) => x.workload.name === 'drafts+triage').every((x) => x.workload.requestsPerDay === 10500)).toBe(true);
  });

  it('offers nothing when the shared deployment would miss the strictest latency SLO', () => {
    // The fake fleet answers in 300 ms: a 200 ms member cannot share (nor self-host on its own SLO).
    const p = profile([{ name: 'a', regulations: ['itar'] }, { name: 'b', regulations: ['itar'], latency: { ttftMs: 200 } }]);
    expect(assess(p).consolidation).toBeUndefined();
  });

  it('combines traffic: requests add up, peaks stack only where they coincide, the hardest requirement of each kind wins', () => {
    const day = (peakHour: number) => Array.from({ length: 24 }, (_, h) => (h === peakHour ? 13 : 1)); // peak share 13/36
    const p = profile([
      { name: 'am', requestsPerDay: 1000, inputTokens: 1000, outputTokens: 100, hourlyTraffic: day(9), latency: { ttftMs: 1500, outputTokensPerSecond: 10 }, domain: 'medical', fineTuning: 'lora' },
      { name: 'pm', requestsPerDay: 3000, inputTokens: 2000, outputTokens: 300, hourlyTraffic: day(15), latency: { ttftMs: 3000, outputTokensPerSecond: 30 }, quality: 'frontier', maxContextTokens: 32000, dataMayLeave: 'own-infrastructure-only' },
    ]);
    const m = combinedWorkload(p.workloads, ['with-baa-and-zdr', 'own-infrastructure-only']);
    expect(m.requestsPerDay).toBe(4000);
    expect(m.inputTokens).toBe(1750); // request-weighted: token volume is preserved
    expect(m.outputTokens).toBe(250);
    expect(Math.max(...m.hourlyTraffic!)).toBeCloseTo(3000 * (13 / 36) + 1000 / 36, 6); // the 15:00 peak, not both peaks added
    expect(m.latency).toEqual({ ttftMs: 1500, outputTokensPerSecond: 30 });
    expect([m.quality, m.domain, m.fineTuning, m.maxContextTokens, m.dataMayLeave]).toEqual(['frontier', 'medical', 'lora', 32000, 'own-infrastructure-only']);
  });

  it('is shown in every format: terminal, Markdown, HTML and JSON', () => {
    const r = assess(profile(secretPair.map((w) => ({ ...w, data: [...w.data], regulations: [...w.regulations] }))));
    const line = 'saving $5,575/month (43%)';
    expect(r.consolidation![0]!.message).toContain(line);
    expect(renderTextReport(r, { color: false, width: 400 })).toContain(`Shared fleet (advice; verdicts unchanged): serve drafts, triage from one big-general deployment (fp8, 2x gpu-x, ~30% busy): $7,400/month instead of $13k/month on separate fleets, ${line}; caveats: --detail`);
    expect(renderTextReport(r, { color: false, width: 200, detail: true })).toContain('- one failure domain: an outage or a bad model upgrade stops every member at once');
    const md = renderMarkdownReport(r);
    expect(md).toContain('## Shared fleet: drafts, triage');
    expect(md).toContain('With the shared fleet below: $7,400/month.');
    const html = renderHtmlReport(r);
    expect(html).toContain('<h2>Shared fleet</h2>');
    expect(html).toContain('The plan with shared fleets (below)</th><td class="num">$7,400/month');
    expect(JSON.parse(JSON.stringify(r)).consolidation[0].savingMonthlyUsd).toBe(5575);
  });
});
