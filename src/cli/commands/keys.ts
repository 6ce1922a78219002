import { randomBytes } from 'node:crypto';
import { formatIssues } from '../../core/result.js';
import { parseGatewayConfig } from '../../core/routing/index.js';
import { sha256Hex } from '../../gateway/index.js';
import { openUsageStore, redactUrl, StoreError, type StoredKey, type UsageStore } from '../../stores/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { readDataFile } from '../support/files.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { storeUrl } from '../support/gateway-config.js';

const USAGE = `switchboard keys <create|list|revoke|rotate> [options]

  create --id ID --workload W [--expires 90d] [--rpm N] [--tpm N] [--config gateway.yaml | --store URL]
           prints a new key once; with --config/--store the store keeps its SHA-256 and every gateway
           replica accepts it within ops.keyRefreshMs; without, prints the line to add under keys: in gateway.yaml
  list   (--config gateway.yaml | --store URL) [--format text|json]
  revoke --id ID (--config ... | --store ...)           every secret of the key id stops working on every replica
  rotate --id ID [--grace 24h] (--config ... | --store ...)  a new secret; the old ones keep working for the grace period

  --expires / --grace take 30m, 24h, 90d or 4w; --rpm / --tpm are this key's requests / tokens per minute.`;
const FIRST = 'switchboard keys <create|list|revoke|rotate> [options]';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

function duration(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)([mhdw])$/.exec(value.trim());
  if (!m) throw new UsageError(`--${flag}: expected a duration such as 30m, 24h, 90d or 4w, got ${JSON.stringify(value)}`);
  return Number(m[1]) * UNITS[m[2]!]!;
}

function perMinute(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(`--${flag}: expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

function name(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`--${flag} is required\nusage: ${FIRST}`);
  if (!NAME.test(value)) throw new UsageError(`--${flag}: expected a name of letters, digits, ".", "_" or "-", got ${JSON.stringify(value)}`);
  return value;
}

/** The store behind --config (its routes too, to check workloads) or --store. */
async function target(values: { config?: string | undefined; store?: string | undefined }, io: CliIo, create: boolean): Promise<{ store: UsageStore; url: string; workloads: Set<string> | null }> {
  if (values.config !== undefined && values.store !== undefined) throw new UsageError('give either --config or --store, not both');
  let url: string;
  let workloads: Set<string> | null = null;
  if (values.config !== undefined) {
    const parsed = parseGatewayConfig(await readDataFile(values.config, io, 'config'));
    if (!parsed.ok) throw new UsageError(`config ${values.config}:\n${formatIssues(parsed.issues)}`);
    url = storeUrl(parsed.value, io.env);
    workloads = new Set(parsed.value.routes.map((r) => r.workload));
  } else if (values.store !== undefined) url = values.store;
  else throw new UsageError('missing --config gateway.yaml or --store URL');
  try {
    return { store: await openUsageStore(url, { create, cwd: io.cwd }), url, workloads };
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
}

const status = (k: StoredKey, now: number): string => (k.revokedAt !== null ? 'revoked' : k.expiresAt !== null && k.expiresAt <= now ? 'expired' : k.expiresAt !== null ? `expires ${new Date(k.expiresAt).toISOString()}` : 'active');

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list, revoke and rotate gateway API keys (the store keeps only their SHA-256)',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(
      args,
      { id: { type: 'string' }, workload: { type: 'string' }, config: { type: 'string' }, store: { type: 'string' }, expires: { type: 'string' }, grace: { type: 'string' }, rpm: { type: 'string' }, tpm: { type: 'string' }, format: { type: 'string' } },
      FIRST,
    );
    const [sub, ...extra] = positionals;
    if (sub === undefined || !['create', 'list', 'revoke', 'rotate'].includes(sub) || extra.length > 0) throw new UsageError(`expected one subcommand: create, list, revoke or rotate\nusage: ${FIRST}`);
    const now = Date.now();
    const secret = (): string => `sk-sb-${randomBytes(32).toString('base64url')}`;

    if (sub === 'create' && values.config === undefined && values.store === undefined) {
      const id = name(values.id, 'id');
      const workload = name(values.workload, 'workload');
      if (values.expires !== undefined || values.rpm !== undefined || values.tpm !== undefined) throw new UsageError('--expires, --rpm and --tpm need a store: add --config gateway.yaml or --store URL');
      const key = secret();
      io.stdout([`key: ${key}`, 'Give it to the application now; it is not stored and cannot be shown again.', 'Add this line under `keys:` in gateway.yaml:', `  - { id: ${id}, workload: ${workload}, sha256: ${sha256Hex(key)} }`, ''].join('\n'));
      return 0;
    }

    const { store, url, workloads } = await target(values, io, sub === 'create');
    try {
      if (sub === 'list') {
        const format = enumFlag(values.format, 'format', ['text', 'json'] as const) ?? 'text';
        const keys = await store.keys.list();
        if (format === 'json') io.stdout(`${JSON.stringify(keys.map((k) => ({ ...k, sha256: undefined, fingerprint: k.sha256.slice(0, 12), status: status(k, now) })), null, 2)}\n`);
        else if (keys.length === 0) io.stdout(`no keys in ${redactUrl(url)}\n`);
        else for (const k of keys) io.stdout(`${k.id}\t${k.workload}\t${k.sha256.slice(0, 12)}\t${status(k, now)}\tcreated ${new Date(k.createdAt).toISOString()}${k.requestsPerMinute ? `\t${k.requestsPerMinute} rpm` : ''}${k.tokensPerMinute ? `\t${k.tokensPerMinute} tpm` : ''}\n`);
        return 0;
      }
      const id = name(values.id, 'id');
      if (sub === 'revoke') {
        const n = await store.keys.revoke(id, now);
        if (n === 0) throw new UsageError(`--id: no active key "${id}" in ${redactUrl(url)}`, 1);
        io.stdout(`revoked ${n} secret(s) of key "${id}"; every gateway replica refuses it within its ops.keyRefreshMs (2 s by default)\n`);
        return 0;
      }
      const existing = (await store.keys.list()).filter((k) => k.id === id);
      const workload = sub === 'create' ? name(values.workload, 'workload') : existing.at(-1)?.workload;
      if (workload === undefined) throw new UsageError(`--id: no key "${id}" in ${redactUrl(url)} to rotate`, 1);
      if (workloads && !workloads.has(workload)) throw new UsageError(`--workload: no route for workload "${workload}" in the config; known: ${[...workloads].join(', ')}`);
      const expires = duration(values.expires, 'expires');
      const last = existing.at(-1);
      const key = secret();
      const record: StoredKey = {
        id,
        workload,
        sha256: sha256Hex(key),
        createdAt: now,
        expiresAt: expires === undefined ? (sub === 'rotate' ? (last?.expiresAt ?? null) : null) : now + expires,
        revokedAt: null,
        requestsPerMinute: perMinute(values.rpm, 'rpm') ?? (sub === 'rotate' ? (last?.requestsPerMinute ?? null) : null),
        tokensPerMinute: perMinute(values.tpm, 'tpm') ?? (sub === 'rotate' ? (last?.tokensPerMinute ?? null) : null),
      };
      if (sub === 'create') {
        if (existing.some((k) => k.revokedAt === null && (k.expiresAt === null || k.expiresAt > now))) throw new UsageError(`--id: key "${id}" already exists; use keys rotate to give it a new secret`);
        await store.keys.create(record);
      } else {
        const grace = duration(values.grace ?? '24h', 'grace')!;
        const n = await store.keys.rotate(record, now + grace);
        io.stderr(`the ${n} previous secret(s) of "${id}" stop working at ${new Date(now + grace).toISOString()}\n`);
      }
      io.stdout(`key: ${key}\nGive it to the application now; it is not stored and cannot be shown again.\nStored in ${redactUrl(url)} for workload "${workload}"${record.expiresAt ? `, expires ${new Date(record.expiresAt).toISOString()}` : ''}; gateways accept it within ops.keyRefreshMs.\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
