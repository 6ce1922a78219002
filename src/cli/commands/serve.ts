import { classify } from '../../core/detector/index.js';
import { formatIssues } from '../../core/result.js';
import { parseGatewayConfig } from '../../core/routing/index.js';
import { GatewayStartError, startGateway } from '../../gateway/index.js';
import { openUsageStore, redactUrl } from '../../stores/index.js';
import { parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { readDataFile } from '../support/files.js';
import { UsageError, type Command } from '../support/io.js';

const USAGE = 'switchboard serve --config gateway.yaml [--listen host:port]';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the OpenAI/Anthropic-compatible gateway that routes by data sensitivity and fails closed',
  usage: USAGE,
  run: async (args, io) => {
    const { values } = parseCliArgs(args, { config: { type: 'string', short: 'c' }, listen: { type: 'string' } }, USAGE);
    if (!values.config) throw new UsageError(`--config is required\nusage: ${USAGE}`);
    const parsed = parseGatewayConfig(await readDataFile(values.config, io, 'config'));
    if (!parsed.ok) throw new UsageError(`config ${values.config}:\n${formatIssues(parsed.issues)}`);
    const config = parsed.value;
    if (values.listen !== undefined && !/^[^:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(values.listen)) throw new UsageError(`--listen: expected host:port, got ${JSON.stringify(values.listen)}`);
    const catalog = await loadCatalog(config.catalog, io);
    let store;
    try {
      store = await openUsageStore(config.store, { cwd: io.cwd });
    } catch (e) {
      throw new UsageError(`store ${redactUrl(config.store)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    let running;
    try {
      running = await startGateway({ config, store, classify: (b) => classify(b), catalog, env: io.env, ...(values.listen ? { listen: values.listen } : {}) });
    } catch (e) {
      await store.close();
      if (e instanceof GatewayStartError) throw new UsageError(`config ${values.config}:\n${e.message}`);
      const code = (e as { code?: string }).code;
      throw new UsageError(`cannot listen on ${values.listen ?? config.listen}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
    }
    for (const w of running.gateway.runtime.warnings) io.stderr(`warning: ${w}\n`);
    io.stdout(`switchboard gateway listening on ${running.url} (store ${redactUrl(config.store)}, ${config.routes.length} route(s), ${config.keys.length} key(s))\n`);
    await io.stopSignal;
    await running.close();
    await store.close();
    io.stdout('switchboard gateway stopped\n');
    return 0;
  },
};
