// person-context.ts calendarRow: a table's month or weekday column read as a first name.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe("a table's month column is no name (set 50 de-c013)", () => {
  it.each([
    ['en', 'Month | Covers\nJan | 780\nFeb | 812\nMay | 905'],
    ['de', 'Monat | Reservierungen\nJan | 780 | 61\nFeb | 812 | 63\nMai | 1.010 | 72\nJun | 985 | 69'],
    ['fr', 'Mois;Couverts\nJanv;780\nFévr;812\nMars;905'],
    ['es', 'Mes | Reservas\nEne | 780\nFeb | 812\nMayo | 905'],
    ['nl', 'Maand | Omzet\nJan | 780\nFeb | 812\nMei | 905'],
    ['it', 'Mese | Coperti\nGen | 780\nFeb | 812\nMag | 905'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a table of people whose first name is a month abbreviation', () => {
    expect(people('Teilnehmer:\nJan | 34 | Utrecht\nPiet | 41 | Delft')).toContain('Jan');
    expect(people('Auteur: Jan Jansen, 12 mei 2024')).toContain('Jan Jansen');
  });
});
