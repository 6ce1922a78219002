/** The PostgreSQL usage store, one code path for pg and PGlite; the audit append is serialized by an advisory lock. */
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { ChainVerifier, extendChain } from '../audit-chain.js';
import { AUDIT_JOIN_COLUMNS, auditRowFrom, joinedRecordFrom } from '../audit-row.js';
import { CURRENT_SCHEMA_VERSION, StoreError, versionMismatch } from '../errors.js';
import { groupCommit } from '../group-commit.js';
import type { OpenStoreOptions } from '../open-options.js';
import { spendDeltas } from '../periods.js';
import { USAGE_COLUMNS, recordToValues, rowToRecord, validateRecord, type UsageRow } from '../record-row.js';
import type { AuditHead, AuditVerification, UsageQuery, UsageRecord, UsageStore } from '../usage-store.js';
import { describeSqlError } from './sql-errors.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { sqlShadowStore } from './shadow-table.js';
import { sqlKeys } from './sql-keys.js';
import { MIGRATIONS, baseDdl } from './sql-schema.js';

const PAGE = 5000;
const CHUNK = 500;

export interface SqlStoreOptions extends OpenStoreOptions {
  /** PostgreSQL schema holding the tables (default `public`); tests use one per run so they never collide. */
  schema?: string;
}

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

const AUDIT_COLUMNS = 'seq, time, request_id, key_id, workload, destination, data_class, reason, status, record_hash, prev_hash, hash';

export async function openSqlStore(client: SqlClient, options: SqlStoreOptions = {}): Promise<UsageStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError('unsupported-url', `schema: expected lower-case letters, digits and "_" (at most 63), got ${JSON.stringify(schema)}`);
  }
  const s = `"${schema}"`;
  const where = schema === 'public' ? client.where : `${client.where} (schema ${schema})`;
  // One lock per schema: gateways sharing a database but not a schema do not wait on each other.
  const lock = (tx: SqlQueryable) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`switchboard:${schema}`]);
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw describeSqlError(e, where);
    }
  };
  const readVersion = async (q: SqlQueryable): Promise<number | undefined> => {
    const [exists] = await q.query<{ t: unknown }>('SELECT to_regclass($1) AS t', [`${s}.switchboard_schema`]);
    if (exists?.t === null || exists?.t === undefined) return undefined;
    const [row] = await q.query<{ version: unknown }>(`SELECT version FROM ${s}.switchboard_schema LIMIT 1`);
    return row ? Number(row.version) : 0;
  };
  const create = options.create !== false;

  await run(async () => {
    const found = await readVersion(client);
    if (found === CURRENT_SCHEMA_VERSION) return;
    if (found !== undefined && (found > CURRENT_SCHEMA_VERSION || !create)) throw versionMismatch(where, found);
    if (found === undefined && !create) throw new StoreError('not-found', `no usage store in ${where}: no switchboard_schema table (has the gateway run with this store yet?)`);
    try {
      await client.transaction(async (tx) => {
        await lock(tx);
        // Another gateway may have created or upgraded it while we waited for the lock.
        const again = await readVersion(tx);
        if (again === CURRENT_SCHEMA_VERSION) return;
        if (again !== undefined && again > CURRENT_SCHEMA_VERSION) throw versionMismatch(where, again);
        const from = again ?? 1;
        if (again === undefined) {
          if (schema !== 'public') await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
          for (const stmt of baseDdl(s)) await tx.query(stmt);
          await tx.query(`INSERT INTO ${s}.switchboard_schema (version, created_at) VALUES (1, $1)`, [Date.now()]);
        }
        for (let v = from + 1; v <= CURRENT_SCHEMA_VERSION; v++) for (const stmt of MIGRATIONS[v]!(s)) await tx.query(stmt);
        await tx.query(`UPDATE ${s}.switchboard_schema SET version = $1`, [CURRENT_SCHEMA_VERSION]);
      });
    } catch (e) {
      // A gateway starting at the same moment created it first (the catalog cache can miss it under the lock).
      const code = (e as { code?: unknown }).code;
      const now = ['42P07', '42P06', '23505'].includes(String(code)) ? await readVersion(client) : undefined;
      if (now === undefined) throw e;
      if (now !== CURRENT_SCHEMA_VERSION) throw versionMismatch(where, now);
    }
  });

  // Usage rows first, then the lock, so the chain is held only for the short audit append.
  const append = async (tx: SqlQueryable, rs: readonly UsageRecord[]): Promise<void> => {
    for (const chunk of chunks(rs)) {
      await tx.query(...multiInsert(`${s}.usage_records (${USAGE_COLUMNS.join(', ')})`, chunk.map((r) => recordToValues(r, 'native'))));
    }
    await lock(tx);
    const [last] = await tx.query<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM ${s}.audit_log ORDER BY seq DESC LIMIT 1`);
    const rows = extendChain(last ? { seq: Number(last.seq), hash: last.hash } : null, rs);
    for (const chunk of chunks(rows)) {
      const values = chunk.map((r) => [r.seq, r.time, r.requestId, r.keyId, r.workload, r.destination, r.dataClass, r.reason, r.status, r.recordHash ?? null, r.prevHash, r.hash]);
      await tx.query(...multiInsert(`${s}.audit_log (${AUDIT_COLUMNS})`, values));
    }
    // Under the chain lock, so two batches never upsert the same totals in opposite orders (no deadlock).
    const deltas = spendDeltas(rs).map((d) => [d.workload, d.period, d.cost, d.requests]);
    for (const chunk of chunks(deltas)) {
      const [sql, params] = multiInsert(`${s}.spend_totals (workload, period, cost_micro_usd, requests)`, chunk);
      await tx.query(`${sql} ON CONFLICT (workload, period) DO UPDATE SET cost_micro_usd = ${s}.spend_totals.cost_micro_usd + EXCLUDED.cost_micro_usd, requests = ${s}.spend_totals.requests + EXCLUDED.requests`, params);
    }
  };
  // Concurrent record() calls share a transaction: the chain lock is taken once per batch, not per request.
  const writer = groupCommit<UsageRecord>((rs) => run(() => client.transaction((tx) => append(tx, rs))));
  let closed = false;
  const guard = () => {
    if (closed) throw new StoreError('closed', `usage store ${where} is closed`);
  };
  // rate-limiter-flexible names its statements; our clients ignore the name and run text + values.
  const limiterClient = { query: async (q: { text: string; values?: unknown[] }) => ({ rows: await client.query<Record<string, unknown>>(q.text, q.values) }) };

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
    async verifyAudit(anchor?: AuditHead): Promise<AuditVerification> {
      guard();
      return run(async () => {
        const verifier = new ChainVerifier(anchor);
        let after = 0;
        for (;;) {
          const page = await client.query<Record<string, unknown>>(
            `SELECT ${AUDIT_JOIN_COLUMNS} FROM ${s}.audit_log a LEFT JOIN ${s}.usage_records u ON u.id = a.request_id WHERE a.seq > $1 ORDER BY a.seq LIMIT ${PAGE}`,
            [after],
          );
          if (!page.every((r) => verifier.push(auditRowFrom(r), joinedRecordFrom(r))) || page.length < PAGE) break;
          after = Number(page[page.length - 1]!.seq);
        }
        const [count] = await client.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${s}.usage_records`);
        return verifier.result(Number(count?.n ?? 0));
      });
    },
    async auditHead() {
      guard();
      const [last] = await run(() => client.query<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM ${s}.audit_log ORDER BY seq DESC LIMIT 1`));
      return last ? { seq: Number(last.seq), hash: last.hash } : null;
    },
    async schemaVersion() {
      guard();
      return (await run(() => readVersion(client))) ?? CURRENT_SCHEMA_VERSION;
    },
    async probe() {
      guard();
      // A read-only standby or a read-only transaction default cannot take records.
      const [row] = await run(() => client.query<{ w: unknown; ro: unknown }>("SELECT NOT pg_is_in_recovery() AS w, current_setting('transaction_read_only') AS ro"));
      if (row?.w !== true || row.ro !== 'off') throw new StoreError('unreachable', `usage store ${where} is read-only`);
    },
    async spend(q) {
      guard();
      const [row] = await run(() => client.query<{ c: unknown }>(`SELECT cost_micro_usd AS c FROM ${s}.spend_totals WHERE workload = $1 AND period = $2`, [q.workload, q.period]));
      return row ? Number(row.c) : 0;
    },
    keys: sqlKeys(client, s, run, guard),
    rateLimiter: (o) =>
      new RateLimiterPostgres({ storeClient: limiterClient, storeType: 'pool', schemaName: schema, tableName: 'switchboard_rate_limits', tableCreated: true, clearExpiredByTimeout: false, keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSeconds }),
    async close() {
      if (closed) return;
      closed = true;
      await writer.drain();
      await client.close();
    },
  };
}
