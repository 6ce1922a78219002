import type { Catalog } from '../catalog/schema.js';
import type { UsedSource, WorkloadReport } from '../report/types.js';

/** The source and as-of date of every catalog record a recommendation or price relied on. */
export function usedSources(catalog: Catalog, workloads: readonly WorkloadReport[]): UsedSource[] {
  const out: UsedSource[] = [];
  const seen = new Set<string>();
  const add = (what: string, sources: readonly UsedSource['source'][]): void => {
    for (const source of sources) {
      const key = `${what}|${source.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ what, source });
    }
  };
  for (const w of workloads) {
    const closed = catalog.closedModels.find((m) => m.id === w.recommendation.closedModel);
    if (closed) {
      add(`${closed.name} prices`, closed.sources);
      const channel = catalog.channels.find((c) => c.name === w.recommendation.closedChannel);
      const provider = catalog.providers.find((p) => p.id === closed.provider);
      if (channel) add(`${channel.name} compliance (BAA, ZDR, FedRAMP, regions, uplift)`, channel.sources);
      else if (provider) add(`${provider.name} compliance (BAA, ZDR, regions)`, provider.sources);
      if (closed.qualityScore) add(`${closed.name} quality score${closed.qualityScore.estimate ? ' (catalog estimate)' : ''}`, [closed.qualityScore.source]);
    }
    const open = catalog.openModels.find((m) => m.id === w.recommendation.openModel);
    if (open) add(`${open.name} architecture and licence`, open.sources);
    if (open?.qualityScore) add(`${open.name} quality score${open.qualityScore.estimate ? ' (catalog estimate)' : ''}`, [open.qualityScore.source]);
    const gpu = catalog.gpus.find((g) => g.id === w.recommendation.gpu);
    if (gpu) add(`${gpu.name} specs and prices`, gpu.sources);
  }
  add('GPU reservation and spot discounts', catalog.pricingContext.sources);
  return out;
}
