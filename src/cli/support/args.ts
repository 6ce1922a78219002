import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with user-facing errors (exit 2) instead of thrown TypeErrors. */
export function parseCliArgs<const O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(e);
    throw new UsageError(`${msg}\nusage: ${usage}`);
  }
}

/** A --flag value that must be a number in range; names the flag in the error. */
export function numberFlag(value: string | undefined, flag: string, opts: { min?: number; integer?: boolean } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
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
