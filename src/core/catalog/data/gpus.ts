import type { CatalogInput } from '../schema.js';

export const gpus: CatalogInput['gpus'] = [];
