export { defaultCatalog } from './default-catalog.js';
export { CATALOG_MAX_AGE_DAYS, catalogAgeWarning, horizonEnd, isPrimarySource, withRegularPrices, type RegularPricing } from './freshness.js';
export { catalogIssues, qualityEvidenceWarnings } from './integrity.js';
export {
  effectiveKvBytesPerToken,
  kvBytesPerTokenFromArchitecture,
  kvCacheBytes,
  type KvCacheOptions,
} from './kv-cache.js';
export { architectureFromConfig, idFromName, parseConfigText, textConfig, type ConfigArchitecture, type HfConfig } from './from-config.js';
export { openModelFromConfig, type FromConfigEntry } from './from-config-record.js';
export { channelsFor, findClosedModel, findGpu, findOpenModel, providerApiChannel, providerOf } from './lookup.js';
export { mergeCatalog } from './merge.js';
export { completePartialOverride, type PatchOptions } from './patch.js';
export * from './schema.js';
export { CATALOG_SECTIONS, renderCatalogText, sourceHost, type CatalogSection } from './render-text.js';
export { allIds, findRecord, renderRecordText, type FoundRecord } from './render-record.js';
