/** The hash chain over metered requests: hash = sha256(prevHash + canonical JSON of the entry). */
import { createHash } from 'node:crypto';
import type { AuditHead, AuditVerification, UsageRecord } from './usage-store.js';

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
  /**
   * sha256 of the canonical JSON of the whole usage record, so editing any metered field (cost, tokens,
   * destination...) or deleting the row breaks verification. Absent only on entries written by schema v1.
   */
  recordHash?: string | undefined;
}

export interface AuditRow extends AuditEntry {
  prevHash: string;
  hash: string;
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

/**
 * Digest of every field of a usage record (new fields are covered without touching this file). Fields added after
 * schema 2 are left out at their defaults (0, false), so a record metered before they existed keeps its hash.
 */
export function recordHash(record: UsageRecord): string {
  const { cacheWriteInputTokens, cacheWrite1hInputTokens, tokensEstimated, ...rest } = record;
  const hashed = {
    ...rest,
    ...(cacheWriteInputTokens ? { cacheWriteInputTokens } : {}),
    ...(cacheWrite1hInputTokens ? { cacheWrite1hInputTokens } : {}),
    ...(tokensEstimated ? { tokensEstimated } : {}),
  };
  return createHash('sha256').update(canonicalJson(hashed)).digest('hex');
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
    recordHash: recordHash(record),
  };
}

export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

export function chainRow(entry: AuditEntry, prevHash: string): AuditRow {
  return { ...entry, prevHash, hash: chainHash(prevHash, entry) };
}

/** Appends records to a chain whose last entry is `head` (null: empty chain); returns the new rows in order. */
export function extendChain(head: { seq: number; hash: string } | null, records: readonly UsageRecord[]): AuditRow[] {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  return records.map((r) => {
    const row = chainRow(auditEntryFor(r, ++seq), prev);
    prev = row.hash;
    return row;
  });
}

/** Walks the chain in seq order, page by page, and remembers the first entry that does not match. */
export class ChainVerifier {
  private expectedPrev = GENESIS_HASH;
  private index = 0;
  private broken: { at: number; why: string } | undefined;
  private anchorSeen = false;

  constructor(private readonly anchor?: AuditHead) {}

  /**
   * `record` is the usage row with the entry's request id (null when missing); rows of schema v1 carry no
   * record hash and are checked on their own fields only. Returns false once the chain is broken.
   */
  push(row: AuditRow, record?: UsageRecord | null): boolean {
    if (this.broken) return false;
    const { prevHash, hash, ...entry } = row;
    const at = this.index;
    if (entry.seq !== at + 1)
      this.broken = { at, why: `sequence number ${entry.seq} where ${at + 1} was expected (an entry was removed or inserted)` };
    else if (prevHash !== this.expectedPrev)
      this.broken = { at, why: 'its previous-hash does not match the entry before it (an entry was removed, reordered or rewritten)' };
    else if (chainHash(prevHash, entry) !== hash)
      this.broken = { at, why: 'its content does not match its hash (the entry was modified)' };
    else if (entry.recordHash && record === null)
      this.broken = { at, why: `the usage record ${JSON.stringify(entry.requestId)} it covers was deleted` };
    else if (entry.recordHash && record && recordHash(record) !== entry.recordHash)
      this.broken = { at, why: `the usage record ${JSON.stringify(entry.requestId)} it covers was modified after it was metered` };
    else if (this.anchor && entry.seq === this.anchor.seq && hash !== this.anchor.hash)
      this.broken = { at, why: `it does not match the anchored head hash (the chain was rebuilt from here)` };
    if (this.broken) return false;
    if (this.anchor && entry.seq === this.anchor.seq) this.anchorSeen = true;
    this.expectedPrev = hash;
    this.index++;
    return true;
  }

  result(usageRecords: number): AuditVerification {
    const head = this.index === 0 ? null : { seq: this.index, hash: this.expectedPrev };
    if (this.broken) {
      const at = this.broken.at;
      return { ok: false, entries: this.index, brokenAt: at, head, message: `audit chain broken at entry ${at} (seq ${at + 1}): ${this.broken.why}` };
    }
    if (this.anchor && !this.anchorSeen && this.anchor.seq > 0) {
      return {
        ok: false,
        entries: this.index,
        head,
        message: `audit chain holds ${this.index} entries, but the anchor names entry ${this.anchor.seq}: the chain was truncated`,
      };
    }
    if (usageRecords !== this.index) {
      return {
        ok: false,
        entries: this.index,
        head,
        message: `audit chain intact with ${this.index} entries, but the store holds ${usageRecords} usage records: usage rows were added or removed outside Switchboard`,
      };
    }
    return { ok: true, entries: this.index, head, message: `audit chain intact: ${this.index} entries verified` };
  }
}
