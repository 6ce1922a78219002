import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../gateway/index.js';
import { startFakeOpenAi } from '../../gateway/test-support/fake-openai.js';
import type { FakeUpstream } from '../../gateway/test-support/fake-upstream.js';
import { openUsageStore } from '../../stores/index.js';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';

let dir: string;
let local: FakeUpstream & { baseUrl: string };
const KEY = 'sk-sb-serve-test-key';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sb-serve-'));
  local = await startFakeOpenAi();
});
afterAll(async () => {
  await local.close();
  rmSync(dir, { recursive: true, force: true });
});

const yaml = (extra = ''): string => `listen: 127.0.0.1:0
store: sqlite:./usage.db
destinations:
  local-llama:
    kind: self-hosted
    api: openai
    baseUrl: ${local.baseUrl}
    model: meta-llama/Llama-3.1-8B-Instruct
routes:
  - workload: clinical-notes
    sensitive: [local-llama]
    default: [local-llama]
keys:
  - { id: notes-app, workload: clinical-notes, sha256: ${sha256Hex(KEY)} }
${extra}`;

describe('switchboard serve', () => {
  it('prints the URL, serves, meters to SQLite and stops cleanly on the stop signal', async () => {
    writeFileSync(join(dir, 'gateway.yaml'), yaml());
    let stop!: () => void;
    const io = memoryIo({ cwd: dir, stopSignal: new Promise<void>((r) => (stop = r)) });
    const exit = main(['serve', '--config', 'gateway.yaml'], io);
    while (!io.out().includes('listening on')) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (\S+)/.exec(io.out())![1]!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: KEY, maxRetries: 0 });
    const res = await client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hello' }] });
    expect(res.choices[0]?.message.content).toBe('Hello from the fake.');
    stop();
    expect(await exit).toBe(0);
    expect(io.out()).toContain('switchboard gateway stopped');
    const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`);
    const rows = await store.query();
    await store.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ keyId: 'notes-app', workload: 'clinical-notes', destination: 'local-llama', outputTokens: 5, status: 200 });
  });

  it('refuses a bad config with exit 2, naming the field, no stack trace', async () => {
    writeFileSync(join(dir, 'bad.yaml'), yaml().replace('kind: self-hosted', 'kind: selfhosted'));
    const io = memoryIo({ cwd: dir });
    expect(await main(['serve', '--config', 'bad.yaml'], io)).toBe(2);
    expect(io.err()).toContain('destinations.local-llama.kind: expected one of self-hosted | third-party, got "selfhosted"');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing upstream secret with exit 2, naming the variable', async () => {
    const cfg = yaml().replace('    model: meta-llama/Llama-3.1-8B-Instruct', '    model: meta-llama/Llama-3.1-8B-Instruct\n    apiKeyEnv: LOCAL_LLAMA_KEY');
    writeFileSync(join(dir, 'secret.yaml'), cfg);
    const io = memoryIo({ cwd: dir, env: {} });
    expect(await main(['serve', '--config', 'secret.yaml'], io)).toBe(2);
    expect(io.err()).toContain('destinations.local-llama.apiKeyEnv: environment variable LOCAL_LLAMA_KEY is not set');
  });

  it('requires --config', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['serve'], io)).toBe(2);
    expect(io.err()).toContain('--config is required');
  });
});
