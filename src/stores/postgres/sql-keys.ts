/** Gateway keys in PostgreSQL: every replica reads the same table, so a revocation reaches all of them. */
import { StoreError } from '../errors.js';
import { KEY_COLUMNS, keyValues, rowToKey, validateKey } from '../key-row.js';
import type { KeyStore } from '../usage-store.js';
import type { SqlClient } from './sql-client.js';

const PLACEHOLDERS = '$1, $2, $3, $4, $5, $6, $7, $8';

export function sqlKeys(client: SqlClient, s: string, run: <T>(fn: () => Promise<T>) => Promise<T>, guard: () => void): KeyStore {
  return {
    async create(k) {
      guard();
      const key = validateKey(k);
      try {
        await run(() => client.query(`INSERT INTO ${s}.api_keys (${KEY_COLUMNS}) VALUES (${PLACEHOLDERS})`, keyValues(key)));
      } catch (e) {
        if (e instanceof StoreError && e.code === 'invalid-record') throw new StoreError('invalid-record', 'key rejected: the same key is already stored');
        throw e;
      }
    },
    async list() {
      guard();
      const rows = await run(() => client.query<Record<string, unknown>>(`SELECT ${KEY_COLUMNS} FROM ${s}.api_keys ORDER BY id, created_at, sha256`));
      return rows.map(rowToKey);
    },
    async revoke(id, at) {
      guard();
      const rows = await run(() =>
        client.query(`UPDATE ${s}.api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1) RETURNING sha256`, [at, id]),
      );
      return rows.length;
    },
    async rotate(next, oldExpiresAt) {
      guard();
      const key = validateKey(next);
      return run(() =>
        client.transaction(async (tx) => {
          const rows = await tx.query(`UPDATE ${s}.api_keys SET expires_at = $1 WHERE id = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1) RETURNING sha256`, [oldExpiresAt, key.id]);
          await tx.query(`INSERT INTO ${s}.api_keys (${KEY_COLUMNS}) VALUES (${PLACEHOLDERS})`, keyValues(key));
          return rows.length;
        }),
      );
    },
  };
}
