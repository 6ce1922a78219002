import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const capacityCommand: Command = {
  name: 'capacity',
  summary: 'not implemented yet',
  usage: 'switchboard capacity',
  run: (_args, io) => {
    io.stderr('switchboard capacity: not implemented yet\n');
    return Promise.resolve(1);
  },
};
