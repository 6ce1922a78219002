import type { CatalogInput } from '../schema.js';

export const closedModels: CatalogInput['closedModels'] = [];
