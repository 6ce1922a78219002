import { compileJsonSchema, type JsonSchemaValidator } from './json-schema.js';
import type { Check } from './parse-suite.js';

/** What a model answered: its text, and any tool calls it made instead. */
export interface Answer {
  text: string;
  toolCalls: { name: string; arguments: string }[];
}

export interface CheckResult {
  name: string;
  kind: Check['kind'];
  pass: boolean;
  /** Why it failed, in words (never the answer itself). */
  detail?: string;
}

/** Checks read the text; an answer that is only a tool call is checked on its first call's arguments. */
export const checkedText = (a: Answer): string => (a.text.trim() === '' && a.toolCalls[0] ? a.toolCalls[0].arguments : a.text);

const FENCE = /^```(?:json|JSON)?\s*\n?([\s\S]*?)\n?```$/;

/** The answer as JSON: the whole text, or the content of one ```json fence around it. */
export function parseJsonAnswer(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  const inner = FENCE.exec(t)?.[1] ?? t;
  try {
    return { ok: true, value: JSON.parse(inner) as unknown };
  } catch {
    return { ok: false };
  }
}

const NUMBER = /(?:^|[^\w.])(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)/;

/** The first number written in the text ("4,000 mg" -> 4000); undefined when there is none. */
export function firstNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

const fold = (s: string, ignoreCase: boolean): string => (ignoreCase ? s.toLowerCase() : s);

/** Runs compiled checks; validators are compiled once per check object. */
export class CheckRunner {
  private readonly validators = new WeakMap<object, JsonSchemaValidator>();

  private validator(schema: Record<string, unknown>): JsonSchemaValidator {
    let v = this.validators.get(schema);
    if (!v) {
      const compiled = compileJsonSchema(schema);
      // parseSuite already compiled it; a failure here means the suite skipped validation.
      if (!compiled.ok) throw new Error(compiled.message);
      v = compiled.validator;
      this.validators.set(schema, v);
    }
    return v;
  }

  run(check: Check, answer: Answer): CheckResult {
    const text = checkedText(answer);
    const base = { name: check.name, kind: check.kind };
    const result = (pass: boolean, detail: string): CheckResult => (pass ? { ...base, pass } : { ...base, pass, detail });
    switch (check.kind) {
      case 'equals':
        return result(fold(text.trim(), check.ignoreCase) === fold(check.value.trim(), check.ignoreCase), 'answer is not exactly the expected value');
      case 'contains':
        return result(fold(text, check.ignoreCase).includes(fold(check.value, check.ignoreCase)), `answer does not contain ${JSON.stringify(check.value)}`);
      case 'regex':
        return result(new RegExp(check.pattern, check.flags).test(text), `answer does not match /${check.pattern}/${check.flags}`);
      case 'jsonSchema': {
        const parsed = parseJsonAnswer(text);
        if (!parsed.ok) return result(false, 'answer is not JSON');
        const err = this.validator(check.schema).validate(parsed.value);
        return result(err === null, `answer JSON does not match the schema: ${err ?? ''}`);
      }
      case 'numeric': {
        const n = firstNumber(text);
        if (n === undefined) return result(false, 'answer has no number');
        const allowed = Math.max(check.tolerance, Math.abs(check.value) * check.relativeTolerance);
        return result(Math.abs(n - check.value) <= allowed + 1e-12, `answer's number ${n} is not within ${allowed} of ${check.value}`);
      }
    }
  }

  runAll(checks: readonly Check[], answer: Answer): CheckResult[] {
    return checks.map((c) => this.run(c, answer));
  }
}
