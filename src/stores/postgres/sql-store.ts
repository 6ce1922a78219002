/** The PostgreSQL usage store, one code path for pg and PGlite; the audit append is serialized by an advisory lock. */
import { ChainVerifier, GENESIS_HASH, auditEntryFor, chainRow, type AuditRow } from '../audit-chain.js';
import { CURRENT_SCHEMA_VERSION, StoreError, versionMismatch } from '../errors.js';
import { USAGE_COLUMNS, recordToValues, rowToRecord, validateRecord, type UsageRow } from '../record-row.js';
import type { OpenStoreOptions } from '../open-options.js';
import type { AuditVerification, UsageQuery, UsageRecord, UsageStore } from '../usage-store.js';
import { groupCommit } from '../group-commit.js';
import { describeSqlError } from './sql-errors.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { sqlShadowStore } from './shadow-table.js';

const PAGE = 5000;

export interface SqlStoreOptions extends OpenStoreOptions {
  /** PostgreSQL schema holding the tables (default `public`); tests use one per run so they never collide. */
  schema?: string;
}

function ddl(s: string): string {
  return `
CREATE TABLE ${s}.switchboard_schema (version INTEGER NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE ${s}.usage_records (
  id TEXT PRIMARY KEY, time BIGINT NOT NULL, key_id TEXT NOT NULL, workload TEXT NOT NULL,
  destination TEXT, destination_kind TEXT, model TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL, cached_input_tokens BIGINT NOT NULL,
  cost_micro_usd BIGINT NOT NULL, latency_ms DOUBLE PRECISION NOT NULL, ttft_ms DOUBLE PRECISION, status INTEGER NOT NULL,
  stream BOOLEAN NOT NULL, attempts TEXT NOT NULL, error_code TEXT
);
CREATE INDEX ON ${s}.usage_records (time);
CREATE INDEX ON ${s}.usage_records (workload, time);
CREATE TABLE ${s}.audit_log (
  seq BIGINT PRIMARY KEY, time BIGINT NOT NULL, request_id TEXT NOT NULL, key_id TEXT NOT NULL,
  workload TEXT NOT NULL, destination TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  status INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);`;
}

function toAuditRow(r: Record<keyof AuditRow, unknown>): AuditRow {
  const text = (v: unknown) => (typeof v === 'string' ? v : String(v));
  return {
    seq: Number(r.seq),
    time: Number(r.time),
    requestId: text(r.requestId),
    keyId: text(r.keyId),
    workload: text(r.workload),
    destination: r.destination === null ? null : text(r.destination),
    dataClass: text(r.dataClass),
    reason: text(r.reason),
    status: Number(r.status),
    prevHash: text(r.prevHash),
    hash: text(r.hash),
  };
}

const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** One INSERT for many rows: a bulk import is a few statements, not thousands of round trips. */
function multiInsert(target: string, rows: readonly (readonly unknown[])[]): [string, unknown[]] {
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
  return [`INSERT INTO ${target} VALUES ${tuples.join(', ')}`, params];
}

export async function openSqlStore(client: SqlClient, options: SqlStoreOptions = {}): Promise<UsageStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(
      'unsupported-url',
      `schema: expected lower-case letters, digits and "_" (at most 63), got ${JSON.stringify(schema)}`,
    );
  }
  const s = `"${schema}"`;
  const where = schema === 'public' ? client.where : `${client.where} (schema ${schema})`;
  // One lock per schema: gateways sharing a database but not a schema do not wait on each other.
  const lock = (tx: SqlQueryable) =>
    tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`switchboard:${schema}`]);
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw describeSqlError(e, where);
    }
  };

  const readVersion = async (q: SqlQueryable): Promise<number | undefined> => {
    const [exists] = await q.query<{ t: unknown }>('SELECT to_regclass($1) AS t', [
      `${s}.switchboard_schema`,
    ]);
    if (exists?.t === null || exists?.t === undefined) return undefined;
    const [row] = await q.query<{ version: unknown }>(`SELECT version FROM ${s}.switchboard_schema LIMIT 1`);
    return row ? Number(row.version) : 0;
  };

  await run(async () => {
    const found = await readVersion(client);
    if (found !== undefined) {
      if (found !== CURRENT_SCHEMA_VERSION) throw versionMismatch(where, found);
      return;
    }
    if (options.create === false)
      throw new StoreError(
        'not-found',
        `no usage store in ${where}: no switchboard_schema table (has the gateway run with this store yet?)`,
      );
    try {
      await client.transaction(async (tx) => {
        await lock(tx);
        // Another gateway may have created it while we waited for the lock.
        const again = await readVersion(tx);
        if (again !== undefined) {
          if (again !== CURRENT_SCHEMA_VERSION) throw versionMismatch(where, again);
          return;
        }
        if (schema !== 'public') await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
        for (const stmt of ddl(s)
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean))
          await tx.query(stmt);
        await tx.query(`INSERT INTO ${s}.switchboard_schema (version, created_at) VALUES ($1, $2)`, [
          CURRENT_SCHEMA_VERSION,
          Date.now(),
        ]);
      });
    } catch (e) {
      // A gateway starting at the same moment created it first (the catalog cache can miss it under the lock).
      const code = (e as { code?: unknown }).code;
      const now = ['42P07', '42P06', '23505'].includes(String(code)) ? await readVersion(client) : undefined;
      if (now === undefined) throw e;
      if (now !== CURRENT_SCHEMA_VERSION) throw versionMismatch(where, now);
    }
  });

  const auditColumns =
    'seq, time, request_id AS "requestId", key_id AS "keyId", workload, destination, data_class AS "dataClass", reason, status, prev_hash AS "prevHash", hash';
  const AUDIT_COLUMNS =
    'seq, time, request_id, key_id, workload, destination, data_class, reason, status, prev_hash, hash';
  // Usage rows first, then the lock, so the chain is held only for the short audit append.
  const append = async (tx: SqlQueryable, rs: readonly UsageRecord[]): Promise<void> => {
    for (const chunk of chunks(rs)) {
      await tx.query(
        ...multiInsert(
          `${s}.usage_records (${USAGE_COLUMNS.join(', ')})`,
          chunk.map((r) => recordToValues(r, 'native')),
        ),
      );
    }
    await lock(tx);
    const [last] = await tx.query<{ seq: unknown; hash: string }>(
      `SELECT seq, hash FROM ${s}.audit_log ORDER BY seq DESC LIMIT 1`,
    );
    let seq = last ? Number(last.seq) : 0;
    let prev = last?.hash ?? GENESIS_HASH;
    for (const chunk of chunks(rs)) {
      const rows = chunk.map((r) => {
        const row = chainRow(auditEntryFor(r, ++seq), prev);
        prev = row.hash;
        return [
          row.seq,
          row.time,
          row.requestId,
          row.keyId,
          row.workload,
          row.destination,
          row.dataClass,
          row.reason,
          row.status,
          row.prevHash,
          row.hash,
        ];
      });
      await tx.query(...multiInsert(`${s}.audit_log (${AUDIT_COLUMNS})`, rows));
    }
  };
  // Concurrent record() calls share a transaction: the chain lock is taken once per batch, not per request.
  const writer = groupCommit<UsageRecord>((rs) => run(() => client.transaction((tx) => append(tx, rs))));
  let closed = false;
  const guard = () => {
    if (closed) throw new StoreError('closed', `usage store ${where} is closed`);
  };

  return {
    shadow: sqlShadowStore(client, s, run, guard),
    async record(entry) {
      guard();
      await writer.submit(validateRecord(entry));
    },
    async recordMany(entries) {
      guard();
      const rs = entries.map(validateRecord);
      if (rs.length > 0) await run(() => client.transaction((tx) => append(tx, rs)));
    },
    async query(q: UsageQuery = {}) {
      guard();
      const conds: string[] = [];
      const params: unknown[] = [];
      const add = (cond: string, value: unknown) => {
        params.push(value);
        conds.push(cond.replace('?', `$${params.length}`));
      };
      if (q.since !== undefined) add('time >= ?', q.since);
      if (q.until !== undefined) add('time < ?', q.until);
      if (q.workload !== undefined) add('workload = ?', q.workload);
      const sql = `SELECT ${USAGE_COLUMNS.join(', ')} FROM ${s}.usage_records${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY time, id`;
      const rows = await run(() => client.query<UsageRow>(sql, params));
      return rows.map(rowToRecord);
    },
    async verifyAudit(): Promise<AuditVerification> {
      guard();
      return run(async () => {
        const verifier = new ChainVerifier();
        let after = 0;
        for (;;) {
          const page = await client.query<Record<keyof AuditRow, unknown>>(
            `SELECT ${auditColumns} FROM ${s}.audit_log WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
            [after],
          );
          const rows = page.map(toAuditRow);
          if (!rows.every((r) => verifier.push(r)) || rows.length < PAGE) break;
          after = rows[rows.length - 1]!.seq;
        }
        const [count] = await client.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${s}.usage_records`);
        return verifier.result(Number(count?.n ?? 0));
      });
    },
    async schemaVersion() {
      guard();
      return (await run(() => readVersion(client))) ?? CURRENT_SCHEMA_VERSION;
    },
    async close() {
      if (closed) return;
      closed = true;
      await writer.drain();
      await client.close();
    },
  };
}
