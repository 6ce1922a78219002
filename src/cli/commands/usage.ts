import { fixedCostMicroUsd } from '../../core/routing/index.js';
import { renderUsageSummary, summarizeUsage, type UsageSummary } from '../../core/usage/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { UsageError, type Command } from '../support/io.js';
import { hourlyCosts, readRecords, resolveStoreUrl, usageWindow } from '../support/usage.js';

const USAGE = `switchboard usage (--config gateway.yaml | --store URL) [--since 7d] [--format text|json]

  --config FILE   gateway config; its store: field names the usage store
  --store URL     sqlite:PATH or postgres://user@host/db (?schema=NAME optional)
  --since WHEN    only requests since then: 30m, 24h, 7d, 4w or a date (2026-01-31); default all
  --format F      text (default) or json (money in integer micro-dollars and in USD)

Requests, tokens (input/output/cached), spend, error rate and p50/p95 latency, by workload and destination;
prompt-cache writes (and their 1-hour part) and requests whose tokens were estimated, when there are any.
With --config, self-hosted destinations' fixed cost too: hourlyCostUsd × the hours of the window.`;

interface FixedCost {
  destination: string;
  hourlyCostUsd: number;
  hours: number;
  costMicroUsd: number;
}

/** Self-hosted spend is the deployment's hours, not its tokens: from the window's start (or first record) to its end. */
function fixedCosts(hourly: ReadonlyMap<string, number>, summary: UsageSummary, firstRecord: number | null): FixedCost[] {
  const from = summary.since ?? firstRecord;
  if (from === null) return [];
  const ms = summary.until - from;
  return [...hourly].map(([destination, hourlyCostUsd]) => ({ destination, hourlyCostUsd, hours: Math.round((ms / 3_600_000) * 100) / 100, costMicroUsd: fixedCostMicroUsd(hourlyCostUsd, ms) }));
}

function renderFixed(rows: readonly FixedCost[], perToken: number): string {
  if (rows.length === 0) return '';
  const total = rows.reduce((s, r) => s + r.costMicroUsd, 0);
  const usd = (m: number): string => `$${(m / 1e6).toFixed(2)}`;
  const lines = rows.map((r) => `  ${r.destination}: ${usd(r.costMicroUsd)} (${r.hours} h × $${r.hourlyCostUsd}/h)`);
  return ['Self-hosted fixed cost (hourlyCostUsd × hours in the window)', ...lines, `Total spend with fixed cost: ${usd(perToken + total)}`, ''].join('\n');
}

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
    const firstRecord = records.reduce<number | null>((m, r) => (m === null || r.time < m ? r.time : m), null);
    const fixed = fixedCosts(await hourlyCosts(values.config, io), summary, firstRecord);
    io.stdout(
      format === 'json'
        ? `${JSON.stringify({ ...(toJson(summary) as object), selfHostedFixed: fixed.map((f) => ({ ...f, costUsd: f.costMicroUsd / 1e6 })) }, null, 2)}\n`
        : renderUsageSummary(summary) + renderFixed(fixed, summary.totals.costMicroUsd),
    );
    return 0;
  },
};
