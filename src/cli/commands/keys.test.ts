import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../../core/routing/index.js';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';
import { parse } from 'yaml';

describe('switchboard keys create', () => {
  it('prints a new random key once and the config line with its SHA-256', async () => {
    const io = memoryIo();
    expect(await main(['keys', 'create', '--id', 'notes-app', '--workload', 'clinical-notes'], io)).toBe(0);
    const key = /^key: (sk-sb-[A-Za-z0-9_-]{43})$/m.exec(io.out())?.[1];
    expect(key).toBeDefined();
    const line = /^ {2}- \{.*\}$/m.exec(io.out())?.[0] ?? '';
    const entry = (parse(`keys:\n${line}`) as { keys: unknown[] }).keys[0];
    expect(entry).toEqual({ id: 'notes-app', workload: 'clinical-notes', sha256: createHash('sha256').update(key!).digest('hex') });
    const cfg = parseGatewayConfig({ destinations: { l: { kind: 'self-hosted', api: 'openai', baseUrl: 'http://10.0.0.1/v1', model: 'm' } }, routes: [{ workload: 'clinical-notes', default: ['l'] }], keys: [entry] });
    expect(cfg.ok).toBe(true);
    const again = memoryIo();
    await main(['keys', 'create', '--id', 'notes-app', '--workload', 'clinical-notes'], again);
    expect(again.out()).not.toContain(key!);
  });

  it('names the flag on bad input (exit 2)', async () => {
    const io = memoryIo();
    expect(await main(['keys', 'create', '--id', 'bad id', '--workload', 'w'], io)).toBe(2);
    expect(io.err()).toContain('--id: expected a name of letters, digits');
    const missing = memoryIo();
    expect(await main(['keys', 'create', '--id', 'a'], missing)).toBe(2);
    expect(missing.err()).toContain('--workload is required');
    const sub = memoryIo();
    expect(await main(['keys', 'list'], sub)).toBe(2);
  });
});
