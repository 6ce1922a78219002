/** The hash chain over routing decisions: hash = sha256(prevHash + canonical JSON of the entry). */
import { createHash } from 'node:crypto';
import type { AuditVerification, UsageRecord } from './usage-store.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  time: number;
  requestId: string;
  keyId: string;
  workload: string;
  destination: string | null;
  dataClass: string;
  reason: string;
  status: number;
}

export interface AuditRow extends AuditEntry {
  prevHash: string;
  hash: string;
}

export function auditEntryFor(record: UsageRecord, seq: number): AuditEntry {
  return {
    seq,
    time: record.time,
    requestId: record.id,
    keyId: record.keyId,
    workload: record.workload,
    destination: record.destination,
    dataClass: record.dataClass,
    reason: record.reason,
    status: record.status,
  };
}

/** JSON with keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

export function chainRow(entry: AuditEntry, prevHash: string): AuditRow {
  return { ...entry, prevHash, hash: chainHash(prevHash, entry) };
}

/** Walks the chain in seq order, page by page, and remembers the first entry that does not match. */
export class ChainVerifier {
  private expectedPrev = GENESIS_HASH;
  private index = 0;
  private broken: { at: number; why: string } | undefined;

  /** Returns false once the chain is broken; later rows are not checked. */
  push(row: AuditRow): boolean {
    if (this.broken) return false;
    const { prevHash, hash, ...entry } = row;
    if (entry.seq !== this.index + 1)
      this.broken = {
        at: this.index,
        why: `sequence number ${entry.seq} where ${this.index + 1} was expected (an entry was removed or inserted)`,
      };
    else if (prevHash !== this.expectedPrev)
      this.broken = {
        at: this.index,
        why: 'its previous-hash does not match the entry before it (an entry was removed, reordered or rewritten)',
      };
    else if (chainHash(prevHash, entry) !== hash)
      this.broken = { at: this.index, why: 'its content does not match its hash (the entry was modified)' };
    if (this.broken) return false;
    this.expectedPrev = hash;
    this.index++;
    return true;
  }

  result(usageRecords: number): AuditVerification {
    if (this.broken) {
      const at = this.broken.at;
      return {
        ok: false,
        entries: this.index,
        brokenAt: at,
        message: `audit chain broken at entry ${at} (seq ${at + 1}): ${this.broken.why}`,
      };
    }
    if (usageRecords !== this.index) {
      return {
        ok: false,
        entries: this.index,
        message: `audit chain intact with ${this.index} entries, but the store holds ${usageRecords} usage records: usage rows were added or removed outside Switchboard`,
      };
    }
    return { ok: true, entries: this.index, message: `audit chain intact: ${this.index} entries verified` };
  }
}
