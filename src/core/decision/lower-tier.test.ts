import { describe, expect, it } from 'vitest';
import { lowerTierLine, decideWorkload } from './workload.js';
import { fakeAnalyzer, fixtureCatalog, profile, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
/** Sizes the lowered workload with the fake cost model on the given model: $1,825 per 40B-parameter GPU + $3,750 staff. */
const sizeOn = (modelId: string) => (w: Parameters<typeof lowerTierLine>[0]) => {
  const p = profile([w]);
  const r = fakeAnalyzer()({ workload: w, team: p.team, assumptions: p.assumptions, catalog, openModelId: modelId, closedModelId: null, regionalProcessing: false });
  return { analysis: r.ok ? r.value : null, openModel: catalog.openModels.find((m) => m.id === modelId) ?? null };
};

describe('lower-tier hint (information, never the verdict)', () => {
  it('names the next lower tier, its model and fleet, when it saves at least half', () => {
    const line = lowerTierLine(workload({ quality: 'frontier' }), 20_000, sizeOn('big-general'));
    expect(line).toEqual({
      area: 'cost',
      favours: 'neutral',
      message: 'information, not the verdict: at the "strong" tier, big-general (fp8, 2x gpu-x) would self-host for $7,400/month instead of $20k (63% less), if "strong" quality is enough for this work',
    });
  });

  it('stays quiet when the saving is under half, for the lowest tier, or when the lower tier misses the latency SLO', () => {
    expect(lowerTierLine(workload({ quality: 'frontier' }), 14_000, sizeOn('big-general'))).toBeNull(); // 47% less
    expect(lowerTierLine(workload({ quality: 'standard' }), 20_000, sizeOn('small-general'))).toBeNull();
    expect(lowerTierLine(workload({ quality: 'strong', latency: { ttftMs: 100 } }), 20_000, sizeOn('small-general'))).toBeNull();
  });

  it('asks for the tier one step down, not two', () => {
    const asked: string[] = [];
    lowerTierLine(workload({ quality: 'frontier' }), 20_000, (w) => { asked.push(w.quality); return sizeOn('big-general')(w); });
    expect(asked).toEqual(['strong']);
  });

  it('is not added to an API verdict', () => {
    const p = profile([{ data: ['internal'], quality: 'strong' }]);
    const r = decideWorkload({ workload: p.workloads[0]!, team: p.team, assumptions: p.assumptions, catalog, analyze: fakeAnalyzer() });
    expect(r.verdict).toBe('closed');
    expect(r.reasons.some((x) => x.message.startsWith('information, not the verdict'))).toBe(false);
  });
});
