export { CURRENT_SCHEMA_VERSION, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './errors.js';
export {
  openUsageStore,
  redactUrl,
  STORE_ADAPTERS,
  type OpenUsageStoreOptions,
  type StoreKind,
} from './registry.js';
export {
  openPglite,
  openSqlStore,
  pgClient,
  pgliteClient,
  type SqlClient,
  type SqlQueryable,
  type SqlStoreOptions,
} from './postgres/index.js';
export { canonicalJson, chainHash, GENESIS_HASH, recordHash, type AuditEntry } from './audit-chain.js';
export { usageRecordSchema, validateRecord } from './record-row.js';
export type { AuditHead, AuditVerification, KeyStore, LimiterOptions, SpendQuery, StoredKey, UsageQuery, UsageRecord, UsageStore } from './usage-store.js';
export { validateShadowRecord, type ShadowQuery, type ShadowRecord, type ShadowStore } from './shadow-store.js';
