import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { classify } from '../../core/detector/index.js';
import { buildEvidence, renderEvalText, summarizeRun, type EvalRun, type EvalSummary } from '../../core/eval/index.js';
import { formatIssues } from '../../core/result.js';
import { parseGatewayConfig, type GatewayConfig } from '../../core/routing/index.js';
import { loadSuite } from '../eval/load-suite.js';
import { progressReporter } from '../eval/progress.js';
import { renderReport, REPORT_FORMATS, reportFormatOf, type ReportFormat } from '../eval/render.js';
import { runSuite } from '../eval/run-suite.js';
import { fromShadow } from '../eval/from-shadow.js';
import { resolveTargets } from '../eval/targets.js';
import { enumFlag, numberFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { readDataFile } from '../support/files.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';

const USAGE = `switchboard eval --suite FILE --config gateway.yaml --candidates A,B [options]
       switchboard eval --from-shadow --config gateway.yaml [--since 7d] [--workload NAME] [options]

  --suite FILE         YAML/JSON suite, or JSONL (one prompt per line)
  --config FILE        gateway config: destinations, and the route whose data policy applies
  --candidates A,B     destinations to compare (names in the gateway config)
  --baseline NAME      the reference destination: parity and pairwise wins are measured against it
  --judge NAME|none    judge destination (default: the suite's judge.destination)
  --judge-mode M       score (1-10 per answer) or pairwise (vs the baseline, both orders)
  --concurrency N      requests in flight (default 4)
  --max-usd X          stop before API spend (answers and judge) exceeds X; results so far are kept
  --margin P           points of difference still called parity (default 3)
  --seed N             bootstrap seed (default 42)
  --out FILE           write evidence JSON (versioned) for a workload's qualityEvidence
  --report FILE        also write the report; format from the extension (.html .md .json .txt)
  --format F           stdout format: text (default), json, markdown, html
  --from-shadow        summarise shadow traffic from the usage store instead of running a suite
  --since WHEN         with --from-shadow: 30m, 24h, 7d, 4w or a date (default 7d)
  --workload NAME      JSONL suites without a header line; with --from-shadow, one route only

Exit codes: 0 complete; 2 bad input (nothing sent); 3 partial results (failed prompts, budget reached,
interrupted), report and evidence still written.`;

const first = USAGE.split('\n')[0] ?? '';

async function loadConfig(path: string | undefined, io: CliIo): Promise<Readonly<GatewayConfig>> {
  if (!path) throw new UsageError(`--config is required\nusage: ${first}`);
  const parsed = parseGatewayConfig(await readDataFile(path, io, 'config'));
  if (!parsed.ok) throw new UsageError(`config ${path}:\n${formatIssues(parsed.issues)}`);
  return parsed.value;
}

async function writeOut(path: string, text: string, io: CliIo, what: string): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, path), text, 'utf8');
  } catch (e) {
    throw new UsageError(`${what} ${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Prints and writes the outputs of a finished run; 3 when the results are partial. */
async function emit(summary: EvalSummary, opts: { format: ReportFormat; out?: string | undefined; report?: string | undefined; source: 'suite' | 'shadow'; generatedAt: string }, io: CliIo): Promise<number> {
  io.stdout(opts.format === 'text' ? renderEvalText(summary) : renderReport(summary, opts.format));
  if (opts.report !== undefined) await writeOut(opts.report, renderReport(summary, reportFormatOf(opts.report)), io, '--report');
  if (opts.out !== undefined) {
    await writeOut(opts.out, `${JSON.stringify(buildEvidence(summary, { generatedAt: opts.generatedAt, source: opts.source }), null, 2)}\n`, io, '--out');
    io.stderr(`evidence written to ${opts.out}\n`);
  }
  const partial = summary.stopped !== undefined || summary.candidates.some((c) => c.prompts.failed > 0 || c.prompts.skipped > 0 || c.judge.failed > 0 || c.judge.unreadable > 0);
  return partial ? 3 : 0;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: "compare candidate models on the team's own prompts (or shadow traffic), within the data policy",
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(
      args,
      {
        suite: { type: 'string' },
        config: { type: 'string', short: 'c' },
        candidates: { type: 'string' },
        baseline: { type: 'string' },
        judge: { type: 'string' },
        'judge-mode': { type: 'string' },
        concurrency: { type: 'string' },
        'max-usd': { type: 'string' },
        margin: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        format: { type: 'string' },
        'from-shadow': { type: 'boolean' },
        since: { type: 'string' },
        workload: { type: 'string' },
      },
      first,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}\nusage: ${first}`);
    const format = enumFlag(values.format, 'format', REPORT_FORMATS) ?? 'text';
    if (values.report !== undefined) reportFormatOf(values.report);
    const margin = numberFlag(values.margin, 'margin', { min: 0 }) ?? 3;
    const seed = numberFlag(values.seed, 'seed', { integer: true }) ?? 42;
    const config = await loadConfig(values.config, io);
    const generatedAt = new Date().toISOString();

    if (values['from-shadow']) {
      if (values.suite !== undefined) throw new UsageError('give either --suite or --from-shadow, not both');
      const catalog = await loadCatalog(config.catalog, io);
      const summary = await fromShadow({ config, catalog, since: values.since ?? '7d', workload: values.workload, seed, margin, now: new Date() }, io);
      return emit(summary, { format, out: values.out, report: values.report, source: 'shadow', generatedAt }, io);
    }
    if (values.suite === undefined) throw new UsageError(`--suite is required (or --from-shadow)\nusage: ${first}`);
    const judgeMode = enumFlag(values['judge-mode'], 'judge-mode', ['score', 'pairwise'] as const);
    const concurrency = numberFlag(values.concurrency, 'concurrency', { min: 1, integer: true }) ?? 4;
    const maxUsd = numberFlag(values['max-usd'], 'max-usd', { min: 0 });
    const { suite, identity } = await loadSuite(values.suite, io, values.workload);
    const targets = resolveTargets({ config, suite, candidates: values.candidates, baseline: values.baseline, judge: values.judge, judgeMode, env: io.env, classify: (b) => classify(b) });
    for (const n of targets.notes) io.stderr(`note: ${n}\n`);
    const catalog = await loadCatalog(config.catalog, io);
    const stop = new AbortController();
    void io.stopSignal.then(() => stop.abort());
    const bar = progressReporter(io.stderr, io.isTty);
    let run: EvalRun;
    try {
      run = await runSuite({
        suite,
        identity,
        config,
        route: targets.route,
        candidates: targets.candidates,
        baseline: targets.baseline,
        judge: targets.judge,
        catalog,
        env: io.env,
        classify: (b) => classify(b),
        concurrency,
        maxUsd,
        clock: () => performance.now(),
        now: () => new Date(),
        signal: stop.signal,
        onProgress: bar.update,
      });
    } finally {
      bar.end();
    }
    const summary = summarizeRun(run, { seed, margin });
    return emit(summary, { format, out: values.out, report: values.report, source: 'suite', generatedAt }, io);
  },
};
