import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assess } from '../../core/assess/index.js';
import type { Catalog } from '../../core/catalog/index.js';
import type { Profile } from '../../core/profile/index.js';
import { hint } from '../../core/validation/index.js';
import { REPORT_FORMATS, renderReport, type Report, type ReportFormat } from '../../core/report/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { loadProfile, profilePathArg } from './validate.js';

const USAGE = `switchboard assess <profile> [--detail | --workload NAME] [--format text|json|markdown|html] [--out FILE]

  <profile>         YAML or JSON team profile (- for stdin); see docs/profile.md
  --detail          text: add every workload's reasons, what would flip it, excluded APIs, the
                    assumptions and the sources (the default is one screen: verdict, table, one
                    entry per workload)
  --workload NAME   text: one workload in full, with its assumptions and the sources
  --format FORMAT   text (default; 80 columns, colour on a terminal), json (docs/report-schema.md),
                    markdown, html (self-contained file); inferred from --out's extension when omitted
                    (json, markdown and html always hold everything)
  --out FILE        write the report to FILE instead of stdout
  --catalog FILE    prices and models merged over the built-in catalog by id
  --usage URL       re-assess on volumes measured by the gateway (sqlite:PATH or postgres://...),
                    with a guessed-vs-measured comparison
  --since WHEN      with --usage: the window to measure (30d, 12w, or a date; default all)`;

const BY_EXTENSION: Record<string, ReportFormat> = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.txt': 'text' };

function formatFor(flag: string | undefined, out: string | undefined): ReportFormat {
  const given = enumFlag(flag, 'format', REPORT_FORMATS);
  if (given) return given;
  const ext = out?.toLowerCase().match(/\.[a-z]+$/)?.[0];
  return (ext === undefined ? undefined : BY_EXTENSION[ext]) ?? 'text';
}

interface Outcome {
  report: Report;
  /** The guessed-vs-measured section, text or markdown, when --usage was given. */
  comparison: (format: 'text' | 'markdown') => string;
}

async function run(profile: Profile, catalog: Catalog, flags: { usage?: string | undefined; since?: string | undefined; path: string }, io: CliIo): Promise<Outcome> {
  const now = new Date();
  // Workloads that cite eval evidence: read here, judged in the core.
  const qualityEvidence = profile.workloads.some((w) => w.qualityEvidence !== undefined) ? await (await import('../eval/load-evidence.js')).loadQualityEvidence(profile, flags.path, io) : undefined;
  if (flags.usage === undefined) return { report: assess(profile, catalog, { now, qualityEvidence }), comparison: () => '' };
  // Loaded only with --usage: the store drivers are the slowest imports of a cold start.
  const [{ loadMeasuredUsage, usageWindow }, { reassessFromUsage, renderUsageComparison }] = await Promise.all([import('../support/usage.js'), import('../../core/usage/index.js')]);
  const measured = await loadMeasuredUsage(flags.usage, { since: flags.since, now }, io);
  const r = reassessFromUsage({ profile, catalog, measured, now, window: usageWindow(flags.since, now), qualityEvidence });
  return { report: r.report, comparison: (f) => renderUsageComparison({ samples: r.samples, rows: r.rows, warnings: r.warnings, changes: r.changes, guessedReport: r.guessedReport, report: r.report }, f) };
}

export const assessCommand: Command = {
  name: 'assess',
  summary: 'verdict per workload (open or closed) and for the team, with reasons, costs and what would flip it',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(
      args,
      { format: { type: 'string' }, out: { type: 'string' }, catalog: { type: 'string' }, usage: { type: 'string' }, since: { type: 'string' }, detail: { type: 'boolean' }, workload: { type: 'string' } },
      USAGE.split('\n')[0] ?? '',
    );
    const path = profilePathArg(positionals, USAGE);
    const format = formatFor(values.format, values.out);
    if (values.since !== undefined && values.usage === undefined) throw new UsageError('--since: only meaningful with --usage URL');
    if ((values.detail === true || values.workload !== undefined) && format !== 'text') {
      throw new UsageError(`--${values.detail === true ? 'detail' : 'workload'}: only for the text format; ${format} always holds every workload in full`);
    }
    if (values.detail === true && values.workload !== undefined) throw new UsageError('--detail and --workload: choose one');
    const catalog = await loadCatalog(values.catalog, io);
    const profile = await loadProfile(path, io, catalog);
    const { report, comparison } = await run(profile, catalog, { ...values, path }, io);
    if (values.workload !== undefined && !report.workloads.some((w) => w.name === values.workload)) {
      throw new UsageError(`--workload: no workload named "${values.workload}"${hint(values.workload, report.workloads.map((w) => w.name))}; the profile has ${report.workloads.map((w) => w.name).join(', ')}`);
    }
    const body = renderReport(report, format, { color: values.out === undefined && io.isTty, detail: values.detail === true, ...(values.workload === undefined ? {} : { workload: values.workload }) });
    // With --usage, the guessed-vs-measured comparison comes first: it is what changed.
    const text = (format === 'text' || format === 'markdown') && values.usage !== undefined ? `${comparison(format)}\n${body}` : body;
    if (values.out === undefined) {
      io.stdout(text);
      return 0;
    }
    try {
      await writeFile(resolve(io.cwd, values.out), text, 'utf8');
    } catch (e) {
      throw new UsageError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    io.stdout(`${report.verdict}: ${report.summary}\nwrote ${format} report to ${values.out}\n`);
    return 0;
  },
};
