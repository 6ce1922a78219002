import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const assessCommand: Command = {
  name: 'assess',
  summary: 'not implemented yet',
  usage: 'switchboard assess',
  run: (_args, io) => {
    io.stderr('switchboard assess: not implemented yet\n');
    return Promise.resolve(1);
  },
};
