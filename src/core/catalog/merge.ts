import { fail, ok, type Result } from '../result.js';
import { fromZodIssues } from '../validation/index.js';
import { catalogOverrideSchema, catalogSchema, type Catalog } from './schema.js';

function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[] | undefined): T[] {
  if (!extra) return [...base];
  const byId = new Map(base.map((r) => [r.id, r] as const));
  for (const r of extra) byId.set(r.id, r);
  return [...byId.values()];
}

/** A user's catalog file merged over the defaults: records with the same id replace, new ids add. */
export function mergeCatalog(base: Catalog, override: unknown): Result<Catalog> {
  const parsed = catalogOverrideSchema.safeParse(override, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(catalogOverrideSchema, parsed.error.issues));
  const o = catalogSchema.parse({
    ...base,
    closedModels: mergeById(
      base.closedModels,
      parsed.data.closedModels ? catalogSchema.shape.closedModels.parse(parsed.data.closedModels) : undefined,
    ),
    providers: mergeById(
      base.providers,
      parsed.data.providers ? catalogSchema.shape.providers.parse(parsed.data.providers) : undefined,
    ),
    channels: mergeById(
      base.channels,
      parsed.data.channels ? catalogSchema.shape.channels.parse(parsed.data.channels) : undefined,
    ),
    gpus: mergeById(
      base.gpus,
      parsed.data.gpus ? catalogSchema.shape.gpus.parse(parsed.data.gpus) : undefined,
    ),
    openModels: mergeById(
      base.openModels,
      parsed.data.openModels ? catalogSchema.shape.openModels.parse(parsed.data.openModels) : undefined,
    ),
    pricingContext: parsed.data.pricingContext ?? base.pricingContext,
    version: `${base.version}+user`,
  });
  return ok(o);
}
