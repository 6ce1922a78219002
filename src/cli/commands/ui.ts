import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { UiBoot } from '../../ui/boot.js';
import { initialAssessment, startUiServer } from '../../ui/server/index.js';
import { numberFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { UsageError, type Command, type CliIo } from '../support/io.js';

const USAGE = 'switchboard ui [--profile FILE] [--port N] [--catalog FILE] [--usage URL]';

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

export const uiCommand: Command = {
  name: 'ui',
  summary: 'open the local web app: edit a profile, see verdicts and charts live, browse the catalog, export the report',
  usage: USAGE,
  run: async (args, io) => {
    const { values } = parseCliArgs(args, { profile: { type: 'string' }, port: { type: 'string' }, catalog: { type: 'string' }, usage: { type: 'string' } }, USAGE);
    const port = numberFlag(values.port, 'port', { min: 0, integer: true }) ?? 4178;
    if (port > 65_535) throw new UsageError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(values.port)}`);
    if (values.usage !== undefined && !/^https?:\/\/[^\s]+$/.test(values.usage)) {
      throw new UsageError(`--usage: expected an http(s) URL of a Switchboard gateway, got ${JSON.stringify(values.usage)}`);
    }
    const profileYaml = values.profile === undefined ? null : await readProfileText(values.profile, io);
    const catalog = values.catalog === undefined ? null : await loadCatalog(values.catalog, io);
    const boot: UiBoot = {
      profileYaml,
      profileName: values.profile === undefined ? 'profile.yaml' : basename(values.profile),
      catalog,
      usage: null,
      usageNote: values.usage === undefined ? null : 'The guessed-vs-measured view is not part of this build; run `switchboard usage` for the comparison.',
    };
    let ui;
    try {
      ui = await startUiServer({ boot, port, initialReport: initialAssessment(boot, new Date()) });
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
