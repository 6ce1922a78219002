import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const keysCommand: Command = {
  name: 'keys',
  summary: 'not implemented yet',
  usage: 'switchboard keys',
  run: (_args, io) => {
    io.stderr('switchboard keys: not implemented yet\n');
    return Promise.resolve(1);
  },
};
