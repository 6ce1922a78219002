import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';
import { openUsageStore } from '../../stores/index.js';
import { sampleRecord } from '../../stores/test-support/contract-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sb-audit-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('switchboard audit verify', () => {
  it('exits 0 on an intact chain and 1 once a row is tampered with, naming the entry', async () => {
    const file = join(dir, 'a.db');
    const store = await openUsageStore(`sqlite:${file}`);
    for (let i = 1; i <= 5; i++) await store.record(sampleRecord(i));
    await store.close();

    const ok = await run(['audit', 'verify', '--store', 'sqlite:a.db']);
    expect(ok).toMatchObject({ code: 0, out: 'sqlite:a.db: audit chain intact: 5 entries verified\n' });

    const db = new Database(file);
    db.exec("UPDATE audit_log SET data_class = 'none' WHERE seq = 2");
    db.close();
    const bad = await run(['audit', 'verify', '--store', 'sqlite:a.db']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'sqlite:a.db: audit chain broken at entry 1 (seq 2): its content does not match its hash (the entry was modified)\n',
    );
    const json = await run(['audit', 'verify', '--store', 'sqlite:a.db', '--format', 'json']);
    expect(JSON.parse(json.out)).toMatchObject({ store: 'sqlite:a.db', ok: false, brokenAt: 1, entries: 1 });
  });

  it('refuses a missing subcommand or store with exit 2', async () => {
    expect(await run(['audit'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('missing subcommand: expected verify'),
    });
    expect(await run(['audit', 'check', '--store', 'sqlite:a.db'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown subcommand "check"'),
    });
    expect(await run(['audit', 'verify', '--store', 'sqlite:none.db'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('the file does not exist'),
    });
    expect(await run(['audit', 'verify', '--config', 'nope.yaml'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('config nope.yaml: no such file'),
    });
  });
});
