export { openSqlStore, type SqlStoreOptions } from './sql-store.js';
export { pgClient } from './pg-client.js';
export { openPglite, pgliteClient } from './pglite-client.js';
export type { SqlClient, SqlQueryable } from './sql-client.js';
