import { describe, expect, it } from 'vitest';
import { CheckRunner, firstNumber, type Answer } from './checks.js';
import type { Check } from './parse-suite.js';

const text = (t: string): Answer => ({ text: t, toolCalls: [] });
const run = (c: Check, a: Answer) => new CheckRunner().run(c, a);

describe('checks', () => {
  it('equals trims and can ignore case; contains is case-sensitive unless told', () => {
    expect(run({ kind: 'equals', name: 'eq', value: 'Yes', ignoreCase: false }, text(' Yes\n')).pass).toBe(true);
    expect(run({ kind: 'equals', name: 'eq', value: 'Yes', ignoreCase: false }, text('yes')).pass).toBe(false);
    expect(run({ kind: 'equals', name: 'eq', value: 'Yes', ignoreCase: true }, text('yes')).pass).toBe(true);
    expect(run({ kind: 'contains', name: 'c', value: 'mg', ignoreCase: false }, text('4000 MG')).pass).toBe(false);
    expect(run({ kind: 'contains', name: 'c', value: 'mg', ignoreCase: true }, text('4000 MG'))).toEqual({ name: 'c', kind: 'contains', pass: true });
  });

  it('regex uses its flags', () => {
    expect(run({ kind: 'regex', name: 'r', pattern: '^refuse', flags: 'i' }, text('Refuse: no')).pass).toBe(true);
    expect(run({ kind: 'regex', name: 'r', pattern: '^refuse', flags: '' }, text('Refuse: no')).detail).toBe('answer does not match /^refuse/');
  });

  it('numeric reads the first number, thousands separators included, within absolute or relative tolerance', () => {
    expect(firstNumber('about 4,000 mg (4 g)')).toBe(4000);
    expect(firstNumber('-3.5e2 units')).toBe(-350);
    expect(firstNumber('v2 release')).toBeUndefined();
    const c: Check = { kind: 'numeric', name: 'n', value: 4000, tolerance: 0, relativeTolerance: 0.01 };
    expect(run(c, text('4,030 mg')).pass).toBe(true);
    expect(run(c, text('4,050 mg'))).toMatchObject({ pass: false, detail: "answer's number 4050 is not within 40 of 4000" });
    expect(run(c, text('a lot'))).toMatchObject({ pass: false, detail: 'answer has no number' });
  });

  it('jsonSchema accepts a fenced JSON answer, rejects malformed output as "not JSON", and validates formats', () => {
    const c: Check = { kind: 'jsonSchema', name: 'js', schema: { type: 'object', required: ['dose', 'date'], properties: { dose: { type: 'number' }, date: { type: 'string', format: 'date' } } } };
    expect(run(c, text('```json\n{"dose": 4000, "date": "2026-01-31"}\n```')).pass).toBe(true);
    expect(run(c, text('Sure! {"dose": 4000}'))).toMatchObject({ pass: false, detail: 'answer is not JSON' });
    expect(run(c, text('{"dose": "lots", "date": "yesterday"}'))).toMatchObject({ pass: false, detail: expect.stringContaining('/dose must be number') });
    expect(run(c, text('{"dose": 1, "date": "yesterday"}')).detail).toContain('/date must match format "date"');
  });

  it('a 2020-12 schema is compiled with the 2020-12 dialect', () => {
    const c: Check = { kind: 'jsonSchema', name: 'js', schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'number' }], items: false } };
    expect(run(c, text('[1]')).pass).toBe(true);
    expect(run(c, text('[1, 2]')).pass).toBe(false);
  });

  it('an answer that is only a tool call is checked on the call arguments', () => {
    const c: Check = { kind: 'jsonSchema', name: 'js', schema: { type: 'object', required: ['city'] } };
    expect(run(c, { text: '', toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}' }] }).pass).toBe(true);
  });
});
