/** A field one wire format has and the other cannot carry: the request is refused with a 400 naming it. */
export interface Refusal {
  field: string;
  why: string;
}

export type Translated<T> = { ok: true; value: T; notes: string[] } | { ok: false; refusal: Refusal };

/** Thrown inside a translator and caught at its entry point; never escapes this folder. */
export class Untranslatable extends Error {
  constructor(
    readonly field: string,
    readonly why: string,
  ) {
    super(`${field}: ${why}`);
  }
}

export function translating<T>(fn: (notes: string[]) => T): Translated<T> {
  const notes: string[] = [];
  try {
    return { ok: true, value: fn(notes), notes };
  } catch (e) {
    if (e instanceof Untranslatable) return { ok: false, refusal: { field: e.field, why: e.why } };
    throw e;
  }
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Fails on the first key the translator has no rule for: nothing is dropped without a word. */
export function onlyKnown(obj: Obj, known: readonly string[], path: string, target: string): void {
  for (const k of Object.keys(obj)) if (!known.includes(k) && obj[k] !== undefined) throw new Untranslatable(path ? `${path}.${k}` : k, `has no equivalent in the ${target} API`);
}

/** The value is absent or the API's own default, so leaving it out changes nothing. */
export const isDefault = (v: unknown, ...defaults: unknown[]): boolean => v === undefined || v === null || defaults.some((d) => JSON.stringify(d) === JSON.stringify(v));
