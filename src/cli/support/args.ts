import { parseArgs, type ParseArgsConfig } from 'node:util';
import { hint } from '../../core/validation/index.js';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with user-facing errors (exit 2) instead of thrown TypeErrors: one line naming the flag. */
export function parseCliArgs<const O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${parseErrorMessage(e, args, options)}\nusage: ${usage}`);
  }
}

function parseErrorMessage(e: unknown, args: string[], options: Options): string {
  const raw = e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(e);
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  const known = Object.keys(options).map((k) => `--${k}`);
  const unknown = /^Unknown option '([^']+)'/.exec(raw);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1]!.split('=')[0]!;
    return `Unknown option '${flag}'${hint(flag, known)}; known: ${known.join(', ')}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/.exec(raw);
  if (missing) return `${missing[1]!}: missing value`;
  const ambiguous = /^Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(raw);
  if (ambiguous) {
    const flag = ambiguous[1]!;
    const value = args[args.indexOf(flag) + 1] ?? '-N';
    return `${flag}: missing value (got the flag-like ${JSON.stringify(value)}; write ${flag}=${value} for a value starting with "-")`;
  }
  const noArg = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(raw);
  if (noArg) return `${noArg[1]!}: takes no value`;
  return raw;
}

/** A --flag value that must be a number in range; names the flag in the error. */
export function numberFlag(value: string | undefined, flag: string, opts: { min?: number; integer?: boolean } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) || (opts.min !== undefined && n < opts.min)) {
    const what = `${opts.integer ? 'an integer' : 'a number'}${opts.min !== undefined ? ` >= ${opts.min}` : ''}`;
    throw new UsageError(`--${flag}: expected ${what}, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function enumFlag<const T extends readonly string[]>(value: string | undefined, flag: string, allowed: T): T[number] | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value)) {
    throw new UsageError(`--${flag}: expected one of ${allowed.join(' | ')}, got ${JSON.stringify(value)}`);
  }
  return value;
}
