import type { Command } from '../support/io.js';

/**
 * The one place commands are registered, in `switchboard --help` order. Each loads on demand so a
 * command pays only for its own dependencies (the gateway's server stack is not loaded by `assess`).
 */
export const commandLoaders = {
  assess: async () => (await import('./assess.js')).assessCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  init: async () => (await import('./init.js')).initCommand,
  catalog: async () => (await import('./catalog.js')).catalogCommand,
  capacity: async () => (await import('./capacity.js')).capacityCommand,
  cost: async () => (await import('./cost.js')).costCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  scan: async () => (await import('./scan.js')).scanCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  keys: async () => (await import('./keys.js')).keysCommand,
  usage: async () => (await import('./usage.js')).usageCommand,
  eval: async () => (await import('./eval.js')).evalCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  ui: async () => (await import('./ui.js')).uiCommand,
} as const satisfies Record<string, () => Promise<Command>>;

export type CommandName = keyof typeof commandLoaders;
export const commandNames = Object.keys(commandLoaders) as CommandName[];

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commandLoaders, name);

/** Every command, loaded: for the full help listing. */
export const loadAllCommands = (): Promise<Command[]> => Promise.all(commandNames.map((n) => commandLoaders[n]()));
