import { catalogSchema, type Catalog } from './schema.js';
import { channels } from './data/channels.js';
import { closedModels } from './data/closed-models.js';
import { gpus } from './data/gpus.js';
import { openModels } from './data/open-models-joined.js';
import { pricingContext, providers } from './data/providers.js';
import { qualityEvidence } from './data/quality-scores.js';

/** Quality evidence lives in one file (one scale for both sides); records carry it once joined. */
const withEvidence = <T extends { id: string }>(records: readonly T[]): T[] => records.map((r) => ({ ...r, ...qualityEvidence[r.id] }));

/** The catalog that ships in the package; validated once, on first use. */
let cached: Catalog | undefined;
export function defaultCatalog(): Catalog {
  cached ??= Object.freeze(
    catalogSchema.parse({
      version: '2026-12-02',
      // GPU rental prices and reserved discounts re-read 2026-12-02 (docs/catalog.md); the rest as of 2026-11-23.
      asOf: '2026-12-02',
      closedModels: withEvidence(closedModels),
      providers,
      channels,
      gpus,
      openModels: withEvidence(openModels),
      pricingContext,
    }),
  );
  return cached;
}
