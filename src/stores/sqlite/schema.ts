/** SQLite tables and their migrations; every connection (main thread, writer thread) opens through here. */
import Database from 'better-sqlite3';
import { CURRENT_SCHEMA_VERSION, StoreError, versionMismatch } from '../errors.js';

const USAGE_DDL = `
CREATE TABLE usage_records (
  id TEXT PRIMARY KEY, time INTEGER NOT NULL, key_id TEXT NOT NULL, workload TEXT NOT NULL,
  destination TEXT, destination_kind TEXT, model TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, cached_input_tokens INTEGER NOT NULL,
  cost_micro_usd INTEGER NOT NULL, latency_ms REAL NOT NULL, ttft_ms REAL, status INTEGER NOT NULL,
  stream INTEGER NOT NULL, attempts TEXT NOT NULL, error_code TEXT
);
CREATE INDEX usage_records_time ON usage_records (time);
CREATE INDEX usage_records_workload_time ON usage_records (workload, time);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, time INTEGER NOT NULL, request_id TEXT NOT NULL, key_id TEXT NOT NULL,
  workload TEXT NOT NULL, destination TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  status INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);`;

/** Schema 2: the audit entry covers the whole usage row; keys and spend totals live in the store. */
const V2_DDL = `
ALTER TABLE audit_log ADD COLUMN record_hash TEXT;
CREATE TABLE api_keys (
  sha256 TEXT PRIMARY KEY, id TEXT NOT NULL, workload TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER, revoked_at INTEGER, requests_per_minute INTEGER, tokens_per_minute INTEGER
);
CREATE INDEX api_keys_id ON api_keys (id);
CREATE TABLE spend_totals (
  workload TEXT NOT NULL, period TEXT NOT NULL, cost_micro_usd INTEGER NOT NULL, requests INTEGER NOT NULL,
  PRIMARY KEY (workload, period)
);
INSERT INTO spend_totals (workload, period, cost_micro_usd, requests)
  SELECT workload, strftime('%Y-%m-%d', time / 1000, 'unixepoch'), SUM(cost_micro_usd), COUNT(*) FROM usage_records GROUP BY 1, 2;
INSERT INTO spend_totals (workload, period, cost_micro_usd, requests)
  SELECT workload, strftime('%Y-%m', time / 1000, 'unixepoch'), SUM(cost_micro_usd), COUNT(*) FROM usage_records GROUP BY 1, 2;`;

/** Schema 3: cache writes (all lifetimes, and the 1-hour part) and whether the token counts were estimated. */
const V3_DDL = `
ALTER TABLE usage_records ADD COLUMN cache_write_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_records ADD COLUMN cache_write_1h_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_records ADD COLUMN tokens_estimated INTEGER NOT NULL DEFAULT 0;`;

/** Each entry upgrades a store from the version before it; append, never edit. */
const MIGRATIONS: Record<number, string> = { 2: V2_DDL, 3: V3_DDL };

export function connect(path: string, where: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 10000');
    return db;
  } catch (e) {
    throw new StoreError('unreachable', `cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function readVersion(db: Database.Database): number | undefined {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'switchboard_schema'").get();
  if (!table) return undefined;
  const row = db.prepare<[], { version: number }>('SELECT version FROM switchboard_schema LIMIT 1').get();
  return row?.version ?? 0;
}

/** Creates a new store, or upgrades an older one in one transaction (only when `create`: readers never write). */
export function migrate(db: Database.Database, where: string, create: boolean): void {
  db.transaction(() => {
    const version = readVersion(db);
    if (version === undefined) {
      if (!create) throw new StoreError('not-found', `${where} is not a Switchboard usage store (no switchboard_schema table)`);
      db.exec('CREATE TABLE switchboard_schema (version INTEGER NOT NULL, created_at INTEGER NOT NULL)');
      db.exec(USAGE_DDL);
      for (let v = 2; v <= CURRENT_SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
      db.prepare('INSERT INTO switchboard_schema (version, created_at) VALUES (?, ?)').run(CURRENT_SCHEMA_VERSION, Date.now());
      return;
    }
    if (version === CURRENT_SCHEMA_VERSION) return;
    if (version > CURRENT_SCHEMA_VERSION || !create || MIGRATIONS[version + 1] === undefined) throw versionMismatch(where, version);
    for (let v = version + 1; v <= CURRENT_SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.prepare('UPDATE switchboard_schema SET version = ?').run(CURRENT_SCHEMA_VERSION);
  }).immediate();
}
