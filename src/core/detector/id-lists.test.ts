// Lists of national identifiers after one cue: each item is found, in six languages.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe('every item of a cued list of identifiers is found', () => {
  it('en: NHS numbers, comma separated, cue before a clause', () => {
    const t = 'Can you tell me which of these NHS numbers for the new admissions to ward 4 are duplicated? 4893214977, 4664150016, 4598814209';
    expect(found(t, 'UK_NHS_NUMBER')).toEqual(['4893214977', '4664150016', '4598814209']);
  });
  it('de: plural Steuer-IDs, separated by semicolons and a line break', () => {
    const t = 'Bitte gleich die Steuer-IDs der Aushilfen abgleichen:\n21786349568; 20595817344\n11092586432';
    expect(found(t, 'DE_STEUER_ID')).toEqual(['21786349568', '20595817344', '11092586432']);
  });
  it('nl: BSN\'s on separate lines, the cue far before the list', () => {
    const t = "Kun je de BSN's van de aanvragers uit de wijk Oost (drie gezinnen, aangemeld vorige week) controleren?\n654909568\n146967744\n214932096";
    expect(found(t, 'NL_BSN')).toEqual(['654909568', '146967744', '214932096']);
  });
  it('nl: plural burgerservicenummers, space separated', () => {
    expect(found('De burgerservicenummers zijn 654909568 146967744 932091969', 'NL_BSN')).toEqual(['654909568', '146967744', '932091969']);
  });
  it('fr: NIRs in a list', () => {
    expect(found('Vérifie ces NIR des salariés : 285067511604281, 192031305507807, 278096912311758', 'FR_NIR')).toEqual(['285067511604281', '192031305507807', '278096912311758']);
  });
  it('es: DNIs in a list', () => {
    expect(found('¿Cuáles de estos DNI están repetidos? 48213906H, 71502384F, 26981437E', 'ES_DNI_NIE')).toEqual(['48213906H', '71502384F', '26981437E']);
  });
  it('it: codici fiscali in a list', () => {
    expect(found('Controlla questi codici fiscali: RSSMRA81C12F205I, BNCGLI77E45H501C\nVRDPLA90T03L736L', 'IT_CODICE_FISCALE')).toEqual(['RSSMRA81C12F205I', 'BNCGLI77E45H501C', 'VRDPLA90T03L736L']);
  });
});

describe('numbers without the cue stay unreported', () => {
  it('a list of order numbers that pass a check digit by chance, no identifier named', () => {
    const t = 'Welke bestellingen zijn nog niet verzonden? 654909568, 146967744, 214932096';
    expect(found(t, 'NL_BSN')).toEqual([]);
  });
  it('a lone number far from the cue is not a list item', () => {
    const t = 'Die Steuer-ID steht im Bescheid. Ganz anderes Thema, die Auftragsnummer für den Lieferanten lautet 21786349568.';
    expect(found(t, 'DE_STEUER_ID')).toEqual([]);
  });
});

// A checksummed id as a field of a delimited row, under a header line (or a sentence listing the columns with the same
// separator) that names it: the column names every value in it. Without such a header, or with the name only in prose
// without the separator, the number stays unnamed.
describe('an id in a delimited row under a header that names its column', () => {
  const found = (text: string): string[] => detect(text).filter((f) => f.entity === 'DE_STEUER_ID' || f.entity === 'NL_BSN' || f.entity === 'UK_NHS_NUMBER').map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
  const intro = (n: number): string => ' Bitte prüfen und als Tabelle zurückgeben, fehlende Felder markieren.'.repeat(n);
  it.each([
    ['de', `Die Spalten sind Name; Geburtsdatum; Steuer-ID; Tätigkeit.${intro(2)}\n\nKarla Brenner;03.04.1979;83461878594;Theke\nOle Fink;11.09.1990;34017962187;Platzwart`, 'DE_STEUER_ID:83461878594'],
    ['nl', `Kolommen: naam | geboortedatum | BSN | functie\n${'x | y | z | w\n'.repeat(3)}Sanne Vos | 12-03-1988 | 476042835 | kassa`, 'NL_BSN:476042835'],
    ['en', `Columns are name\tDOB\tNHS number\tward, exported from the old system; please tidy it.${intro(1)}\nAlan Pike\t02/02/1950\t2532096055\tB4`, 'UK_NHS_NUMBER:2532096055'],
  ])('%s', (_lang, text, want) => {
    expect(found(text)).toContain(want);
  });

  it.each([
    ['no header line with the separator', `Die Steuer-ID fehlt bei einem.${intro(3)}\n\nKarla Brenner;03.04.1979;83461878594;Theke`],
    ['a header that names another column', 'Spalten: Name; Kundennummer; Ort\nKarla Brenner;83461878594;Kiel'],
    ['no separator in the row', `Spalten: Name; Steuer-ID; Ort\n${intro(1)}\nKarla Brenner 83461878594 Kiel`],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
