import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const uiCommand: Command = {
  name: 'ui',
  summary: 'not implemented yet',
  usage: 'switchboard ui',
  run: (_args, io) => {
    io.stderr('switchboard ui: not implemented yet\n');
    return Promise.resolve(1);
  },
};
