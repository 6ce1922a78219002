import type { SensitiveClass } from '../detector/contract.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import { fromZodIssues } from '../validation/index.js';
import { compileJsonSchema } from './json-schema.js';
import { CHECK_KINDS, suiteSchema, type CheckInput, type CheckKind, type Judge, type RawSuite, type SuiteMessage, type SuiteTool } from './suite-schema.js';

export type Check =
  | { kind: 'equals'; name: string; value: string; ignoreCase: boolean }
  | { kind: 'contains'; name: string; value: string; ignoreCase: boolean }
  | { kind: 'regex'; name: string; pattern: string; flags: string }
  | { kind: 'jsonSchema'; name: string; schema: Record<string, unknown> }
  | { kind: 'numeric'; name: string; value: number; tolerance: number; relativeTolerance: number };

export interface Prompt {
  id: string;
  messages: SuiteMessage[];
  tools?: SuiteTool[] | undefined;
  reference?: string | undefined;
  checks: Check[];
  /** The prompt's rubric, else the judge's; undefined when neither gives one. */
  rubric?: string | undefined;
  dataClass?: SensitiveClass | undefined;
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  tags: string[];
}

export interface Suite {
  workload: string;
  description?: string | undefined;
  version?: string | undefined;
  judge?: Judge | undefined;
  prompts: Prompt[];
}

const OPTIONS_OF: Record<string, CheckKind[]> = {
  flags: ['regex'],
  tolerance: ['numeric'],
  relativeTolerance: ['numeric'],
  ignoreCase: ['equals', 'contains'],
};

/** Exactly one kind key, options only with their kind, a regex that compiles and a JSON Schema Ajv accepts. */
export function toCheck(c: CheckInput, path: string, issues: Issue[]): Check | null {
  const kinds = CHECK_KINDS.filter((k) => c[k] !== undefined);
  if (kinds.length !== 1) {
    issues.push(issue(path, kinds.length === 0 ? `expected one of ${CHECK_KINDS.join(' | ')}` : `give one check kind per check, got ${kinds.join(' and ')}`));
    return null;
  }
  const kind = kinds[0]!;
  for (const [opt, allowed] of Object.entries(OPTIONS_OF)) {
    if (c[opt as keyof CheckInput] !== undefined && !allowed.includes(kind)) issues.push(issue(`${path}.${opt}`, `only applies to ${allowed.join(' or ')} checks, not ${kind}`));
  }
  const label = c.name ?? kind;
  switch (kind) {
    case 'equals':
      return { kind, name: label, value: String(c.equals), ignoreCase: c.ignoreCase ?? false };
    case 'contains':
      return { kind, name: label, value: c.contains!, ignoreCase: c.ignoreCase ?? false };
    case 'regex': {
      try {
        new RegExp(c.regex!, c.flags ?? '');
      } catch (e) {
        issues.push(issue(`${path}.regex`, `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`));
        return null;
      }
      return { kind, name: label, pattern: c.regex!, flags: c.flags ?? '' };
    }
    case 'jsonSchema': {
      const compiled = compileJsonSchema(c.jsonSchema!);
      if (!compiled.ok) {
        issues.push(issue(`${path}.jsonSchema`, compiled.message));
        return null;
      }
      return { kind, name: label, schema: c.jsonSchema! };
    }
    case 'numeric':
      return { kind, name: label, value: c.numeric!, tolerance: c.tolerance ?? 0, relativeTolerance: c.relativeTolerance ?? 0 };
  }
}

function normalize(raw: RawSuite): Result<Suite> {
  const issues: Issue[] = [];
  const defaults = raw.defaults.checks.map((c, j) => toCheck(c, `defaults.checks[${j}]`, issues));
  const seen = new Map<string, number>();
  const prompts = raw.prompts.map((p, i): Prompt => {
    const at = `prompts[${i}]`;
    const first = seen.get(p.id);
    if (first !== undefined) issues.push(issue(`${at}.id`, `duplicate prompt id "${p.id}" (also prompts[${first}])`));
    else seen.set(p.id, i);
    if ((p.prompt === undefined) === (p.messages === undefined)) issues.push(issue(at, p.prompt === undefined ? 'expected messages or prompt' : 'give either messages or prompt, not both'));
    const messages: SuiteMessage[] = p.messages ?? (p.prompt !== undefined ? [{ role: 'user', content: p.prompt }] : []);
    if (messages.length > 0 && messages.every((m) => m.role !== 'user')) issues.push(issue(`${at}.messages`, 'expected at least one user message'));
    const own = p.checks.map((c, j) => toCheck(c, `${at}.checks[${j}]`, issues));
    const checks = [...defaults, ...own].filter((c): c is Check => c !== null);
    const dataClass = p.dataClass ?? raw.dataClass;
    return {
      id: p.id,
      messages,
      tools: p.tools,
      reference: p.reference,
      checks,
      rubric: p.rubric ?? raw.judge?.rubric,
      dataClass,
      maxTokens: p.maxTokens ?? raw.defaults.maxTokens,
      temperature: p.temperature ?? raw.defaults.temperature,
      tags: p.tags,
    };
  });
  return issues.length > 0 ? fail(issues) : ok({ workload: raw.workload, description: raw.description, version: raw.version, judge: raw.judge, prompts });
}

/** Validates a decoded suite (YAML or JSON) with field-named errors, and resolves shorthands and defaults. */
export function parseSuite(data: unknown): Result<Suite> {
  const parsed = suiteSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(suiteSchema, parsed.error.issues));
  return normalize(parsed.data);
}

/**
 * A JSONL suite: one prompt per line, and optionally a first line `{"suite": {workload, judge, ...}}`.
 * Errors name the line as well as the field.
 */
export function parseJsonlSuite(lines: readonly { line: number; value: unknown }[], workload?: string): Result<Suite> {
  const head = lines[0]?.value;
  const hasHead = head !== null && typeof head === 'object' && !Array.isArray(head) && 'suite' in head;
  const meta = hasHead ? (head).suite : {};
  const body = hasHead ? lines.slice(1) : lines;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return fail([issue(`line ${lines[0]?.line ?? 1}: suite`, 'expected an object')]);
  const data = { ...(workload !== undefined ? { workload } : {}), ...meta, prompts: body.map((l) => l.value) };
  const r = parseSuite(data);
  if (r.ok) return r;
  const lineOf = (i: number): number | undefined => body[i]?.line;
  return fail(
    r.issues.map((x) => {
      const m = /^prompts\[(\d+)\]\.?(.*)$/.exec(x.path);
      const n = m ? lineOf(Number(m[1])) : undefined;
      if (m && n !== undefined) return issue(`line ${n}${m[2] ? `: ${m[2]}` : ''}`, x.message);
      if (x.path === 'workload' && workload === undefined) return issue('workload', `${x.message}; give it in a first line {"suite": {"workload": ...}} or with --workload`);
      return x;
    }),
  );
}
