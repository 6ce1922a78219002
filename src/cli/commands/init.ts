import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const initCommand: Command = {
  name: 'init',
  summary: 'not implemented yet',
  usage: 'switchboard init',
  run: (_args, io) => {
    io.stderr('switchboard init: not implemented yet\n');
    return Promise.resolve(1);
  },
};
