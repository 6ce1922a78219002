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

describe("Cisco's dotted MAC notation", () => {
  const macs = (t: string): string[] => detect(t).filter((f) => f.entity === 'MAC_ADDRESS').map((f) => t.slice(f.start, f.end));
  it.each([
    ['en', 'my laptop shows 3c22.fb11.9a0e in show mac address-table', '3c22.fb11.9a0e'],
    ['de', 'Mein Handy hat die MAC 5CCF.7F0A.1B2C, bitte freischalten.', '5CCF.7F0A.1B2C'],
    ['it', 'Il portatile del dipendente ha MAC 00e0.4c68.019d.', '00e0.4c68.019d'],
  ])('%s: found when tied to a person', (_lang, text, mac) => {
    expect(macs(text)).toEqual([mac]);
  });
  it.each([
    ['a regex question (no person)', 'regex pour adresses MAC au format Cisco 001a.2b3c.4d5e'],
    ['an all-digit triple (a version)', 'my build is 2024.1103.0001'],
    ['a longer dotted run', 'my host abcd.ef01.2345.6789 and www.cafe.beef.1234.com'],
  ])('not %s', (_name, text) => {
    expect(macs(text)).toEqual([]);
  });
});
