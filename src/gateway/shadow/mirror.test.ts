import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatewayConfigInput } from '../../core/routing/index.js';
import { openUsageStore, type UsageStore } from '../../stores/index.js';
import { CHAT_KEY, NOTES_KEY, SSN_TEXT, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
let store: UsageStore | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await h?.close();
  await store?.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  h = store = undefined;
});

type Shadow = NonNullable<GatewayConfigInput['routes'][number]['shadow']>;

/** The harness (local, gpt, claude fakes) on a real SQLite store, with shadow settings per route. */
async function start(shadows: { notes?: Shadow; chat?: Shadow }): Promise<{ h: Harness; dbPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-shadow-gw-'));
  dirs.push(dir);
  const dbPath = join(dir, 'usage.db');
  store = await openUsageStore(`sqlite:${dbPath}`);
  h = await startHarness({
    store,
    edit: (cfg) => {
      if (shadows.notes) cfg.routes[0]!.shadow = shadows.notes;
      if (shadows.chat) cfg.routes[1]!.shadow = shadows.chat;
    },
  });
  return { h, dbPath };
}

const client = (key: string) => new OpenAI({ baseURL: `${h!.url}/v1`, apiKey: key, maxRetries: 0 });
const mirror = () => h!.gw.gateway.runtime.shadow!;

describe('shadow traffic', () => {
  it('mirrors after the answer, scores both answers with the route checks, and stores no prompt or completion text', async () => {
    const { dbPath } = await start({ chat: { destination: 'local', sample: 1, checks: [{ contains: 'Hello' }, { regex: '^Goodbye' }] } });
    h!.local.reply = 'Hello there, from the shadow candidate.';
    const res = await client(CHAT_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Write a greeting for Zanzibar Quartz' }] });
    expect(res.choices[0]!.message.content).toBe('Hello from the fake.');
    await mirror().idle();
    const [rec, ...rest] = await store!.shadow!.queryShadow();
    expect(rest).toEqual([]);
    expect(rec).toMatchObject({ workload: 'chat', dataClass: 'none', primaryDestination: 'claude', shadowDestination: 'local' });
    expect(rec!.measures.checks).toEqual([
      { name: 'contains', kind: 'contains', primaryPass: true, shadowPass: true },
      { name: 'regex', kind: 'regex', primaryPass: false, shadowPass: false },
    ]);
    expect(rec!.measures.primary).toMatchObject({ status: 'answered', outputChars: 'Hello from the fake.'.length, inputTokens: 12, outputTokens: 5 });
    expect(rec!.measures.shadow).toMatchObject({ status: 'answered', outputChars: 'Hello there, from the shadow candidate.'.length });
    expect(rec!.measures.shadow.ttftMs).not.toBeNull();
    // Every column of every row, as stored: no prompt, no completion.
    const db = new Database(dbPath, { readonly: true });
    const raw = JSON.stringify(db.prepare('SELECT * FROM shadow_scores').all());
    db.close();
    for (const text of ['Zanzibar', 'Quartz', 'Hello from the fake', 'shadow candidate', 'greeting']) expect(raw).not.toContain(text);
    expect((await mirror().stats()).stored).toBe(1);
  });

  it('never mirrors a sensitive request to a candidate that may not see it', async () => {
    await start({ notes: { destination: 'claude', sample: 1, checks: [{ contains: 'Hello' }] } });
    await client(NOTES_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: SSN_TEXT }] });
    await client(NOTES_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Say hello' }] });
    await mirror().idle();
    expect(JSON.stringify(h!.claude.requests)).not.toContain('123-45-6789');
    expect(h!.claude.requests).toHaveLength(1);
    expect(await mirror().stats()).toMatchObject({ skippedPolicy: 1, mirrored: 1, stored: 1 });
    expect((await store!.shadow!.queryShadow()).map((r) => r.dataClass)).toEqual(['none']);
  });

  it('never delays the primary answer, and drops (and counts) mirrors past the queue bound', async () => {
    await start({ chat: { destination: 'local', sample: 1, checks: [{ contains: 'Hello' }], queue: 1, concurrency: 1 } });
    let release!: () => void;
    h!.local.gate = new Promise<void>((r) => (release = r));
    // The shadow candidate hangs mid-stream; the callers still get their answers.
    for (let i = 0; i < 3; i++) {
      const res = await client(CHAT_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: `hi ${i}` }] });
      expect(res.choices[0]!.message.content).toBe('Hello from the fake.');
    }
    await new Promise((r) => setImmediate(r));
    expect(await mirror().stats()).toMatchObject({ mirrored: 1, dropped: 2, stored: 0 });
    release();
    await mirror().idle();
    expect(await mirror().stats()).toMatchObject({ stored: 1, dropped: 2 });
    const metrics = await h!.gw.gateway.runtime.metrics.registry.metrics();
    expect(metrics).toMatch(/switchboard_shadow_dropped_total\{workload="chat"\} 2/);
  });

  it('stops mirroring a route for the day once its shadow spend cap is reached, and counts the skips', async () => {
    // gpt-test: $2.5 in / $10 out per Mtok; the fake answers 12 in / 5 out tokens: 80 micro-dollars a mirror.
    await start({ chat: { destination: 'gpt', sample: 1, checks: [{ contains: 'Hello' }], maxUsdPerDay: 0.00005 } });
    for (let i = 0; i < 3; i++) {
      await client(CHAT_KEY).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: `hi ${i}` }] });
      await mirror().idle();
    }
    expect(h!.gpt.requests).toHaveLength(1);
    expect(await mirror().stats()).toMatchObject({ mirrored: 1, stored: 1, skippedBudget: 2 });
    const [rec] = await store!.shadow!.queryShadow();
    expect(rec!.measures.shadow.costMicroUsd).toBe(80);
  });

  it('captures a streamed primary answer', async () => {
    await start({ chat: { destination: 'local', sample: 1, checks: [{ contains: 'fake' }] } });
    const stream = await client(CHAT_KEY).chat.completions.create({ model: 'x', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    expect(text).toBe('Hello from the fake.');
    await mirror().idle();
    const [rec] = await store!.shadow!.queryShadow();
    expect(rec!.measures.primary.outputChars).toBe(text.length);
    expect(rec!.measures.checks[0]).toMatchObject({ primaryPass: true, shadowPass: true });
  });

  it('refuses a shadow with an unknown destination or nothing to score at start-up', async () => {
    await expect(start({ chat: { destination: 'locl', sample: 1, checks: [{ contains: 'x' }] } })).rejects.toThrow(/routes\[1\]\.shadow\.destination: unknown destination "locl" \(did you mean "local"\?\)/);
    await store?.close();
    await expect(start({ chat: { destination: 'local', sample: 0.1 } })).rejects.toThrow(/routes\[1\]\.shadow: expected checks or a judge/);
  });
});
