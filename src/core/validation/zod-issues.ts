import type { z } from 'zod';
import type { Issue } from '../result.js';
import { hint } from './did-you-mean.js';

type PathKey = PropertyKey;

/** `workloads[1].requestsPerDay` from zod's path array. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${value}`;
  return typeof value;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: readonly unknown[];
}

function defOf(schema: unknown): ZodDefLike | undefined {
  const s = schema as { _zod?: { def?: ZodDefLike } } | undefined;
  return s?._zod?.def;
}

/** Walks a zod schema along a data path, to find which keys are allowed where an unknown one was given. */
function schemaAt(schema: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = schema;
  for (let i = 0; i <= path.length; i++) {
    let def = defOf(current);
    while (def && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'pipe'].includes(def.type)) {
      current = def.type === 'pipe' ? def.in : def.innerType;
      def = defOf(current);
    }
    if (i === path.length) return current;
    const key = path[i];
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') return undefined;
    else return undefined;
  }
  return current;
}

interface CheckDefLike {
  check?: string;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

/** A bound as people read it: 10,000,000,000 rather than 10000000000. */
const bound = (n: number | undefined): string => (n !== undefined && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n));

/** "a number >= 0", "an integer between 1 and 7": the bounds a numeric field declares, for type and range errors. */
function numberExpectation(schema: unknown, path: readonly PathKey[]): string | null {
  const def = defOf(schemaAt(schema, path)) as (ZodDefLike & { checks?: readonly unknown[] }) | undefined;
  if (def?.type !== 'number') return null;
  let integer = false;
  const bounds: string[] = [];
  let low: CheckDefLike | undefined;
  let high: CheckDefLike | undefined;
  for (const check of def.checks ?? []) {
    const c = (check as { _zod?: { def?: CheckDefLike } })._zod?.def;
    if (!c) continue;
    if (c.check === 'number_format' && c.format?.includes('int')) integer = true;
    if (c.check === 'greater_than') {
      low = c;
      bounds.push(`${c.inclusive ? '>=' : '>'} ${bound(c.value)}`);
    }
    if (c.check === 'less_than') {
      high = c;
      bounds.push(`${c.inclusive ? '<=' : '<'} ${bound(c.value)}`);
    }
  }
  const noun = integer ? 'an integer' : 'a number';
  if (bounds.length === 2 && low?.inclusive && high?.inclusive) return `${noun} between ${bound(low.value)} and ${bound(high.value)}`;
  return `${noun}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}

function keysAt(schema: unknown, path: readonly PathKey[]): string[] {
  const def = defOf(schemaAt(schema, path));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface RawIssue {
  code: string;
  path: PathKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
}

/**
 * Turns zod issues into messages that name the field and what was expected,
 * e.g. `workloads[1].requestsPerDay: expected a number >= 0, got "lots"`.
 * Call the schema with `{ reportInput: true }` so the offending value can be shown.
 */
export function fromZodIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], prefix: readonly PathKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const raw of issues as unknown as RawIssue[]) {
    const path = [...prefix, ...raw.path];
    const got = 'input' in raw ? `, got ${describe(raw.input)}` : '';
    switch (raw.code) {
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, raw.path);
        for (const key of raw.keys ?? []) {
          out.push({ path: formatPath([...path, key]), message: `unknown field${hint(key, allowed)}${allowed.length ? `; allowed here: ${allowed.join(', ')}` : ''}` });
        }
        break;
      }
      case 'invalid_value': {
        const values = (raw.values ?? []).map(String);
        const given = typeof raw.input === 'string' ? hint(raw.input, values) : '';
        out.push({ path: formatPath(path), message: `expected one of ${values.join(' | ')}${got}${given}` });
        break;
      }
      case 'invalid_type': {
        const expected = raw.expected === 'number' ? (numberExpectation(schema, raw.path) ?? 'a number') : article(raw.expected ?? 'value');
        out.push({ path: formatPath(path), message: raw.input === undefined ? `required field is missing (expected ${expected})` : `expected ${expected}${got}` });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const op = raw.code === 'too_small' ? (raw.inclusive === false ? '>' : '>=') : raw.inclusive === false ? '<' : '<=';
        const limit = raw.code === 'too_small' ? raw.minimum : raw.maximum;
        // A number out of range names the whole plausible range, not just the side it crossed.
        const range = raw.origin === 'number' ? numberExpectation(schema, raw.path) : null;
        const noun = raw.origin === 'array' ? `a list with ${op === '>=' ? 'at least' : op === '<=' ? 'at most' : op} ${String(limit)} item(s)` : raw.origin === 'string' ? `text of length ${op} ${String(limit)}` : (range ?? `a number ${op} ${String(limit)}`);
        out.push({ path: formatPath(path), message: `expected ${noun}${got}` });
        break;
      }
      default:
        out.push({ path: formatPath(path), message: `${raw.message}${got && !raw.message.includes('got') ? got : ''}` });
    }
  }
  return out;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
