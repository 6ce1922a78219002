import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../gateway/index.js';
import { parseCliArgs } from '../support/args.js';
import { UsageError, type Command } from '../support/io.js';

const USAGE = 'switchboard keys create --id ID --workload WORKLOAD';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create a gateway API key for a workload (printed once; the config stores only its SHA-256)',
  usage: USAGE,
  run: (args, io) => {
    const { values, positionals } = parseCliArgs(args, { id: { type: 'string' }, workload: { type: 'string' } }, USAGE);
    if (positionals[0] !== 'create' || positionals.length > 1) throw new UsageError(`expected the subcommand "create"\nusage: ${USAGE}`);
    for (const flag of ['id', 'workload'] as const) {
      const v = values[flag];
      if (v === undefined) throw new UsageError(`--${flag} is required\nusage: ${USAGE}`);
      if (!NAME.test(v)) throw new UsageError(`--${flag}: expected a name of letters, digits, ".", "_" or "-", got ${JSON.stringify(v)}`);
    }
    const key = `sk-sb-${randomBytes(32).toString('base64url')}`;
    io.stdout(
      [
        `key: ${key}`,
        'Give it to the application now; it is not stored and cannot be shown again.',
        'Add this line under `keys:` in gateway.yaml:',
        `  - { id: ${values.id ?? ''}, workload: ${values.workload ?? ''}, sha256: ${sha256Hex(key)} }`,
        '',
      ].join('\n'),
    );
    return Promise.resolve(0);
  },
};
