import { fail, ok, type Result } from '../result.js';
import { hint } from '../validation/index.js';
import type { Catalog, Channel, ClosedModel, Gpu, OpenModel, Provider } from './schema.js';

/** Open models resolve by catalog id, Hugging Face repo id or an alias such as an Ollama tag (case-insensitive). */
export function findOpenModel(catalog: Catalog, idOrRepo: string): Result<OpenModel> {
  const key = idOrRepo.toLowerCase();
  const found =
    catalog.openModels.find((m) => m.id === key || m.hfRepo.toLowerCase() === key) ??
    catalog.openModels.find((m) => m.aliases?.some((a) => a.toLowerCase() === key));
  return found
    ? ok(found)
    : fail([
        {
          path: 'model',
          // Suggest from every name a model answers to: an HF repo id with a typo finds its repo.
          message: `unknown open model "${idOrRepo}"${hint(
            idOrRepo,
            catalog.openModels.flatMap((m) => [m.id, m.hfRepo, ...(m.aliases ?? [])]),
          )}; ${currentOpenModels(catalog)}`,
        },
      ]);
}

/** The current (not superseded) ids, so the message stays readable; the full list is one command away. */
function currentOpenModels(catalog: Catalog): string {
  const current = catalog.openModels.filter((m) => m.supersededBy === undefined);
  const listed = current.length > 0 ? current : catalog.openModels;
  const rest = catalog.openModels.length - listed.length;
  return `current: ${listed.map((m) => m.id).join(', ')}${rest > 0 ? `; \`switchboard catalog\` lists all ${catalog.openModels.length}, including ${rest} superseded` : ''}`;
}

export function findGpu(catalog: Catalog, id: string): Result<Gpu> {
  const found = catalog.gpus.find((g) => g.id === id.toLowerCase());
  return found
    ? ok(found)
    : fail([
        {
          path: 'gpu',
          message: `unknown GPU "${id}"${hint(
            id,
            catalog.gpus.map((g) => g.id),
          )}; known: ${catalog.gpus.map((g) => g.id).join(', ')}`,
        },
      ]);
}

export function findClosedModel(catalog: Catalog, id: string): Result<ClosedModel> {
  const found = catalog.closedModels.find((m) => m.id === id.toLowerCase());
  return found
    ? ok(found)
    : fail([
        {
          path: 'model',
          message: `unknown closed model "${id}"${hint(
            id,
            catalog.closedModels.map((m) => m.id),
          )}; known: ${catalog.closedModels.map((m) => m.id).join(', ')}`,
        },
      ]);
}

export function providerOf(catalog: Catalog, model: ClosedModel): Provider | undefined {
  return catalog.providers.find((p) => p.id === model.provider);
}

/** The provider's own API as its provider record describes it: the one channel of a provider the catalog lists none for. */
export function providerApiChannel(provider: Provider): Channel {
  return {
    id: `${provider.id}-api`,
    name: `${provider.name} API`,
    provider: provider.id,
    operator: provider.name,
    modelAvailability: 'verified',
    baa: provider.baa,
    zeroDataRetention: provider.zeroDataRetention,
    fedramp: provider.fedramp,
    regions: provider.processingRegions,
    itar: null,
    cjis: null,
    priceUplift: provider.regionalUplift,
    upliftApplies: 'in-region',
    sources: provider.sources,
  };
}

/** Every channel that serves this closed model, the provider's own first. */
export function channelsFor(catalog: Catalog, model: ClosedModel): Channel[] {
  const listed = catalog.channels.filter((c) => c.provider === model.provider && (c.models === undefined || c.models.includes(model.id)));
  if (listed.length > 0 || catalog.channels.some((c) => c.provider === model.provider)) return listed;
  const provider = providerOf(catalog, model);
  return provider ? [providerApiChannel(provider)] : [];
}
