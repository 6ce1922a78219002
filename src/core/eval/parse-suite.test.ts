import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatIssues } from '../result.js';
import { parseJsonlSuite, parseSuite } from './parse-suite.js';

const issuesOf = (data: unknown): string => {
  const r = parseSuite(data);
  if (r.ok) throw new Error('expected a failure');
  return formatIssues(r.issues);
};

describe('parseSuite', () => {
  it("accepts the issue's example shape", () => {
    const r = parseSuite(
      parseYaml(`
workload: clinical-notes
prompts:
  - id: dose-1
    messages: [{ role: user, content: "Max daily dose of paracetamol for an adult, in mg?" }]
    checks: [{ contains: "4000" }]
judge: { destination: local-judge, rubric: "Correct, concise, safe." }   # optional
`),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.prompts[0]).toMatchObject({ id: 'dose-1', checks: [{ kind: 'contains', name: 'contains', value: '4000', ignoreCase: false }], rubric: 'Correct, concise, safe.' });
    expect(r.value.judge).toEqual({ destination: 'local-judge', rubric: 'Correct, concise, safe.', mode: 'score' });
  });

  it('expands the prompt shorthand and applies defaults before the prompt’s own checks', () => {
    const r = parseSuite({ workload: 'w', defaults: { maxTokens: 64, checks: [{ regex: '\\d' }] }, prompts: [{ id: 'a', prompt: 'hi', checks: [{ numeric: 4000, relativeTolerance: 0.01 }] }] });
    expect(r.ok && r.value.prompts[0]).toMatchObject({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 64, checks: [{ kind: 'regex' }, { kind: 'numeric', value: 4000, relativeTolerance: 0.01, tolerance: 0 }] });
  });

  it('names every bad field: typos, two kinds in one check, misplaced options, bad regex, bad JSON Schema, duplicates', () => {
    const text = issuesOf({
      workload: 'w',
      prompts: [
        { id: 'a', prompt: 'x', checks: [{ containz: '1' }, { contains: '1', regex: '1' }, { contains: '1', tolerance: 2 }, { regex: '(' }, { jsonSchema: { type: 'nonsense' } }] },
        { id: 'a', messages: [{ role: 'system', content: 'only system' }] },
        { id: 'b' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'prompts[0].checks[0].containz: unknown field (did you mean "contains"?); allowed here: name, equals, contains, regex, flags, jsonSchema, numeric, tolerance, relativeTolerance, ignoreCase',
    ]);
    const second = issuesOf({
      workload: 'w',
      prompts: [
        { id: 'a', prompt: 'x', checks: [{ contains: '1', regex: '1' }, { contains: '1', tolerance: 2 }, { regex: '(' }, { jsonSchema: { type: 'nonsense' } }, {}] },
        { id: 'a', messages: [{ role: 'system', content: 'only system' }] },
        { id: 'b' },
      ],
    }).split('\n');
    expect(second).toEqual([
      'prompts[0].checks[0]: give one check kind per check, got contains and regex',
      'prompts[0].checks[1].tolerance: only applies to numeric checks, not contains',
      expect.stringMatching(/^prompts\[0\]\.checks\[2\]\.regex: not a valid regular expression: /),
      expect.stringMatching(/^prompts\[0\]\.checks\[3\]\.jsonSchema: not a valid JSON Schema: /),
      'prompts[0].checks[4]: expected one of equals | contains | regex | jsonSchema | numeric',
      'prompts[1].id: duplicate prompt id "a" (also prompts[0])',
      'prompts[1].messages: expected at least one user message',
      'prompts[2]: expected messages or prompt',
    ]);
  });

  it('reports a missing workload and a wrong role with the field and the allowed values', () => {
    expect(issuesOf({ prompts: [{ id: 'a', messages: [{ role: 'usr', content: 'x' }] }] }).split('\n')).toEqual([
      'workload: required field is missing (expected a string)',
      'prompts[0].messages[0].role: expected one of system | developer | user | assistant | tool, got "usr" (did you mean "user"?)',
    ]);
  });
});

describe('parseJsonlSuite', () => {
  it('reads a header line and names the line of a bad prompt', () => {
    const r = parseJsonlSuite([
      { line: 1, value: { suite: { workload: 'w' } } },
      { line: 2, value: { id: 'a', prompt: 'x' } },
      { line: 4, value: { id: 'b', prompt: 'y', checks: [{ regex: '(' }] } },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssues(r.issues)).toMatch(/^line 4: checks\[0\]\.regex: not a valid regular expression/);
  });

  it('takes the workload from the caller when there is no header, and says how to give one', () => {
    expect(parseJsonlSuite([{ line: 1, value: { id: 'a', prompt: 'x' } }], 'notes').ok).toBe(true);
    const r = parseJsonlSuite([{ line: 1, value: { id: 'a', prompt: 'x' } }]);
    expect(!r.ok && formatIssues(r.issues)).toMatch(/^workload: required field is missing .*--workload$/);
  });
});
