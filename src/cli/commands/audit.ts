import type { Command } from '../support/io.js';

// Placeholder until its issue lands: replace the body, keep the export name.
export const auditCommand: Command = {
  name: 'audit',
  summary: 'not implemented yet',
  usage: 'switchboard audit',
  run: (_args, io) => {
    io.stderr('switchboard audit: not implemented yet\n');
    return Promise.resolve(1);
  },
};
