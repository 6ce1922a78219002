import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AuditHead } from '../../stores/index.js';
import { redactUrl } from '../../stores/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { openStoreForReading, resolveStoreUrl } from '../support/usage.js';

const USAGE = `switchboard audit <verify|head> (--config gateway.yaml | --store URL) [options]

  verify [--anchor FILE] [--format text|json]
      recomputes the SHA-256 chain over every metered request and the usage row each entry covers
      (any edited or deleted row is found). With --anchor (a head saved earlier by \`audit head\`), also
      proves the chain still reaches that entry, so a truncated or rebuilt chain is found.
      Exit 0 intact, 1 tampered (the first broken entry is named).
  head [--out FILE]
      prints the chain's last entry {seq, hash}, or writes it to FILE; keep it outside the store
      (a ticket, a log, another machine) and pass it to verify --anchor later.

  --config FILE   gateway config; its store: field names the usage store
  --store URL     sqlite:PATH or postgres://user@host/db (?schema=NAME optional)`;
const FIRST = USAGE.split('\n')[0] ?? '';

async function readAnchor(path: string, io: CliIo): Promise<AuditHead> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (e) {
    throw new UsageError(`--anchor ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a JSON head written by `switchboard audit head`'}`);
  }
  const h = raw as { seq?: unknown; hash?: unknown };
  if (!Number.isInteger(h.seq) || (h.seq as number) < 0 || typeof h.hash !== 'string' || !/^[0-9a-f]{64}$/.test(h.hash))
    throw new UsageError(`--anchor ${path}: expected {"seq": <entry number>, "hash": "<64 hex>"}`);
  return { seq: h.seq as number, hash: h.hash };
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'verify the hash-chained audit of metered requests, or save its head as an external anchor',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(args, { config: { type: 'string' }, store: { type: 'string' }, format: { type: 'string' }, anchor: { type: 'string' }, out: { type: 'string' } }, FIRST);
    const [sub, ...extra] = positionals;
    if (sub !== 'verify' && sub !== 'head') throw new UsageError(`${sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`}: expected verify or head\nusage: ${FIRST}`);
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}\nusage: ${FIRST}`);
    const format = enumFlag(values.format, 'format', ['text', 'json'] as const) ?? 'text';
    const anchor = values.anchor === undefined ? undefined : await readAnchor(values.anchor, io);
    const url = await resolveStoreUrl(values, io);
    const store = await openStoreForReading(url, io);
    try {
      if (sub === 'head') {
        const head = (await store.auditHead()) ?? { seq: 0, hash: '0'.repeat(64) };
        const text = `${JSON.stringify({ ...head, at: new Date().toISOString(), store: redactUrl(url) })}\n`;
        if (values.out !== undefined) {
          await writeFile(resolve(io.cwd, values.out), text);
          io.stderr(`audit head seq ${head.seq} written to ${values.out}\n`);
        } else io.stdout(text);
        return 0;
      }
      const result = await store.verifyAudit(anchor);
      if (format === 'json') io.stdout(`${JSON.stringify({ store: redactUrl(url), ...result }, null, 2)}\n`);
      else (result.ok ? io.stdout : io.stderr)(`${redactUrl(url)}: ${result.message}${result.ok && anchor ? ` (reaches the anchor at entry ${anchor.seq})` : ''}\n`);
      return result.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
