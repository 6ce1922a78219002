import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'not implemented yet',
  usage: 'switchboard catalog',
  run: (_args, io) => {
    io.stderr('switchboard catalog: not implemented yet\n');
    return Promise.resolve(1);
  },
};
