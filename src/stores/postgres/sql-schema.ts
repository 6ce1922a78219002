/** PostgreSQL tables and migrations, one schema (namespace) per store. */
export function baseDdl(s: string): string[] {
  return [
    `CREATE TABLE ${s}.switchboard_schema (version INTEGER NOT NULL, created_at BIGINT NOT NULL)`,
    `CREATE TABLE ${s}.usage_records (
  id TEXT PRIMARY KEY, time BIGINT NOT NULL, key_id TEXT NOT NULL, workload TEXT NOT NULL,
  destination TEXT, destination_kind TEXT, model TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL, cached_input_tokens BIGINT NOT NULL,
  cost_micro_usd BIGINT NOT NULL, latency_ms DOUBLE PRECISION NOT NULL, ttft_ms DOUBLE PRECISION, status INTEGER NOT NULL,
  stream BOOLEAN NOT NULL, attempts TEXT NOT NULL, error_code TEXT
)`,
    `CREATE INDEX ON ${s}.usage_records (time)`,
    `CREATE INDEX ON ${s}.usage_records (workload, time)`,
    `CREATE TABLE ${s}.audit_log (
  seq BIGINT PRIMARY KEY, time BIGINT NOT NULL, request_id TEXT NOT NULL, key_id TEXT NOT NULL,
  workload TEXT NOT NULL, destination TEXT, data_class TEXT NOT NULL, reason TEXT NOT NULL,
  status INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
)`,
  ];
}

const period = (fmt: string) => `to_char(to_timestamp(time / 1000.0) AT TIME ZONE 'UTC', '${fmt}')`;

/** Each entry upgrades a store from the version before it; append, never edit. */
export const MIGRATIONS: Record<number, (s: string) => string[]> = {
  // Schema 2: the audit entry covers the whole usage row; keys, spend totals and rate-limit counters live in the store.
  2: (s) => [
    `ALTER TABLE ${s}.audit_log ADD COLUMN record_hash TEXT`,
    `CREATE TABLE ${s}.api_keys (
  sha256 TEXT PRIMARY KEY, id TEXT NOT NULL, workload TEXT NOT NULL, created_at BIGINT NOT NULL,
  expires_at BIGINT, revoked_at BIGINT, requests_per_minute INTEGER, tokens_per_minute INTEGER
)`,
    `CREATE INDEX ON ${s}.api_keys (id)`,
    `CREATE TABLE ${s}.spend_totals (
  workload TEXT NOT NULL, period TEXT NOT NULL, cost_micro_usd BIGINT NOT NULL, requests BIGINT NOT NULL,
  PRIMARY KEY (workload, period)
)`,
    `INSERT INTO ${s}.spend_totals SELECT workload, ${period('YYYY-MM-DD')}, SUM(cost_micro_usd), COUNT(*) FROM ${s}.usage_records GROUP BY 1, 2`,
    `INSERT INTO ${s}.spend_totals SELECT workload, ${period('YYYY-MM')}, SUM(cost_micro_usd), COUNT(*) FROM ${s}.usage_records GROUP BY 1, 2`,
    // rate-limiter-flexible's own layout, created here so the first request never races its CREATE TABLE.
    `CREATE TABLE ${s}.switchboard_rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
  ],
  // Schema 3: cache writes (all lifetimes, and the 1-hour part) and whether the token counts were estimated.
  3: (s) => [
    `ALTER TABLE ${s}.usage_records ADD COLUMN cache_write_input_tokens BIGINT NOT NULL DEFAULT 0`,
    `ALTER TABLE ${s}.usage_records ADD COLUMN cache_write_1h_input_tokens BIGINT NOT NULL DEFAULT 0`,
    `ALTER TABLE ${s}.usage_records ADD COLUMN tokens_estimated BOOLEAN NOT NULL DEFAULT FALSE`,
  ],
};
