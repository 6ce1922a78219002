/** The one place store adapters are registered: a URL prefix picks the adapter. */
import { isAbsolute, resolve } from 'node:path';
import { StoreError } from './errors.js';
import type { OpenStoreOptions } from './open-options.js';
import { openPglite, openSqlStore, pgClient, pgliteClient } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { UsageStore } from './usage-store.js';

export interface OpenUsageStoreOptions extends OpenStoreOptions {
  /** Directory relative `sqlite:` and `pglite:` paths resolve against (the CLI's cwd); default the process's. */
  cwd?: string;
}

interface Adapter {
  id: string;
  prefixes: readonly string[];
  example: string;
  open: (url: string, options: OpenUsageStoreOptions) => Promise<UsageStore>;
}

const localPath = (path: string, options: OpenUsageStoreOptions): string =>
  path === ':memory:' || isAbsolute(path) || options.cwd === undefined ? path : resolve(options.cwd, path);

/** `?schema=NAME` selects a PostgreSQL schema; it is ours, not the driver's, so it is removed before connecting. */
function splitSchema(url: string): { base: string; schema?: string } {
  const q = url.indexOf('?');
  if (q < 0) return { base: url };
  const params = new URLSearchParams(url.slice(q + 1));
  const schema = params.get('schema') ?? undefined;
  params.delete('schema');
  const rest = params.toString();
  const base = `${url.slice(0, q)}${rest ? `?${rest}` : ''}`;
  return schema === undefined ? { base } : { base, schema };
}

/** The URL as it may be printed: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

export const STORE_ADAPTERS = [
  {
    id: 'sqlite',
    prefixes: ['sqlite:'],
    example: 'sqlite:./switchboard.db',
    open: (url, options) => {
      const path = url.slice('sqlite:'.length);
      if (!path)
        return Promise.reject(
          new StoreError('unsupported-url', 'store: expected sqlite:PATH, got an empty path'),
        );
      return Promise.resolve(openSqliteStore(localPath(path, options), options));
    },
  },
  {
    id: 'postgres',
    prefixes: ['postgres://', 'postgresql://'],
    example: 'postgres://user@127.0.0.1:5432/db',
    open: (url, options) => {
      const { base, schema } = splitSchema(url);
      return openSqlStore(pgClient(base, redactUrl(base)), {
        ...options,
        ...(schema === undefined ? {} : { schema }),
      });
    },
  },
  {
    id: 'pglite',
    prefixes: ['pglite:'],
    example: 'pglite:memory or pglite:./dir',
    open: async (url, options) => {
      const { base, schema } = splitSchema(url);
      const dir = base.slice('pglite:'.length);
      if (!dir)
        throw new StoreError(
          'unsupported-url',
          'store: expected pglite:memory or pglite:DIR, got an empty path',
        );
      const db = await openPglite(dir === 'memory' ? undefined : localPath(dir, options));
      try {
        return await openSqlStore(pgliteClient(db, base), {
          ...options,
          ...(schema === undefined ? {} : { schema }),
        });
      } catch (e) {
        await db.close();
        throw e;
      }
    },
  },
] as const satisfies readonly Adapter[];

export type StoreKind = (typeof STORE_ADAPTERS)[number]['id'];

/** Opens the usage store a URL names: `sqlite:PATH`, `postgres://...` / `postgresql://...` (optional `?schema=`), `pglite:memory` / `pglite:DIR`. */
export async function openUsageStore(url: string, options: OpenUsageStoreOptions = {}): Promise<UsageStore> {
  const adapter = STORE_ADAPTERS.find((a) => a.prefixes.some((p) => url.startsWith(p)));
  if (!adapter) {
    throw new StoreError(
      'unsupported-url',
      `store: expected one of ${STORE_ADAPTERS.map((a) => a.example).join(', ')}; got ${JSON.stringify(redactUrl(url))}`,
    );
  }
  return adapter.open(url, options);
}
