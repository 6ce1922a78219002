import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const planCommand: Command = {
  name: 'plan',
  summary: 'not implemented yet',
  usage: 'switchboard plan',
  run: (_args, io) => {
    io.stderr('switchboard plan: not implemented yet\n');
    return Promise.resolve(1);
  },
};
