/** PGlite (in-process PostgreSQL) as a SqlClient: the same SQL and code path as the pg adapter. */
import type { PGlite } from '@electric-sql/pglite';
import { StoreError } from '../errors.js';
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

type PgliteModule = typeof import('@electric-sql/pglite');

/**
 * Opens PGlite lazily. It is an optional peer (installed with the dev dependencies, not with the package), so
 * a `pglite:` store on a plain install says what to install instead of failing with a module-resolution trace.
 */
export async function openPglite(
  dataDir: string | undefined,
  load: () => Promise<PgliteModule> = () => import('@electric-sql/pglite'),
): Promise<PGlite> {
  let mod: PgliteModule;
  try {
    mod = await load();
  } catch (e) {
    if (isMissingModule(e)) {
      throw new StoreError(
        'unsupported-url',
        'store: pglite: needs the optional package @electric-sql/pglite, which is not installed. Install it next to Switchboard (npm install @electric-sql/pglite@^0.5), or use sqlite:PATH or postgres://...',
      );
    }
    throw e;
  }
  return mod.PGlite.create(dataDir);
}

function isMissingModule(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
