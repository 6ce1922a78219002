import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const usageCommand: Command = {
  name: 'usage',
  summary: 'not implemented yet',
  usage: 'switchboard usage',
  run: (_args, io) => {
    io.stderr('switchboard usage: not implemented yet\n');
    return Promise.resolve(1);
  },
};
