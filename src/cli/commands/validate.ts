import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const validateCommand: Command = {
  name: 'validate',
  summary: 'not implemented yet',
  usage: 'switchboard validate',
  run: (_args, io) => {
    io.stderr('switchboard validate: not implemented yet\n');
    return Promise.resolve(1);
  },
};
