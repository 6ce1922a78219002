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

/**
 * One line per command for `switchboard --help`, kept here so the listing loads no command (loading all of them
 * pulls in the gateway, stores and tokenizer: over a second of cold start). A test pins each line to the
 * command's own `summary`.
 */
export const commandSummaries: Record<CommandName, string> = {
  assess: 'verdict per workload (open or closed) and for the team, with reasons, costs and what would flip it',
  validate: 'check a team profile and list every problem at once',
  init: 'write a team profile from a short questionnaire (or flags)',
  catalog: 'list the built-in catalog: models, GPUs, providers, with sources',
  capacity: 'memory, KV cache or state, concurrency, TTFT, per-stream speed and throughput of one model on N GPUs',
  cost: 'both sides per workload: sized self-hosting vs API, break-even, TCO, sensitivity',
  plan: 'generate the gateway config and, for self-hosted workloads, vLLM commands and Kubernetes manifests',
  scan: 'find PII, PHI, card data and secrets in a file or request body',
  serve: 'run the OpenAI/Anthropic-compatible gateway that routes by data sensitivity and fails closed',
  keys: 'create, list, revoke and rotate gateway API keys (the store keeps only their SHA-256)',
  usage: 'requests, tokens, spend, errors and latency from the gateway usage store',
  eval: "compare candidate models on the team's own prompts (or shadow traffic), within the data policy",
  audit: 'verify the hash-chained audit of metered requests, or save its head as an external anchor',
  ui: 'open the local web app: edit a profile, see verdicts and charts live, browse the catalog, export the report',
};
export const commandNames = Object.keys(commandLoaders) as CommandName[];

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commandLoaders, name);

