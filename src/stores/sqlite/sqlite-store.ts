/** SQLite usage store: WAL + synchronous=FULL so a resolved record() survives SIGKILL and power loss. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ChainVerifier, GENESIS_HASH, auditEntryFor, chainRow, type AuditRow } from '../audit-chain.js';
import { CURRENT_SCHEMA_VERSION, StoreError, versionMismatch } from '../errors.js';
import { USAGE_COLUMNS, recordToValues, rowToRecord, validateRecord, type UsageRow } from '../record-row.js';
import type { OpenStoreOptions } from '../open-options.js';
import type { AuditVerification, UsageQuery, UsageRecord, UsageStore } from '../usage-store.js';
import { sqliteShadowStore } from './shadow-table.js';

const DDL = `
CREATE TABLE switchboard_schema (version INTEGER NOT NULL, created_at INTEGER NOT NULL);
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
);
`;

const AUDIT_SELECT =
  'SELECT seq, time, request_id AS requestId, key_id AS keyId, workload, destination, data_class AS dataClass, reason, status, prev_hash AS prevHash, hash FROM audit_log';

export function openSqliteStore(path: string, options: OpenStoreOptions = {}): UsageStore {
  const where = `sqlite:${path}`;
  if (options.create === false && (path === ':memory:' || !existsSync(path))) {
    throw new StoreError(
      'not-found',
      `no usage store at ${where}: the file does not exist (has the gateway run with this store yet?)`,
    );
  }
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 10000');
  } catch (e) {
    throw new StoreError(
      'unreachable',
      `cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  try {
    migrate(db, where, options.create !== false);
  } catch (e) {
    db.close();
    throw e;
  }

  const insertUsage = db.prepare(
    `INSERT INTO usage_records (${USAGE_COLUMNS.join(', ')}) VALUES (${USAGE_COLUMNS.map(() => '?').join(', ')})`,
  );
  const lastAudit = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const insertAudit = db.prepare(
    'INSERT INTO audit_log (seq, time, request_id, key_id, workload, destination, data_class, reason, status, prev_hash, hash) VALUES (@seq, @time, @requestId, @keyId, @workload, @destination, @dataClass, @reason, @status, @prevHash, @hash)',
  );
  // IMMEDIATE takes the write lock first, so several processes append the chain one at a time.
  const append = db.transaction((r: UsageRecord) => {
    insertUsage.run(...recordToValues(r, 'integer'));
    const last = lastAudit.get();
    const row: AuditRow = chainRow(auditEntryFor(r, (last?.seq ?? 0) + 1), last?.hash ?? GENESIS_HASH);
    insertAudit.run(row);
  });
  const appendMany = db.transaction((rs: readonly UsageRecord[]) => {
    for (const r of rs) append(r);
  });
  let closed = false;
  const guard = () => {
    if (closed) throw new StoreError('closed', `usage store ${where} is closed`);
  };

  return {
    shadow: sqliteShadowStore(db, guard),
    record: (entry) =>
      settle(() => {
        guard();
        const r = validateRecord(entry);
        try {
          append.immediate(r);
        } catch (e) {
          if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_CONSTRAINT')) {
            throw new StoreError(
              'invalid-record',
              `usage record rejected: request id ${JSON.stringify(r.id)} is already recorded`,
            );
          }
          throw e;
        }
      }),
    recordMany: (entries) =>
      settle(() => {
        guard();
        const rs = entries.map(validateRecord);
        try {
          appendMany.immediate(rs);
        } catch (e) {
          if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_CONSTRAINT')) {
            throw new StoreError(
              'invalid-record',
              'usage records rejected: a request id is already recorded',
            );
          }
          throw e;
        }
      }),
    query: (q: UsageQuery = {}) =>
      settle(() => {
        guard();
        const where: string[] = [];
        const params: (string | number)[] = [];
        const add = (cond: string, value: string | number) => {
          where.push(cond);
          params.push(value);
        };
        if (q.since !== undefined) add('time >= ?', q.since);
        if (q.until !== undefined) add('time < ?', q.until);
        if (q.workload !== undefined) add('workload = ?', q.workload);
        const sql = `SELECT ${USAGE_COLUMNS.join(', ')} FROM usage_records${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY time, id`;
        return db
          .prepare<unknown[], UsageRow>(sql)
          .all(...params)
          .map(rowToRecord);
      }),
    verifyAudit: (): Promise<AuditVerification> =>
      settle(() => {
        guard();
        const verifier = new ChainVerifier();
        for (const row of db.prepare<[], AuditRow>(`${AUDIT_SELECT} ORDER BY seq`).iterate()) {
          if (!verifier.push(row)) break;
        }
        const usage = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM usage_records').get()?.n ?? 0;
        return verifier.result(usage);
      }),
    schemaVersion: () =>
      settle(() => {
        guard();
        return readVersion(db) ?? CURRENT_SCHEMA_VERSION;
      }),
    close() {
      if (!closed) {
        closed = true;
        db.close();
      }
      return Promise.resolve();
    },
  };
}

/** better-sqlite3 is synchronous: run fn now, but report its failure as a rejection like every other store. */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function readVersion(db: Database.Database): number | undefined {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'switchboard_schema'")
    .get();
  if (!table) return undefined;
  const row = db.prepare<[], { version: number }>('SELECT version FROM switchboard_schema LIMIT 1').get();
  return row?.version ?? 0;
}

function migrate(db: Database.Database, where: string, create: boolean): void {
  db.transaction(() => {
    const version = readVersion(db);
    if (version === undefined) {
      if (!create)
        throw new StoreError(
          'not-found',
          `${where} is not a Switchboard usage store (no switchboard_schema table)`,
        );
      db.exec(DDL);
      db.prepare('INSERT INTO switchboard_schema (version, created_at) VALUES (?, ?)').run(
        CURRENT_SCHEMA_VERSION,
        Date.now(),
      );
    } else if (version !== CURRENT_SCHEMA_VERSION) {
      throw versionMismatch(where, version);
    }
  }).immediate();
}
