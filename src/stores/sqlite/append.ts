/** The SQLite write path: usage rows, their audit entries and spend totals in one IMMEDIATE transaction. */
import Database from 'better-sqlite3';
import { extendChain } from '../audit-chain.js';
import { StoreError } from '../errors.js';
import { spendDeltas } from '../periods.js';
import { USAGE_COLUMNS, recordToValues } from '../record-values.js';
import type { UsageRecord } from '../usage-store.js';

export type Appender = (records: readonly UsageRecord[]) => void;

export function appender(db: Database.Database): Appender {
  const insertUsage = db.prepare(`INSERT INTO usage_records (${USAGE_COLUMNS.join(', ')}) VALUES (${USAGE_COLUMNS.map(() => '?').join(', ')})`);
  const lastAudit = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insertAudit = db.prepare(
    'INSERT INTO audit_log (seq, time, request_id, key_id, workload, destination, data_class, reason, status, record_hash, prev_hash, hash) VALUES (@seq, @time, @requestId, @keyId, @workload, @destination, @dataClass, @reason, @status, @recordHash, @prevHash, @hash)',
  );
  const addSpend = db.prepare(
    'INSERT INTO spend_totals (workload, period, cost_micro_usd, requests) VALUES (?, ?, ?, ?) ON CONFLICT (workload, period) DO UPDATE SET cost_micro_usd = cost_micro_usd + excluded.cost_micro_usd, requests = requests + excluded.requests',
  );
  const tx = db.transaction((rs: readonly UsageRecord[]) => {
    for (const r of rs) insertUsage.run(...recordToValues(r, 'integer'));
    for (const row of extendChain(lastAudit.get() ?? null, rs)) insertAudit.run(row);
    for (const d of spendDeltas(rs)) addSpend.run(d.workload, d.period, d.cost, d.requests);
  });
  // IMMEDIATE takes the write lock first, so several processes append the chain one at a time.
  return (rs) => {
    try {
      tx.immediate(rs);
    } catch (e) {
      if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_CONSTRAINT')) {
        throw new StoreError('invalid-record', rs.length === 1 ? `usage record rejected: request id ${JSON.stringify(rs[0]!.id)} is already recorded` : 'usage records rejected: a request id is already recorded');
      }
      throw e;
    }
  };
}
