/** PGlite (in-process PostgreSQL) as a SqlClient: the same SQL and code path as the pg adapter. */
import type { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client.js';

export function pgliteClient(
  db: PGlite,
  where: string,
  options: { ownsDb: boolean } = { ownsDb: true },
): SqlClient {
  return {
    where,
    async query<R extends object>(sql: string, params?: readonly unknown[]) {
      return (await db.query<R>(sql, params as unknown[] | undefined)).rows;
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          async query<R extends object>(sql: string, params?: readonly unknown[]) {
            return (await tx.query<R>(sql, params as unknown[] | undefined)).rows;
          },
        }),
      ),
    close: () => (options.ownsDb ? db.close() : Promise.resolve()),
  };
}

/** Opens PGlite lazily: it is a dev dependency, loaded only when a `pglite:` store is asked for. */
export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  const { PGlite: Ctor } = await import('@electric-sql/pglite');
  return Ctor.create(dataDir);
}
