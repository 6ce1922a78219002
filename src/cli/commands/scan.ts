import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const scanCommand: Command = {
  name: 'scan',
  summary: 'not implemented yet',
  usage: 'switchboard scan',
  run: (_args, io) => {
    io.stderr('switchboard scan: not implemented yet\n');
    return Promise.resolve(1);
  },
};
