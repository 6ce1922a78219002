import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** JSON-Schema validation with Ajv (draft-07 by default, 2020-12 when the schema says so), formats included. */
export interface JsonSchemaValidator {
  /** Null when valid, else the first few errors as `path: message`. */
  validate(value: unknown): string | null;
}

const is2020 = (schema: Record<string, unknown>): boolean => typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');

function compile(schema: Record<string, unknown>): ValidateFunction {
  // strict: false so annotations Ajv does not know (examples, x-*) do not reject a team's schema.
  if (is2020(schema)) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    return ajv.compile(schema);
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

function describe(fn: ValidateFunction): string {
  return (fn.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Compiles once; an invalid schema is a message, never a throw. */
export function compileJsonSchema(schema: Record<string, unknown>): { ok: true; validator: JsonSchemaValidator } | { ok: false; message: string } {
  let fn: ValidateFunction;
  try {
    fn = compile(schema);
  } catch (e) {
    return { ok: false, message: `not a valid JSON Schema: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, validator: { validate: (value) => (fn(value) ? null : describe(fn)) } };
}
