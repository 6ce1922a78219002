import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { catalogAgeWarning, horizonEnd, isPrimarySource, withRegularPrices } from './freshness.js';

const catalog = defaultCatalog();

describe('catalog freshness and promotions', () => {
  it('warns once the catalog is more than 90 days old at the clock it is given', () => {
    expect(catalogAgeWarning({ asOf: '2026-11-23' }, new Date('2027-02-21T12:00:00Z'))).toBeNull();
    expect(catalogAgeWarning({ asOf: '2026-11-23' }, new Date('2027-02-22T12:00:00Z'))).toBe(
      'the catalog is 91 days old (as of 2026-11-23; warned past 90): prices, models and compliance facts may have changed; update Switchboard or pass --catalog with current figures',
    );
  });

  it('prices Gemini 3.8 Flash at its regular rate when the promotion ends inside the horizon', () => {
    const flash = (c: typeof catalog) => c.closedModels.find((m) => m.id === 'gemini-3.8-flash')!;
    expect(flash(catalog).inputUsdPerMTok).toBe(0.75);
    const r = withRegularPrices(catalog, horizonEnd(new Date('2026-11-23T00:00:00Z'), 36));
    expect([flash(r.catalog).inputUsdPerMTok, flash(r.catalog).outputUsdPerMTok]).toEqual([1.5, 7.5]);
    expect(r.notes).toEqual([
      'Gemini 3.8 Flash is priced at its regular $1.5 in / $7.5 out per million tokens: its promotional price ends 2026-12-31, inside the assessment horizon',
    ]);
    // A horizon that ends before the promotion keeps the promotional price.
    const short = withRegularPrices(catalog, new Date('2026-12-15T00:00:00Z'));
    expect(short.catalog).toBe(catalog);
  });

  it('calls a price source primary only on the provider\'s own site', () => {
    expect(isPrimarySource({ url: 'https://claude.com/pricing', asOf: '2026-11-23' }, 'anthropic')).toBe(true);
    expect(isPrimarySource({ url: 'https://developers.openai.com/api/docs/pricing', asOf: '2026-11-23' }, 'openai')).toBe(true);
    expect(isPrimarySource({ url: 'https://apidog.com/es/blog/gpt-6-2-astra-api/', asOf: '2026-11-18' }, 'openai')).toBe(false);
  });

  it('horizonEnd adds calendar months in UTC', () => {
    expect(horizonEnd(new Date('2026-11-23T12:00:00Z'), 36).toISOString()).toBe('2029-11-23T12:00:00.000Z');
  });
});
