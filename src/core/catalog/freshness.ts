import type { Catalog, ClosedModel, Source } from './schema.js';

/** Older than this, an assessment warns that prices and models may have moved. */
export const CATALOG_MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

/** "the catalog is 120 days old ..." when it is older than 90 days at `now` (the clock comes in as an argument). */
export function catalogAgeWarning(catalog: Pick<Catalog, 'asOf'>, now: Date): string | null {
  const asOf = Date.parse(`${catalog.asOf.length === 7 ? `${catalog.asOf}-01` : catalog.asOf}T00:00:00Z`);
  if (Number.isNaN(asOf)) return null;
  const days = Math.floor((now.getTime() - asOf) / DAY_MS);
  return days > CATALOG_MAX_AGE_DAYS
    ? `the catalog is ${days} days old (as of ${catalog.asOf}; warned past ${CATALOG_MAX_AGE_DAYS}): prices, models and compliance facts may have changed; update Switchboard or pass --catalog with current figures`
    : null;
}

/** The date `months` after `now` (the end of the assessment horizon). */
export function horizonEnd(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export interface RegularPricing {
  catalog: Catalog;
  /** One line per closed model whose promotional price was replaced, for the report's assumptions. */
  notes: string[];
}

/** Promotions that end before `until` are not the price a team will pay: the regular price replaces them. */
export function withRegularPrices(catalog: Catalog, until: Date): RegularPricing {
  const notes: string[] = [];
  const closedModels = catalog.closedModels.map((m): ClosedModel => {
    const p = m.promotion;
    if (!p || Date.parse(`${p.endsOn}T23:59:59Z`) >= until.getTime()) return m;
    notes.push(`${m.name} is priced at its regular $${p.regularInputUsdPerMTok} in / $${p.regularOutputUsdPerMTok} out per million tokens: its promotional price ends ${p.endsOn}, inside the assessment horizon`);
    return { ...m, inputUsdPerMTok: p.regularInputUsdPerMTok, outputUsdPerMTok: p.regularOutputUsdPerMTok };
  });
  return notes.length === 0 ? { catalog, notes } : { catalog: { ...catalog, closedModels }, notes };
}

const PRIMARY_HOSTS: Readonly<Record<string, readonly string[]>> = {
  openai: ['openai.com'],
  anthropic: ['anthropic.com', 'claude.com'],
  google: ['google.com', 'google.dev'],
};

/** A price source is primary when it is the provider's own site; anything else is secondary and is marked as such. */
export function isPrimarySource(source: Source | undefined, provider: string): boolean {
  const host = source ? /^https?:\/\/([^/?#:]+)/.exec(source.url)?.[1] : undefined;
  if (!host) return false;
  return (PRIMARY_HOSTS[provider] ?? []).some((h) => host === h || host.endsWith(`.${h}`));
}
