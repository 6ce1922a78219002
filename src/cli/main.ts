#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { hint } from '../core/validation/index.js';
import { commandLoaders, commandNames, commandSummaries, isCommandName } from './commands/index.js';
import { UsageError, type CliIo } from './support/io.js';
import { VERSION } from './support/version.js';

function help(): string {
  const width = Math.max(...commandNames.map((n) => n.length));
  return [
    'switchboard: decide between self-hosted open models and closed APIs, route safely, re-decide from usage.',
    '',
    'usage: switchboard <command> [options]',
    '',
    'commands:',
    ...commandNames.map((n) => `  ${n.padEnd(width)}  ${commandSummaries[n]}`),
    '',
    'Run `switchboard <command> --help` for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${help()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!isCommandName(name)) {
    io.stderr(`switchboard: unknown command "${name}"${hint(name, commandNames)}\n\n${help()}\n`);
    return 2;
  }
  const command = await commandLoaders[name]();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`switchboard ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

export function processIo(): CliIo {
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const tty = process.stdout.isTTY;
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTty: tty,
    cwd: process.cwd(),
    env: process.env,
    stopSignal,
    onReload: (listener) => {
      process.on('SIGHUP', listener);
      return () => process.off('SIGHUP', listener);
    },
    prompt: process.stdin.isTTY
      ? async (q) => {
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          try {
            return await rl.question(q);
          } finally {
            rl.close();
          }
        }
      : null,
  };
}

/** Runs the CLI on this process's arguments and sets the exit code; the package's bin (bin.ts) calls it. */
export function runMain(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`switchboard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

/** True when this file is the script Node was started with, whatever links or characters ('#', spaces) its path has. */
function isEntryScript(): boolean {
  const arg = process.argv[1];
  if (arg === undefined) return false;
  try {
    return realpathSync(arg) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryScript()) runMain();
