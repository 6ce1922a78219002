export { defaultCatalog } from './default-catalog.js';
export { findClosedModel, findGpu, findOpenModel, providerOf } from './lookup.js';
export { mergeCatalog } from './merge.js';
export * from './schema.js';
