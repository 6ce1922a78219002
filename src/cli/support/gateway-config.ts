/** A gateway.yaml read for a command: checked with the gateway's own schema, every problem named by its field. */
import { formatIssues } from '../../core/result.js';
import { parseGatewayConfig, type GatewayConfig } from '../../core/routing/index.js';
import { readDataFile } from './files.js';
import { UsageError, type CliIo } from './io.js';

/**
 * Reads `path` and validates it as `switchboard serve` would. A list, a scalar or a team profile (which used to
 * pass and fall back to the default store) get a sentence of their own; anything else the schema's issues.
 */
export async function readGatewayConfig(path: string, io: CliIo): Promise<Readonly<GatewayConfig>> {
  const raw = await readDataFile(path, io, 'config');
  if (raw === null || raw === undefined) throw new UsageError(`config ${path}: the file is empty; expected a gateway config (store, destinations, routes)`);
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new UsageError(`config ${path}: expected a gateway config (an object with store, destinations, routes), got ${Array.isArray(raw) ? 'a list' : JSON.stringify(raw)}`);
  if (('team' in raw || 'workloads' in raw) && !('destinations' in raw) && !('routes' in raw))
    throw new UsageError(`config ${path}: this is a team profile, not a gateway config; give the gateway.yaml written by \`switchboard plan ${path} --out DIR\``);
  const parsed = parseGatewayConfig(raw);
  if (!parsed.ok) throw new UsageError(`config ${path}:\n${formatIssues(parsed.issues)}`);
  return parsed.value;
}

/** The store URL with the password from `ops.storePasswordEnv` merged in, so it never sits in gateway.yaml. */
export function storeUrl(config: Readonly<GatewayConfig>, env: CliIo['env']): string {
  const name = config.ops.storePasswordEnv;
  if (name === undefined) return config.store;
  const password = env[name];
  if (!password) throw new UsageError(`ops.storePasswordEnv: environment variable ${name} is not set`);
  if (!/^postgres(ql)?:\/\//.test(config.store)) throw new UsageError('ops.storePasswordEnv: only a postgres:// store takes a password');
  const u = new URL(config.store);
  if (u.password) throw new UsageError('store: the URL already has a password; remove it from gateway.yaml when ops.storePasswordEnv is set');
  u.password = password;
  return u.toString();
}
