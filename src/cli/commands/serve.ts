import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const serveCommand: Command = {
  name: 'serve',
  summary: 'not implemented yet',
  usage: 'switchboard serve',
  run: (_args, io) => {
    io.stderr('switchboard serve: not implemented yet\n');
    return Promise.resolve(1);
  },
};
