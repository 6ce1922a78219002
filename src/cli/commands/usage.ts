import { renderUsageSummary, summarizeUsage, type UsageSummary } from '../../core/usage/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { UsageError, type Command } from '../support/io.js';
import { readRecords, resolveStoreUrl, usageWindow } from '../support/usage.js';

const USAGE = `switchboard usage (--config gateway.yaml | --store URL) [--since 7d] [--format text|json]

  --config FILE   gateway config; its store: field names the usage store
  --store URL     sqlite:PATH or postgres://user@host/db (?schema=NAME optional)
  --since WHEN    only requests since then: 30m, 24h, 7d, 4w or a date (2026-01-31); default all
  --format F      text (default) or json (money in integer micro-dollars and in USD)

Requests, tokens (input/output/cached), spend, error rate and p50/p95 latency, by workload and destination.`;

function toJson(s: UsageSummary): unknown {
  const usd = <T extends { costMicroUsd: number }>(g: T) => ({ ...g, costUsd: g.costMicroUsd / 1e6 });
  return {
    since: s.since === null ? null : new Date(s.since).toISOString(),
    until: new Date(s.until).toISOString(),
    totals: usd(s.totals),
    byWorkload: s.byWorkload.map(usd),
    byDestination: s.byDestination.map(usd),
  };
}

export const usageCommand: Command = {
  name: 'usage',
  summary: 'requests, tokens, spend, errors and latency from the gateway usage store',
  usage: USAGE,
  run: async (args, io) => {
    const first = USAGE.split('\n')[0] ?? '';
    const { values, positionals } = parseCliArgs(
      args,
      {
        config: { type: 'string' },
        store: { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string' },
      },
      first,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}\nusage: ${first}`);
    const format = enumFlag(values.format, 'format', ['text', 'json'] as const) ?? 'text';
    const url = await resolveStoreUrl(values, io);
    const window = usageWindow(values.since, new Date());
    const records = await readRecords(url, window, io);
    const summary = summarizeUsage(records, {
      ...(window.since === null ? {} : { since: window.since }),
      until: window.until,
    });
    io.stdout(
      format === 'json' ? `${JSON.stringify(toJson(summary), null, 2)}\n` : renderUsageSummary(summary),
    );
    return 0;
  },
};
