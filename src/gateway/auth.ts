import { createHash, timingSafeEqual } from 'node:crypto';
import type { GatewayKey } from '../core/routing/index.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The caller's key from `Authorization: Bearer` or `x-api-key`; undefined when neither is sent. */
export function presentedKey(headers: Headers): string | undefined {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m?.[1]) return m[1].trim();
  }
  return headers.get('x-api-key')?.trim() || undefined;
}

/** Compares the key's SHA-256 with every configured hash in constant time (no early exit). */
export function matchKey(keys: readonly GatewayKey[], presented: string): GatewayKey | undefined {
  const digest = createHash('sha256').update(presented).digest();
  let found: GatewayKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, Buffer.from(key.sha256, 'hex')) && !found) found = key;
  }
  return found;
}
