/** Driver errors as StoreErrors: unreachable servers and missing databases get a message, not a stack. */
import { StoreError } from '../errors.js';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  'EAI_AGAIN',
  '57P03',
  '28P01',
  '28000',
]);

export function describeSqlError(e: unknown, where: string): unknown {
  if (e instanceof StoreError || !(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (code === '23505')
    return new StoreError(
      'invalid-record',
      `usage record rejected: its request id is already recorded in ${where}`,
    );
  if (code === '3D000') return new StoreError('not-found', `no such database for ${where}: ${e.message}`);
  if (
    (typeof code === 'string' && UNREACHABLE.has(code)) ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(e.message)
  ) {
    return new StoreError(
      'unreachable',
      `cannot reach the usage store ${where}: ${typeof code === 'string' ? `${code} ` : ''}${e.message}`,
    );
  }
  return e;
}
