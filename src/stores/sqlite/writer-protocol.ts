/** Messages between a SQLite store and its writer thread. */
import type { UsageRecord } from '../usage-store.js';

export type ToWriter =
  | { t: 'records'; items: { id: number; records: UsageRecord[] }[] }
  | { t: 'probe'; id: number }
  | { t: 'close' };

export type WriterReply = { id: number; ok: true } | { id: number; ok: false; code: string; message: string };
