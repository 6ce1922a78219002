/** The store's side of the writer thread: batches submissions per event-loop turn and settles them from replies. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StoreError, type StoreErrorCode } from '../errors.js';
import type { UsageRecord } from '../usage-store.js';
import type { ToWriter, WriterReply } from './writer-protocol.js';

interface Pending {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export interface WriterClient {
  submit(records: UsageRecord[]): Promise<void>;
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** The compiled `.js` next to this file in dist; the `.ts` source, loaded through tsx's API, in development and tests. */
function workerSource(): { source: URL | string; evaluate: boolean } {
  const js = new URL('./writer-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { source: js, evaluate: false };
  const ts = new URL('./writer-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return { source: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, evaluate: true };
}

export function startWriter(path: string, where: string, options: { maxBatch?: number } = {}): WriterClient {
  const { source, evaluate } = workerSource();
  const worker = new Worker(source, { eval: evaluate, workerData: { path, where, maxBatch: options.maxBatch ?? 1000 } });
  const pending = new Map<number, Pending>();
  let next = 1;
  let outbox: { id: number; records: UsageRecord[] }[] = [];
  let dead: StoreError | undefined;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const failAll = (err: StoreError): void => {
    dead ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (replies: WriterReply[]) => {
    for (const r of replies) {
      const p = pending.get(r.id);
      if (!p) continue;
      pending.delete(r.id);
      if (r.ok) p.resolve();
      else p.reject(new StoreError(r.code as StoreErrorCode, r.message));
    }
  });
  worker.on('error', (e) => failAll(new StoreError('unreachable', `the writer thread of ${where} failed: ${e.message}`)));
  worker.on('exit', () => failAll(new StoreError('closed', `usage store ${where} is closed`)));

  const post = (msg: ToWriter): void => worker.postMessage(msg);
  const flush = (): void => {
    const items = outbox;
    outbox = [];
    if (items.length > 0) post({ t: 'records', items });
  };
  const track = (id: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (dead) return reject(dead);
      pending.set(id, { resolve, reject });
    });

  return {
    submit(records) {
      if (dead) return Promise.reject(dead);
      const id = next++;
      // One postMessage per event-loop turn, however many requests finished in it.
      if (outbox.length === 0) setImmediate(flush);
      outbox.push({ id, records });
      return track(id);
    },
    probe() {
      if (dead) return Promise.reject(dead);
      const id = next++;
      const p = track(id);
      post({ t: 'probe', id });
      return p;
    },
    async close() {
      if (dead) return;
      flush();
      post({ t: 'close' });
      await exited;
    },
  };
}
