import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './support/io.js';

describe('switchboard main', () => {
  it('lists every registered command in --help and exits 0', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const name of ['assess', 'validate', 'init', 'catalog', 'capacity', 'cost', 'plan', 'scan', 'serve', 'keys', 'usage', 'audit', 'ui']) {
      expect(io.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('lists each command with its own summary, without loading any command (cold start)', async () => {
    const { commandLoaders, commandNames, commandSummaries } = await import('./commands/index.js');
    for (const n of commandNames) expect([n, commandSummaries[n]]).toEqual([n, (await commandLoaders[n]()).summary]);
    const io = memoryIo();
    await main(['--help'], io);
    for (const n of commandNames) expect(io.out()).toContain(`  ${n.padEnd(8)}  ${commandSummaries[n]}`);
  });

  it('exits 2 with usage when called with no command', async () => {
    const io = memoryIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('usage: switchboard <command>');
  });

  it('rejects an unknown command with exit 2 and no stack trace', async () => {
    const io = memoryIo();
    expect(await main(['asess'], io)).toBe(2);
    // Regression: no suggestion for a typo.
    expect(io.err()).toContain('unknown command "asess" (did you mean "assess"?)');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('prints a command usage for --help', async () => {
    const io = memoryIo();
    expect(await main(['assess', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^usage: switchboard assess/);
  });
});

describe('switchboard --version', () => {
  it('prints the version written in package.json (the only place it is written)', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const io = memoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${pkg.version}\n`);
  });
});
