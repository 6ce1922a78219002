import { classify } from '../../core/detector/index.js';
import { defaultCatalog, type Catalog, type ClosedModel } from '../../core/catalog/index.js';
import { parseGatewayConfig, type GatewayConfigInput } from '../../core/routing/index.js';
import type { UsageStore } from '../../stores/usage-store.js';
import { sha256Hex } from '../auth.js';
import type { GatewayOptions } from '../runtime.js';
import { startGateway, type RunningGateway } from '../server.js';
import { startFakeAnthropic } from './fake-anthropic.js';
import { startFakeOpenAi } from './fake-openai.js';
import type { FakeUpstream } from './fake-upstream.js';
import { MemoryStore } from './memory-store.js';

export const NOTES_KEY = 'sk-sb-notes-0123456789abcdef';
export const CHAT_KEY = 'sk-sb-chat-0123456789abcdef';
export const SSN_TEXT = 'Patient John Smith, SSN 123-45-6789, reports chest pain.';

const price = (id: string, provider: string, input: number, cached: number, output: number, cacheWrite?: number, cacheWrite1h?: number): ClosedModel => ({
  id,
  provider,
  name: id,
  quality: 'strong',
  domains: ['general'],
  inputUsdPerMTok: input,
  outputUsdPerMTok: output,
  cachedInputUsdPerMTok: cached,
  ...(cacheWrite === undefined ? {} : { cacheWriteUsdPerMTok: cacheWrite }),
  ...(cacheWrite1h === undefined ? {} : { cacheWrite1hUsdPerMTok: cacheWrite1h }),
  batchDiscount: null,
  longContext: [],
  contextWindowTokens: 128_000,
  fineTuning: 'none',
  deprecated: false,
  sources: [{ url: 'test', asOf: '2026-11' }],
  confidence: 'high',
});

/** The shipped catalog plus two test models with round prices (USD per million tokens; claude-test writes its cache at 1.25x input for 5 minutes, 2x for 1 hour). */
export function testCatalog(): Catalog {
  const base = defaultCatalog();
  return { ...base, closedModels: [...base.closedModels, price('gpt-test', 'openai', 2.5, 1.25, 10), price('claude-test', 'anthropic', 3, 0.3, 15, 3.75, 6)] };
}

export interface Harness {
  local: FakeUpstream & { baseUrl: string };
  gpt: FakeUpstream & { baseUrl: string };
  claude: FakeUpstream & { baseUrl: string };
  store: MemoryStore;
  gw: RunningGateway;
  url: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  store?: UsageStore;
  edit?: (cfg: GatewayConfigInput) => void;
  gateway?: Partial<GatewayOptions>;
}

/** Three loopback fakes (self-hosted vLLM-like, OpenAI, Anthropic) behind a gateway with two workloads. */
export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const [local, gpt, claude] = await Promise.all([startFakeOpenAi(), startFakeOpenAi(), startFakeAnthropic()]);
  const cfg: GatewayConfigInput = {
    listen: '127.0.0.1:0',
    destinations: {
      local: { kind: 'self-hosted', api: 'openai', baseUrl: local.baseUrl, model: 'meta-llama/Llama-3.1-8B-Instruct', maxRetries: 1, timeoutMs: 3_000 },
      gpt: { kind: 'third-party', api: 'openai', baseUrl: gpt.baseUrl, model: 'gpt-test', apiKeyEnv: 'OPENAI_API_KEY', allowPrivateNetwork: true, maxRetries: 1, timeoutMs: 3_000 },
      claude: { kind: 'third-party', api: 'anthropic', baseUrl: claude.baseUrl, model: 'claude-test', apiKeyEnv: 'ANTHROPIC_API_KEY', allowPrivateNetwork: true, maxRetries: 1, timeoutMs: 3_000 },
    },
    routes: [
      { workload: 'notes', dataMayLeave: 'with-baa-and-zdr', sensitive: ['local'], default: ['gpt', 'local'] },
      { workload: 'chat', dataMayLeave: 'anywhere', sensitive: ['local'], default: ['claude', 'local'] },
    ],
    keys: [
      { id: 'notes-app', workload: 'notes', sha256: sha256Hex(NOTES_KEY) },
      { id: 'chat-app', workload: 'chat', sha256: sha256Hex(CHAT_KEY) },
    ],
    // Tests read the classification headers; a real config lists no key here unless it is debugging.
    debugHeaderKeys: ['notes-app', 'chat-app'],
    // Tests inject their own detectors; the worker pool has its own tests (safety/isolation.test.ts).
    classifier: { workers: 0, warmUpMs: 0 },
  };
  o.edit?.(cfg);
  const parsed = parseGatewayConfig(cfg);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const store = new MemoryStore();
  const gw = await startGateway({
    config: parsed.value,
    store: o.store ?? store,
    classify: (b) => classify(b),
    catalog: testCatalog(),
    env: { OPENAI_API_KEY: 'sk-upstream-openai-secret', ANTHROPIC_API_KEY: 'sk-ant-upstream-secret' },
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...o.gateway,
  });
  return {
    local,
    gpt,
    claude,
    store,
    gw,
    url: gw.url,
    close: async () => {
      await gw.close();
      await Promise.all([local.close(), gpt.close(), claude.close()]);
    },
  };
}
