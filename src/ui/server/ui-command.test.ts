import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiCommand } from '../../cli/commands/ui.js';
import { main } from '../../cli/main.js';
import { memoryIo } from '../../cli/support/io.js';
import { scenarioProfile } from '../../core/usage/test-support/scenario-profile.js';
import { SCENARIO_NOW, scenarioTraffic } from '../../core/usage/test-support/synthetic-traffic.js';
import { openUsageStore } from '../../stores/index.js';
import { stringify } from 'yaml';
import { testTempDir } from '../../test-support/temp-dir.js';

function stoppable() {
  let stop: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  return { stopSignal, stop: () => stop() };
}

describe('switchboard ui', () => {
  it('serves on 127.0.0.1, prints the URL, and stops on the stop signal', async () => {
    const dir = testTempDir('sb-ui-');
    writeFileSync(join(dir, 'team.yaml'), 'team:\n  name: Loopback Co\n  industry: retail\n  mlEngineers: 0\n  gpuAccess: none\nworkloads: []\n');
    const s = stoppable();
    const io = memoryIo({ cwd: dir, stopSignal: s.stopSignal });
    const done = uiCommand.run(['--profile', 'team.yaml', '--port', '0'], io);
    const started = Date.now();
    while (!io.out().includes('http') && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(io.out())?.[0];
    expect(url).toBeDefined();
    const html = await (await fetch(url!)).text();
    expect(html).toContain('Loopback Co');
    expect(html).toContain('"profileName":"team.yaml"');
    s.stop();
    expect(await done).toBe(0);
    await expect(fetch(url!)).rejects.toThrow();
  });

  it('rejects bad flags and missing files with exit 2 and a message naming the flag', async () => {
    const cases: [string[], RegExp][] = [
      [['--port', 'abc'], /--port: expected an integer >= 0, got "abc"/],
      [['--port', '70000'], /--port: expected an integer from 0 to 65535/],
      [['--profile', 'nope.yaml', '--port', '0'], /--profile nope\.yaml: no such file/],
      [['--since', '7d', '--port', '0'], /--since: only meaningful with --usage URL/],
      [['--colour'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo();
      expect(await main(['ui', ...args], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err()).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects a usage store that does not exist, with exit 2', async () => {
    const dir = testTempDir('sb-ui-');
    const io = memoryIo({ cwd: dir });
    expect(await main(['ui', '--usage', `sqlite:${join(dir, 'missing.db')}`, '--port', '0'], io)).toBe(2);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.err().length).toBeGreaterThan(0);
  });

  it('measures usage from the store and hands it to the page, without the URL password', async () => {
    const dir = testTempDir('sb-ui-');
    const url = `sqlite:${join(dir, 'usage.db')}`;
    const store = await openUsageStore(url);
    await store.recordMany!(scenarioTraffic().filter((r) => r.time < SCENARIO_NOW));
    await store.close();
    writeFileSync(join(dir, 'clinic.yaml'), stringify(scenarioProfile()));
    const s = stoppable();
    const io = memoryIo({ cwd: dir, stopSignal: s.stopSignal });
    const done = uiCommand.run(['--profile', 'clinic.yaml', '--port', '0', '--usage', url], io);
    const started = Date.now();
    while (!io.out().includes('http') && !io.err() && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    expect(io.err()).toBe('');
    const page = await (await fetch(/http:\/\/127\.0\.0\.1:\d+\//.exec(io.out())![0])).text();
    const boot = JSON.parse(/id="sb-boot">(.*?)<\/script>/s.exec(page)![1]!);
    expect(boot.measured.find((m: { workload: string }) => m.workload === 'clinical-notes')).toMatchObject({ requests: 7236 });
    expect(boot.measured.map((m: { workload: string }) => m.workload).sort()).toEqual(['clinical-notes', 'legacy-app', 'new-pilot', 'office-tool', 'support-bot']);
    expect(boot.usageNote).toContain('Measured by the gateway');
    s.stop();
    expect(await done).toBe(0);
  });

  it('rejects a profile that is not YAML', async () => {
    const dir = testTempDir('sb-ui-');
    writeFileSync(join(dir, 'bad.yaml'), 'team: [unclosed\n');
    const io = memoryIo({ cwd: dir });
    expect(await main(['ui', '--profile', 'bad.yaml'], io)).toBe(2);
    expect(io.err()).toMatch(/--profile bad\.yaml: not valid YAML/);
  });
});
