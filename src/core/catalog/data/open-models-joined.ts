import type { OpenModelArchitectureInput } from '../architecture-schema.js';
import type { CatalogInput, OpenModelIdentityInput } from '../schema.js';
import { openModelArchitectures } from './open-model-architectures.js';
import { openModelArchitectures2026 } from './open-model-architectures-2026.js';
import { openModelIdentities } from './open-models.js';
import { openModelIdentities2026 } from './open-models-2026.js';

/** Identity and architecture records joined by id; a record missing on either side is a packaging bug. */
export function joinOpenModels(
  identities: readonly OpenModelIdentityInput[],
  architectures: readonly OpenModelArchitectureInput[],
): CatalogInput['openModels'] {
  const archById = new Map(architectures.map((a) => [a.id, a] as const));
  const missing = identities.filter((m) => !archById.has(m.id)).map((m) => m.id);
  const orphans = architectures.filter((a) => !identities.some((m) => m.id === a.id)).map((a) => a.id);
  if (missing.length > 0 || orphans.length > 0) {
    throw new Error(
      `open-model data out of step: no architecture for [${missing.join(', ')}], no identity for [${orphans.join(', ')}]`,
    );
  }
  return identities.map((m) => {
    const { id: _id, ...arch } = archById.get(m.id) as OpenModelArchitectureInput;
    return { ...m, ...arch };
  });
}

export const openModels: CatalogInput['openModels'] = joinOpenModels(
  [...openModelIdentities, ...openModelIdentities2026],
  [...openModelArchitectures, ...openModelArchitectures2026],
);
