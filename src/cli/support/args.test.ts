import { describe, expect, it } from 'vitest';
import { numberFlag, parseCliArgs } from './args.js';
import { UsageError } from './io.js';

const OPTIONS = { format: { type: 'string' }, input: { type: 'string' }, detail: { type: 'boolean' } } as const;

function message(args: string[]): string {
  try {
    parseCliArgs(args, OPTIONS, 'x [--format F]');
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCliArgs errors name the flag in one line', () => {
  it('an unknown flag gets a suggestion and the known flags, not node advice about positionals', () => {
    expect(message(['--fromat', 'json'])).toBe(
      'Unknown option \'--fromat\' (did you mean "--format"?); known: --format, --input, --detail\nusage: x [--format F]',
    );
    expect(message(['--bogus=1'])).toMatch(/^Unknown option '--bogus'; known: /);
  });

  it('a missing value, a negative-looking value and a value on a boolean flag', () => {
    expect(message(['--format'])).toBe('--format: missing value\nusage: x [--format F]');
    expect(message(['--input', '-5']).split('\n')[0]).toBe(
      '--input: missing value (got the flag-like "-5"; write --input=-5 for a value starting with "-")',
    );
    expect(message(['--detail=yes']).split('\n')[0]).toBe('--detail: takes no value');
  });
});

describe('numberFlag', () => {
  it('rejects an empty value instead of reading it as 0 (regression: --input= gave 0)', () => {
    expect(() => numberFlag('', 'input', { min: 0 })).toThrow('--input: expected a number >= 0, got ""');
    expect(() => numberFlag('  ', 'input', { integer: true })).toThrow('--input: expected an integer, got "  "');
    expect(numberFlag('12', 'input', { min: 0, integer: true })).toBe(12);
  });
});
