import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues } from '../result.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath, fromZodIssues } from './zod-issues.js';

const schema = z.strictObject({
  team: z.strictObject({ name: z.string(), size: z.number().int().min(1).max(7) }),
  items: z.array(z.strictObject({ count: z.number().nonnegative(), kind: z.enum(['alpha', 'beta']) })),
});

function issuesOf(input: unknown): string {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error('expected a failure');
  return formatIssues(fromZodIssues(schema, r.error.issues));
}

describe('fromZodIssues', () => {
  it('names the path and the numeric bound, and shows what was given', () => {
    expect(issuesOf({ team: { name: 'a', size: 3 }, items: [{ count: 1, kind: 'alpha' }, { count: 'lots', kind: 'beta' }] })).toBe(
      'items[1].count: expected a number >= 0, got "lots"',
    );
  });

  it('reports every error at once, with did-you-mean for unknown keys and enum values', () => {
    const text = issuesOf({ team: { name: 'a', sise: 3 }, items: [{ count: -1, kind: 'alpah' }] });
    expect(text.split('\n')).toEqual([
      'team.size: required field is missing (expected an integer between 1 and 7)',
      'team.sise: unknown field (did you mean "size"?); allowed here: name, size',
      'items[0].count: expected a number >= 0, got -1',
      'items[0].kind: expected one of alpha | beta, got "alpah" (did you mean "alpha"?)',
    ]);
  });
});

describe('formatPath', () => {
  it('renders array indices in brackets', () => {
    expect(formatPath(['workloads', 1, 'latency', 'ttftMs'])).toBe('workloads[1].latency.ttftMs');
  });
});

describe('didYouMean', () => {
  it('suggests a close candidate and nothing for a far one', () => {
    expect(didYouMean('hipa', ['hipaa', 'gdpr'])).toBe('hipaa');
    expect(didYouMean('zzzzzz', ['hipaa', 'gdpr'])).toBeUndefined();
  });
});
