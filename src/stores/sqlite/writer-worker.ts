/**
 * The SQLite writer thread: owns the connection that appends usage records, so fsync never blocks the
 * gateway's event loop. Records that arrive while a commit is in flight go together into the next
 * transaction (group commit): one lock, one fsync for all of them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { StoreError } from '../errors.js';
import type { UsageRecord } from '../usage-store.js';
import { appender } from './append.js';
import { connect } from './schema.js';
import type { ToWriter, WriterReply } from './writer-protocol.js';

const { path, where, maxBatch } = workerData as { path: string; where: string; maxBatch: number };
const port = parentPort!;
const db = connect(path, where);
const append = appender(db);
const rollbackProbe = db.prepare('SELECT 1');

interface Job {
  id: number;
  /** One job commits all or nothing (recordMany sends its batch as one job). */
  records: UsageRecord[];
}
let queue: Job[] = [];
let scheduled = false;
let closing = false;

const fail = (e: unknown): { code: string; message: string } =>
  e instanceof StoreError ? { code: e.code, message: e.message } : { code: 'unreachable', message: `cannot write to ${where}: ${e instanceof Error ? e.message : String(e)}` };

function commit(jobs: Job[], replies: WriterReply[]): void {
  try {
    append(jobs.flatMap((j) => j.records));
    for (const j of jobs) replies.push({ id: j.id, ok: true });
  } catch (e) {
    // One bad record must not fail its neighbours: retry each job on its own.
    if (jobs.length === 1) replies.push({ id: jobs[0]!.id, ok: false, ...fail(e) });
    else for (const j of jobs) commit([j], replies);
  }
}

function flush(): void {
  scheduled = false;
  while (queue.length > 0) {
    const jobs = queue.slice(0, maxBatch);
    queue = queue.slice(jobs.length);
    const replies: WriterReply[] = [];
    commit(jobs, replies);
    port.postMessage(replies);
  }
  if (closing) {
    db.close();
    port.close();
  }
}

port.on('message', (msg: ToWriter) => {
  switch (msg.t) {
    case 'records':
      // Records were validated by the store before they were posted.
      for (const item of msg.items) queue.push(item);
      break;
    case 'probe':
      try {
        // Taking the write lock proves the file is writable and not held by a stuck writer.
        db.exec('BEGIN IMMEDIATE');
        rollbackProbe.get();
        db.exec('ROLLBACK');
        port.postMessage([{ id: msg.id, ok: true }]);
      } catch (e) {
        port.postMessage([{ id: msg.id, ok: false, ...fail(e) }]);
      }
      return;
    case 'close':
      closing = true;
      break;
  }
  // Messages that arrived during the last commit are all delivered before this runs: they form the next group.
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
