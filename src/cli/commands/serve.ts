import { classify } from '../../core/detector/index.js';
import { formatIssues } from '../../core/result.js';
import { parseGatewayConfig, type GatewayConfig } from '../../core/routing/index.js';
import { GatewayStartError, startGateway } from '../../gateway/index.js';
import { createLogger } from '../../gateway/ops/logger.js';
import { openUsageStore, redactUrl } from '../../stores/index.js';
import { parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { readDataFile } from '../support/files.js';
import { storeUrl } from '../support/gateway-config.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';

const USAGE = 'switchboard serve --config gateway.yaml [--listen host:port]';

export { storeUrl };

async function readConfig(path: string, io: CliIo): Promise<Readonly<GatewayConfig>> {
  const parsed = parseGatewayConfig(await readDataFile(path, io, 'config'));
  if (!parsed.ok) throw new UsageError(`config ${path}:\n${formatIssues(parsed.issues)}`);
  return parsed.value;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the OpenAI/Anthropic-compatible gateway that routes by data sensitivity and fails closed',
  usage: `${USAGE}

  SIGHUP   re-reads the config and the store's keys; an invalid config keeps the running one (the log says why)
  SIGTERM  stops accepting, fails /readyz, lets in-flight requests and streams finish (ops.drainTimeoutMs), flushes records`,
  run: async (args, io) => {
    const { values } = parseCliArgs(args, { config: { type: 'string', short: 'c' }, listen: { type: 'string' } }, USAGE);
    if (!values.config) throw new UsageError(`--config is required\nusage: ${USAGE}`);
    const configPath = values.config;
    let config = await readConfig(configPath, io);
    if (values.listen !== undefined && !/^[^:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(values.listen)) throw new UsageError(`--listen: expected host:port, got ${JSON.stringify(values.listen)}`);
    const catalog = await loadCatalog(config.catalog, io);
    const url = storeUrl(config, io.env);
    let store;
    try {
      store = await openUsageStore(url, { cwd: io.cwd });
    } catch (e) {
      throw new UsageError(`store ${redactUrl(url)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const log = createLogger(config.ops.logLevel, { write: (line: string) => io.stdout(line) });
    let running;
    try {
      running = await startGateway({ config, store, classify: (b) => classify(b), catalog, env: io.env, logger: log, ...(values.listen ? { listen: values.listen } : {}) });
    } catch (e) {
      await store.close();
      if (e instanceof GatewayStartError) throw new UsageError(`config ${configPath}:\n${e.message}`);
      const code = (e as { code?: string }).code;
      throw new UsageError(`cannot listen on ${values.listen ?? config.listen}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
    }
    for (const w of running.gateway.runtime.warnings) io.stderr(`warning: ${w}\n`);
    io.stdout(`switchboard gateway listening on ${running.url} (store ${redactUrl(url)}, ${config.routes.length} route(s), ${config.keys.length} config key(s), ${running.gateway.runtime.ops.keys.size} key(s) in all)${running.adminUrl ? `; admin on ${running.adminUrl}` : ''}\n`);
    log.info({ event: 'started', url: running.url, adminUrl: running.adminUrl, store: redactUrl(url) }, 'gateway started');

    const reload = async (): Promise<void> => {
      let next: Readonly<GatewayConfig>;
      try {
        next = await readConfig(configPath, io);
      } catch (e) {
        log.error({ event: 'reload.rejected', reason: e instanceof Error ? e.message : String(e) }, 'config reload rejected; the running config stays');
        return;
      }
      const fixed = (['store', 'listen'] as const).filter((k) => next[k] !== config[k]);
      if (next.ops.adminListen !== config.ops.adminListen) fixed.push('ops.adminListen' as never);
      if (fixed.length > 0) {
        log.error({ event: 'reload.rejected', reason: `${fixed.join(', ')} cannot change without a restart` }, 'config reload rejected; the running config stays');
        return;
      }
      const swapped = running.reload(next);
      if (!swapped.ok) {
        log.error({ event: 'reload.rejected', reason: formatIssues(swapped.issues) }, 'config reload rejected; the running config stays');
        return;
      }
      config = next;
      await running.gateway.runtime.ops.keys.refresh();
      for (const w of swapped.value.warnings) log.warn({ event: 'reload.warning' }, w);
      log.info({ event: 'reloaded', routes: next.routes.length, keys: running.gateway.runtime.ops.keys.size }, 'config reloaded');
    };
    let reloading = Promise.resolve();
    const unsubscribe = io.onReload?.(() => {
      reloading = reloading.then(reload);
    });

    await io.stopSignal;
    unsubscribe?.();
    await reloading;
    log.info({ event: 'draining', timeoutMs: config.ops.drainTimeoutMs }, 'draining: no new connections; waiting for in-flight requests');
    const drained = await running.close(config.ops.drainTimeoutMs);
    await store.close();
    log.info({ event: 'stopped', ...drained }, 'gateway stopped');
    log.flush();
    io.stdout('switchboard gateway stopped\n');
    return 0;
  },
};
