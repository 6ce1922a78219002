// identifiers.ts: IPv4 candidates with a zero-padded octet are part numbers and versions, not addresses.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const ips = (t: string): string[] => detect(t).filter((f) => f.entity === 'IP_ADDRESS').map((f) => t.slice(f.start, f.end));

describe('a quad with a zero-padded octet is no IPv4 address', () => {
  it.each([
    ['en', 'BOM: Finder 40.52.9.024 x12, Phoenix 2866763 x2, any obsolete?'],
    ['de', 'Stückliste: Finder 55.34.9.024 x10, sind die abgekündigt?'],
    ['fr', 'nomenclature : relais Finder 40.61.8.024 et 40.52.9.024, pièces obsolètes ?'],
    ['es', 'lista: relé Finder 55.34.9.024 x10, ¿descatalogado?'],
    ['nl', 'stuklijst: Finder 40.52.9.024 x12 — vervallen?'],
    ['it', 'distinta: Finder 55.34.9.012 x10 — fuori produzione?'],
  ])('%s', (_lang, text) => {
    expect(ips(text)).toEqual([]);
  });

  it('keeps addresses written without padding, and fixed-width padded ones', () => {
    expect(ips('login from 81.27.144.9 blocked')).toEqual(['81.27.144.9']);
    expect(ips('mijn IP thuis is 91.204.117.38, zet het op de allowlist')).toEqual(['91.204.117.38']);
    expect(ips('il router di casa mostra 093.184.216.034 come IP pubblico')).toEqual(['093.184.216.034']);
  });
});
