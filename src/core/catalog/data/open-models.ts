import type { CatalogInput } from '../schema.js';

export const openModels: CatalogInput['openModels'] = [];
