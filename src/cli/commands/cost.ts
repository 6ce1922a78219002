import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const costCommand: Command = {
  name: 'cost',
  summary: 'not implemented yet',
  usage: 'switchboard cost',
  run: (_args, io) => {
    io.stderr('switchboard cost: not implemented yet\n');
    return Promise.resolve(1);
  },
};
