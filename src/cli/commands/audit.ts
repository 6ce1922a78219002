import { redactUrl } from '../../stores/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { UsageError, type Command } from '../support/io.js';
import { openStoreForReading, resolveStoreUrl } from '../support/usage.js';

const USAGE = `switchboard audit verify (--config gateway.yaml | --store URL) [--format text|json]

  --config FILE   gateway config; its store: field names the usage store
  --store URL     sqlite:PATH or postgres://user@host/db (?schema=NAME optional)
  --format F      text (default) or json

Recomputes the SHA-256 chain over every routing decision. Exit 0 intact, 1 tampered (the first broken entry is named).`;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'verify the hash-chained audit log of routing decisions',
  usage: USAGE,
  run: async (args, io) => {
    const first = USAGE.split('\n')[0] ?? '';
    const { values, positionals } = parseCliArgs(
      args,
      { config: { type: 'string' }, store: { type: 'string' }, format: { type: 'string' } },
      first,
    );
    const [sub, ...extra] = positionals;
    if (sub !== 'verify')
      throw new UsageError(
        `${sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`}: expected verify\nusage: ${first}`,
      );
    if (extra.length > 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}\nusage: ${first}`);
    const format = enumFlag(values.format, 'format', ['text', 'json'] as const) ?? 'text';
    const url = await resolveStoreUrl(values, io);
    const store = await openStoreForReading(url, io);
    try {
      const result = await store.verifyAudit();
      if (format === 'json') io.stdout(`${JSON.stringify({ store: redactUrl(url), ...result }, null, 2)}\n`);
      else (result.ok ? io.stdout : io.stderr)(`${redactUrl(url)}: ${result.message}\n`);
      return result.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
