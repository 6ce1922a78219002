import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { UiBoot } from '../../ui/boot.js';
import { initialAssessment, startUiServer } from '../../ui/server/index.js';
import { numberFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { loadMeasuredUsage } from '../support/usage.js';
import { UsageError, type Command, type CliIo } from '../support/io.js';

const USAGE = 'switchboard ui [--profile FILE] [--port N] [--catalog FILE] [--usage URL [--since WHEN]]';

async function readProfileText(path: string, io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--profile ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
  }
  try {
    parseYaml(text, { uniqueKeys: true });
  } catch (e) {
    throw new UsageError(`--profile ${path}: not valid YAML: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`);
  }
  return text;
}

/** A store URL may carry a database password; the page shows it without. */
function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

export const uiCommand: Command = {
  name: 'ui',
  summary: 'open the local web app: edit a profile, see verdicts and charts live, browse the catalog, export the report',
  usage: USAGE,
  run: async (args, io) => {
    const { values } = parseCliArgs(args, { profile: { type: 'string' }, port: { type: 'string' }, catalog: { type: 'string' }, usage: { type: 'string' }, since: { type: 'string' } }, USAGE);
    const port = numberFlag(values.port, 'port', { min: 0, integer: true }) ?? 4178;
    if (port > 65_535) throw new UsageError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(values.port)}`);
    if (values.since !== undefined && values.usage === undefined) throw new UsageError('--since: only meaningful with --usage URL');
    const profileYaml = values.profile === undefined ? null : await readProfileText(values.profile, io);
    const catalog = values.catalog === undefined ? null : await loadCatalog(values.catalog, io);
    const now = new Date();
    // Same loader as `assess --usage`: the store's records, measured per workload; bad stores are exit 2.
    const measured = values.usage === undefined ? null : await loadMeasuredUsage(values.usage, { since: values.since, now }, io);
    const boot: UiBoot = {
      profileYaml,
      profileName: values.profile === undefined ? 'profile.yaml' : basename(values.profile),
      catalog,
      measured,
      usageNote: values.usage === undefined ? null : `Measured by the gateway, from ${withoutCredentials(values.usage)}${values.since === undefined ? '' : ` over the last ${values.since}`}.`,
    };
    let ui;
    try {
      ui = await startUiServer({ boot, port, initialReport: initialAssessment(boot, now) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UsageError(`--port ${port}: already in use; pick another or use --port 0 for a free one`);
      throw e;
    }
    io.stdout(`Switchboard UI on ${ui.url} (Ctrl-C to stop)\n`);
    await io.stopSignal;
    await ui.close();
    return 0;
  },
};
