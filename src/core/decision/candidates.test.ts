import { describe, expect, it } from 'vitest';
import { chooseClosedModel, openCandidates } from './candidates.js';
import { fixtureCatalog, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const allowed = catalog.closedModels.filter((m) => !m.deprecated);

describe('openCandidates', () => {
  it('keeps commercial models at or above the quality tier, smaller first', () => {
    const c = openCandidates(workload({ quality: 'standard' }), catalog);
    expect(c.models.map((m) => m.id)).toEqual(['small-general', 'big-general', 'huge-frontier']);
    expect(c.qualityGap).toBe(false);
  });

  it('puts a domain model first when its domain benchmark is the best among the candidates', () => {
    const c = openCandidates(workload({ domain: 'medical' }), catalog);
    expect(c.models[0]?.id).toBe('med-strong');
    expect([...c.domainModels]).toEqual(['med-strong']);
  });

  it('domain preference needs evidence: a domain label without a domain score earns nothing', () => {
    const unscored = fixtureCatalog({ openModels: catalog.openModels.map((m) => (m.id === 'med-strong' ? { ...m, domainScores: undefined } : m)) });
    const c = openCandidates(workload({ domain: 'medical', quality: 'strong' }), unscored);
    expect([...c.domainModels]).toEqual([]);
    // Same size and score: the catalog order stands, not the name and not the label.
    expect(c.models.map((m) => m.id)).toEqual(['big-general', 'med-strong', 'huge-frontier']);
  });

  it('a general model with the better domain score wins the preference over the domain-labelled one', () => {
    const medqa = (value: number) => ({ medical: { benchmark: 'MedQA (4-option)', value, source: { url: 'https://example.test/medqa', asOf: '2026-11-01' } } });
    const better = fixtureCatalog({ openModels: catalog.openModels.map((m) => (m.id === 'big-general' ? { ...m, domainScores: medqa(92) } : m)) });
    const c = openCandidates(workload({ domain: 'medical', quality: 'strong' }), better);
    expect([...c.domainModels]).toEqual(['big-general']);
    expect(c.models[0]?.id).toBe('big-general');
  });

  it('leaves domain-only models out of other domains', () => {
    expect(openCandidates(workload({ quality: 'strong' }), catalog).models.map((m) => m.id)).not.toContain('med-strong');
  });

  it('falls back to the best tier there is and flags the gap', () => {
    const c = openCandidates(workload({ quality: 'frontier' }), fixtureCatalog({ openModels: catalog.openModels.filter((m) => m.id !== 'huge-frontier') }));
    expect(c.qualityGap).toBe(true);
    expect(c.models.map((m) => m.quality)).toEqual(['strong']);
  });

  it('an unknown pin falls back to choosing, and says so', () => {
    const c = openCandidates(workload({ openModel: 'nope' }), catalog);
    expect(c.models.length).toBeGreaterThan(0);
    expect(c.notes[0]?.message).toBe('pinned open model "nope" is not in the catalog; choosing one instead');
  });
});

describe('chooseClosedModel', () => {
  it('picks the cheapest model of sufficient quality, ignoring deprecated ones', () => {
    expect(chooseClosedModel(workload({ quality: 'strong' }), catalog, allowed).model?.id).toBe('beta-mid');
    expect(chooseClosedModel(workload({ quality: 'frontier' }), catalog, allowed).model?.id).toBe('alpha-pro');
  });

  it('honours an allowed pin and replaces a disallowed one with a note', () => {
    expect(chooseClosedModel(workload({ closedModel: 'alpha-pro' }), catalog, allowed).model?.id).toBe('alpha-pro');
    const c = chooseClosedModel(workload({ closedModel: 'beta-mid' }), catalog, allowed.filter((m) => m.provider === 'alpha'));
    expect(c.model?.id).toBe('alpha-mid');
    expect(c.notes[0]?.message).toBe('pinned closed model beta-mid is not allowed for this data; choosing an allowed one');
  });

  it('prefers a tunable model when LoRA is needed', () => {
    const pricier = fixtureCatalog({ closedModels: catalog.closedModels.map((m) => (m.id === 'beta-mid' ? { ...m, inputUsdPerMTok: 50 } : m)) });
    expect(chooseClosedModel(workload({ fineTuning: 'lora' }), pricier, pricier.closedModels.filter((m) => !m.deprecated)).model?.id).toBe('beta-mid');
  });

  // Regression: Gemini 3.8 Flash (no window in the catalog) was reported as "gemini-3.8-flash (32,768)", as if that were its window.
  it('a closed model whose window the catalog lacks is screened on an assumed window, said as an assumption', () => {
    const unknown = fixtureCatalog({ closedModels: catalog.closedModels.map((m) => (m.id === 'beta-mini' ? { ...m, contextWindowTokens: null } : m)) });
    const c = chooseClosedModel(workload({ inputTokens: 60_000, outputTokens: 1000, quality: 'standard' }), unknown, unknown.closedModels.filter((m) => !m.deprecated));
    expect(c.model?.id).not.toBe('beta-mini');
    expect(c.notes.map((n) => n.message)).toContain('context: 244,000 tokens needed; closed models with a smaller window are not candidates: alpha-pro (200,000), alpha-mid (200,000), beta-mid (200,000), beta-mini (window not in the catalog, assumed 32,768: check with the provider) and 1 more');
  });

  it('returns nothing when nothing is allowed', () => {
    expect(chooseClosedModel(workload(), catalog, []).model).toBeNull();
  });
});
