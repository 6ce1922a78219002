/** The shadow_scores table in the PostgreSQL store (pg and PGlite): created on first write. */
import { SHADOW_COLUMNS, shadowRowToRecord, shadowValues, validateShadowRecord, type ShadowQuery, type ShadowStore } from '../shadow-store.js';
import type { SqlClient } from './sql-client.js';

type Row = Record<(typeof SHADOW_COLUMNS)[number], unknown>;

/** `s` is the quoted schema; `run` maps driver errors to store errors, as the usage store does. */
export function sqlShadowStore(client: SqlClient, s: string, run: <T>(fn: () => Promise<T>) => Promise<T>, guard: () => void): ShadowStore {
  let ready = false;
  const ensure = async (): Promise<void> => {
    if (ready) return;
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.shadow_scores (
      id TEXT PRIMARY KEY, time BIGINT NOT NULL, workload TEXT NOT NULL, data_class TEXT NOT NULL,
      primary_destination TEXT NOT NULL, shadow_destination TEXT NOT NULL, measures TEXT NOT NULL)`);
    await client.query(`CREATE INDEX IF NOT EXISTS shadow_scores_workload_time ON ${s}.shadow_scores (workload, time)`);
    ready = true;
  };
  return {
    async recordShadow(entry) {
      guard();
      const r = validateShadowRecord(entry);
      await run(async () => {
        await ensure();
        await client.query(`INSERT INTO ${s}.shadow_scores (${SHADOW_COLUMNS.join(', ')}) VALUES (${SHADOW_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, shadowValues(r));
      });
    },
    async queryShadow(q: ShadowQuery = {}) {
      guard();
      return run(async () => {
        if (!ready) {
          const [t] = await client.query<{ t: unknown }>('SELECT to_regclass($1) AS t', [`${s}.shadow_scores`]);
          if (t?.t === null || t?.t === undefined) return [];
        }
        const conds: string[] = [];
        const params: unknown[] = [];
        const add = (cond: string, v: unknown) => {
          params.push(v);
          conds.push(`${cond} $${params.length}`);
        };
        if (q.since !== undefined) add('time >=', q.since);
        if (q.until !== undefined) add('time <', q.until);
        if (q.workload !== undefined) add('workload =', q.workload);
        const rows = await client.query<Row>(`SELECT ${SHADOW_COLUMNS.join(', ')} FROM ${s}.shadow_scores${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY time, id`, params);
        return rows.map(shadowRowToRecord);
      });
    },
  };
}
