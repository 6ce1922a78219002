import { basename } from 'node:path';
import { checkProfileAgainstCatalog } from '../../core/assess/index.js';
import type { Catalog } from '../../core/catalog/index.js';
import { parseProfile, type Profile } from '../../core/profile/index.js';
import { formatIssues, type Issue } from '../../core/result.js';
import { parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { readDataFile } from '../support/files.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';

const USAGE = `switchboard validate <profile> [--catalog FILE]

  <profile>       YAML or JSON team profile (- for stdin); see docs/profile.md
  --catalog FILE  catalog overrides merged over the built-in catalog (pinned models are checked against it)

Exit 0 when valid; 2 with every problem listed as "path: message".`;

function invalid(path: string, issues: readonly Issue[]): UsageError {
  const n = issues.length;
  return new UsageError(`invalid profile ${path} (${n} problem${n === 1 ? '' : 's'}):\n${formatIssues(issues)}`);
}

const CATALOG_KEYS = ['openModels', 'closedModels', 'gpus', 'providers', 'channels', 'pricingContext'];

/** A catalog override given where a profile is expected (no team, catalog sections instead). */
function looksLikeCatalog(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || 'team' in raw) return false;
  return Object.keys(raw).some((k) => CATALOG_KEYS.includes(k));
}

/** Reads and validates a profile against the schema and the catalog; every problem at once, exit 2. */
export async function loadProfile(path: string, io: CliIo, catalog: Catalog): Promise<Profile> {
  const raw = await readDataFile(path, io, 'profile');
  const parsed = parseProfile(raw ?? {});
  if (!parsed.ok) {
    const e = invalid(path, parsed.issues);
    if (looksLikeCatalog(raw)) e.message += `\n${path} looks like a catalog file (openModels, closedModels, gpus...): pass it with --catalog ${path} next to a team profile`;
    throw e;
  }
  const pins = checkProfileAgainstCatalog(parsed.value, catalog);
  if (pins.length > 0) throw invalid(path, pins);
  return parsed.value;
}

export function profilePathArg(positionals: readonly string[], usage: string): string {
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(`missing <profile>\nusage: ${usage.split('\n')[0] ?? ''}`);
  if (extra.length > 0) throw new UsageError(`expected one profile, got ${positionals.join(' ')}\nusage: ${usage.split('\n')[0] ?? ''}`);
  return path;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a team profile and list every problem at once',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(args, { catalog: { type: 'string' } }, USAGE.split('\n')[0] ?? '');
    const path = profilePathArg(positionals, USAGE);
    const catalog = await loadCatalog(values.catalog, io);
    const profile = await loadProfile(path, io, catalog);
    const n = profile.workloads.length;
    io.stdout(`${path === '-' ? 'stdin' : basename(path)}: valid (${profile.team.name}, ${n} workload${n === 1 ? '' : 's'})\n`);
    return 0;
  },
};
