/** The shadow_scores table in the SQLite store: created on first write, so older stores need no migration. */
import type Database from 'better-sqlite3';
import { SHADOW_COLUMNS, shadowRowToRecord, shadowValues, validateShadowRecord, type ShadowQuery, type ShadowStore } from '../shadow-store.js';

const DDL = `CREATE TABLE IF NOT EXISTS shadow_scores (
  id TEXT PRIMARY KEY, time INTEGER NOT NULL, workload TEXT NOT NULL, data_class TEXT NOT NULL,
  primary_destination TEXT NOT NULL, shadow_destination TEXT NOT NULL, measures TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS shadow_scores_workload_time ON shadow_scores (workload, time);`;

type Row = Record<(typeof SHADOW_COLUMNS)[number], unknown>;

export function sqliteShadowStore(db: Database.Database, guard: () => void): ShadowStore {
  let ready = false;
  const exists = (): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shadow_scores'").get() !== undefined;
  const ensure = (): void => {
    if (!ready) db.exec(DDL);
    ready = true;
  };
  return {
    recordShadow(entry) {
      try {
        guard();
        const r = validateShadowRecord(entry);
        ensure();
        db.prepare(`INSERT INTO shadow_scores (${SHADOW_COLUMNS.join(', ')}) VALUES (${SHADOW_COLUMNS.map(() => '?').join(', ')})`).run(...shadowValues(r));
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    queryShadow(q: ShadowQuery = {}) {
      try {
        guard();
        if (!ready && !exists()) return Promise.resolve([]);
        const where: string[] = [];
        const params: (string | number)[] = [];
        const add = (cond: string, v: string | number): void => {
          where.push(cond);
          params.push(v);
        };
        if (q.since !== undefined) add('time >= ?', q.since);
        if (q.until !== undefined) add('time < ?', q.until);
        if (q.workload !== undefined) add('workload = ?', q.workload);
        const rows = db.prepare<unknown[], Row>(`SELECT ${SHADOW_COLUMNS.join(', ')} FROM shadow_scores${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY time, id`).all(...params);
        return Promise.resolve(rows.map(shadowRowToRecord));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}
