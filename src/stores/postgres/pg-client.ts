/** node-postgres Pool as a SqlClient. */
import pg from 'pg';
import type { SqlClient, SqlQueryable } from './sql-client.js';

export function pgClient(connectionString: string, where: string): SqlClient {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the gateway; the next query reconnects.
  pool.on('error', () => undefined);
  const query = async <R extends object>(
    on: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ): Promise<R[]> => {
    const result = await on.query<R>(sql, params as unknown[] | undefined);
    return result.rows;
  };
  return {
    where,
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: SqlQueryable = { query: (sql, params) => query(client, sql, params) };
        const out = await fn(tx);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
