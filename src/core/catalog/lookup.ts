import { fail, ok, type Result } from '../result.js';
import { hint } from '../validation/index.js';
import type { Catalog, ClosedModel, Gpu, OpenModel, Provider } from './schema.js';

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
          message: `unknown open model "${idOrRepo}"${hint(
            idOrRepo,
            catalog.openModels.map((m) => m.id),
          )}; known: ${catalog.openModels.map((m) => m.id).join(', ')}`,
        },
      ]);
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
