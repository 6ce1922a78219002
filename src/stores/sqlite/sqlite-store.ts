/**
 * SQLite usage store: WAL + synchronous=FULL so a resolved record() survives SIGKILL and power loss.
 * Appends run on a writer thread with group commit; reads and key management use this thread's connection.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { RateLimiterSQLite } from 'rate-limiter-flexible';
import { ChainVerifier } from '../audit-chain.js';
import { AUDIT_JOIN_COLUMNS, auditRowFrom, joinedRecordFrom } from '../audit-row.js';
import { CURRENT_SCHEMA_VERSION, StoreError } from '../errors.js';
import { KEY_COLUMNS, keyValues, rowToKey, validateKey } from '../key-row.js';
import type { OpenStoreOptions } from '../open-options.js';
import { USAGE_COLUMNS, rowToRecord, validateRecord, type UsageRow } from '../record-row.js';
import type { AuditHead, AuditVerification, KeyStore, UsageQuery, UsageStore } from '../usage-store.js';
import { connect, migrate, readVersion } from './schema.js';
import { startWriter } from './writer-client.js';
import { sqliteShadowStore } from './shadow-table.js';


export function openSqliteStore(path: string, options: OpenStoreOptions = {}): UsageStore {
  const where = `sqlite:${path}`;
  if (options.create === false && (path === ':memory:' || !existsSync(path))) {
    throw new StoreError('not-found', `no usage store at ${where}: the file does not exist (has the gateway run with this store yet?)`);
  }
  if (path === ':memory:') throw new StoreError('unsupported-url', 'store: sqlite::memory: cannot be shared with the writer thread; use a file path (a tmpfs path for throwaway stores)');
  const db = connect(path, where);
  try {
    migrate(db, where, options.create !== false);
  } catch (e) {
    db.close();
    throw e;
  }
  const writer = startWriter(path, where);
  let limitsDb: Database.Database | undefined;
  let closed = false;
  const guard = () => {
    if (closed) throw new StoreError('closed', `usage store ${where} is closed`);
  };

  const keys: KeyStore = {
    create: (k) =>
      settle(() => {
        guard();
        const key = validateKey(k);
        try {
          db.prepare(`INSERT INTO api_keys (${KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(...keyValues(key));
        } catch (e) {
          if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw new StoreError('invalid-record', 'key rejected: the same key is already stored');
          throw e;
        }
      }),
    list: () =>
      settle(() => {
        guard();
        return db.prepare<[], Record<string, unknown>>(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY id, created_at, sha256`).all().map(rowToKey);
      }),
    revoke: (id, at) =>
      settle(() => {
        guard();
        return db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)').run(at, id, at).changes;
      }),
    rotate: (next, oldExpiresAt) =>
      settle(() => {
        guard();
        const key = validateKey(next);
        return db.transaction(() => {
          const n = db.prepare('UPDATE api_keys SET expires_at = ? WHERE id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)').run(oldExpiresAt, key.id, oldExpiresAt).changes;
          db.prepare(`INSERT INTO api_keys (${KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(...keyValues(key));
          return n;
        }).immediate();
      }),
  };

  return {
    shadow: sqliteShadowStore(db, guard),
    record: (entry) =>
      settle(() => {
        guard();
        return validateRecord(entry);
      }).then((r) => writer.submit([r])),
    recordMany: (entries) =>
      settle(() => {
        guard();
        return entries.map(validateRecord);
      }).then((rs) => (rs.length === 0 ? undefined : writer.submit(rs))),
    query: (q: UsageQuery = {}) =>
      settle(() => {
        guard();
        const conds: string[] = [];
        const params: (string | number)[] = [];
        const add = (cond: string, value: string | number): void => {
          conds.push(cond);
          params.push(value);
        };
        if (q.since !== undefined) add('time >= ?', q.since);
        if (q.until !== undefined) add('time < ?', q.until);
        if (q.workload !== undefined) add('workload = ?', q.workload);
        const sql = `SELECT ${USAGE_COLUMNS.join(', ')} FROM usage_records${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY time, id`;
        return db.prepare<unknown[], UsageRow>(sql).all(...params).map(rowToRecord);
      }),
    verifyAudit: (anchor?: AuditHead): Promise<AuditVerification> =>
      settle(() => {
        guard();
        const verifier = new ChainVerifier(anchor);
        const rows = db.prepare<[], Record<string, unknown>>(`SELECT ${AUDIT_JOIN_COLUMNS} FROM audit_log a LEFT JOIN usage_records u ON u.id = a.request_id ORDER BY a.seq`).iterate();
        for (const row of rows) if (!verifier.push(auditRowFrom(row), joinedRecordFrom(row))) break;
        const usage = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM usage_records').get()?.n ?? 0;
        return verifier.result(usage);
      }),
    auditHead: () =>
      settle(() => {
        guard();
        return db.prepare<[], AuditHead>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() ?? null;
      }),
    schemaVersion: () =>
      settle(() => {
        guard();
        return readVersion(db) ?? CURRENT_SCHEMA_VERSION;
      }),
    probe: () => (closed ? Promise.reject(new StoreError('closed', `usage store ${where} is closed`)) : writer.probe()),
    spend: (q) =>
      settle(() => {
        guard();
        return db.prepare<[string, string], { c: number }>('SELECT cost_micro_usd AS c FROM spend_totals WHERE workload = ? AND period = ?').get(q.workload, q.period)?.c ?? 0;
      }),
    keys,
    rateLimiter(o) {
      // Counters need no fsync: a sidecar file with synchronous=OFF, shared by the processes on this machine.
      limitsDb ??= (() => {
        const l = connect(`${path}-limits`, `${where}-limits`);
        l.pragma('synchronous = OFF');
        return l;
      })();
      return new RateLimiterSQLite({ storeClient: limitsDb, storeType: 'better-sqlite3', tableName: 'switchboard_rate_limits', keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSeconds });
    },
    async close() {
      if (closed) return;
      closed = true;
      await writer.close();
      db.close();
      limitsDb?.close();
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
